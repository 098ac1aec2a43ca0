using Yusuan.Cli;

return YusuanCommand.Run(args, Console.Out, Console.Error);

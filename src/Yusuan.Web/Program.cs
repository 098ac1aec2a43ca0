using Yusuan.Web;

// yusuan-web [--demo] [--urls URL] | create-admin USER (password from YUSUAN_ADMIN_PASSWORD or standard input)
if (args is ["create-admin", var user, ..])
    return await AdminAccounts.CommandAsync(user, args[2..]);

var app = YusuanApp.Build(args);
await YusuanApp.PrepareAsync(app.Services);
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls) Console.WriteLine($"Yusuan 已启动：{url}" + (args.Contains("--demo") ? "（演示账号见登录页）" : ""));
    Console.WriteLine("按 Ctrl+C 停止。");
});
await app.RunAsync();
return 0;

public partial class Program;

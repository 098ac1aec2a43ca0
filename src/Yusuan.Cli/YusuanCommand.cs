using System.CommandLine;
using Yusuan.Core.Input;
using Yusuan.Spreadsheet;

namespace Yusuan.Cli;

/// <summary>The yusuan command line: build, template, catalog, profiles, check, rules.</summary>
public static class YusuanCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        SpreadsheetFormats.Register();
        // The command line's own messages (usage, a missing argument, an unknown option) in Chinese, as everything else:
        // System.CommandLine ships them as zh-Hans resources, chosen by the UI culture.
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-Hans");
        var root = new RootCommand("预算 Yusuan：一次录入部门预算明细，生成全部公开表格并核对其一致性。")
        {
            BuildCommand.Create(output, error),
            TemplateCommand.Create(output, error),
            CatalogCommand.Create(output, error),
            ProfilesCommand.Create(output),
            CheckCommand.Create(output, error),
            RulesCommand.Create(output, error),
            AuditCommand.Create(output, error),
        };
        var parse = root.Parse(args);
        // Our own handler instead of System.CommandLine's: it would print a stack trace and exit 1, which a script
        // reads as "the budget has errors".
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        int code;
        try { code = parse.Invoke(config); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"Yusuan 内部错误：{e.GetType().Name}：{e.Message}");
            error.WriteLine("这不是预算数据的问题。请把这条信息、所用命令和输入文件交给维护者。");
            return ExitCodes.InternalError;
        }
        // A command line that does not parse (missing argument, unknown option) is unusable input, not a budget
        // with errors: System.CommandLine prints the problem and the help, and would return 1.
        return parse.Errors.Count > 0 ? ExitCodes.UnusableInput : code;
    }

    /// <summary>Prints input errors, one per line, and says which exit code they mean.</summary>
    internal static int Report(BudgetInputException e, TextWriter error)
    {
        error.WriteLine(e.Unreadable ? "无法使用输入文件：" : $"预算数据有 {e.Errors.Count} 处错误，未生成任何文件：");
        foreach (var err in e.Errors) error.WriteLine("  " + err);
        return e.Unreadable ? ExitCodes.UnusableInput : ExitCodes.BudgetErrors;
    }
}

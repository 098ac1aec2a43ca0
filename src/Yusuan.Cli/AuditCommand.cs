using System.CommandLine;
using Yusuan.Audit;

namespace Yusuan.Cli;

/// <summary>
/// yusuan audit FILE: a published document (text extracted from its PDF) in, every contradiction between its tables located
/// by line, with no profile written for it. Exit 0: no errors; 1: errors found; 2: the file cannot be used.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<string>("input") { Description = "公开的部门预算文本（由 PDF 提取的 .txt）" };
        var format = new Option<string>("--format") { Description = "输出格式：text 或 json", DefaultValueFactory = _ => "text" };
        var tables = new Option<bool>("--tables") { Description = "先列出识别出的表格（表名、起始行、金额单位、列的含义）及读出的每一行（行号、类型、编码、名称、金额）" };
        var command = new Command("audit", "核对一份公开的部门预算文本：找出各表之间的矛盾并标明行号，无需为其编写披露配置") { input, format, tables };
        command.SetAction(parse => Execute(parse.GetValue(input)!, parse.GetValue(format)!, parse.GetValue(tables), output, error));
        return command;
    }

    internal static int Execute(string input, string format, bool listTables, TextWriter output, TextWriter error)
    {
        if (format is not ("text" or "json"))
        {
            error.WriteLine($"--format 不认识：{format}（可用：text、json）");
            return ExitCodes.UnusableInput;
        }
        if (!File.Exists(input))
        {
            error.WriteLine($"无法使用输入文件：{input} 不存在");
            return ExitCodes.UnusableInput;
        }
        var result = Auditor.AuditFile(input);
        if (result.Document.Tables.Count == 0)
        {
            error.WriteLine($"无法使用输入文件：{input} 中没有找到任何预算表");
            return ExitCodes.UnusableInput;
        }
        var checkedInput = new CheckedInput(input, "audit", result.Profile.Id, result.Document.Tables.Select(t => t.Table.DisplayName).ToList());
        if (listTables && format == "text")
        {
            foreach (var t in result.Document.Tables)
            {
                output.WriteLine($"第 {t.TitleLine} 行 {t.Table.Title}（{t.Kind.Name}，{t.MoneyUnit ?? "未印单位"}，{t.Table.Rows.Count} 行）：" +
                    string.Join("，", t.Table.ColumnPaths.Select((p, i) => $"{p}={t.Meanings[i]}")));
                foreach (var r in t.Table.Rows)
                    output.WriteLine($"  第 {r.SheetRow} 行 {r.Kind} {r.Code} {r.UnitCode} {r.Label}：" +
                        string.Join(" ", r.Values.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "·")));
            }
            output.WriteLine();
        }
        if (format == "json") CheckOutput.WriteJson(result.Report, checkedInput, output);
        else CheckOutput.WriteText(result.Report, checkedInput, output, color: false);
        return result.Report.Errors > 0 ? ExitCodes.BudgetErrors : ExitCodes.Ok;
    }
}

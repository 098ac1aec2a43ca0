using System.CommandLine;
using System.Text.Json;
using Yusuan.Checks;

namespace Yusuan.Cli;

/// <summary>yusuan rules: every registered rule with its id, default severity and title (text or JSON).</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format") { Description = "输出格式：text 或 json", DefaultValueFactory = _ => "text" };
        var command = new Command("rules", "列出全部检查规则：编号、默认级别和名称") { format };
        command.SetAction(parse =>
        {
            var f = parse.GetValue(format)!;
            if (f is not ("text" or "json"))
            {
                error.WriteLine($"--format 不认识：{f}（可用：text、json）");
                return ExitCodes.UnusableInput;
            }
            var rules = RuleSet.Default.All.ToList();
            if (f == "json") WriteJson(rules, output);
            else WriteText(rules, output);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteText(IReadOnlyList<Rule> rules, TextWriter output)
    {
        var width = rules.Count == 0 ? 0 : rules.Max(r => r.Id.Length);
        var sections = new (Func<Rule, bool> Of, string Heading)[]
        {
            (r => r.Target == RuleTarget.Budget && !r.Id.StartsWith("P-", StringComparison.Ordinal) && !r.Id.StartsWith("N-", StringComparison.Ordinal), "预算数据规则（B-）"),
            (r => r.Target == RuleTarget.Budget && r.Id.StartsWith("N-", StringComparison.Ordinal), "公开文本规则（N-）"),
            (r => r.Target == RuleTarget.Budget && r.Id.StartsWith("P-", StringComparison.Ordinal), "绩效目标规则（P-）"),
            (r => r.Target == RuleTarget.Tables, "表格规则（T-，读取问题 R-READ）"),
        };
        foreach (var (of, heading) in sections)
        {
            var these = rules.Where(of).ToList();
            if (these.Count == 0) continue;
            output.WriteLine(heading);
            foreach (var r in these) output.WriteLine($"  {r.Id.PadRight(width)}  {r.DefaultSeverity.Chinese()}  {r.Title}");
            output.WriteLine();
        }
        output.WriteLine($"共 {rules.Count} 条规则。级别可由披露配置（checks.rules）或 check --settings 文件改变，或关闭（docs/rules.md）。");
    }

    private static void WriteJson(IReadOnlyList<Rule> rules, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, CheckOutput.JsonOptions))
        {
            json.WriteStartArray();
            foreach (var r in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", r.Id);
                json.WriteString("severity", CheckOutput.SeverityName(r.DefaultSeverity));
                json.WriteString("target", r.Target == RuleTarget.Budget ? "budget" : "tables");
                json.WriteString("title", r.Title);
                json.WriteString("description", r.Description);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}

using System.Text.Json;
using Yusuan.Core.Documents;
using Yusuan.Core.Input;
using Yusuan.Word;

namespace Yusuan.Cli.Tests;

/// <summary><c>yusuan check &lt;budget&gt; --narrative &lt;file&gt;</c>: a 公开文本 written elsewhere against the budget's figures.</summary>
public sealed class CheckNarrativeTests : TempDirTest
{
    private static PublishedDocument Guangyuan() => DocumentBuilder.Build(BudgetReader.Read(Cli.SampleJson("guangyuan-2025")));

    private static List<JsonElement> NarrativeFindings(CliResult r)
    {
        // The sample's target forms keep published mistakes (P- errors), so the check exits 1 whatever the document says.
        Assert.True(r.Code == ExitCodes.BudgetErrors, r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        return doc.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() is "N-UNMATCHED" or "N-ROUNDED").Select(f => f.Clone()).ToList();
    }

    [Fact]
    public void The_generated_docx_checked_against_its_own_budget_reports_nothing()
    {
        var path = PathIn("document.docx");
        DocxDocumentWriter.Write(Guangyuan(), path);

        Assert.Empty(NarrativeFindings(Cli.Run("check", Cli.Sample("guangyuan-2025"), "--narrative", path, "--format", "json")));
    }

    [Fact]
    public void A_changed_figure_of_a_txt_is_reported_at_its_paragraph()
    {
        var text = PublishedDocumentText.ToText(Guangyuan());
        const string original = "收支预算总数1183.38万元";
        var at = text.IndexOf(original, StringComparison.Ordinal);
        var path = PathIn("说明.txt");
        File.WriteAllText(path, text[..at] + "收支预算总数1183.83万元" + text[(at + original.Length)..]);
        var paragraph = text[..at].Split('\n').Count(l => l.Trim().Length > 0);

        var finding = Assert.Single(NarrativeFindings(Cli.Run("check", Cli.Sample("guangyuan-2025"), "--narrative", path, "--format", "json")));
        Assert.Equal("N-UNMATCHED", finding.GetProperty("ruleId").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        var place = finding.GetProperty("place");
        Assert.Equal("说明.txt", place.GetProperty("file").GetString());
        Assert.Equal($"第 {paragraph} 段", place.GetProperty("sheet").GetString());
        Assert.Contains("1183.83万元", place.GetProperty("field").GetString());
        Assert.Equal("1,183.38", finding.GetProperty("expected").GetString());
    }

    [Fact]
    public void Settings_move_the_rule()
    {
        var path = PathIn("说明.md");
        File.WriteAllText(path, "# 情况说明\n\n收支预算总数1183.83万元。\n");
        var settings = PathIn("settings.json");
        File.WriteAllText(settings, """{ "rules": { "N-UNMATCHED": "off" } }""");

        Assert.Empty(NarrativeFindings(Cli.Run("check", Cli.Sample("guangyuan-2025"), "--narrative", path, "--settings", settings, "--format", "json")));
        var r = Cli.Run("check", Cli.Sample("guangyuan-2025"), "--narrative", path, "--color", "never");
        Assert.Contains("[错误 N-UNMATCHED] 说明.md › 第 2 段 › 收支预算总数1183.83万元。: 1183.83万元 不是预算表格中的数字", r.Out);
    }

    [Theory]
    [InlineData("missing.txt", null, "文件不存在")]
    [InlineData("说明.pdf", "%PDF-1.4", "无法读取“.pdf”格式的公开文本")]
    [InlineData("broken.docx", "not a zip", "不是有效的 Word 文件")]
    public void A_document_that_cannot_be_read_is_exit_2_with_the_reason(string name, string? content, string reason)
    {
        var path = PathIn(name);
        if (content is not null) File.WriteAllText(path, content);

        var r = Cli.Run("check", Cli.Sample("guangyuan-2025"), "--narrative", path);

        Assert.True(r.Code == ExitCodes.UnusableInput, r.ToString());
        Assert.Equal("", r.Out);
        Assert.Contains("无法读取 --narrative 文件", r.Err);
        Assert.Contains(reason, r.Err);
    }

    [Fact]
    public void Printed_tables_take_no_narrative()
    {
        var tables = PathIn("tables");
        Directory.CreateDirectory(tables);
        File.WriteAllText(Path.Combine(tables, "t.csv"), "a,b\n");
        var doc = PathIn("说明.txt");
        File.WriteAllText(doc, "1183.38万元");

        var r = Cli.Run("check", tables, "--narrative", doc);

        Assert.True(r.Code == ExitCodes.UnusableInput, r.ToString());
        Assert.Contains("--narrative 只能与预算数据一起使用", r.Err);
    }
}

using Yusuan.Checks.Rules.Narrative;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Documents;
using Yusuan.Core.Profiles;
using static Yusuan.Checks.Tests.Rules.BudgetRuleHarness;

namespace Yusuan.Checks.Tests.Rules;

/// <summary>
/// check --narrative (N-UNMATCHED, N-ROUNDED): the amounts and percentages of a document written elsewhere against the
/// figures the budget's tables and its generated 情况说明 print.
/// </summary>
public class NarrativeFileTests
{
    private static readonly Lazy<PublishedDocument> Guangyuan = new(() =>
    {
        var budget = Sample("guangyuan-2025");
        return DocumentBuilder.Build(budget, ProfileLoader.Load(budget.ProfileId), CatalogLoader.Load(budget.Year));
    });

    private static readonly Presentation Presentation = ProfileLoader.Load("sichuan-2025").Presentation;

    private static List<Finding> Check(string text, string file = "document.txt") =>
        NarrativeFileCheck.Check(NarrativeSource.FromText(file, text), Guangyuan.Value, Presentation).ToList();

    private static string GeneratedText => PublishedDocumentText.ToText(Guangyuan.Value);

    [Fact]
    public void The_generated_document_checked_against_its_own_budget_reports_nothing() =>
        Assert.Empty(Check(GeneratedText));

    [Fact]
    public void A_changed_figure_is_reported_with_its_paragraph_and_sentence()
    {
        var text = GeneratedText;
        var at = text.IndexOf("收支预算总数1183.38万元", StringComparison.Ordinal);
        Assert.True(at > 0);
        var changed = text[..at] + "收支预算总数1183.83万元" + text[(at + "收支预算总数1183.38万元".Length)..];
        var paragraph = NarrativeSource.FromText("document.txt", text[..at]).Paragraphs.Count;

        var finding = Assert.Single(Check(changed));
        Assert.Equal("N-UNMATCHED", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal($"第 {paragraph} 段", finding.Place.Sheet);
        Assert.StartsWith($"document.txt › 第 {paragraph} 段 › 广元市社会保险事务中心2025年收支预算总数1183.83万元，比2024年", finding.Place.ToString());
        Assert.Equal("1183.83万元", finding.Printed);
        Assert.Equal("1,183.38", finding.Expected);
    }

    [Fact]
    public void The_published_002_narrative_reports_its_wrong_rate_and_nothing_else()
    {
        // 第二部分 情况说明 of the published 002 document, verbatim. Its prose 1072.87 and 923.77 are right (its own
        // 附表 1/4/7 print 1,072.86 and 923.76; samples/guangyuan-2025/NOTES.md §4 items 9-10), and are the figures this
        // sample's tables print. Its 增长 21.37% is 29.34 / 137.33 = 21.36% (NOTES.md §4 item 11). 1.5 万元 is 1.50; 0 万元
        // is nothing; 200 万元以上 is a threshold; 18 个, 7 个, 1 人, 0 辆 and the years are counts, not money.
        var text = File.ReadAllText(Path.Combine(Repo.Root, "tests", "Yusuan.Checks.Tests", "Rules", "Narrative", "guangyuan-002-qingkuang.txt"));

        var finding = Assert.Single(Check(text, "guangyuan-002-qingkuang.txt"));
        Assert.Equal("N-UNMATCHED", finding.RuleId);
        Assert.Equal("guangyuan-002-qingkuang.txt › 第 45 段 › 2025 年，广元市社会保险事务中心机关运行经费财政拨款预算为 166.67 万元，比 2024 年预算增加 29.34 万元，增长 21.37%。",
            finding.Place.ToString());
        Assert.Equal("21.37%", finding.Printed);
        Assert.Equal("21.36%", finding.Expected);
    }

    [Fact]
    public void A_table_figure_with_fewer_decimals_is_a_rounding_warning()
    {
        var finding = Assert.Single(Check("收支预算总数1183.4万元。"));
        Assert.Equal("N-ROUNDED", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("1,183.38", finding.Expected);
        Assert.Equal("N-ROUNDED", Assert.Single(Check("约1,183万元。")).RuleId);
    }

    [Theory]
    [InlineData("收支预算总数 1,183.38 万元，比上年减少5.34万元。")]
    [InlineData("一般公共预算拨款收入11,833,800元。")]
    [InlineData("支出预算0.118338亿元，基本支出占92.15%，项目支出占 7.85 ％。")]
    [InlineData("一、2025年1月1日起，1.单位现有人员21人，车辆0辆，（三）项目18个，单价200万元以上设备，0万元。")]
    public void Written_forms_of_table_figures_match_and_what_is_no_amount_is_not_read(string text) =>
        Assert.Empty(Check(text));

    [Fact]
    public void A_table_cell_of_a_docx_is_an_amount_when_it_has_a_decimal_point_or_separators()
    {
        var source = new NarrativeSource("unit.docx",
        [
            new NarrativeParagraph("2080109") { Table = 1, Row = 3, Column = 1 },
            new NarrativeParagraph("1,183.38") { Table = 1, Row = 3, Column = 2 },
            new NarrativeParagraph("975.54") { Table = 1, Row = 4, Column = 2 },
        ]);
        var finding = Assert.Single(NarrativeFileCheck.Check(source, Guangyuan.Value, Presentation));
        Assert.Equal("unit.docx › 表格 1 › 第 4 行 › 第 2 列", finding.Place.ToString());
        Assert.Equal("975.45", finding.Expected);
    }

    [Fact]
    public void The_rules_are_registered_and_documented()
    {
        var rules = RuleSet.Default.All.ToDictionary(r => r.Id);
        Assert.Equal(Severity.Error, rules["N-UNMATCHED"].DefaultSeverity);
        Assert.Equal(Severity.Warning, rules["N-ROUNDED"].DefaultSeverity);
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "rules.md"));
        Assert.Contains("`N-UNMATCHED`", doc);
        Assert.Contains("`N-ROUNDED`", doc);
        // An ordinary check has no document to read: the rules report nothing.
        Assert.Empty(new Checker(new RuleSet([new UnmatchedFigureRule(), new RoundedFigureRule()], []))
            .Check(Sample("guangyuan-2025"), null, CatalogLoader.Load(2025)).Findings);
    }
}

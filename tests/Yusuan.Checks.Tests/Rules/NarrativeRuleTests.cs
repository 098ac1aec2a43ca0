using Yusuan.Checks.Rules.Narrative;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using static Yusuan.Checks.Tests.Rules.BudgetRuleHarness;

namespace Yusuan.Checks.Tests.Rules;

/// <summary>The N- rules over the document Yusuan writes from a budget (DocumentBuilder).</summary>
public class NarrativeRuleTests
{
    private static List<string> Findings(Budget budget, Profile? profile = null) =>
        new Checker(new RuleSet([new PlaceholderRule(), new UntracedFigureRule()], []))
            .Check(budget, profile, CatalogLoader.Load(budget.Year)).Findings
            .Select(f => $"{f.RuleId} {f.Place}").ToList();

    [Theory]
    [InlineData("guangyuan-2025")]
    [InlineData("shenzhen-2023")]
    public void Samples_with_their_narrative_inputs_leave_nothing_to_fill_and_nothing_untraced(string sample) =>
        Assert.Empty(Findings(Sample(sample)));

    [Fact]
    public void A_budget_without_narrative_inputs_is_not_checked()
    {
        // department-2025 carries no narrative: its document is written elsewhere, though Yusuan's has placeholders.
        Assert.Null(Dept.Narrative);
        Assert.Empty(Findings(Dept));
    }

    [Fact]
    public void A_missing_reason_is_reported_once_at_its_input_field()
    {
        var budget = Sample("guangyuan-2025");
        var reasons = budget.PreviousYear.Reasons.Where(kv => kv.Key is not ("totalIncome" or "gpbCurrentYear")).ToDictionary(kv => kv.Key, kv => kv.Value);
        var changed = budget with { PreviousYear = budget.PreviousYear with { Reasons = reasons } };

        Assert.Equal(
            ["N-PLACEHOLDER budget.json › previousYear.reasons.totalIncome", "N-PLACEHOLDER budget.json › previousYear.reasons.gpbCurrentYear"],
            Findings(changed));
        var finding = new PlaceholderRule().Check(new Yusuan.Checks.Rules.BudgetCheckContext(changed, CatalogLoader.Load(2025), ProfileLoader.Load("sichuan-2025"))).First();
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("公开文本“一、收支预算情况说明”需要的内容没有填写，已印为【请填写增减变化的原因】", finding.Message);
    }

    [Fact]
    public void Missing_texts_and_counts_name_their_fields()
    {
        var budget = Sample("guangyuan-2025");
        var narrative = budget.Narrative! with
        {
            Texts = budget.Narrative.Texts.Where(kv => kv.Key != "organization").ToDictionary(kv => kv.Key, kv => kv.Value),
            Counts = new Dictionary<string, decimal>(),
        };
        Assert.Equal(
        [
            "N-PLACEHOLDER budget.json › narrative.organization",
            "N-PLACEHOLDER budget.json › narrative.counts.vehicles",
            "N-PLACEHOLDER budget.json › narrative.counts.largeEquipment",
            "N-PLACEHOLDER budget.json › narrative.counts.newVehicles",
        ], Findings(budget with { Narrative = narrative }));
    }

    [Fact]
    public void A_number_written_into_a_sentence_template_is_untraced()
    {
        var budget = Sample("guangyuan-2025");
        var profile = ProfileLoader.Load("sichuan-2025");
        var document = profile.Document! with
        {
            Blocks = [.. profile.Document.Blocks.Take(1), new DocumentBlockDefinition { Text = "{subject}设有内设机构13个，编制{year}年预算。" }],
        };
        var findings = new Checker(new RuleSet([new UntracedFigureRule()], [])).Check(budget, profile with { Document = document }).Findings;

        var finding = Assert.Single(findings);
        Assert.Equal("N-UNTRACED", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("budget.json › 公开文本 › 第一部分 广元市社会保险事务中心单位概况", finding.Place.ToString());
        Assert.Equal("“广元市社会保险事务中心设有内设机构13个，编制2025年预算。”中的 13 不取自任何表格或输入", finding.Message);
    }
}

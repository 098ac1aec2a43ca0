using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Publishing;
using static Yusuan.Checks.Tests.Rules.BudgetRuleHarness;

namespace Yusuan.Checks.Tests.Rules;

/// <summary>B-AMOUNT-UNIT (the scale of the figures against the declared 金额单位) and B-CATALOG-YEAR.</summary>
public class AmountUnitRuleTests
{
    private static readonly string[] AllSamples =
        ["guangyuan-2025", "guangyuan-2025-corrected", "bazhong-2021", "shenzhen-2023", "department-2025", "shandong-2021"];

    private static IReadOnlyList<Finding> AmountUnit(Budget budget) =>
        new Checker(new RuleSet([RuleSet.Default.BudgetRules.Single(r => r.Rule.Id == "B-AMOUNT-UNIT")], [])).Check(budget).Findings;

    /// <summary>Every amount × factor (the figures as typed), the declared unit as given.</summary>
    private static Budget Scaled(Budget b, decimal factor, string? unit = null) => b with
    {
        Expenditures = b.Expenditures.Select(l => l with { Amount = l.Amount * factor }).ToList(),
        Income = b.Income.Select(l => l with { Amount = l.Amount * factor }).ToList(),
        AmountUnit = unit ?? b.AmountUnit,
    };

    [Theory]
    [InlineData("guangyuan-2025")]
    [InlineData("guangyuan-2025-corrected")]
    [InlineData("bazhong-2021")]
    [InlineData("shenzhen-2023")]
    [InlineData("department-2025")]
    [InlineData("shandong-2021")]
    public void Samples_as_they_are_are_silent(string sample) => Assert.Empty(AmountUnit(Sample(sample)));

    [Theory]
    [InlineData("guangyuan-2025")]
    [InlineData("bazhong-2021")]
    [InlineData("shenzhen-2023")]
    public void Samples_in_wan_yuan_scaled_by_10000_are_an_error_naming_yuan(string sample)
    {
        // The 万元 samples with every figure 10,000 times larger: 元 figures typed into a 万元 document.
        var f = Assert.Single(AmountUnit(Scaled(Sample(sample), 10_000m)));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("金额单位为万元", f.Message);
        Assert.Contains("多半是以元（", f.Message);
        Assert.Equal("金额单位为元", f.Expected);
    }

    [Theory]
    [InlineData("department-2025")]
    [InlineData("shandong-2021")]
    public void Samples_in_yuan_relabelled_wan_yuan_are_an_error_naming_yuan(string sample)
    {
        // 元 figures with 金额单位 set to 万元 (the reader multiplies by 10,000): the issue's mistake. department-2025 has
        // cents, so it is its 1,123 亿元 unit that gives it away; shandong-2021's whole 万元 over 50 亿元.
        var f = Assert.Single(AmountUnit(Scaled(Sample(sample), 10_000m, "万元")));
        Assert.Contains("多半是以元（", f.Message);
    }

    [Theory]
    [InlineData("department-2025")]
    [InlineData("shandong-2021")]
    public void Samples_in_yuan_scaled_down_by_10000_are_an_error_naming_wan_yuan(string sample)
    {
        // 万元 figures typed into a 元 document.
        var f = Assert.Single(AmountUnit(Scaled(Sample(sample), 0.0001m)));
        Assert.Contains("金额单位为元", f.Message);
        Assert.Contains("多半是以万元（", f.Message);
    }

    [Fact]
    public void The_issue_example_11_833_800_wan_yuan_is_an_error()
    {
        // guangyuan-2025's 1,183.38 万元 entered as 11,833,800.00 with 金额单位 万元: 1,183 亿元 for a county-sized unit.
        var budget = Scaled(Sample("guangyuan-2025"), 10_000m);
        var f = Assert.Single(AmountUnit(budget));
        Assert.Equal("11,833,800.00 万元", f.Printed);
        Assert.Contains("约 1,183 亿元", f.Message);
        Assert.Contains("按元计，支出合计为 11,833,800.00 元，即 1,183.38 万元", f.Message);
        Assert.Equal("budget.json › expenditures › 第 2 行 › amount", f.Place.ToString());
        // And the whole check (what check and build run) has it as an error.
        var report = BudgetCheck.Run(budget, ProfileLoader.Load(budget.ProfileId), CatalogLoader.Load(budget.Year));
        Assert.Contains(report.Findings, x => x.RuleId == "B-AMOUNT-UNIT" && x.Severity == Severity.Error);
    }

    [Fact]
    public void A_big_department_in_wan_yuan_with_decimals_is_silent()
    {
        // 400 亿元 in 万元 with decimals (a large provincial department): no rule of scale is broken.
        var budget = Scaled(Sample("shenzhen-2023"), 13.4m);
        Assert.True(budget.Expenditures.Sum(l => l.Amount) is > 30_000_000_000m and < 50_000_000_000m);
        Assert.Empty(AmountUnit(budget));
    }

    [Fact]
    public void No_message_hint_or_description_of_any_rule_over_all_samples_cites_domain_md()
    {
        foreach (var rule in RuleSet.Default.All)
            Assert.DoesNotContain("domain.md", rule.Description);
        foreach (var sample in AllSamples)
        {
            var budget = Sample(sample);
            var report = BudgetCheck.Run(budget, ProfileLoader.Load(budget.ProfileId), CatalogLoader.Load(budget.Year));
            foreach (var f in report.Findings)
            {
                Assert.DoesNotContain("domain.md", f.Message);
                Assert.DoesNotContain("domain.md", f.Hint ?? "");
            }
        }
        // The published documents' tables, as printed (T- rules and the reader's R-READ).
        foreach (var published in new[] { "guangyuan-2025", "bazhong-2021", "shenzhen-2023" })
            foreach (var f in Published.PublishedDocumentTests.Check(published))
            {
                Assert.DoesNotContain("domain.md", f.Message);
                Assert.DoesNotContain("domain.md", f.Hint ?? "");
            }
    }

    [Fact]
    public void Messages_of_table_relations_point_to_the_rule_in_docs_rules_md()
    {
        // department-2025's 尾数差 name the relation's rule.
        var budget = Sample("department-2025");
        var report = BudgetCheck.Run(budget, ProfileLoader.Load(budget.ProfileId), CatalogLoader.Load(budget.Year));
        var rounding = report.Findings.First(f => f.RuleId == "T-ROUNDING");
        Assert.Matches(@"（docs/rules\.md#t-[a-z-]+）$", rounding.Message);
    }
}

public class CatalogYearRuleTests
{
    [Fact]
    public void A_year_past_the_newest_catalog_is_a_warning_naming_it()
    {
        var budget = Sample("guangyuan-2025-corrected") with { Year = 2030 };
        var report = BudgetCheck.Run(budget, ProfileLoader.Load(budget.ProfileId), CatalogLoader.Load(budget.Year));

        var f = Assert.Single(report.Findings);
        Assert.Equal("B-CATALOG-YEAR", f.RuleId);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("预算年度 2030 年晚于科目表的最新年度 2025 年：按 2025 年的科目（编码和名称）使用", f.Message);
        Assert.Equal("budget.json › year", f.Place.ToString());
    }

    [Fact]
    public void A_year_the_catalogs_cover_says_nothing()
    {
        var budget = Sample("guangyuan-2025-corrected");
        Assert.DoesNotContain(BudgetCheck.Run(budget, ProfileLoader.Load(budget.ProfileId), CatalogLoader.Load(budget.Year)).Findings,
            f => f.RuleId == "B-CATALOG-YEAR");
    }
}

using Yusuan.Core.Input;
using Yusuan.Core.Model;
using Yusuan.Spreadsheet;
using static Yusuan.Checks.Tests.Rules.BudgetRuleHarness;

namespace Yusuan.Checks.Tests.Rules;

/// <summary>
/// The line-level samples under the budget rules: each reports exactly the findings listed here, and each finding says
/// why it is expected (a published mistake kept in the input, or a modelling choice its NOTES.md explains).
/// </summary>
public class BudgetSampleTests
{
    private static List<string> Findings(Budget budget) =>
        new Checker(new RuleSet(RuleSet.Default.BudgetRules, [])).Check(budget).Findings
            .Select(f => $"{f.RuleId} {f.Place}").ToList();

    [Theory]
    [InlineData("guangyuan-2025")]
    [InlineData("shenzhen-2023")]
    [InlineData("department-2025")]
    public void Sample_checks_clean(string sample) => Assert.Empty(Findings(Sample(sample)));

    [Fact]
    public void Bazhong_reports_its_published_service_purchase_and_its_shi_ye_staff()
    {
        var expected = new List<string>();
        // NOTES.md §1 “Unit type: 参公”: a small part of the 参公 unit's staff is funded as 事业 staff, which the published
        // 政府经济分类 table shows as 505 (27.90). The lines carry it as government overrides 50501/50502: legitimate but
        // unusual, so each is a warning.
        foreach (var row in new[] { 2, 4, 6, 8, 10, 12, 17, 19, 22, 24, 29, 33 })
            expected.Add($"B-UNIT-GOV-CLASS budget.json › expenditures › 第 {row} 行 › government");
        // NOTES.md §2 表7 and §3 item 3: the published 购买服务 table prints 60.00 for a project of 24.40, and
        // 6 家 × 1.00 = 6.00, not 60.00. The input keeps the printed figures so the checker must flag them.
        expected.Add("B-SERVICE-EXCEEDS-PROJECT budget.json › servicePurchases › 第 1 行 › amounts.一般公共预算拨款收入");
        expected.Add("B-SERVICE-QUANTITY-PRICE budget.json › servicePurchases › 第 1 行 › unitPrice");

        Assert.Equal(expected, Findings(Sample("bazhong-2021")));
    }

    [Fact]
    public void Bazhong_figures_are_quoted_in_wan_yuan_as_entered()
    {
        var findings = new Checker(new RuleSet(RuleSet.Default.BudgetRules, [])).Check(Sample("bazhong-2021")).Findings;

        var service = findings.Single(f => f.RuleId == "B-SERVICE-EXCEEDS-PROJECT");
        Assert.Equal("项目“社会保险基金审计购买服务费”的政府购买服务“中介机构实地稽核服务”（一般公共预算拨款收入）合计 60.00 万元，"
            + "超过该项目同一资金来源的支出 24.40 万元", service.Message);
        var price = findings.Single(f => f.RuleId == "B-SERVICE-QUANTITY-PRICE");
        Assert.Equal("“中介机构实地稽核服务”数量 6家 × 单价 1.00 万元 = 6.00 万元，填写的金额是 60.00 万元", price.Message);
        Assert.Equal(("60.00 万元", "6.00 万元"), (price.Printed, price.Expected));
    }

    [Fact]
    public void Findings_on_a_filled_template_name_its_sheet_and_column_headers()
    {
        SpreadsheetFormats.Register();
        var dir = Path.Combine(Path.GetTempPath(), "yusuan-checks-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var path = Path.Combine(dir, "budget.xlsx");
            TemplateWriter.Write(path, 2021, "bazhong-2021", Sample("bazhong-2021"));

            var findings = new Checker(new RuleSet(RuleSet.Default.BudgetRules, [])).Check(BudgetReader.Read(path)).Findings;

            var price = findings.Single(f => f.RuleId == "B-SERVICE-QUANTITY-PRICE");
            Assert.Equal(("budget.xlsx", "政府购买服务", "单价"), (price.Place.File, price.Place.Sheet, price.Place.Field));
            var over = findings.Single(f => f.RuleId == "B-SERVICE-EXCEEDS-PROJECT");
            Assert.Equal("一般公共预算拨款收入", over.Place.Field);
            var gov = findings.First(f => f.RuleId == "B-UNIT-GOV-CLASS");
            Assert.Equal(("支出明细", "政府经济分类科目编码(选填)"), (gov.Place.Sheet, gov.Place.Field));
            Assert.NotNull(gov.Place.Row);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}

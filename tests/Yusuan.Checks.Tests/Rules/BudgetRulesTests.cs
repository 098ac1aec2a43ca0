using Yusuan.Checks.Rules;
using Yusuan.Core.Model;
using static Yusuan.Checks.Tests.Rules.BudgetRuleHarness;

namespace Yusuan.Checks.Tests.Rules;

/// <summary>
/// Each budget rule on the department-2025 sample (行政 801001, 参公 801002, 事业 801003; amounts in 元) changed in one
/// place: the rule reports exactly that place with its message, and nothing on the sample as it is.
/// </summary>
public class BudgetRulesTests
{
    private static Finding Single(IBudgetRule rule, Budget budget)
    {
        Assert.Empty(Run(rule, Dept));
        var findings = Run(rule, budget);
        var finding = Assert.Single(findings);
        Assert.Equal(rule.Rule.Id, finding.RuleId);
        Assert.Equal(rule.Rule.DefaultSeverity, finding.Severity);
        return finding;
    }

    [Fact]
    public void Income_that_differs_from_its_spending_is_an_error_at_the_income_line()
    {
        var f = Single(new IncomeSpendingRule(), Dept.WithIncome(3, i => i with { Amount = i.Amount - 100m }));

        Assert.Equal("budget.json › income › 第 3 行 › amount", f.Place.ToString());
        Assert.Equal("801003 某市农业技术推广中心 的一般公共预算拨款收入：收入 5,474,971.99 元，以其安排的支出 5,475,071.99 元，支出多 100.00 元", f.Message);
        Assert.Equal("5,474,971.99 元", f.Printed);
        Assert.Equal("5,475,071.99 元", f.Expected);
    }

    [Fact]
    public void Spending_of_a_source_without_income_is_located_at_its_first_line()
    {
        // One of 801003's 上年结转 project lines paid from another source: part of the 上年结转 income is unspent, and the other source has no income.
        var budget = Dept.WithLine(95, l => l with { Source = IncomeSource.SuperiorSubsidy });

        var findings = Run(new IncomeSpendingRule(), budget);

        Assert.Equal(
        [
            "[错误 B-INCOME-SPENDING] budget.json › income › 第 7 行 › amount: 801003 某市农业技术推广中心 的一般公共预算拨款收入（上年结转）："
            + "收入 360,560.00 元，以其安排的支出 48,000.00 元，收入多 312,560.00 元（印为 360,560.00 元，应为 48,000.00 元） 建议：核对收入金额，或支出明细的资金来源与是否上年结转",
            "[错误 B-INCOME-SPENDING] budget.json › expenditures › 第 95 行 › source: 801003 某市农业技术推广中心 的上级补助收入（上年结转）："
            + "收入 0.00 元，以其安排的支出 312,560.00 元，支出多 312,560.00 元（印为 0.00 元，应为 312,560.00 元） 建议：补录该单位的上级补助收入（上年结转）收入，或核对这些支出明细的资金来源",
        ], findings.Select(Text));
    }

    [Fact]
    public void Operating_item_for_the_other_unit_type_is_an_error_naming_the_item_that_fits()
    {
        var rule = new FunctionalUnitTypeRule();

        var administrative = Single(rule, Dept.WithLine(11, l => l with { FunctionalCode = "2130104" }));
        Assert.Equal("budget.json › expenditures › 第 11 行 › functional", administrative.Place.ToString());
        Assert.Equal("2130104 事业运行 只用于事业单位（科目说明：反映事业单位的基本支出），801001 某市农业农村局机关 是行政单位", administrative.Message);
        Assert.Equal("改列 2130101 行政运行", administrative.Hint);

        var institution = Single(rule, Dept.WithLine(74, l => l with { FunctionalCode = "2130101" }));
        Assert.Equal("budget.json › expenditures › 第 74 行 › functional", institution.Place.ToString());
        Assert.Equal("2130101 行政运行 只用于行政单位、参公单位（科目说明：反映行政单位（包括实行公务员管理的事业单位）的基本支出），"
            + "801003 某市农业技术推广中心 是事业单位", institution.Message);
        Assert.Equal("改列 2130104 事业运行", institution.Hint);

        // 参公 units are named by 行政运行's 说明, so 事业运行 does not suit them either.
        var civilService = Single(rule, Dept.WithLine(41, l => l with { FunctionalCode = "2130104" }));
        Assert.EndsWith("801002 某市农业综合行政执法支队 是参公单位", civilService.Message);

        // No 项 of the 款 is meant for a 事业 unit's projects: the hint says what to do instead.
        var project = Single(rule, Dept.WithLine(89, l => l with { FunctionalCode = "2130102" }));
        Assert.Equal("按事业单位选择本款的相应科目，或核对单位类型", project.Hint);
    }

    [Fact]
    public void Project_spending_on_an_operating_item_and_basic_spending_on_a_project_item_are_warnings()
    {
        var rule = new FunctionalNatureRule();

        var project = Single(rule, Dept.WithLine(25, l => l with { FunctionalCode = "2130101" }));
        Assert.Equal("[警告 B-FUNC-NATURE] budget.json › expenditures › 第 25 行 › functional: 2130101 行政运行 只列基本支出"
            + "（科目说明：反映行政单位（包括实行公务员管理的事业单位）的基本支出），这一行是项目“机关办公设备更新购置”的支出"
            + " 建议：改列 2130102 一般行政管理事务，或反映其用途的具体科目", Text(project));

        var basic = Single(rule, Dept.WithLine(11, l => l with { FunctionalCode = "2130102" }));
        Assert.Equal("2130102 一般行政管理事务 只列项目支出（科目说明：反映行政单位（包括实行公务员管理的事业单位）未单独设置项级科目的其他项目支出），"
            + "这一行是基本支出（公用经费）", basic.Message);
        Assert.Equal("改列 2130101 行政运行，或反映其用途的具体科目", basic.Hint);

        // A 项 whose 说明 says nothing about the nature (2130110 执法监管) takes both.
        Assert.Empty(Run(rule, Dept.WithLine(11, l => l with { FunctionalCode = "2130110" })));
    }

    [Fact]
    public void Basic_line_whose_nature_contradicts_its_economic_class_is_a_warning()
    {
        var f = Single(new NatureEconomicRule(), Dept.WithLine(11, l => l with { Nature = ExpenditureNature.Personnel }));

        Assert.Equal("budget.json › expenditures › 第 11 行 › nature", f.Place.ToString());
        Assert.Equal("30201 办公费 属于 302 商品和服务支出，在基本支出中是公用经费，填为人员经费", f.Message);
        Assert.Equal("支出性质改为“公用经费”（或留空，按经济分类判断），或核对经济分类", f.Hint);
    }

    [Fact]
    public void Government_class_against_the_unit_type_is_a_warning_either_way()
    {
        var rule = new UnitGovernmentClassRule();

        var administrative = Single(rule, Dept.WithLine(1, l => l with { GovernmentEconomicCode = "50501" }));
        Assert.Equal("[警告 B-UNIT-GOV-CLASS] budget.json › expenditures › 第 1 行 › government: 801001 某市农业农村局机关 是行政单位，"
            + "这一行（30101 基本工资，2,316,840.00 元）的政府经济分类填为 50501 工资福利支出；行政单位和参公单位的支出应归入 501–504 机关类科目"
            + " 建议：若无特殊情况，删去政府经济分类，按对照表归入 50101 工资奖金津补贴；若确为事业编制人员等的经费，请在说明中注明", Text(administrative));

        var institution = Single(rule, Dept.WithLine(62, l => l with { GovernmentEconomicCode = "50101" }));
        Assert.Equal("801003 某市农业技术推广中心 是事业单位，这一行（30101 基本工资，1,102,560.00 元）的政府经济分类填为 50101 工资奖金津补贴；"
            + "事业单位的支出应归入 505/506 对事业单位补助", institution.Message);
        Assert.Equal("若无特殊情况，删去政府经济分类，按对照表归入 50501 工资福利支出；若确为机关性质的支出，请核对单位类型", institution.Hint);

        // An override that agrees with the unit type is no concern of this rule.
        Assert.Empty(Run(rule, Dept.WithLine(62, l => l with { GovernmentEconomicCode = "50501" })));
    }

    [Fact]
    public void Government_override_outside_the_classes_of_the_economic_code_is_a_warning()
    {
        var rule = new GovernmentOverrideClassRule();

        var f = Single(rule, Dept.WithLine(11, l => l with { GovernmentEconomicCode = "50101" }));
        Assert.Equal("budget.json › expenditures › 第 11 行 › government", f.Place.ToString());
        Assert.Equal("30201 办公费 对应政府经济分类 502 机关商品和服务支出 或 50502 商品和服务支出，填写的 50101 工资奖金津补贴 不在其中", f.Message);

        // 505 is checked by 款: staff costs (301) are 50501, never 50502.
        Assert.Single(Run(rule, Dept.WithLine(1, l => l with { GovernmentEconomicCode = "50502" })));
        // Bazhong's way: 事业-funded staff of a 参公 unit in 50501, 其他 in the same 类.
        Assert.Empty(Run(rule, Dept.WithLine(1, l => l with { GovernmentEconomicCode = "50501" })));
        Assert.Empty(Run(rule, Dept.WithLine(11, l => l with { GovernmentEconomicCode = "50299" })));
    }

    [Fact]
    public void A_line_entered_twice_is_a_warning_at_the_second()
    {
        var copy = Dept.Expenditures[10] with { Location = new SourceLocation("budget.json", "expenditures", 99) };
        var f = Single(new DuplicateLineRule(), Dept with { Expenditures = [.. Dept.Expenditures, copy] });

        Assert.Equal("budget.json › expenditures › 第 99 行", f.Place.ToString());
        Assert.Equal("与 budget.json › expenditures › 第 11 行 完全相同（801001，2130101 / 30201，公用经费，一般公共预算拨款收入，215,000.00 元）", f.Message);

        // Same codes, another amount: two payments, not a duplicate.
        var other = copy with { Amount = 1m };
        Assert.Empty(Run(new DuplicateLineRule(), Dept with { Expenditures = [.. Dept.Expenditures, other] }));
    }

    [Fact]
    public void Project_without_lines_is_a_warning_at_its_name()
    {
        var project = new Project("801001", "数字农业试点", "特定目标类") { Location = new SourceLocation("budget.json", "projects", 10) };
        var f = Single(new ProjectWithoutLinesRule(), Dept with { Projects = [.. Dept.Projects, project] });

        Assert.Equal("[警告 B-PROJECT-NO-LINES] budget.json › projects › 第 10 行 › name: 项目“数字农业试点”（801001 某市农业农村局机关）没有任何支出明细"
            + " 建议：补录该项目的支出明细，或从项目表中删去该项目", Text(f));
    }

    [Fact]
    public void Three_public_spending_without_last_years_figures_is_a_warning_at_the_first_such_line()
    {
        var previous = Dept.ThreePublicPrevious.Where(kv => kv.Key != "801002").ToDictionary();
        var f = Single(new ThreePublicPreviousRule(), Dept with { ThreePublicPrevious = previous });

        Assert.Equal("budget.json › expenditures › 第 49 行 › economic", f.Place.ToString());
        Assert.Equal("801002 某市农业综合行政执法支队 本年有“三公”经费（公务用车购置费 360,000.00 元，公务用车运行维护费 120,000.00 元，公务接待费 18,000.00 元），但没有填写上年数", f.Message);

        // A unit without 三公 spending needs no previous figures.
        var noThreePublic = Dept.WithoutLines(l => l.UnitCode == "801003" && l.EconomicCode is "30217" or "30231");
        Assert.Empty(Run(new ThreePublicPreviousRule(), noThreePublic with
        {
            ThreePublicPrevious = Dept.ThreePublicPrevious.Where(kv => kv.Key != "801003").ToDictionary(),
        }));
    }

    [Fact]
    public void Office_without_public_spending_is_a_warning()
    {
        var budget = Dept.WithoutLines(l => l.UnitCode == "801002" && l.Nature == ExpenditureNature.Public);
        var f = Single(new OperatingExpensesRule(), budget);

        Assert.Equal("budget.json › expenditures › 第 30 行 › nature", f.Place.ToString());
        Assert.Equal("801002 某市农业综合行政执法支队 是参公单位，一般公共预算基本支出 6,035,718.02 元 全是人员经费，没有公用经费，机关运行经费为零", f.Message);

        // A 事业 unit has no 机关运行经费.
        Assert.Empty(Run(new OperatingExpensesRule(), Dept.WithoutLines(l => l.UnitCode == "801003" && l.Nature == ExpenditureNature.Public)));
    }

    [Fact]
    public void Procurement_beyond_its_projects_money_is_an_error_per_source()
    {
        var f = Single(new ProcurementExceedsProjectRule(), Dept.WithProcurement(1, p => p with { Amounts = General(300000m) }));

        Assert.Equal("[错误 B-PROCUREMENT-EXCEEDS-PROJECT] budget.json › procurement › 第 1 行 › amounts.一般公共预算拨款收入: "
            + "项目“机关办公设备更新购置”的政府采购“台式计算机”（一般公共预算拨款收入）合计 300,000.00 元，超过该项目同一资金来源的支出 244,400.00 元"
            + "（印为 300,000.00 元，应为 不超过 244,400.00 元） 建议：核对政府采购金额与资金来源，或补录该项目的支出明细", Text(f));

        // The same money from a source the project does not spend is over its 0.00.
        var otherSource = Run(new ProcurementExceedsProjectRule(), Dept.WithProcurement(1, p => p with
        {
            Amounts = new Dictionary<IncomeSource, decimal> { [IncomeSource.InstitutionRevenue] = 129600m },
        }));
        Assert.Contains("（事业收入）合计 129,600.00 元，超过该项目同一资金来源的支出 0.00 元", Assert.Single(otherSource).Message);

        // Without a project, an item is held to the unit's basic spending of that source.
        Assert.Empty(Run(new ProcurementExceedsProjectRule(), Dept.WithProcurement(1, p => p with { ProjectName = null })));
        var basic = Assert.Single(Run(new ProcurementExceedsProjectRule(),
            Dept.WithProcurement(1, p => p with { ProjectName = null, Amounts = General(20000000m) })));
        Assert.Equal("801001 某市农业农村局机关 不属于项目的政府采购“台式计算机”（一般公共预算拨款收入）合计 20,000,000.00 元，"
            + "超过该单位同一资金来源的基本支出 10,662,367.45 元", basic.Message);
    }

    [Fact]
    public void Service_purchases_beyond_their_projects_money_are_an_error_summed_per_project()
    {
        var second = Dept.ServicePurchases[0] with
        {
            Item = "农产品质量安全追溯服务", Quantity = null, UnitPrice = null, Amounts = General(20000m),
            Location = new SourceLocation("budget.json", "servicePurchases", 3),
        };
        var f = Single(new ServiceExceedsProjectRule(), Dept with { ServicePurchases = [.. Dept.ServicePurchases, second] });

        Assert.Equal("budget.json › servicePurchases › 第 1 行 › amounts.一般公共预算拨款收入", f.Place.ToString());
        Assert.Equal("项目“农产品质量安全监督抽检”的政府购买服务“农产品质量安全第三方检测服务”等 2 项（一般公共预算拨款收入）合计 440,000.00 元，"
            + "超过该项目同一资金来源的支出 438,000.00 元", f.Message);
    }

    [Fact]
    public void Quantity_times_price_must_give_the_amount_up_to_rounding_of_the_price()
    {
        var rule = new ServiceQuantityPriceRule();

        var f = Single(rule, Dept.WithService(2, s => s with { UnitPrice = 280000m }));
        Assert.Equal("[错误 B-SERVICE-QUANTITY-PRICE] budget.json › servicePurchases › 第 2 行 › unitPrice: "
            + "“农业农村发展规划编制咨询服务”数量 1项 × 单价 280,000.00 元 = 280,000.00 元，填写的金额是 285,000.00 元"
            + "（印为 285,000.00 元，应为 280,000.00 元） 建议：核对数量、单价和金额（单价与金额的单位须相同）", Text(f));

        // In 元, half a 分 per item is all the rounding a price may carry: 3 × 0.33 for 1.00 is 0.3333… rounded, 3 × 0.32 is not.
        Assert.Empty(Run(rule, Dept.WithService(2, s => s with { Quantity = 3m, UnitPrice = 0.33m, Amounts = General(1m) })));
        Assert.Single(Run(rule, Dept.WithService(2, s => s with { Quantity = 3m, UnitPrice = 0.32m, Amounts = General(1m) })));

        // In 万元 a price is entered to 0.01 万元: 3 × 0.33 万元 = 0.99 万元 for an amount of 1.00 万元 is the price rounded.
        var bazhong = Sample("bazhong-2021");
        Assert.Equal("万元", bazhong.AmountUnit);
        Assert.Empty(Run(rule, bazhong.WithService(1, s => s with { Quantity = 3m, UnitPrice = 3300m, Amounts = General(10000m) })));
        Assert.Single(Run(rule, bazhong.WithService(1, s => s with { Quantity = 3m, UnitPrice = 3200m, Amounts = General(10000m) })));

        // Without a quantity or a price there is nothing to multiply.
        Assert.Empty(Run(rule, Dept.WithService(2, s => s with { UnitPrice = null })));
    }

    [Fact]
    public void Every_budget_rule_is_registered_once_with_a_B_id_and_a_chinese_title()
    {
        // The 绩效目标 rules (P-) and the 公开文本 rules (N-) run with them; TargetRuleTests and NarrativeRuleTests check those.
        var all = RuleSet.Default.BudgetRules.Select(r => r.Rule).ToList();
        Assert.Equal(all.Count, all.Select(r => r.Id).Distinct().Count());
        var rules = all.Where(r => !r.Id.StartsWith("P-", StringComparison.Ordinal) && !r.Id.StartsWith("N-", StringComparison.Ordinal)).ToList();
        Assert.Equal(17, rules.Count); // with B-AMOUNT-UNIT, B-CATALOG-YEAR and B-TEXT
        Assert.All(rules, r =>
        {
            Assert.StartsWith("B-", r.Id);
            Assert.Equal(RuleTarget.Budget, r.Target);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r.Title);
            Assert.False(string.IsNullOrWhiteSpace(r.Description));
        });
    }
}

namespace Yusuan.Checks.Rules;

/// <summary>B-PROCUREMENT-EXCEEDS-PROJECT: 政府采购 items of a project cost more than the project's spending (per funding source).</summary>
internal sealed class ProcurementExceedsProjectRule : IBudgetRule
{
    public Rule Rule { get; } = new("B-PROCUREMENT-EXCEEDS-PROJECT", "政府采购超过所属项目预算", Severity.Error, RuleTarget.Budget,
        "同一项目、同一资金来源的政府采购金额合计不能超过该项目以该来源安排的支出；不属于项目的采购不能超过单位同一来源的基本支出。");

    public IEnumerable<Finding> Check(BudgetCheckContext context) =>
        ItemsWithinSpending.Check(Rule, context.Budget,
            context.Budget.Procurement.Select(p => new ItemsWithinSpending.Item(p.UnitCode, p.ProjectName, p.Item, p.Amounts, p.Location)),
            "政府采购");
}

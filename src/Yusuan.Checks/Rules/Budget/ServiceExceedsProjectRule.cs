namespace Yusuan.Checks.Rules;

/// <summary>B-SERVICE-EXCEEDS-PROJECT: 政府购买服务 items of a project cost more than the project's spending (per funding source).</summary>
internal sealed class ServiceExceedsProjectRule : IBudgetRule
{
    public Rule Rule { get; } = new("B-SERVICE-EXCEEDS-PROJECT", "政府购买服务超过所属项目预算", Severity.Error, RuleTarget.Budget,
        "同一项目、同一资金来源的政府购买服务金额合计不能超过该项目以该来源安排的支出；不属于项目的购买服务不能超过单位同一来源的基本支出。");

    public IEnumerable<Finding> Check(BudgetCheckContext context) =>
        ItemsWithinSpending.Check(Rule, context.Budget,
            context.Budget.ServicePurchases.Select(s => new ItemsWithinSpending.Item(s.UnitCode, s.ProjectName, s.Item, s.Amounts, s.Location)),
            "政府购买服务");
}

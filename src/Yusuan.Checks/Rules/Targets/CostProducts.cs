namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// Shared by P-COST-QUANTITY-PRICE and P-COST-MONTHLY: the amounts a target's prices imply (<see cref="CostFigures.Products"/>)
/// against its money. Each product that alone is more than the money is reported by the rule of its kind (with a quantity:
/// quantity × price; a monthly rate only: × 12); when none is alone, their sum once, by the quantity rule if any has a quantity.
/// </summary>
internal static class CostProducts
{
    public static IEnumerable<Finding> Check(Rule rule, BudgetCheckContext context, bool quantities)
    {
        var budget = context.Budget;
        foreach (var target in TargetOwner.All(budget))
        {
            var money = target.Money(TargetBudget.Of(context));
            if (money == 0) continue;
            var products = CostFigures.Products(target);
            var over = products.Where(p => p.Yuan > money).ToList();
            foreach (var p in over.Where(p => p.HasQuantity == quantities))
            {
                yield return new Finding(rule.Id, rule.DefaultSeverity, p.Price.At("value"),
                    $"{target.Label}：{p.Formula} = {budget.Derived(p.Yuan)}，超过{target.MoneyName} {budget.Money(money)}")
                {
                    Printed = budget.Derived(p.Yuan),
                    Expected = "不超过 " + budget.Money(money),
                    Hint = "核对单价、数量和单位，或该项目的支出明细",
                };
            }
            var total = products.Sum(p => p.Yuan);
            if (over.Count > 0 || products.Count < 2 || total <= money || products.Any(p => p.HasQuantity) != quantities) continue;
            yield return new Finding(rule.Id, rule.DefaultSeverity, products[0].Price.At("value"),
                $"{target.Label}按单价推算的成本合计 {budget.Derived(total)}（"
                + string.Join("；", products.Select(p => $"{p.Formula} = {budget.Derived(p.Yuan)}"))
                + $"），超过{target.MoneyName} {budget.Money(money)}")
            {
                Printed = budget.Derived(total),
                Expected = "不超过 " + budget.Money(money),
                Hint = "按单价和数量推算的成本合计不能超过预算；核对单价、数量，或该项目的支出明细",
            };
        }
    }
}

/// <summary>P-COST-QUANTITY-PRICE: a quantity × unit price (10份 × 500元/份) more than the target's money.</summary>
internal sealed class CostQuantityPriceRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-COST-QUANTITY-PRICE", "数量×单价超过预算", Severity.Error, RuleTarget.Budget,
        "以“元/份”“元/人、月”或名称中的“每份”“每人每次”表示的单价，乘以同一目标中同单位的数量指标（份数 10份；2.7万份按 27000 计），"
        + "按月的再乘 12，不能超过目标的资金；都不超过而合计超过的报告一次。无法对应数量的（元/天而没有天数）按 1 计。");

    public IEnumerable<Finding> Check(BudgetCheckContext context) => CostProducts.Check(Rule, context, quantities: true);
}

/// <summary>P-COST-MONTHLY: a money rate per month (9000元/月, 物管费每月) × 12 more than the year's money.</summary>
internal sealed class CostMonthlyRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-COST-MONTHLY", "月度标准×12超过年度预算", Severity.Error, RuleTarget.Budget,
        "按月计的金额（元/月、万元/月，或名称中的“每月”）乘以 12 不能超过目标一年的资金；同时对应了数量的由 P-COST-QUANTITY-PRICE 报告。");

    public IEnumerable<Finding> Check(BudgetCheckContext context) => CostProducts.Check(Rule, context, quantities: false);
}

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-COST-EXCEEDS: 成本指标 in money that are more than the target's money: one alone, or (when none is alone) all together.
/// A project's money is its budget; a department-wide target's is everything the department (unit) spends.
/// </summary>
internal sealed class CostExceedsRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-COST-EXCEEDS", "成本指标超过预算", Severity.Error, RuleTarget.Budget,
        "以金额表示的成本指标（元、万元，万元/年）不能超过目标的资金：项目为其预算（支出明细之和），部门（单位）整体目标为其全部支出。"
        + "单个成本指标超过的逐个报告；都不超过而合计超过的报告一次。没有预算的项目由 P-TARGET-NO-MONEY 报告。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        foreach (var target in TargetOwner.All(budget))
        {
            var money = target.Money(TargetBudget.Of(context));
            if (money == 0) continue;
            var amounts = CostFigures.Amounts(target);
            var over = amounts.Where(a => a.Yuan > money).ToList();
            foreach (var a in over)
            {
                yield return new Finding(Rule.Id, Rule.DefaultSeverity, a.Indicator.At("value"),
                    $"{target.Label}的成本{a.Indicator.Named()}为 {budget.Money(a.Yuan)}，超过{target.MoneyName} {budget.Money(money)}")
                {
                    Printed = budget.Money(a.Yuan),
                    Expected = "不超过 " + budget.Money(money),
                    Hint = "核对成本指标的数值和单位（元或万元），或该项目的支出明细",
                };
            }
            var total = amounts.Sum(a => a.Yuan);
            if (over.Count > 0 || amounts.Count < 2 || total <= money) continue;
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, amounts[0].Indicator.At("value"),
                $"{target.Label}的成本指标合计 {budget.Money(total)}（"
                + string.Join("、", amounts.Select(a => $"{a.Indicator.Title()} {budget.Money(a.Yuan)}"))
                + $"），超过{target.MoneyName} {budget.Money(money)}")
            {
                Printed = budget.Money(total),
                Expected = "不超过 " + budget.Money(money),
                Hint = "成本指标合计不能超过预算；核对各成本指标，或该项目的支出明细",
            };
        }
    }
}

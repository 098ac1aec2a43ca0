namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-TARGET-AMOUNT: an imported project target states an amount that is not the project's budget (Σ its lines; domain.md
/// §8.10). Yusuan's own forms take the amount from the lines, so only a form made elsewhere can differ.
/// </summary>
internal sealed class TargetAmountRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-TARGET-AMOUNT", "绩效目标金额与项目预算不符", Severity.Error, RuleTarget.Budget,
        "导入的项目绩效目标所填金额（原表金额）应等于该项目支出明细之和（本年与上年结转、各资金来源合计；docs/rules.md#p-target-amount）。"
        + "差额不超过所填金额末位的半个单位（如整数万元的 ±0.5 万元）视为舍入。Yusuan 生成的目标表金额取自支出明细。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        foreach (var target in budget.Targets.Projects)
        {
            if (target.StatedAmount is not { } stated) continue;
            var money = TargetBudget.Of(context).Project(target.UnitCode, target.ProjectName);
            if (money == 0) continue; // P-TARGET-NO-MONEY says so
            if (Math.Abs(stated - money) <= budget.StatedHalfUnit(stated)) continue;
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(target.Location, "statedAmount"),
                $"项目“{target.ProjectName}”的绩效目标金额 {budget.Money(stated)}，与该项目的预算 {budget.Money(money)}不符"
                + $"（{(stated > money ? "多" : "少")} {budget.Money(Math.Abs(stated - money))}）")
            {
                Printed = budget.Money(stated),
                Expected = budget.Money(money),
                Hint = "绩效目标的金额应等于项目的支出明细之和；核对目标表上的金额，或该项目的支出明细",
            };
        }
    }
}

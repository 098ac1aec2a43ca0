namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-TARGET-NO-MONEY: a target for a project that has no money: one of the project list whose lines add to 0 (or that
/// has none), or one that is not in the budget at all (published forms have them; the reader keeps such a target).
/// </summary>
internal sealed class TargetWithoutMoneyRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-TARGET-NO-MONEY", "绩效目标所属项目没有预算", Severity.Error, RuleTarget.Budget,
        "绩效目标只为有预算的项目填写：目标所填的项目不在项目表中，或其支出明细之和为 0（没有支出明细）时，这份目标没有资金可以实现。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        var listed = budget.Projects.Select(p => (p.UnitCode, p.Name)).ToHashSet();
        foreach (var target in budget.Targets.Projects)
        {
            if (TargetBudget.Of(context).Project(target.UnitCode, target.ProjectName) != 0) continue;
            var why = listed.Contains((target.UnitCode, target.ProjectName)) ? "没有预算（支出明细合计为 0）" : "不在项目表中，没有预算";
            var stated = target.StatedAmount is { } s && s != 0 ? $"，目标表填写的金额是 {budget.Money(s)}" : "";
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(target.Location, "project"),
                $"项目“{target.ProjectName}”（{budget.Unit(target.UnitCode).Label()}）有绩效目标，但{why}{stated}")
            {
                Hint = "删去该项目的绩效目标，或在项目表中登记该项目并补录其支出明细",
            };
        }
    }
}

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-PROJECT-NO-TARGET: a project with money and no performance target. Only when the budget carries project targets at
/// all: a budget without any is one whose targets are kept elsewhere (the rule would otherwise name every project).
/// </summary>
internal sealed class ProjectWithoutTargetRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-PROJECT-NO-TARGET", "有预算的项目没有绩效目标", Severity.Warning, RuleTarget.Budget,
        "预算数据填写了项目绩效目标时，每个有支出明细（金额不为 0）的项目都应有一份绩效目标（docs/rules.md#p-project-no-target）。"
        + "预算数据中没有任何项目绩效目标时不检查。级别可在配置的 checks.rules 或 --settings 中改为 error。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        if (budget.Targets.Projects.Count == 0) yield break;
        var targeted = budget.Targets.Projects.Select(t => (t.UnitCode, t.ProjectName)).ToHashSet();
        foreach (var project in budget.Projects)
        {
            if (targeted.Contains((project.UnitCode, project.Name))) continue;
            var money = TargetBudget.Of(context).Project(project.UnitCode, project.Name);
            if (money == 0) continue;
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(project.Location, "name"),
                $"项目“{project.Name}”（{budget.Unit(project.UnitCode).Label()}）有预算 {budget.Money(money)}，没有绩效目标")
            {
                Hint = $"为该项目填写{Yusuan.Core.Input.FieldNames.ProjectTargets}",
            };
        }
    }
}

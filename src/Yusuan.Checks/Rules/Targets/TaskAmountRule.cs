namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-TASK-AMOUNT: a task of a department-wide target states an amount that is not the budget's figure for its kind
/// (人员经费, 公用经费, 基本支出, 项目支出, projects of a kind), for the department or the target's unit (domain.md §8.10).
/// Several tasks of one kind (深圳 lists 履职类 projects one by one) share the kind's money: their sum is compared.
/// </summary>
internal sealed class TaskAmountRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-TASK-AMOUNT", "整体绩效目标任务金额与预算不符", Severity.Error, RuleTarget.Budget,
        "部门（单位）整体支出绩效目标中，每项任务所填金额应等于预算中该类支出：人员经费、公用经费、基本支出、项目支出，"
        + "或某类项目（运转类、特定目标类、履职类 …）的合计；整体目标属于某个单位时按该单位计（domain.md §8.10）。"
        + "同一类别有几项任务时（逐个列出项目），比较它们的合计。差额不超过所填金额末位的半个单位（几项时逐项相加）视为舍入。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        foreach (var target in budget.Targets.Departments)
        {
            foreach (var group in target.Tasks.GroupBy(t => t.Kind))
            {
                var tasks = group.ToList();
                if (tasks.Any(t => t.StatedAmount is null)) continue;
                var stated = tasks.Sum(t => t.StatedAmount!.Value);
                var figure = TargetBudget.Of(context).Task(target, tasks[0]);
                if (Math.Abs(stated - figure) <= tasks.Sum(t => budget.StatedHalfUnit(t.StatedAmount!.Value))) continue;
                var kind = group.Key is "人员经费" or "公用经费" or "基本支出" or "项目支出" ? group.Key : group.Key + "项目";
                var whose = target.UnitCode is null ? "部门" : budget.Unit(target.UnitCode).Label() + " ";
                var named = tasks.Count == 1
                    ? $"的任务“{tasks[0].Name}”金额"
                    : $"的任务{string.Concat(tasks.Select(t => $"“{t.Name}”"))}（均为{kind}）合计";
                yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(tasks[0].Location, "statedAmount"),
                    $"{TargetOwner.DepartmentLabel(budget, target)}{named} {budget.Money(stated)}，预算中{whose}的{kind}为 {budget.Money(figure)}")
                {
                    Printed = budget.Money(stated),
                    Expected = budget.Money(figure),
                    Hint = $"任务金额应等于预算中的{kind}；核对任务金额或任务类别（kind）",
                };
            }
        }
    }
}

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-TASK-AMOUNT: a task of a department-wide target states an amount that is not the budget's figure for it
/// (<see cref="Yusuan.Core.Targets.TargetAmounts.Task"/>, the rule the forms print by; domain.md §8.10). A task that names
/// its projects is compared with their money, one task at a time. The tasks that name none are compared by kind (人员经费,
/// 公用经费, 基本支出, 项目支出, projects of a kind, less the projects other tasks name), for the department or the target's
/// unit: several tasks of one kind share the kind's money, so their sum is compared.
/// </summary>
internal sealed class TaskAmountRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-TASK-AMOUNT", "整体绩效目标任务金额与预算不符", Severity.Error, RuleTarget.Budget,
        "部门（单位）整体支出绩效目标中，每项任务所填金额应等于预算中的数：列出对应项目的任务，等于这些项目的支出明细之和，逐项比较；"
        + "未列项目的任务，等于预算中该类支出：人员经费、公用经费、基本支出、项目支出，或某类项目（运转类、特定目标类、履职类 …）的合计"
        + "（其他任务已列出的项目不再计入）；整体目标属于某个单位时按该单位计（docs/rules.md#p-task-amount）。"
        + "同一类别有几项未列项目的任务时，比较它们的合计。差额不超过所填金额末位的半个单位（几项时逐项相加）视为舍入。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        var amounts = TargetBudget.Of(context);
        foreach (var target in budget.Targets.Departments)
        {
            var whose = target.UnitCode is null ? "部门" : budget.Unit(target.UnitCode).Label() + " ";
            // Tasks that name their projects: each against its own projects' money.
            foreach (var task in target.Tasks.Where(t => t.Projects.Count > 0))
            {
                if (task.StatedAmount is not { } stated) continue;
                var figure = amounts.Task(target, task);
                if (Math.Abs(stated - figure) <= budget.StatedHalfUnit(stated)) continue;
                var projects = string.Concat(task.Projects.Select(p => $"“{p}”"));
                yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(task.Location, "statedAmount"),
                    $"{TargetOwner.DepartmentLabel(budget, target)}的任务“{task.Name}”金额 {budget.Money(stated)}，"
                    + $"其对应项目{projects}的预算为 {budget.Money(figure)}"
                    + $"（{(stated > figure ? "多" : "少")} {budget.Money(Math.Abs(stated - figure))}）")
                {
                    Printed = budget.Money(stated),
                    Expected = budget.Money(figure),
                    Hint = $"任务金额应等于所列项目的支出明细之和；核对任务金额，或任务的“{Yusuan.Core.Input.FieldNames.TaskProjects}”",
                };
            }

            // Tasks by kind, as the kind's money is shared.
            foreach (var group in target.Tasks.Where(t => t.Projects.Count == 0).GroupBy(t => t.Kind))
            {
                var tasks = group.ToList();
                if (tasks.Any(t => t.StatedAmount is null)) continue;
                var stated = tasks.Sum(t => t.StatedAmount!.Value);
                var figure = amounts.Task(target, tasks[0]);
                if (Math.Abs(stated - figure) <= tasks.Sum(t => budget.StatedHalfUnit(t.StatedAmount!.Value))) continue;
                var kind = group.Key is "人员经费" or "公用经费" or "基本支出" or "项目支出" ? group.Key : group.Key + "项目";
                var named = tasks.Count == 1
                    ? $"的任务“{tasks[0].Name}”金额"
                    : $"的任务{string.Concat(tasks.Select(t => $"“{t.Name}”"))}（均为{kind}）合计";
                var others = target.Tasks.Any(t => t.Projects.Count > 0) ? "（不含其他任务所列的项目）" : "";
                yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(tasks[0].Location, "statedAmount"),
                    $"{TargetOwner.DepartmentLabel(budget, target)}{named} {budget.Money(stated)}，预算中{whose}的{kind}{others}为 {budget.Money(figure)}")
                {
                    Printed = budget.Money(stated),
                    Expected = budget.Money(figure),
                    Hint = $"任务金额应等于预算中的{kind}；核对任务金额或“{Yusuan.Core.Input.FieldNames.TaskKind}”，或在“{Yusuan.Core.Input.FieldNames.TaskProjects}”中列出任务对应的项目",
                };
            }
        }
    }
}

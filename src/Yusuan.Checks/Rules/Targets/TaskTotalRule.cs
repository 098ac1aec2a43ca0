namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-TASK-TOTAL: a department-wide target's printed 金额合计 (<see cref="Yusuan.Core.Model.DepartmentTarget.StatedTotal"/>)
/// against its tasks. When every task states its amount, the total is compared with their sum, as printed: a form whose
/// rows do not add to its own total (an arithmetic mistake on the form). Otherwise (some task states none), it is compared
/// with the budget's figure for the tasks (<see cref="Yusuan.Core.Targets.TargetAmounts.Task"/>, each kind's money once).
/// When the rows add up, the total is also compared with the budget: tasks each within their rounding can together drift
/// from the budget by more than the total's. Only one finding per target: a total that is not its rows' sum is the form's
/// own mistake and is said first; a task that is off the budget is <c>P-TASK-AMOUNT</c>'s.
/// </summary>
internal sealed class TaskTotalRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-TASK-TOTAL", "整体绩效目标金额合计不符", Severity.Error, RuleTarget.Budget,
        "部门（单位）整体支出绩效目标所填的金额合计（原表金额合计）应等于各项任务所填金额之和；差额不超过各数末位的半个单位之和"
        + "（合计与每项任务各半个单位）视为舍入。各项任务金额相加等于合计（或有任务未填金额）时，再与预算中这些任务的金额合计比较"
        + "（同类别未列项目的任务共用该类支出，只计一次），差额不超过合计末位的半个单位视为舍入。每个目标至多报告一条。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        var amounts = TargetBudget.Of(context);
        foreach (var target in budget.Targets.Departments)
        {
            if (target.StatedTotal is not { } total || target.Tasks.Count == 0) continue;
            var place = BudgetText.At(target.Location, "statedTotal");
            var label = TargetOwner.DepartmentLabel(budget, target);
            if (target.Tasks.All(t => t.StatedAmount is not null))
            {
                var sum = target.Tasks.Sum(t => t.StatedAmount!.Value);
                var allowance = budget.StatedHalfUnit(total) + target.Tasks.Sum(t => budget.StatedHalfUnit(t.StatedAmount!.Value));
                if (Math.Abs(total - sum) > allowance)
                {
                    yield return new Finding(Rule.Id, Rule.DefaultSeverity, place,
                        $"{label}的金额合计 {budget.Money(total)}，各项任务金额之和为 {budget.Money(sum)}"
                        + $"（{(total > sum ? "多" : "少")} {budget.Money(Math.Abs(total - sum))}）")
                    {
                        Printed = budget.Money(total),
                        Expected = budget.Money(sum),
                        Hint = "金额合计应等于表中各项任务金额之和；核对合计，或各项任务的金额",
                    };
                    continue;
                }
            }
            // The budget's figure for the tasks: each task naming projects, and each kind's money once.
            var figure = target.Tasks.Where(t => t.Projects.Count > 0).Sum(t => amounts.Task(target, t))
                + target.Tasks.Where(t => t.Projects.Count == 0).GroupBy(t => t.Kind).Sum(g => amounts.Task(target, g.First()));
            if (Math.Abs(total - figure) <= budget.StatedHalfUnit(total)) continue;
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, place,
                $"{label}的金额合计 {budget.Money(total)}，预算中各项任务的金额合计为 {budget.Money(figure)}"
                + $"（{(total > figure ? "多" : "少")} {budget.Money(Math.Abs(total - figure))}）")
            {
                Printed = budget.Money(total),
                Expected = budget.Money(figure),
                Hint = $"金额合计应等于预算中这些任务的金额之和；核对合计，或任务的“{Yusuan.Core.Input.FieldNames.TaskKind}”和“{Yusuan.Core.Input.FieldNames.TaskProjects}”",
            };
        }
    }
}

namespace Yusuan.Checks.Rules;

/// <summary>B-PROJECT-NO-LINES: a project in the project list with no expenditure line: it has no money and appears in no table.</summary>
internal sealed class ProjectWithoutLinesRule : IBudgetRule
{
    public Rule Rule { get; } = new("B-PROJECT-NO-LINES", "项目没有支出明细", Severity.Warning, RuleTarget.Budget,
        "项目表中登记的每个项目都应有支出明细；没有明细的项目没有预算，不出现在任何表中。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        var used = budget.Expenditures.Where(l => l.ProjectName is not null)
            .Select(l => (l.UnitCode, l.ProjectName!)).ToHashSet();
        foreach (var project in budget.Projects)
        {
            if (used.Contains((project.UnitCode, project.Name))) continue;
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(project.Location, "name"),
                $"项目“{project.Name}”（{budget.Unit(project.UnitCode).Label()}）没有任何支出明细")
            {
                Hint = "补录该项目的支出明细，或从项目表中删去该项目",
            };
        }
    }
}

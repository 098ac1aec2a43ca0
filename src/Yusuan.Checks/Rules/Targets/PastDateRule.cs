using System.Text.RegularExpressions;
using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-PAST-DATE: a target date or year before the budget year (到2020年底 in a 2021 budget), usually last year's text
/// carried over: in a project's 年度目标 or 项目期限, a department-wide 年度总体目标, or an indicator's value.
/// </summary>
internal sealed partial class PastDateRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-PAST-DATE", "目标时间早于预算年度", Severity.Warning, RuleTarget.Budget,
        "年度目标、整体目标和指标值中的目标时间不能早于预算年度：2021 年预算写“到2020年底”“2020年12月31日前”多是沿用上年文字。"
        + "文字中的年份只在作为时限时检查（到、至、截至…，…年底、年末、前、内），指标值只写日期时也检查；项目期限按其最晚的年份。");

    [GeneratedRegex(@"(?<pre>到|至|截至|截止)?\s*(?<y>(?:19|20)\d{2})\s*(?:年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|[-./]\d{1,2}(?:[-./]\d{1,2})?)\s*(?<post>年底|年末|底|末|以前|之前|前|以内|之内|内)?")]
    private static partial Regex DateExpression();

    [GeneratedRegex(@"(?:19|20)\d{2}")]
    private static partial Regex Year();

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        foreach (var target in budget.Targets.Projects)
        {
            var label = $"项目“{target.ProjectName}”";
            if (Past(target.AnnualGoal, budget.Year, whole: false) is { } goal)
                yield return At(BudgetText.At(target.Location, "annualGoal"), $"{label}的年度目标写“{goal}”", budget.Year);
            if (target.Period is { } period && Year().Matches(period).Select(m => int.Parse(m.Value)).DefaultIfEmpty(int.MaxValue).Max() < budget.Year)
                yield return At(BudgetText.At(target.Location, "period"), $"{label}的项目期限是“{period}”", budget.Year);
        }
        foreach (var d in budget.Targets.Departments)
            if (Past(d.Objective, budget.Year, whole: false) is { } objective)
                yield return At(BudgetText.At(d.Location, "objective"), $"{TargetOwner.DepartmentLabel(budget, d)}的年度总体目标写“{objective}”", budget.Year);
        foreach (var target in TargetOwner.All(budget))
        foreach (var indicator in target.Real)
            if (Past(indicator.Value, budget.Year, whole: true) is { } value)
                yield return At(indicator.At("value"), $"{target.Label}的{indicator.Named()}指标值写“{value}”", budget.Year);
    }

    private Finding At(Place place, string what, int year) => new(Rule.Id, Rule.DefaultSeverity, place, $"{what}，早于预算年度 {year} 年")
    {
        Hint = "核对目标时间（多为沿用上年的文字），改为预算年度内的时间",
    };

    /// <summary>The first date expression before <paramref name="year"/> that reads as a deadline (or is the whole text).</summary>
    private static string? Past(string? text, int year, bool whole)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (Match m in DateExpression().Matches(text))
        {
            if (int.Parse(m.Groups["y"].Value) >= year) continue;
            var deadline = m.Groups["pre"].Success || m.Groups["post"].Success;
            if (deadline || (whole && m.Value.Trim() == text.Trim())) return m.Value.Trim();
        }
        return null;
    }
}

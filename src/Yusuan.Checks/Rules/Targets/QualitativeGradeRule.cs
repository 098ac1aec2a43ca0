using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-QUALITATIVE-GRADE: a 定性 indicator whose value is a number (95%, 10份: the nature is wrong), or, where the region
/// grades 定性 indicators (<see cref="TargetSettings.GradesRequired"/>), text that is not a grade.
/// </summary>
internal sealed class QualitativeGradeRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-QUALITATIVE-GRADE", "定性指标值不是等级", Severity.Warning, RuleTarget.Budget,
        "性质为定性的指标不填数值：填 95%、10份 的应改为 ≥、≤、=。日期和期限（“2021年12月31日前”“7个工作日内”）可以照写。"
        + "表式单列指标性质的地区（四川：定性 · 优 · 级）定性指标的其他值填等级：优、良、中、差，好、较好，合格、达标，高、较高 …，"
        + "或“明显提高”“有所改善”这类变化程度；填其他文字（长期、及时、正常推进）的，等级无从评判。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var settings = TargetSettings.For(context.Profile);
        foreach (var target in TargetOwner.All(context.Budget))
        foreach (var indicator in target.Real)
        {
            if (indicator.Nature != IndicatorNature.Qualitative || IndicatorCategories.IsBlankMark(indicator.Value)) continue;
            var (numeric, deadline) = Kind(indicator);
            if (deadline || (!numeric && (!settings.GradesRequired || settings.IsGrade(indicator.Value)))) continue;
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, indicator.At("value"),
                $"{target.Label}的{indicator.Named()}是定性指标，指标值“{indicator.Value}”" + (numeric ? "是数值" : "不是等级"))
            {
                Hint = numeric
                    ? "可以量化的指标，性质改为 ≥、≤ 或 =，指标值填数值"
                    : "定性指标填等级，如 优、良、中、差 或 达标；可以量化的改为 ≥、≤、= 并填数值",
            };
        }
    }

    /// <summary>
    /// Whether a value is a figure (95%, 10份) or a deadline: a date (2021年12月31日前) or a time limit (7个工作日内, 7天内),
    /// which a 定性 indicator may state as it is.
    /// </summary>
    private static (bool Numeric, bool Deadline) Kind(Indicator indicator)
    {
        var parts = IndicatorValues.Parts(indicator);
        if (parts.Count == 0 || parts[0] is not { Number: not null } first) return (false, false);
        var time = first.Unit is { } unit && IndicatorUnits.InGroup(IndicatorValues.Read(unit), "@time");
        return (!time, time);
    }
}

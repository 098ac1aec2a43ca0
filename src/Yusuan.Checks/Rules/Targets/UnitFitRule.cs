using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-UNIT-FIT: a unit that does not fit the indicator: a 人数 in %, 次 or 亿元, a 率 in 人, an amount in 个. What fits is
/// the table <see cref="IndicatorUnits.Table"/> (by the indicator's name); a 成本指标 in money always fits.
/// </summary>
internal sealed class UnitFitRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-UNIT-FIT", "度量单位与指标不符", Severity.Error, RuleTarget.Budget,
        "指标的度量单位（或指标值中数字后的单位）要与指标名称所说的量相符：人数用人、万人、人次，率用 %，金额用元、万元，"
        + "次数、份数等数量不用 % 或金额单位，时间用年、月、天。对照表见 docs/rules.md；成本指标以金额为单位总是相符。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        foreach (var target in TargetOwner.All(context.Budget))
        foreach (var indicator in target.Real)
        {
            if (indicator.Nature == IndicatorNature.Qualitative || IndicatorUnits.KindOf(indicator) is not { } kind) continue;
            var cost = IndicatorCategories.Of(indicator) == IndicatorCategory.Cost;
            var parts = IndicatorValues.Parts(indicator);
            var wrong = parts.FirstOrDefault(p => p.IsNumeric && p.Unit is { } u && !(cost && IndicatorValues.Read(u).IsMoney)
                && !kind.Fits(IndicatorValues.Read(u)));
            if (wrong is null) continue;
            var where = wrong.UnitFromValue
                ? (parts.Count > 1 ? $"指标值中“{wrong.Text}”的单位" : $"指标值“{indicator.Value}”的单位")
                : "度量单位";
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, indicator.At(wrong.UnitFromValue ? "value" : "measure"),
                $"{target.Label}的{indicator.Named()}是{kind.Name}，{where}“{wrong.Unit}”不适用")
            {
                Printed = wrong.Unit,
                Expected = kind.Describe(),
                Hint = $"{kind.Name}的单位用{kind.Describe()}；核对指标值和单位是否填错了行",
            };
        }
    }
}

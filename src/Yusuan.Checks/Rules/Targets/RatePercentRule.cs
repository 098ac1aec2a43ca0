using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-RATE-PERCENT: a 率 (比例, 满意度) given as a bare number: 1 or 0.003 reads as a fraction (100%? 0.3%?), 95 lacks its %.
/// A value of 0 needs no unit.
/// </summary>
internal sealed class RatePercentRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-RATE-PERCENT", "比率指标没有 %", Severity.Warning, RuleTarget.Budget,
        "名称为率、比例、满意度的指标以 % 计：只填“1”或“0.003”而没有 % 的，读者无法判断是 1% 还是 100%；填“95”而没有单位的缺 %。值为 0 的不检查。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        foreach (var target in TargetOwner.All(context.Budget))
        foreach (var indicator in target.Real)
        {
            if (indicator.Nature == IndicatorNature.Qualitative || IndicatorUnits.KindOf(indicator) is not { } kind || !kind.IsRate()) continue;
            var bare = IndicatorValues.Parts(indicator).FirstOrDefault(p => p.Number is { } n && n != 0 && p.Unit is null);
            if (bare is null) continue;
            var n = bare.Number!.Value;
            var fraction = n <= 1;
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, indicator.At(fraction ? "value" : "measure"),
                $"{target.Label}的{indicator.Named()}是比率，指标值 {IndicatorValues.Format(n)} 没有 %"
                + (fraction ? $"（是 {IndicatorValues.Format(n * 100)}% 还是 {IndicatorValues.Format(n)}%？）" : ""))
            {
                Hint = fraction
                    ? $"若指 {IndicatorValues.Format(n * 100)}%，指标值填 {IndicatorValues.Format(n * 100)}，度量单位填 %"
                    : "度量单位填 %",
            };
        }
    }
}

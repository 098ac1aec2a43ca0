using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>P-UNIT-MISSING: a quantity without a unit (网络专线使用数量 4). Rates are P-RATE-PERCENT's; a value of 0 needs none.</summary>
internal sealed class UnitMissingRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-UNIT-MISSING", "指标缺少度量单位", Severity.Warning, RuleTarget.Budget,
        "定量指标的数值要有度量单位（个、次、份、人、万元 …），写在度量单位一栏或数字之后。比率指标由 P-RATE-PERCENT 检查；值为 0 的不检查。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        foreach (var target in TargetOwner.All(context.Budget))
        foreach (var indicator in target.Real)
        {
            if (indicator.Nature == IndicatorNature.Qualitative) continue;
            if (IndicatorUnits.KindOf(indicator) is { } kind && kind.IsRate()) continue;
            var bare = IndicatorValues.Parts(indicator).FirstOrDefault(p => p.Number is { } n && n != 0 && p.Unit is null);
            if (bare is null) continue;
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, indicator.At("measure"),
                $"{target.Label}的{indicator.Named()}指标值 {IndicatorValues.Format(bare.Number!.Value)} 没有度量单位")
            {
                Hint = "填写度量单位（个、次、份、人、万元 …）",
            };
        }
    }
}

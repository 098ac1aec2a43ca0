using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-ZERO-NO-UNIT: a quantitative indicator whose value is 0 with no unit (社会公众投诉次数 0, 快递业务邮寄差错率 0). 0 is
/// 0 in any unit, so P-RATE-PERCENT and P-UNIT-MISSING leave it; but the form still does not say what is counted
/// (cf. 安全事故发生次数 0次). A rule of its own, so that a bureau can switch it off alone.
/// </summary>
internal sealed class ZeroUnitRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-ZERO-NO-UNIT", "指标值 0 没有度量单位", Severity.Warning, RuleTarget.Budget,
        "定量指标值为 0 时也要有度量单位（0次、0%、0起）：0 在任何单位下都是 0，但读者看不出计的是什么。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        foreach (var target in TargetOwner.All(context.Budget))
        foreach (var indicator in target.Real)
        {
            if (indicator.Nature == IndicatorNature.Qualitative) continue;
            var zero = IndicatorValues.Parts(indicator).FirstOrDefault(p => p.Number == 0 && p.Unit is null);
            if (zero is null) continue;
            var rate = IndicatorUnits.KindOf(indicator) is { } kind && kind.IsRate();
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, indicator.At("measure"),
                $"{target.Label}的{indicator.Named()}指标值 0 没有度量单位")
            {
                Hint = rate ? "比率填 0%（度量单位填 %）" : "填写度量单位（0次、0起、0个 …）",
            };
        }
    }
}

using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>P-DIRECTION: 指标方向 contradicts 指标性质: ≥ (more is better) is 正向, ≤ (less is better) is 反向.</summary>
internal sealed class DirectionRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-DIRECTION", "指标方向与性质不符", Severity.Error, RuleTarget.Budget,
        "性质为 ≥ 的指标越大越好，方向为正向；性质为 ≤ 的越小越好，方向为反向。= 和定性指标不检查，不填方向的不检查。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        foreach (var target in TargetOwner.All(context.Budget))
        foreach (var indicator in target.Real)
        {
            IndicatorDirection? expected = indicator.Nature switch
            {
                IndicatorNature.AtLeast => IndicatorDirection.Positive,
                IndicatorNature.AtMost => IndicatorDirection.Negative,
                _ => null,
            };
            if (expected is not { } e || indicator.Direction is not { } d || d == e) continue;
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, indicator.At("direction"),
                $"{target.Label}的{indicator.Named()}性质为“{indicator.Nature.Symbol()}”，方向应为{e.ChineseName()}，填的是{d.ChineseName()}")
            {
                Printed = d.ChineseName(),
                Expected = e.ChineseName(),
                Hint = "核对指标性质与方向：≥ 对应正向，≤ 对应反向",
            };
        }
    }
}

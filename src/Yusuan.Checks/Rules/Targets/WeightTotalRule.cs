namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-WEIGHT-TOTAL: the weights of a target's indicators do not add to what the profile says (四川 90: 10 points are kept
/// for budget execution; elsewhere 100). A target none of whose indicators has a weight is a form without weights.
/// </summary>
internal sealed class WeightTotalRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-WEIGHT-TOTAL", "指标权重合计不符", Severity.Error, RuleTarget.Budget,
        "一个绩效目标各指标的权重之和应等于配置规定的合计：四川 90（另 10 分留给预算执行率），其他地区 100；配置不规定时不检查。"
        + "所有指标都没有权重的目标（不设权重的表式）不检查。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        if (TargetSettings.For(context.Profile).WeightTotal is not { } total) yield break;
        foreach (var target in TargetOwner.All(context.Budget))
        {
            var indicators = target.Real.ToList();
            if (!indicators.Any(i => i.Weight is not null)) continue;
            var sum = indicators.Sum(i => i.Weight ?? 0m);
            if (sum == total) continue;
            var unweighted = indicators.Count(i => i.Weight is null);
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(target.Location, "indicators"),
                $"{target.Label}的指标权重合计 {IndicatorValues.Format(sum)}，应为 {IndicatorValues.Format(total)}"
                + (unweighted > 0 ? $"（{unweighted} 个指标未填权重）" : ""))
            {
                Printed = IndicatorValues.Format(sum),
                Expected = IndicatorValues.Format(total),
                Hint = $"调整各指标的权重，使合计为 {IndicatorValues.Format(total)}",
            };
        }
    }
}

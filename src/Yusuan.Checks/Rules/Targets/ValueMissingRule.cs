namespace Yusuan.Checks.Rules.Targets;

/// <summary>P-VALUE-MISSING: an indicator without a value (or with only dashes where the value goes).</summary>
internal sealed class ValueMissingRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-VALUE-MISSING", "指标值为空", Severity.Error, RuleTarget.Budget,
        "每个绩效指标都要填写指标值：定量指标填数值，定性指标填等级。整行填“-----”或“不适用”的占位行不检查。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        foreach (var target in TargetOwner.All(context.Budget))
        foreach (var indicator in target.Real)
        {
            if (!IndicatorCategories.IsBlankMark(indicator.Value)) continue;
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, indicator.At("value"),
                $"{target.Label}的{indicator.Named()}没有指标值")
            {
                Hint = "填写指标值，或删去该指标",
            };
        }
    }
}

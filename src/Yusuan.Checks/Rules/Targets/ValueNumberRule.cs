using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>P-VALUE-NUMBER: a quantitative indicator (≥, ≤, =) whose value is not a number (较高, 及时, 每月10号前).</summary>
internal sealed class ValueNumberRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-VALUE-NUMBER", "定量指标值不是数值", Severity.Error, RuleTarget.Budget,
        "性质为 ≥、≤、= 的定量指标，指标值应以数值开头（95、95%、2.7万份）；文字描述的指标（较高、及时）应改为定性并填等级。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        foreach (var target in TargetOwner.All(context.Budget))
        foreach (var indicator in target.Real)
        {
            if (indicator.Nature == IndicatorNature.Qualitative || IndicatorCategories.IsBlankMark(indicator.Value)) continue;
            var parts = IndicatorValues.Parts(indicator);
            if (parts.Count > 0 && parts[0].IsNumeric) continue;
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, indicator.At("value"),
                $"{target.Label}的{indicator.Named()}性质为“{indicator.Nature.Symbol()}”，指标值“{indicator.Value}”不是数值")
            {
                Hint = "定量指标填数值（单位写在度量单位中）；不能量化的指标改为定性，并填等级（优、良、中、差）",
            };
        }
    }
}

using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-VALUE-SIGN: a quantitative indicator whose value carries a comparison sign (≥95). The sign belongs in 指标性质: a form
/// with a 性质 column prints it there, and a form without one (巴中) prints it before the value, so ≥95 prints as ≥≥95.
/// </summary>
internal sealed class ValueSignRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-VALUE-SIGN", "指标值中写了比较符号", Severity.Warning, RuleTarget.Budget,
        "指标值只填数值（95），比较关系（≥、≤、=）填在指标性质中。“≥95”是放错位置的符号：有性质一栏的表式在那一栏印出它，"
        + "没有性质一栏的表式（巴中）把它印在指标值前面。符号与性质不一致时更要核对。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        foreach (var target in TargetOwner.All(context.Budget))
        foreach (var indicator in target.Real)
        {
            if (indicator.Nature == IndicatorNature.Qualitative) continue;
            var signed = IndicatorValues.Parts(indicator).FirstOrDefault(p => p.Sign is not null && p.IsNumeric);
            if (signed is null) continue;
            var agrees = !IndicatorNatures.TryParse(signed.Sign, out var n) || n == indicator.Nature;
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, indicator.At("value"),
                $"{target.Label}的{indicator.Named()}指标值“{indicator.Value}”写了比较符号“{signed.Sign}”，"
                + (agrees ? $"指标性质已是“{indicator.Nature.Symbol()}”" : $"与指标性质“{indicator.Nature.Symbol()}”不一致"))
            {
                Hint = "指标值只填数值，比较关系填在指标性质中",
            };
        }
    }
}

using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-RATE-BASE: a 成本指标 that is a rate (稽核费用率 0.003) applied to an amount another indicator of the same target names
/// (实地稽核应缴费用金额 1.1亿元) is more than the target's money: 0.3% × 1.1亿元 = 33 万元 for a project of 24.40 万元.
/// The base is the only money amount of the target outside its 成本指标, or the one whose name shares the most with the
/// rate's (<see cref="CostFigures.BestByName"/>). A rate with % is read as written; a bare figure up to 1 as a fraction
/// (0.003 = 0.3%, as P-RATE-PERCENT asks), a bare figure over 1 as a percentage.
/// </summary>
internal sealed class RateBaseRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-RATE-BASE", "费率×基数超过预算", Severity.Error, RuleTarget.Budget,
        "以比率表示的成本指标（稽核费用率、手续费率）乘以同一目标中另一指标所列的金额（实地稽核应缴费用金额 1.1亿元），"
        + "不能超过目标的资金。基数为成本指标以外唯一的金额指标，或名称与费率最接近的一个；没有 % 的 1 以下的数按小数计（0.003 = 0.3%）。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        foreach (var target in TargetOwner.All(budget))
        {
            var money = target.Money(TargetBudget.Of(context));
            if (money == 0) continue;
            var indicators = target.Real.Where(i => i.Nature != IndicatorNature.Qualitative).ToList();
            var bases = new List<(Indicator Indicator, ValuePart Part, decimal Count)>();
            foreach (var i in indicators)
            {
                if (IndicatorCategories.Of(i) == IndicatorCategory.Cost) continue;
                var parts = IndicatorValues.Parts(i);
                if (parts.Count != 1 || parts[0] is not { Number: { } n, Unit: { } u } part) continue;
                var unit = IndicatorValues.Read(u);
                if (unit.YuanPer is { } f && unit.Per.Count == 0 && n > 0) bases.Add((i, part, n * f));
            }
            if (bases.Count == 0) continue;
            foreach (var rate in indicators)
            {
                if (IndicatorCategories.Of(rate) != IndicatorCategory.Cost || IndicatorUnits.KindOf(rate) is not { } kind || !kind.IsRate()) continue;
                var parts = IndicatorValues.Parts(rate);
                if (parts.Count != 1 || parts[0] is not { Number: { } r } part || r == 0) continue;
                if (part.Unit is { } ru && !IndicatorValues.Read(ru).IsRate) continue;
                var fraction = part.Unit is { } pu
                    ? r / (pu == "‰" ? 1000m : 100m)
                    : r <= 1 ? r : r / 100m;
                var chosen = bases.Count == 1 ? bases[0] : CostFigures.BestByName(bases, rate.Title());
                if (chosen is not { } b) continue;
                var yuan = fraction * b.Count;
                if (yuan <= money) continue;
                var rateText = part.Unit is null
                    ? $"{IndicatorValues.Format(r)}（按 {IndicatorValues.Format(fraction * 100)}% 计）"
                    : part.UnitFromValue ? part.Text : part.Text + part.Unit;
                var baseText = b.Part.UnitFromValue ? b.Part.Text : b.Part.Text + b.Part.Unit;
                yield return new Finding(Rule.Id, Rule.DefaultSeverity, rate.At("value"),
                    $"{target.Label}：“{rate.Title()}”{rateText} × “{b.Indicator.Title()}”{baseText} = {budget.Derived(yuan)}，"
                    + $"超过{target.MoneyName} {budget.Money(money)}")
                {
                    Printed = budget.Derived(yuan),
                    Expected = "不超过 " + budget.Money(money),
                    Hint = "核对费率（是否漏了 %）、基数金额和单位，或该项目的支出明细",
                };
            }
        }
    }
}

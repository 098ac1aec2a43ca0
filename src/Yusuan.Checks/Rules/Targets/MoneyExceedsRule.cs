using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-MONEY-EXCEEDS: an indicator outside the 成本指标 whose name says it is spending (工伤预防费支出 150万元, …经费, …费用)
/// and whose amount is more than the target's money. A warning: an output may name money the budget does not hold (a
/// fund's spending), but then the form should say so. Names that say the money is a fund's, or collected or paid out
/// rather than spent (<see cref="Outside"/>: 征收…保险费, 应缴费用金额, 养老金发放), are not read.
/// </summary>
internal sealed class MoneyExceedsRule : IBudgetRule
{
    /// <summary>What a name ends with when it names the target's own spending (after a trailing 金额 or 总额).</summary>
    public static IReadOnlyList<string> SpendingHeads { get; } = ["支出", "开支", "经费", "费用", "资金"];

    /// <summary>Words that make the money something other than the target's spending: collections, funds, benefits.</summary>
    public static IReadOnlyList<string> Outside { get; } =
        ["征收", "征缴", "收缴", "应缴", "补缴", "追回", "收入", "基金", "待遇", "养老金", "发放"];

    public Rule Rule { get; } = new("P-MONEY-EXCEEDS", "非成本指标的支出金额超过预算", Severity.Warning, RuleTarget.Budget,
        "成本指标以外、名称表明是支出（…支出、…经费、…费用、…资金）的金额指标，超过目标的资金时报告：若是预算以外的资金（如基金支出），"
        + "应在指标中写明；名称含征收、应缴、追回、基金、待遇、发放等的不检查。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        foreach (var target in TargetOwner.All(budget))
        {
            var money = target.Money(TargetBudget.Of(context));
            if (money == 0) continue;
            foreach (var indicator in target.Real)
            {
                if (indicator.Nature == IndicatorNature.Qualitative || IndicatorCategories.Of(indicator) == IndicatorCategory.Cost) continue;
                if (!IsSpending(indicator.Title())) continue;
                foreach (var part in IndicatorValues.Parts(indicator))
                {
                    if (part is not { Number: { } n, Unit: { } u }) continue;
                    var unit = IndicatorValues.Read(u);
                    if (unit.YuanPer is not { } f || unit.Per.Count > 0 || n * f <= money) continue;
                    yield return new Finding(Rule.Id, Rule.DefaultSeverity, indicator.At("value"),
                        $"{target.Label}的{indicator.Named()}（{indicator.Level2}）为 {budget.Money(n * f)}，超过{target.MoneyName} {budget.Money(money)}")
                    {
                        Printed = budget.Money(n * f),
                        Expected = "不超过 " + budget.Money(money),
                        Hint = "核对金额和单位；若是预算以外的资金（如基金支出），在指标名称中写明",
                    };
                    break;
                }
            }
        }
    }

    public static bool IsSpending(string name)
    {
        var n = name.Trim();
        if (n.EndsWith("指标", StringComparison.Ordinal)) n = n[..^2];
        foreach (var tail in new[] { "金额", "总额" })
            if (n.EndsWith(tail, StringComparison.Ordinal) && n.Length > tail.Length) { n = n[..^tail.Length]; break; }
        return SpendingHeads.Any(h => n.EndsWith(h, StringComparison.Ordinal))
            && !Outside.Any(w => name.Contains(w, StringComparison.Ordinal));
    }
}

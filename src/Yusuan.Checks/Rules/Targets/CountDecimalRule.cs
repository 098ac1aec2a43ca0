using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-COUNT-DECIMAL: a count of whole things (<see cref="CountUnits"/>: 人, 户, 个, 次 …) written with decimals: 119.64人
/// beside 49.56万人 is 119.64万人 with its 万 lost. Averages (人均, 平均, 每…) may have decimals and are not read.
/// </summary>
internal sealed class CountDecimalRule : IBudgetRule
{
    /// <summary>Units that count whole things; with 万 / 千 / 亿 before them (49.56万人) decimals are fine.</summary>
    public static IReadOnlyList<string> CountUnits { get; } =
        ["人", "人次", "名", "位", "户", "家", "个", "次", "件", "宗", "起", "份", "台", "套", "场", "场次", "批", "期"];

    /// <summary>Name words of an average, whose count may have decimals.</summary>
    private static readonly string[] Averages = ["均", "每"];

    public Rule Rule { get; } = new("P-COUNT-DECIMAL", "整数计量的指标值有小数", Severity.Warning, RuleTarget.Budget,
        "以人、户、个、次等计数的指标值应为整数：“119.64人”多半是 119.64万人，计量单位可能漏了“万”。名称含“均”“每”的平均数不检查。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        foreach (var target in TargetOwner.All(context.Budget))
        foreach (var indicator in target.Real)
        {
            if (indicator.Nature == IndicatorNature.Qualitative || Averages.Any(a => indicator.Title().Contains(a, StringComparison.Ordinal))) continue;
            var parts = IndicatorValues.Parts(indicator);
            var odd = parts.FirstOrDefault(p => p is { Number: { } n, Unit: { } u } && n != decimal.Truncate(n) && CountUnits.Contains(IndicatorValues.Read(u).Head));
            if (odd is null) continue;
            var text = odd.UnitFromValue ? odd.Text : odd.Text + odd.Unit;
            var where = parts.Count > 1 ? "指标值中" : "指标值";
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, indicator.At(odd.UnitFromValue ? "value" : "measure"),
                $"{target.Label}的{indicator.Named()}{where}“{text}”以“{odd.Unit}”计却有小数，计量单位可能漏了“万”")
            {
                Printed = text,
                Hint = $"核对数值和单位：若指 {IndicatorValues.Format(odd.Number!.Value)}万{odd.Unit}，单位填“万{odd.Unit}”",
            };
        }
    }
}

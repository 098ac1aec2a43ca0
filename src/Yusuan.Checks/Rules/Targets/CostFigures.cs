using System.Text.RegularExpressions;
using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>A 成本指标 stated as an amount of money (软、硬件采购成本 ≤ 7 万元; 万元/年 is an amount for the year).</summary>
internal sealed record CostAmount(Indicator Indicator, decimal Yuan);

/// <summary>
/// An amount derived from a price: <see cref="Price"/> (500元 per 份, 9000元/月) × the quantities found for what it is
/// per (党报征订份数 10份) × 12 when it is per month. Each factor is written as the form writes it.
/// </summary>
internal sealed record CostProduct(Indicator Price, string PriceText, IReadOnlyList<(Indicator Quantity, string Text)> Quantities, bool Monthly, decimal Yuan)
{
    public bool HasQuantity => Quantities.Count > 0;

    /// <summary>“党报每份费用”500元 × “党报征订份数”10份 × 12 个月.</summary>
    public string Formula => $"“{Price.Title()}”{PriceText}"
        + string.Concat(Quantities.Select(q => $" × “{q.Quantity.Title()}”{q.Text}"))
        + (Monthly ? " × 12 个月" : "");
}

/// <summary>
/// What a target's cost indicators say its money must cover, for P-COST-EXCEEDS, P-COST-QUANTITY-PRICE and
/// P-COST-MONTHLY. A price is an indicator in money per something: by its unit (元/份, 元/人、月, 元/台/月) or by its name
/// (党报每份费用, 每人每次费用, 物管费每月). Each thing it is per is matched with a quantity indicator of the same target in
/// that unit (份数 10份; 2.7万份 counts 27,000): the only one, or the one whose name shares the most with the price's
/// (at least two characters). 月 multiplies by 12; 年 is the year's amount. What cannot be matched (元/天 without a number
/// of days) is taken as 1, so a product is never more than the form itself implies.
/// </summary>
internal static partial class CostFigures
{
    [GeneratedRegex("每(人次|[^\\d每，、,（(）)])")]
    private static partial Regex PerInName();

    private static readonly HashSet<string> Yearly = ["年", "年度"];

    /// <summary>The plain cost amounts of a target: 成本指标 in money that are not per anything but the year.</summary>
    public static IReadOnlyList<CostAmount> Amounts(TargetOwner target)
    {
        var amounts = new List<CostAmount>();
        foreach (var indicator in target.Real)
        {
            if (indicator.Nature == IndicatorNature.Qualitative || IndicatorCategories.Of(indicator) != IndicatorCategory.Cost) continue;
            if (PerOf(indicator, out _).Count > 0) continue;
            var yuan = 0m;
            foreach (var part in IndicatorValues.Parts(indicator))
            {
                if (part.Number is not { } n || part.Unit is not { } u) continue;
                var unit = IndicatorValues.Read(u);
                if (unit.YuanPer is not { } f || unit.Per.Any(p => !Yearly.Contains(p))) continue;
                yuan += n * f;
            }
            if (yuan > 0) amounts.Add(new CostAmount(indicator, yuan));
        }
        return amounts;
    }

    /// <summary>The amounts derived from the target's prices that found a quantity or a month to multiply by.</summary>
    public static IReadOnlyList<CostProduct> Products(TargetOwner target)
    {
        var indicators = target.Real.Where(i => i.Nature != IndicatorNature.Qualitative).ToList();
        var products = new List<CostProduct>();
        foreach (var price in indicators)
        {
            var per = PerOf(price, out var priced);
            if (per.Count == 0 || priced is null) continue;
            var yuan = priced.Number!.Value * IndicatorValues.Read(priced.Unit!).YuanPer!.Value;
            var quantities = new List<(Indicator, string)>();
            var monthly = false;
            for (var i = 0; i < per.Count; i++)
            {
                if (per[i] == "月") { monthly = true; continue; }
                if (Yearly.Contains(per[i])) continue;
                // 每人每次 is per 人次 when the target counts 人次 (接待人次 520人次).
                if (i + 1 < per.Count && QuantityFor(per[i] + per[i + 1], price, indicators) is { } joined)
                {
                    quantities.Add(joined.Pair);
                    yuan *= joined.Count;
                    i++;
                    continue;
                }
                if (QuantityFor(per[i], price, indicators) is { } single)
                {
                    quantities.Add(single.Pair);
                    yuan *= single.Count;
                }
            }
            if (monthly) yuan *= 12;
            if (quantities.Count > 0 || monthly)
                products.Add(new CostProduct(price, $"{priced.Text}{(priced.UnitFromValue ? "" : priced.Unit)}", quantities, monthly, yuan));
        }
        return products;
    }

    /// <summary>What a money indicator is per (元/人、月 → [人, 月]; 党报每份费用 → [份]), with the figure that carries the money.</summary>
    private static List<string> PerOf(Indicator indicator, out ValuePart? priced)
    {
        priced = IndicatorValues.Parts(indicator).FirstOrDefault(p => p.IsNumeric && p.Unit is { } u && IndicatorValues.Read(u).IsMoney);
        if (priced is null) return [];
        var byUnit = IndicatorValues.Read(priced.Unit!).Per;
        var per = PerInName().Matches(indicator.Title()).Select(m => m.Groups[1].Value).Where(p => !byUnit.Contains(p)).Concat(byUnit).ToList();
        // Per year only (万元/年) is an amount for the year, not a price.
        return per.All(Yearly.Contains) ? [] : per;
    }

    private sealed record Found((Indicator, string) Pair, decimal Count);

    private static Found? QuantityFor(string unit, Indicator price, IReadOnlyList<Indicator> indicators)
    {
        var candidates = new List<(Indicator Indicator, ValuePart Part, decimal Count)>();
        foreach (var i in indicators)
        {
            if (ReferenceEquals(i, price) || IndicatorCategories.Of(i) == IndicatorCategory.Timeliness
                || IndicatorUnits.KindOf(i)?.Name == "时间") continue;
            var part = IndicatorValues.Parts(i).FirstOrDefault();
            if (part?.Number is not { } n || part.Unit is not { } u) continue;
            var info = IndicatorValues.Read(u);
            if (info.IsMoney || info.IsRate) continue;
            var (baseUnit, factor) = info.Count();
            if (baseUnit == unit || info.Head == unit) candidates.Add((i, part, info.Head == unit ? n : n * factor));
        }
        if (candidates.Count == 0) return null;
        var chosen = candidates.Count == 1 ? candidates[0] : BestByName(candidates, price.Title());
        if (chosen is not { } c) return null;
        return new Found((c.Indicator, $"{c.Part.Text}{(c.Part.UnitFromValue ? "" : c.Part.Unit)}"), c.Count);
    }

    /// <summary>
    /// Among several quantities in the unit, the one the price names: its name within the price's (档案架 in 档案架成本), else
    /// the one sharing the longest run of characters with it (党报征订份数 for 党报每份费用), at least two; a tie is no match.
    /// </summary>
    internal static (Indicator Indicator, ValuePart Part, decimal Count)? BestByName(
        List<(Indicator Indicator, ValuePart Part, decimal Count)> candidates, string name)
    {
        var price = Bare(name);
        var scored = candidates
            .Select(c => (c, Score: Bare(c.Indicator.Title()) is var q && q.Length >= 2 && price.Contains(q, StringComparison.Ordinal)
                ? 1000 + q.Length
                : CommonLength(Bare(c.Indicator.Title()), price)))
            .OrderByDescending(x => x.Score).ToList();
        if (scored[0].Score < 2 || scored[1].Score == scored[0].Score) return null;
        return scored[0].c;
    }

    [GeneratedRegex(@"^\s*[\(（]?\d+[\.、．)）]\s*")]
    private static partial Regex Numbering();

    /// <summary>A name without the numbering forms put before it (1. 党报征订份数, 2、…).</summary>
    private static string Bare(string name) => Numbering().Replace(name, "").Trim();

    /// <summary>The length of the longest common substring (names are short).</summary>
    private static int CommonLength(string a, string b)
    {
        var best = 0;
        for (var i = 0; i < a.Length; i++)
        for (var j = 0; j < b.Length; j++)
        {
            var k = 0;
            while (i + k < a.Length && j + k < b.Length && a[i + k] == b[j + k]) k++;
            best = Math.Max(best, k);
        }
        return best;
    }
}

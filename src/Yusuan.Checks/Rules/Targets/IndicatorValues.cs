using System.Globalization;
using System.Text.RegularExpressions;
using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// One figure of an indicator's value as written: <c>≥95%</c>, <c>2.7万份</c>, <c>3945元/人、月</c>. A value may hold several
/// (<c>49.56万人、10.57万人</c>). <see cref="Unit"/> is the unit written after the number, else the indicator's 度量单位.
/// </summary>
internal sealed record ValuePart(string Text, string? Sign, decimal? Number, string? Unit, bool UnitFromValue)
{
    public bool IsNumeric => Number is not null;
}

/// <summary>A unit read: 万元/年 is head 万元 per [年]; 元/人、月 is head 元 per [人, 月]; 万份 is 份 × 10000.</summary>
internal sealed record UnitInfo(string Text, string Head, IReadOnlyList<string> Per)
{
    /// <summary>元 per unit of the head, for money (元 1, 万元 10000 …); null for any other unit.</summary>
    public decimal? YuanPer => IndicatorValues.MoneyUnits.TryGetValue(Head, out var f) ? f : null;

    public bool IsMoney => YuanPer is not null;
    public bool IsRate => IndicatorValues.RateUnits.Contains(Head);

    /// <summary>A count unit without its 万/千/亿 prefix, and the prefix's factor (万份 → 份, 10000).</summary>
    public (string Base, decimal Factor) Count()
    {
        foreach (var (prefix, factor) in IndicatorValues.CountPrefixes)
            if (Head.Length > prefix.Length && Head.StartsWith(prefix, StringComparison.Ordinal)) return (Head[prefix.Length..], factor);
        return (Head, 1m);
    }
}

internal static partial class IndicatorValues
{
    public static readonly IReadOnlyDictionary<string, decimal> MoneyUnits = new Dictionary<string, decimal>
    {
        ["元"] = 1m, ["千元"] = 1_000m, ["万元"] = 10_000m, ["十万元"] = 100_000m, ["百万元"] = 1_000_000m, ["千万元"] = 10_000_000m,
        ["亿元"] = 100_000_000m,
    };

    public static readonly IReadOnlySet<string> RateUnits = new HashSet<string> { "%", "‰", "百分点", "个百分点", "百分比" };

    public static readonly (string Prefix, decimal Factor)[] CountPrefixes = [("百万", 1_000_000m), ("万", 10_000m), ("千", 1_000m), ("亿", 100_000_000m)];

    private static readonly string[] Signs =
    [
        "≥", "≤", ">=", "<=", "＞=", "＜=", "≧", "≦", ">", "<", "＞", "＜", "=", "＝",
        "不低于", "不少于", "不小于", "不高于", "不超过", "不多于", "不大于", "大于", "小于", "高于", "低于", "超过", "达到", "约",
    ];

    /// <summary>What follows a unit and is not part of it: 7 天内, 15个工作日以内, 10%以上.</summary>
    private static readonly string[] Qualifiers = ["及以上", "及以下", "以上", "以下", "以内", "之内", "以前", "之前", "左右", "内", "前"];

    [GeneratedRegex(@"^(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<unit>[^\d\s.,，、;；:：()（）\[\]【】""“”'‘’]*)")]
    private static partial Regex NumberThenUnit();

    /// <summary>The figures of a value; an empty value has none.</summary>
    public static IReadOnlyList<ValuePart> Parts(Indicator indicator) => Parts(indicator.Value, indicator.Measure);

    public static IReadOnlyList<ValuePart> Parts(string value, string? measure)
    {
        var parts = new List<ValuePart>();
        var fallback = NormalizeUnit(measure);
        foreach (var raw in value.Split(['、', '；', ';', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var text = raw;
            string? sign = null;
            foreach (var s in Signs)
            {
                if (!text.StartsWith(s, StringComparison.Ordinal)) continue;
                sign = s;
                text = text[s.Length..].TrimStart();
                break;
            }
            var m = NumberThenUnit().Match(text);
            if (!m.Success)
            {
                parts.Add(new ValuePart(raw, sign, null, null, false));
                continue;
            }
            var number = decimal.Parse(m.Groups["num"].Value.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture);
            var own = NormalizeUnit(m.Groups["unit"].Value);
            parts.Add(new ValuePart(raw, sign, number, own ?? fallback, own is not null));
        }
        return parts;
    }

    /// <summary>A unit as compared: full-width signs and spaces gone, qualifiers such as 内 / 以上 dropped; null when none is left.</summary>
    public static string? NormalizeUnit(string? unit)
    {
        if (unit is null) return null;
        var u = unit.Replace('％', '%').Replace('／', '/').Replace(" ", "").Replace("\u3000", "").Trim();
        foreach (var q in Qualifiers)
            if (u.Length > q.Length && u.EndsWith(q, StringComparison.Ordinal)) { u = u[..^q.Length]; break; }
        return u.Length == 0 || IndicatorCategories.IsBlankMark(u) ? null : u;
    }

    /// <summary>元/人、月 → head 元, per [人, 月]; 台/套 → head 台/套 (a count unit written with a slash is one unit).</summary>
    public static UnitInfo Read(string unit)
    {
        var slash = unit.IndexOf('/');
        if (slash <= 0) return new UnitInfo(unit, unit, []);
        var head = unit[..slash];
        if (!MoneyUnits.ContainsKey(head)) return new UnitInfo(unit, unit, []);
        var per = unit[(slash + 1)..].Split(['/', '、', '，', ',', '·'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.TrimStart('每')).Where(p => p.Length > 0).ToList();
        return new UnitInfo(unit, head, per);
    }

    public static string Format(decimal d) => d.ToString("0.############", CultureInfo.InvariantCulture);
}

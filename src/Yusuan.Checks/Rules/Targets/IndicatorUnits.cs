using System.Text.RegularExpressions;
using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// A kind of indicator as its name says (人数, 率, 金额 …) and the units that fit it. <see cref="Allowed"/> lists the units
/// that fit (empty: any unit that <see cref="Forbidden"/> does not exclude). Groups: <c>@money</c> 元 / 万元 / 亿元 … (also
/// per something: 元/份, 万元/年), <c>@rate</c> % ‰ 百分点, <c>@time</c> 年 / 月 / 天 / 工作日 ….
/// </summary>
internal sealed record UnitKind(string Name, string Pattern, IReadOnlyList<string> Allowed, IReadOnlyList<string> Forbidden)
{
    public Regex Regex { get; } = new(Pattern, RegexOptions.CultureInvariant);

    public bool Fits(UnitInfo unit) =>
        (Allowed.Count == 0 || Allowed.Any(a => IndicatorUnits.InGroup(unit, a)))
        && !Forbidden.Any(f => IndicatorUnits.InGroup(unit, f));

    /// <summary>The units that fit, as a hint lists them.</summary>
    public string Describe() => Allowed.Count > 0
        ? string.Join("、", Allowed.Select(IndicatorUnits.GroupText))
        : "除" + string.Join("、", Forbidden.Select(IndicatorUnits.GroupText)) + "以外的计量单位";
}

/// <summary>
/// Which units fit which indicator: a table of name patterns (data, docs/rules.md lists it). The kind of an indicator is
/// the row whose pattern matches nearest the end of its name, as a Chinese noun phrase ends with its head:
/// 参保人数增长率 is a 率, 每人每次费用 an amount, 补助对象人数 a number of people. (P-UNIT-FIT takes a 成本指标 in money as
/// an amount whatever its name says: 对离退休人员开展上门认证、核查 ≤ 2.82 万元.)
/// </summary>
internal static class IndicatorUnits
{
    public static IReadOnlyList<UnitKind> Table { get; } =
    [
        new("比率", "(率|比例|比重|占比|满意度|满意程度)", ["@rate"], []),
        new("金额", "(金额|资金|慰问金|补助金|奖金|基金|成本|费用|经费|费|补助|补贴|单价|价格|工资|薪酬|保费)", ["@money"], []),
        new("人数", "(人数|人次|参保人员?|退休人员|人员数量|人口)", ["人", "万人", "千人", "名", "位", "人次", "万人次"], []),
        new("户数", "户数", ["户", "万户"], []),
        new("案件数", "(案件|案件数|案卷|诉讼)", ["件", "万件", "宗", "起", "个", "例", "单", "笔", "卷"], []),
        new("数量", "(数量|个数|件数|份数|家数|台数|套数|宗数|笔数|条数|项数|册数|次数|场次|频次|批次|期数|场数)", [], ["@rate", "@money"]),
        new("时间", "(时间|时限|期限|周期|时长|时效)", ["@time"], []),
    ];

    private static readonly HashSet<string> TimeUnits =
        ["年", "年度", "个月", "月", "日", "天", "个工作日", "工作日", "小时", "分钟", "秒", "周", "个季度", "季度"];

    public static bool InGroup(UnitInfo unit, string group) => group switch
    {
        "@money" => unit.IsMoney,
        "@rate" => unit.IsRate,
        "@time" => TimeUnits.Contains(unit.Head),
        _ => unit.Head == group,
    };

    public static string GroupText(string group) => group switch
    {
        "@money" => "元、万元等金额单位",
        "@rate" => "%",
        "@time" => "年、月、天等时间单位",
        _ => group,
    };

    /// <summary>The kind of an indicator by its name, or null when its name matches no row (its unit is then not checked).</summary>
    public static UnitKind? KindOf(Indicator indicator)
    {
        var name = indicator.Title();
        if (name.EndsWith("指标", StringComparison.Ordinal)) name = name[..^2];
        UnitKind? best = null;
        var (bestEnd, bestLength) = (-1, 0);
        foreach (var kind in Table)
        {
            foreach (Match m in kind.Regex.Matches(name))
            {
                var end = m.Index + m.Length;
                if (end < bestEnd || (end == bestEnd && m.Length <= bestLength)) continue;
                (best, bestEnd, bestLength) = (kind, end, m.Length);
            }
        }
        return best;
    }

    public static bool IsRate(this UnitKind kind) => kind.Name == "比率";
}

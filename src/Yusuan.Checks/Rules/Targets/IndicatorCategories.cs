using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// What an indicator measures in the tree (domain.md §7): 产出 (数量, 质量, 时效), 成本, 效益, 满意度. The cost and unit rules
/// use it to find 成本指标 and 时效 indicators; the categories a project must have are the profile's
/// (<c>targets.requiredCategories</c>, read by P-CATEGORIES).
/// </summary>
internal enum IndicatorCategory
{
    /// <summary>产出指标 whose 二级 says nothing more.</summary>
    Output,
    Quantity,
    Quality,
    Timeliness,
    Cost,
    Benefit,
    Satisfaction,
    Unknown,
}

internal static class IndicatorCategories
{
    /// <summary>The category as its most specific level names it, by keyword (so 数量指标, 数量 and 项目产出 › 数量指标 alike).</summary>
    private static readonly (string Keyword, IndicatorCategory Category)[] Specific =
    [
        ("满意", IndicatorCategory.Satisfaction), ("数量", IndicatorCategory.Quantity), ("质量", IndicatorCategory.Quality),
        ("时效", IndicatorCategory.Timeliness), ("成本", IndicatorCategory.Cost), ("效益", IndicatorCategory.Benefit),
        ("可持续", IndicatorCategory.Benefit), ("影响", IndicatorCategory.Benefit),
    ];

    private static readonly (string Keyword, IndicatorCategory Category)[] TopLevel =
    [
        ("满意", IndicatorCategory.Satisfaction), ("成本", IndicatorCategory.Cost), ("效益", IndicatorCategory.Benefit),
        ("效果", IndicatorCategory.Benefit), ("产出", IndicatorCategory.Output), ("完成", IndicatorCategory.Output),
    ];

    /// <summary>
    /// The category of an indicator: its 二级 (or, in Shandong's four levels, its 三级: 一级 产出 › 二级 项目产出 › 三级
    /// 数量指标 › 四级 the indicator), else its 一级.
    /// </summary>
    public static IndicatorCategory Of(Indicator indicator)
    {
        var specific = indicator.Level4 is not null ? indicator.Name : indicator.Level2;
        foreach (var (keyword, category) in Specific)
            if (specific.Contains(keyword, StringComparison.Ordinal)) return category;
        foreach (var (keyword, category) in TopLevel)
            if (indicator.Level1.Contains(keyword, StringComparison.Ordinal)) return category;
        return IndicatorCategory.Unknown;
    }

    /// <summary>The indicator itself (三级, or Shandong's 四级).</summary>
    public static string Title(this Indicator indicator) => indicator.Level4 ?? indicator.Name;

    /// <summary>
    /// A row a form fills with dashes or 不适用 where a category has no indicator (巴中: 生态效益 ----- -----). It is not an
    /// indicator: no rule reads it and it counts for no category.
    /// </summary>
    public static bool IsPlaceholder(this Indicator indicator) => IsBlankMark(indicator.Title());

    public static bool IsBlankMark(string text)
    {
        var t = text.Trim();
        return t.Length == 0 || t is "不适用" or "无" or "/" || t.All(c => c is '-' or '—' or '－' or '–' or '_' or '/');
    }
}

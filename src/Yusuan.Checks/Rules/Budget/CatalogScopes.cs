using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules;

/// <summary>What kind of spending a functional 项 is for.</summary>
internal enum SpendingKind
{
    Basic,
    Project,
}

/// <summary>
/// What the catalog's own 说明 of a functional 项 says it is for, read as data: 行政运行 “反映行政单位（包括实行公务员管理的
/// 事业单位）的基本支出”, 一般行政管理事务 “…未单独设置项级科目的其他项目支出”, 事业运行 “反映事业单位的基本支出…”.
/// A 项 whose 说明 says neither (most of them, and every 项 without a 说明) suits every unit and every nature.
/// </summary>
internal static class CatalogScopes
{
    private const string AdministrativeWithCivilService = "反映行政单位(包括实行公务员管理的事业单位)";
    private const string Administrative = "反映行政单位";
    private const string Institution = "反映事业单位";

    /// <summary>The unit types the 说明 names, or null when it names none.</summary>
    public static IReadOnlySet<UnitType>? UnitTypes(CatalogEntry? entry)
    {
        var d = Description(entry);
        if (d is null) return null;
        if (d.StartsWith(AdministrativeWithCivilService, StringComparison.Ordinal))
            return new HashSet<UnitType> { UnitType.Administrative, UnitType.CivilServiceManaged };
        if (d.StartsWith(Administrative, StringComparison.Ordinal)) return new HashSet<UnitType> { UnitType.Administrative };
        if (d.StartsWith(Institution, StringComparison.Ordinal)) return new HashSet<UnitType> { UnitType.Institution };
        return null;
    }

    /// <summary>Basic or project spending, when the 说明 says “…的基本支出” or “…项目支出” (and not both).</summary>
    public static SpendingKind? Kind(CatalogEntry? entry)
    {
        var d = Description(entry);
        if (d is null) return null;
        var basic = d.Contains("的基本支出", StringComparison.Ordinal);
        var project = d.Contains("项目支出", StringComparison.Ordinal);
        return basic == project ? null : basic ? SpendingKind.Basic : SpendingKind.Project;
    }

    public static SpendingKind KindOf(ExpenditureNature nature) =>
        nature == ExpenditureNature.Project ? SpendingKind.Project : SpendingKind.Basic;

    public static string Chinese(this SpendingKind kind) => kind == SpendingKind.Basic ? "基本支出" : "项目支出";

    /// <summary>Siblings of <paramref name="code"/> (same 款) whose 说明 fits the unit type and the kind of spending.</summary>
    public static IEnumerable<string> Alternatives(Classification catalog, string code, UnitType type, SpendingKind kind)
    {
        var parent = catalog.Parent(code);
        if (parent is null) yield break;
        foreach (var sibling in catalog.Children(parent))
        {
            if (sibling == code) continue;
            var entry = catalog.Find(sibling);
            if (UnitTypes(entry) is { } types && types.Contains(type) && Kind(entry) == kind)
                yield return $"{sibling} {entry!.Name}";
        }
    }

    private static string? Description(CatalogEntry? entry) =>
        string.IsNullOrWhiteSpace(entry?.Description) ? null : CatalogSet.Normalize(entry.Description);
}

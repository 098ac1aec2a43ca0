namespace Yusuan.Core.Model;

/// <summary>The legal form of a budget unit; it decides how spending maps to government economic classes.</summary>
public enum UnitType
{
    /// <summary>行政单位</summary>
    Administrative,
    /// <summary>参照公务员法管理事业单位 (参公)</summary>
    CivilServiceManaged,
    /// <summary>事业单位</summary>
    Institution,
}

public static class UnitTypes
{
    private static readonly (UnitType Type, string Name)[] Names =
    [
        (UnitType.Administrative, "行政"),
        (UnitType.CivilServiceManaged, "参公"),
        (UnitType.Institution, "事业"),
    ];

    public static IReadOnlyList<string> AllNames { get; } = Names.Select(n => n.Name).ToArray();

    public static string ChineseName(this UnitType type) => Names.First(n => n.Type == type).Name;

    public static bool TryParse(string? text, out UnitType type)
    {
        var t = text?.Trim() ?? "";
        foreach (var (candidate, name) in Names)
        {
            if (t == name || t == name + "单位" || (candidate == UnitType.Institution && t == "事业单位"))
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }

    /// <summary>The column of the department→government map: 行政 and 参公 spend as 机关, the rest as 事业.</summary>
    public static string MapCategory(this UnitType type) => type == UnitType.Institution ? "事业" : "机关";
}

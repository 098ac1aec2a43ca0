namespace Yusuan.Core.Model;

/// <summary>What kind of spending a line is (domain.md §4).</summary>
public enum ExpenditureNature
{
    /// <summary>基本支出 · 人员经费</summary>
    Personnel,
    /// <summary>基本支出 · 公用经费</summary>
    Public,
    /// <summary>项目支出</summary>
    Project,
    /// <summary>上缴上级支出</summary>
    RemittanceToSuperior,
    /// <summary>对附属单位补助支出</summary>
    SubsidyToSubordinate,
}

public static class ExpenditureNatures
{
    private static readonly (ExpenditureNature Nature, string Name)[] Names =
    [
        (ExpenditureNature.Personnel, "人员经费"),
        (ExpenditureNature.Public, "公用经费"),
        (ExpenditureNature.Project, "项目"),
        (ExpenditureNature.RemittanceToSuperior, "上缴上级支出"),
        (ExpenditureNature.SubsidyToSubordinate, "对附属单位补助支出"),
    ];

    public static IReadOnlyList<string> AllNames { get; } = Names.Select(n => n.Name).ToArray();

    public static string ChineseName(this ExpenditureNature nature) => Names[(int)nature].Name;

    public static bool IsBasic(this ExpenditureNature nature) =>
        nature is ExpenditureNature.Personnel or ExpenditureNature.Public;

    public static bool TryParse(string? text, out ExpenditureNature nature)
    {
        var t = (text ?? "").Trim();
        if (t == "项目支出") t = "项目";
        foreach (var (candidate, name) in Names)
        {
            if (t == name)
            {
                nature = candidate;
                return true;
            }
        }
        nature = default;
        return false;
    }

    /// <summary>Basic spending on wages (301) and on individuals (303) is 人员经费; the rest is 公用经费.</summary>
    public static ExpenditureNature BasicNatureOf(string economicCode) =>
        economicCode.StartsWith("301", StringComparison.Ordinal) || economicCode.StartsWith("303", StringComparison.Ordinal)
            ? ExpenditureNature.Personnel
            : ExpenditureNature.Public;
}

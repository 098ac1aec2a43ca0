namespace Yusuan.Core.Catalogs;

public sealed record EconomicMapEntry(string DepartmentPrefix, string Category, string GovernmentCode, int From, int? To);

/// <summary>
/// 部门预算支出经济分类 → 政府预算支出经济分类, per unit category (机关 / 事业): the longest matching
/// prefix wins, so a row for 302 covers every 302 款 that has no row of its own.
/// </summary>
public sealed class EconomicMap(IEnumerable<EconomicMapEntry> entries, int year)
{
    private readonly Dictionary<(string Prefix, string Category), string> _map = entries
        .Where(e => e.From <= year && (e.To is null || year <= e.To))
        .GroupBy(e => (e.DepartmentPrefix, e.Category))
        .ToDictionary(g => g.Key, g => g.Last().GovernmentCode);

    public string? Map(string departmentCode, string category)
    {
        for (var len = departmentCode.Length; len >= 3; len--)
            if (_map.TryGetValue((departmentCode[..len], category), out var gov)) return gov;
        return null;
    }
}

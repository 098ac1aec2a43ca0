namespace Yusuan.Core.Catalogs;

/// <summary>
/// One classification (功能分类, 部门经济分类 or 政府经济分类) as it stands in one year.
/// A code's parent is its longest proper prefix that is itself in the catalog, so 7- and 9-digit
/// regional sub-items hang under their 款 without any level table.
/// </summary>
public sealed class Classification
{
    private readonly Dictionary<string, CatalogEntry> _byCode;
    private readonly IReadOnlyList<CatalogEntry> _history;
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal);

    public Classification(string name, int year, IEnumerable<CatalogEntry> yearEntries, IReadOnlyList<CatalogEntry> history)
    {
        Name = name;
        Year = year;
        _history = history;
        _byCode = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var e in yearEntries) _byCode[e.Code] = e;
        foreach (var code in _byCode.Keys.Order(StringComparer.Ordinal))
        {
            var parent = Parent(code) ?? "";
            if (!_children.TryGetValue(parent, out var list)) _children[parent] = list = [];
            list.Add(code);
        }
    }

    /// <summary>The catalog's own name, e.g. 支出功能分类.</summary>
    public string Name { get; }
    public int Year { get; }
    public int Count => _byCode.Count;

    public CatalogEntry? Find(string code) => _byCode.GetValueOrDefault(code);
    public bool Contains(string code) => _byCode.ContainsKey(code);
    public string NameOf(string code) => _byCode.TryGetValue(code, out var e) ? e.Name : code;

    public string? Parent(string code)
    {
        for (var len = code.Length - 1; len >= 3; len--)
            if (_byCode.ContainsKey(code[..len])) return code[..len];
        return null;
    }

    /// <summary>Codes from the top (类) down to <paramref name="code"/> itself.</summary>
    public IReadOnlyList<string> Path(string code)
    {
        var path = new List<string>();
        for (string? c = code; c is not null; c = Parent(c)) path.Add(c);
        path.Reverse();
        return path;
    }

    public IReadOnlyList<string> Children(string? code) =>
        _children.TryGetValue(code ?? "", out var list) ? list : [];

    public IReadOnlyList<string> TopLevel => Children(null);

    public bool IsLeaf(string code) => Children(code).Count == 0;

    /// <summary>Every name the code has had, any year: to tell an outdated name from a wrong one.</summary>
    public IEnumerable<CatalogEntry> History(string code) => _history.Where(e => e.Code == code);

    /// <summary>Valid codes nearest to a wrong one: same prefix first, then same length.</summary>
    public IReadOnlyList<string> Nearest(string code, int count = 5)
    {
        for (var len = Math.Min(code.Length, 7); len >= 1; len--)
        {
            var prefix = code[..len];
            var hits = _byCode.Keys
                .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k.Length == code.Length)
                .Order(StringComparer.Ordinal).Take(count).ToList();
            if (hits.Count == 0)
                hits = _byCode.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal).Take(count).ToList();
            if (hits.Count > 0) return hits.Select(h => $"{h} {_byCode[h].Name}").ToList();
        }
        return [];
    }
}

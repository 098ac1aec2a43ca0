using Yusuan.Core.Catalogs;

namespace Yusuan.Spreadsheet.Printed;

/// <summary>
/// Finds the code of a classification name as a table prints it (社会保障和就业支出 → 208, 基本工资 → 30101). A name
/// may belong to several codes (其他社会保障和就业支出 is both 20899 and 2089999), so the rows above decide: the
/// candidate whose parent is nearest in <c>chain</c> (the codes of the rows above, 类 first) wins, then a 类.
/// Names of the year, a code's earlier names (医疗卫生与计划生育支出 → 210, so an outdated name still places its row
/// and the catalog rule can report it) and regional variants (公务交通补贴 → 30239) are all known.
/// </summary>
internal sealed class CodeResolver(CatalogSet catalogs)
{
    private readonly Dictionary<Classification, Dictionary<string, List<string>>> _index = new(ReferenceEqualityComparer.Instance);
    /// <summary>Per catalog, each code's name keys (the year's, earlier ones, variants).</summary>
    private readonly Dictionary<Classification, Dictionary<string, List<string>>> _names = new(ReferenceEqualityComparer.Instance);

    public CatalogSet Catalogs { get; } = catalogs;

    public Classification For(string dimension) => dimension switch
    {
        "economic" => Catalogs.Economic,
        "government" => Catalogs.Government,
        _ => Catalogs.Functional,
    };

    public string? Resolve(Classification catalog, string name, IReadOnlyList<string> chain, bool approximate = true)
    {
        var index = Index(catalog);
        var key = Key(name);
        if (key.Length == 0) return null;
        if (!index.TryGetValue(key, out var candidates))
        {
            // 一般公共服务（类） in a narrative-style table.
            var stripped = key.Replace("(类)", "").Replace("(款)", "").Replace("(项)", "");
            if (stripped == key || !index.TryGetValue(stripped, out candidates)) return approximate ? Approximate(catalog, key, chain) : null;
        }
        if (candidates.Count == 1) return candidates[0];
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var parent = chain[i];
            foreach (var c in candidates)
                if (catalog.Parent(c) == parent) return c;
        }
        foreach (var c in candidates)
            if (catalog.Parent(c) is null) return c;
        return candidates[0];
    }

    private static string Key(string name) => TextKey.Of(name);

    /// <summary>Whether <paramref name="name"/> is one of the code's names (the year's, an earlier one, a variant).</summary>
    public bool IsNameOf(Classification catalog, string code, string name)
    {
        Index(catalog);
        return _names[catalog].TryGetValue(code, out var keys) && keys.Contains(Key(name));
    }

    /// <summary>
    /// A misprinted name placed by its nearest name among the rows that may stand there (a 类, or a child of a row
    /// above): the same characters in another order (文化体育旅游与传媒支出 for 文化旅游体育与传媒支出) or one
    /// character off (社会保障与就业支出), two for a long name. Only a single nearest code counts; the printed name
    /// stays in the row's label for the catalog check to report.
    /// </summary>
    private string? Approximate(Classification catalog, string key, IReadOnlyList<string> chain)
    {
        if (key.Length < 4) return null;
        Index(catalog);
        var names = _names[catalog];
        var limit = key.Length >= 8 ? 2 : 1;
        var sorted = Sorted(key);
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var code in catalog.TopLevel.Concat(chain.SelectMany(catalog.Children)).Distinct())
        {
            if (!names.TryGetValue(code, out var list)) continue;
            var distance = int.MaxValue;
            foreach (var name in list)
            {
                var d = name.Length == key.Length && Sorted(name) == sorted ? 1 : Distance(key, name, limit);
                if (d < distance) distance = d;
            }
            if (distance > limit) continue;
            if (distance < bestDistance) { best = code; bestDistance = distance; tie = false; }
            else if (distance == bestDistance && code != best) tie = true;
        }
        return tie ? null : best;
    }

    private static string Sorted(string text)
    {
        var chars = text.ToCharArray();
        Array.Sort(chars);
        return new string(chars);
    }

    /// <summary>Levenshtein distance, or <paramref name="limit"/> + 1 once it is certainly beyond the limit.</summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private Dictionary<string, List<string>> Index(Classification catalog)
    {
        if (_index.TryGetValue(catalog, out var index)) return index;
        index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var kind = ReferenceEquals(catalog, Catalogs.Functional) ? "functional"
            : ReferenceEquals(catalog, Catalogs.Economic) ? "economic-department" : "economic-government";
        var variants = Catalogs.NameVariants.Where(v => v.Catalog == kind).ToLookup(v => v.Code);
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var codes = new List<string>();
        Walk(catalog, null, codes);
        // The year's own names first, so a name that is current for one code and historical for another finds the current one.
        foreach (var code in codes) Add(index, names, catalog.NameOf(code), code);
        foreach (var code in codes)
        {
            foreach (var v in variants[code]) Add(index, names, v.Name, code);
            foreach (var old in catalog.History(code)) Add(index, names, old.Name, code);
        }
        _index[catalog] = index;
        _names[catalog] = names;
        return index;
    }

    private static void Walk(Classification catalog, string? code, List<string> codes)
    {
        foreach (var child in catalog.Children(code))
        {
            codes.Add(child);
            Walk(catalog, child, codes);
        }
    }

    private static void Add(Dictionary<string, List<string>> index, Dictionary<string, List<string>> names, string name, string code)
    {
        var key = Key(name);
        if (key.Length == 0) return;
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(code)) list.Add(code);
        if (!names.TryGetValue(code, out var keys)) names[code] = keys = [];
        if (!keys.Contains(key)) keys.Add(key);
    }
}

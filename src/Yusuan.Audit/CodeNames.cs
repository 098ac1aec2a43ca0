using Yusuan.Core.Catalogs;

namespace Yusuan.Audit;

/// <summary>
/// Codes for rows printed by name only (深圳's 收支总表, 广元's 社会保险经办机构 above its projects): the year's catalog
/// (functional, economic or government, by the table's dimension), its name variants and older names. A name several
/// codes share (其他社会保障和就业支出: 20899 and 2089999) is read in the context of the row above it; a 类 name
/// misprinted (社会保障与就业支出, 文化体育旅游与传媒支出) is read as the one 类 it differs from by a character or by
/// order, and the catalog-name rule then reports the misprint.
/// </summary>
internal sealed class CodeNames
{
    private readonly Dictionary<string, Dictionary<string, List<string>>> _maps = new(StringComparer.Ordinal)
    {
        ["functional"] = new(StringComparer.Ordinal),
        ["economic"] = new(StringComparer.Ordinal),
        ["government"] = new(StringComparer.Ordinal),
    };

    public CatalogSet? Catalogs { get; }

    public CodeNames(int? year)
    {
        if (year is not { } y) return;
        try { Catalogs = CatalogLoader.Load(y); }
        catch (Exception e) when (e is InvalidDataException or IOException) { return; }
        Index(Catalogs.Functional, _maps["functional"]);
        Index(Catalogs.Economic, _maps["economic"]);
        Index(Catalogs.Government, _maps["government"]);
        foreach (var v in Catalogs.NameVariants)
        {
            var dimension = v.Catalog switch { "economic-department" => "economic", "economic-government" => "government", _ => v.Catalog };
            if (_maps.TryGetValue(dimension, out var map)) Add(map, v.Name, v.Code);
        }
    }

    /// <summary>The code a name stands for after the row coded <paramref name="previous"/>; null when none or undecided.</summary>
    public string? Find(string name, string dimension, string? previous = null)
    {
        if (!_maps.TryGetValue(dimension, out var map)) return null;
        if (!map.TryGetValue(Key(name), out var codes))
            return previous is null || previous.Length == 0 ? Misprinted(name, dimension) : Misprinted(name, dimension);
        if (codes.Count == 1) return codes[0];
        if (previous is null) return null;
        // A child of the row above, else the nearest code within its 类.
        var children = codes.Where(c => c.StartsWith(previous, StringComparison.Ordinal) && c.Length > previous.Length).OrderBy(c => c.Length).ToList();
        if (children.Count > 0) return children[0];
        var sameClass = codes.Where(c => c.StartsWith(previous[..Math.Min(3, previous.Length)], StringComparison.Ordinal)).OrderBy(c => c.Length).ToList();
        return sameClass.Count > 0 ? sameClass[0] : null;
    }

    /// <summary>A top-level (类) name printed with one character changed or two words swapped; null when not exactly one 类 fits.</summary>
    private string? Misprinted(string name, string dimension)
    {
        if (Catalogs is null || dimension != "functional") return null;
        var printed = Key(name);
        if (printed.Length < 4) return null;
        var fits = Catalogs.Functional.TopLevel.Where(code =>
        {
            var real = Key(Catalogs.Functional.NameOf(code));
            if (real.Length != printed.Length) return false;
            var differ = real.Where((ch, i) => printed[i] != ch).Count();
            return differ == 1 || string.Concat(real.Order()) == string.Concat(printed.Order());
        }).ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>The name the catalog gives a code, for telling a project row (another name) from the code's own row.</summary>
    public bool IsCatalogName(string code, string name, string dimension)
    {
        if (Catalogs is null) return true;
        var catalog = dimension == "economic" ? Catalogs.Economic : dimension == "government" ? Catalogs.Government : Catalogs.Functional;
        return Catalogs.AcceptsName(catalog, code, name) || (_maps.TryGetValue(dimension, out var map) && map.TryGetValue(Key(name), out var codes) && codes.Contains(code));
    }

    private static string Key(string name) => CatalogSet.Normalize(Vocabulary.NormalizeHeader(name));

    private static void Index(Classification c, Dictionary<string, List<string>> map)
    {
        void Walk(string code)
        {
            Add(map, c.NameOf(code), code);
            foreach (var child in c.Children(code)) Walk(child);
        }
        foreach (var top in c.TopLevel) Walk(top);
    }

    private static void Add(Dictionary<string, List<string>> map, string name, string code)
    {
        var key = Key(name);
        if (!map.TryGetValue(key, out var codes)) map[key] = codes = [];
        if (!codes.Contains(code)) codes.Add(code);
    }
}

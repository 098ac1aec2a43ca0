using Yusuan.Core.Catalogs;

namespace Yusuan.Audit;

/// <summary>
/// Codes for rows printed by name only (深圳's 收支总表, 广元's 社会保险经办机构 above its projects): the year's catalog
/// (functional or economic, by the table's dimension), its name variants and older names. Only a name that names exactly
/// one code is used; anything else stays without code.
/// </summary>
internal sealed class CodeNames
{
    private readonly Dictionary<string, string?> _functional = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _economic = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _government = new(StringComparer.Ordinal);

    public CatalogSet? Catalogs { get; }

    public CodeNames(int? year)
    {
        if (year is not { } y) return;
        try { Catalogs = CatalogLoader.Load(y); }
        catch (Exception e) when (e is InvalidDataException or IOException) { return; }
        Index(Catalogs.Functional, _functional);
        Index(Catalogs.Economic, _economic);
        Index(Catalogs.Government, _government);
        foreach (var v in Catalogs.NameVariants)
            Add(Map(v.Catalog == "economic-department" ? "economic" : v.Catalog == "economic-government" ? "government" : v.Catalog), v.Name, v.Code);
    }

    public string? Find(string name, string dimension)
    {
        return Map(dimension)?.GetValueOrDefault(CatalogSet.Normalize(Vocabulary.NormalizeHeader(name)));
    }

    /// <summary>The name the catalog gives a code, for telling a project row (another name) from the code's own row.</summary>
    public bool IsCatalogName(string code, string name, string dimension)
    {
        if (Catalogs is null) return true;
        var catalog = dimension == "economic" ? Catalogs.Economic : dimension == "government" ? Catalogs.Government : Catalogs.Functional;
        return Catalogs.AcceptsName(catalog, code, name) || Find(name, dimension) == code;
    }

    private Dictionary<string, string?>? Map(string dimension) => dimension switch
    {
        "economic" => _economic,
        "government" => _government,
        "functional" => _functional,
        _ => null,
    };

    private static void Index(Classification c, Dictionary<string, string?> map)
    {
        void Walk(string code)
        {
            Add(map, c.NameOf(code), code);
            foreach (var child in c.Children(code)) Walk(child);
        }
        foreach (var top in c.TopLevel) Walk(top);
    }

    private static void Add(Dictionary<string, string?>? map, string name, string code)
    {
        if (map is null) return;
        var key = CatalogSet.Normalize(Vocabulary.NormalizeHeader(name));
        // A name shared by several codes (其他支出) names none of them.
        map[key] = map.TryGetValue(key, out var existing) && existing != code ? null : code;
    }
}

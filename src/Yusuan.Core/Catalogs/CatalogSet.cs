namespace Yusuan.Core.Catalogs;

/// <summary>Everything Yusuan knows about one year's classifications.</summary>
public sealed record CatalogSet(
    int Year,
    Classification Functional,
    Classification Economic,
    Classification Government,
    EconomicMap Map,
    IReadOnlyList<NameVariant> NameVariants)
{
    /// <summary>Whether <paramref name="name"/> is the catalog's name for the code, or an accepted local variant.</summary>
    public bool AcceptsName(Classification catalog, string code, string name)
    {
        var entry = catalog.Find(code);
        if (entry is null) return false;
        var n = Normalize(name);
        if (Normalize(entry.Name) == n) return true;
        var kind = ReferenceEquals(catalog, Functional) ? "functional" : ReferenceEquals(catalog, Economic) ? "economic-department" : "economic-government";
        return NameVariants.Any(v => v.Catalog == kind && v.Code == code && Normalize(v.Name) == n);
    }

    /// <summary>Full-width and half-width brackets and spaces differ between documents; they do not make another name.</summary>
    public static string Normalize(string name) => name.Replace(" ", "").Replace("（", "(").Replace("）", ")").Trim();
}

public sealed record NameVariant(string Catalog, string Code, string Name, string? Region, string? Note);

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
    /// <summary>
    /// The newest year the catalogs cover (the bundled ones: 2025; a bureau's files may add later years). A budget year past
    /// it is served the newest catalog (<see cref="CatalogYear"/>), and the checks say so (B-CATALOG-YEAR).
    /// </summary>
    public int NewestYear { get; init; } = int.MaxValue;

    /// <summary>The year whose catalog this is: <see cref="Year"/>, or <see cref="NewestYear"/> when the year is past it.</summary>
    public int CatalogYear => Math.Min(Year, NewestYear);

    /// <summary>Whether <see cref="Year"/> is past the newest catalog, which is used instead.</summary>
    public bool PastNewest => Year > NewestYear;

    /// <summary>What a reader is told when the year is past the newest catalog, or null.</summary>
    public string? PastNewestNotice => PastNewest
        ? $"{Year} 年晚于科目表的最新年度 {NewestYear} 年：按 {NewestYear} 年的科目（编码和名称）使用"
        : null;

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

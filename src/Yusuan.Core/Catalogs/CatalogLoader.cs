using System.Reflection;

namespace Yusuan.Core.Catalogs;

/// <summary>
/// Loads the bundled catalogs (embedded CSV) and, when a finance bureau points Yusuan at a folder of its
/// own files with the same names, lays its rows over them: a bureau row replaces the bundled rows of the
/// same code for the years it covers.
/// </summary>
public static class CatalogLoader
{
    private static readonly Dictionary<(int, string?), CatalogSet> Cache = new();
    private static readonly Lock CacheLock = new();

    public static CatalogSet Load(int year, string? overrideDirectory = null)
    {
        lock (CacheLock)
        {
            var key = (year, overrideDirectory is null ? null : Path.GetFullPath(overrideDirectory));
            if (Cache.TryGetValue(key, out var cached)) return cached;
            var set = LoadUncached(year, overrideDirectory);
            Cache[key] = set;
            return set;
        }
    }

    private static CatalogSet LoadUncached(int year, string? dir)
    {
        var functional = Entries("functional.csv", dir);
        var economic = Entries("economic-department.csv", dir);
        var government = Entries("economic-government.csv", dir);
        var map = Read("economic-map.csv", dir).Select(r => new EconomicMapEntry(
            r["department"], r["unitType"], r["government"], Int(r, "from") ?? 0, Int(r, "to"))).ToList();
        var variants = Read("name-variants.csv", dir).Select(r => new NameVariant(
            r["catalog"], r["code"], r["name"], Opt(r, "region"), Opt(r, "note"))).ToList();
        // A year past the newest catalog is served the newest (a warning says so: B-CATALOG-YEAR, `catalog 2030`).
        var newest = Math.Max(NewestYear(functional.Concat(economic).Concat(government)), map.Select(m => Math.Max(m.From, m.To ?? 0)).DefaultIfEmpty(0).Max());
        var used = Math.Min(year, newest);
        return new CatalogSet(
            year,
            new Classification("支出功能分类", year, ForYear(functional, used), functional),
            new Classification("部门预算支出经济分类", year, ForYear(economic, used), economic),
            new Classification("政府预算支出经济分类", year, ForYear(government, used), government),
            new EconomicMap(map, used),
            variants)
        { NewestYear = newest };
    }

    /// <summary>
    /// The newest year the bundled catalogs cover: an empty <c>to</c> means "still valid in" this year
    /// (src/Yusuan.Core/Data/catalogs/README.md). A bureau's rows with a later <c>from</c> or <c>to</c> extend it.
    /// </summary>
    public const int BundledNewestYear = 2025;

    private static int NewestYear(IEnumerable<CatalogEntry> entries) =>
        entries.Select(e => Math.Max(e.From, e.To ?? 0)).Append(BundledNewestYear).Max();

    private static IEnumerable<CatalogEntry> ForYear(IEnumerable<CatalogEntry> entries, int year) =>
        entries.Where(e => e.ValidIn(year));

    private static List<CatalogEntry> Entries(string file, string? dir)
    {
        var rows = Read(file, dir).Select(r => new CatalogEntry(
            r["code"], r["name"], Int(r, "from") ?? 0, Int(r, "to"), Opt(r, "description"), Opt(r, "region"))).ToList();
        return rows;
    }

    private static IEnumerable<IReadOnlyDictionary<string, string>> Read(string file, string? dir)
    {
        var bundled = ReadEmbedded(file).ToList();
        if (dir is null) return bundled;
        var path = Path.Combine(dir, file);
        if (!File.Exists(path)) return bundled;
        using var reader = new StreamReader(path);
        var own = Csv.ReadWithHeader(reader).Select(r => r.Fields).ToList();
        // A bureau's row for a code replaces the bundled rows of that code (names and years are its to set).
        var key = own.Count > 0 && own[0].ContainsKey("code") ? "code" : "department";
        var replaced = own.Select(r => r[key]).ToHashSet(StringComparer.Ordinal);
        return bundled.Where(r => !replaced.Contains(r[key])).Concat(own).ToList();
    }

    private static IEnumerable<IReadOnlyDictionary<string, string>> ReadEmbedded(string file)
    {
        var asm = typeof(CatalogLoader).Assembly;
        using var stream = asm.GetManifestResourceStream("Yusuan.Data.catalogs/" + file)
            ?? asm.GetManifestResourceStream("Yusuan.Data.catalogs\\" + file);
        if (stream is null) return [];
        using var reader = new StreamReader(stream);
        return Csv.ReadWithHeader(reader).Select(r => r.Fields).ToList();
    }

    internal static string? ReadEmbeddedText(string name)
    {
        var asm = typeof(CatalogLoader).Assembly;
        using var stream = asm.GetManifestResourceStream("Yusuan.Data." + name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static IEnumerable<string> EmbeddedNames(string prefix) =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(n => n.StartsWith("Yusuan.Data." + prefix, StringComparison.Ordinal))
            .Select(n => n["Yusuan.Data.".Length..]);

    private static int? Int(IReadOnlyDictionary<string, string> r, string key) =>
        r.TryGetValue(key, out var v) && int.TryParse(v, out var i) ? i : null;

    private static string? Opt(IReadOnlyDictionary<string, string> r, string key) =>
        r.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
}

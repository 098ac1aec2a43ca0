using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;

namespace Yusuan.Core.Tables;

/// <summary>
/// A budget with everything the tables need resolved once per line: its government economic code (map by
/// unit type, or the line's override), its project's kind, and the classification paths. Tables only sum.
/// </summary>
public sealed class DerivedBudget
{
    public DerivedBudget(Budget budget, CatalogSet catalogs, Profile profile)
    {
        Budget = budget;
        Catalogs = catalogs;
        Profile = profile;
        UnitIndex = budget.Units.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var kinds = budget.Projects.ToDictionary(p => (p.UnitCode, p.Name), p => p.Kind);
        ProjectOrder = budget.Projects.Select((p, i) => ((p.UnitCode, p.Name), i)).ToDictionary(x => x.Item1, x => x.i);
        Lines = new LineFacts[budget.Expenditures.Count];
        for (var i = 0; i < Lines.Length; i++)
        {
            var line = budget.Expenditures[i];
            var unit = UnitIndex[line.UnitCode];
            var gov = line.GovernmentEconomicCode
                ?? catalogs.Map.Map(line.EconomicCode, budget.Units[unit].Type.MapCategory())
                ?? "599";
            var kind = line.ProjectName is null ? null : kinds.GetValueOrDefault((line.UnitCode, line.ProjectName));
            Lines[i] = new LineFacts(unit, line, gov, kind);
        }
        UnitsWithIncome = budget.Income.Select(l => UnitIndex[l.UnitCode]).ToHashSet();
    }

    /// <summary>Indexes of the units that have at least one income line (a unit with income only still gets its row).</summary>
    public IReadOnlySet<int> UnitsWithIncome { get; }

    public Budget Budget { get; }
    public CatalogSet Catalogs { get; }
    public Profile Profile { get; }
    public IReadOnlyDictionary<string, int> UnitIndex { get; }
    public IReadOnlyDictionary<(string Unit, string Name), int> ProjectOrder { get; }
    public LineFacts[] Lines { get; }

    private readonly Dictionary<(Classification, string), IReadOnlyList<string>> _paths = new();
    private Dictionary<(string Catalog, string Code), string>? _regionalNames;

    /// <summary>The name a table prints for a code: the profile region's local name if it has one, else the catalog's.</summary>
    public string NameOf(Classification catalog, string code)
    {
        if (Profile.Region is { } region)
        {
            _regionalNames ??= Catalogs.NameVariants
                .Where(v => string.Equals(v.Region, region, StringComparison.OrdinalIgnoreCase))
                .GroupBy(v => (v.Catalog, v.Code)).ToDictionary(g => g.Key, g => g.First().Name);
            var kind = ReferenceEquals(catalog, Catalogs.Functional) ? "functional"
                : ReferenceEquals(catalog, Catalogs.Economic) ? "economic-department" : "economic-government";
            if (_regionalNames.TryGetValue((kind, code), out var local)) return local;
        }
        return catalog.NameOf(code);
    }

    private readonly Dictionary<string, string?[]> _codeParts = new(StringComparer.Ordinal);

    /// <summary>
    /// The 类 (1), 款 (2) or 项 (3) part of a code as printed in split code columns (208 | 01 | 09), one string per
    /// distinct code: a province's tables print the same parts on millions of rows.
    /// </summary>
    public string? CodePart(string code, int part)
    {
        if (!_codeParts.TryGetValue(code, out var parts))
        {
            parts =
            [
                code.Length >= 3 ? code[..3] : null,
                code.Length >= 5 ? code[3..5] : null,
                code.Length >= 7 ? code[5..] : null,
            ];
            _codeParts[code] = parts;
        }
        return parts[part - 1];
    }

    /// <summary>Cached path from 类 down to the code (most lines share a handful of codes).</summary>
    public IReadOnlyList<string> PathOf(Classification catalog, string code)
    {
        if (!_paths.TryGetValue((catalog, code), out var path))
        {
            path = catalog.Contains(code) ? catalog.Path(code) : [code];
            _paths[(catalog, code)] = path;
        }
        return path;
    }
}

/// <summary>One expenditure line with what was derived for it.</summary>
public readonly record struct LineFacts(int Unit, ExpenditureLine Line, string GovernmentCode, string? ProjectKind);

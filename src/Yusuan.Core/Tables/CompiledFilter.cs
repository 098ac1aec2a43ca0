using Yusuan.Core.Model;
using Yusuan.Core.Profiles;

namespace Yusuan.Core.Tables;

/// <summary>A <see cref="LineFilter"/> turned into flags once, so that a million lines are tested with array look-ups.</summary>
internal sealed class CompiledFilter
{
    private readonly bool[]? _natures;
    private readonly bool[]? _sources;
    private readonly bool? _carriedOver;
    private readonly string[]? _economic;
    private readonly HashSet<string>? _kinds;
    private readonly HashSet<string>? _categories;
    private readonly bool? _smallBusiness;
    private readonly bool? _microBusiness;

    public static readonly CompiledFilter All = new(null);

    public CompiledFilter(LineFilter? filter, LineFilter? also = null)
    {
        _natures = Natures(filter?.Nature);
        _sources = Sources(filter?.Sources, filter?.Fiscal);
        _carriedOver = filter?.CarriedOver;
        _economic = filter?.Economic?.ToArray();
        _kinds = filter?.ProjectKinds?.ToHashSet();
        _categories = filter?.Categories?.ToHashSet();
        _smallBusiness = filter?.SmallBusiness;
        _microBusiness = filter?.MicroBusiness;
        if (also is null) return;
        var other = new CompiledFilter(also);
        _natures = And(_natures, other._natures);
        _sources = And(_sources, other._sources);
        _carriedOver ??= other._carriedOver;
        _economic ??= other._economic;
        _kinds ??= other._kinds;
        _categories ??= other._categories;
        _smallBusiness ??= other._smallBusiness;
        _microBusiness ??= other._microBusiness;
    }

    public bool Matches(in LineFacts f)
    {
        var line = f.Line;
        if (_natures is not null && !_natures[(int)line.Nature]) return false;
        if (_sources is not null && !_sources[(int)line.Source]) return false;
        if (_carriedOver is { } c && line.CarriedOver != c) return false;
        if (_economic is not null && !_economic.Any(p => line.EconomicCode.StartsWith(p, StringComparison.Ordinal))) return false;
        if (_kinds is not null && (f.ProjectKind is null || !_kinds.Contains(f.ProjectKind))) return false;
        return true;
    }

    public bool Matches(IncomeLine line) =>
        (_sources is null || _sources[(int)line.Source]) && (_carriedOver is not { } c || line.CarriedOver == c);

    public bool MatchesSource(IncomeSource source) => _sources is null || _sources[(int)source];

    public bool MatchesCategory(string category) => _categories is null || _categories.Contains(category);

    /// <summary>A procurement item reserved (or not) for 中小企业 / 小型、微型企业; other items are reserved for neither.</summary>
    public bool MatchesSetAside(bool smallBusiness, bool microBusiness) =>
        (_smallBusiness is not { } s || s == smallBusiness) && (_microBusiness is not { } m || m == microBusiness);

    private static bool[]? Natures(IReadOnlyList<string>? names)
    {
        if (names is null || names.Count == 0) return null;
        var flags = new bool[Enum.GetValues<ExpenditureNature>().Length];
        foreach (var name in names)
        {
            if (name is "基本" or "基本支出")
            {
                flags[(int)ExpenditureNature.Personnel] = flags[(int)ExpenditureNature.Public] = true;
            }
            else if (ExpenditureNatures.TryParse(name, out var n)) flags[(int)n] = true;
            else throw new InvalidDataException($"配置中的支出性质“{name}”无法识别");
        }
        return flags;
    }

    private static bool[]? Sources(IReadOnlyList<string>? names, bool? fiscal)
    {
        if ((names is null || names.Count == 0) && fiscal is null) return null;
        var flags = new bool[IncomeSources.All.Count];
        if (names is { Count: > 0 })
        {
            foreach (var name in names)
            {
                if (name == "财政拨款") { foreach (var s in IncomeSources.All) flags[(int)s] |= s.IsFiscal(); }
                else if (IncomeSources.TryParse(name, out var s)) flags[(int)s] = true;
                else throw new InvalidDataException($"配置中的资金来源“{name}”无法识别");
            }
        }
        else for (var i = 0; i < flags.Length; i++) flags[i] = true;
        if (fiscal is { } f)
            foreach (var s in IncomeSources.All) flags[(int)s] &= s.IsFiscal() == f;
        return flags;
    }

    private static bool[]? And(bool[]? a, bool[]? b) =>
        a is null ? b : b is null ? a : a.Zip(b, (x, y) => x && y).ToArray();
}

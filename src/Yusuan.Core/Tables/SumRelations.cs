using Yusuan.Core.Model;
using Yusuan.Core.Profiles;

namespace Yusuan.Core.Tables;

/// <summary>
/// Which columns (or balance-table items) are parts of which, derived from the measures' filters rather than declared:
/// each measure is the set of kinds of money it counts — for spending, every combination of nature, funding source,
/// carried-over or not, economic class (as far as the filters tell classes apart) and project kind; for income, source
/// and carried-over; for procurement and service purchases, source, category and set-aside. A column is a part of the
/// smallest column whose set contains its own, when the parts of that column do not overlap. The parts need not cover
/// their whole: 小计 (一般公共预算) over 基本支出 and 项目支出 leaves out a 一般公共预算-funded 上缴上级支出 that a budget
/// may have. Where a budget has such money the parent's exact amount is more than the sum of its parts, and the printed
/// figures keep that difference (a hidden part); where it has none — almost always — the printed parts add up.
/// Columns of different kinds of money (spending beside income) are never parts of each other.
/// </summary>
internal static class SumRelations
{
    /// <summary>
    /// For each set, the index of the smallest set that contains it, where that set's parts do not overlap; -1
    /// otherwise. Null or empty sets are parts of nothing. Equal sets chain: the later is a part (a copy) of the earlier.
    /// </summary>
    public static int[] Parents(IReadOnlyList<bool[]?> sets)
    {
        var n = sets.Count;
        var size = sets.Select(s => s?.Count(b => b) ?? 0).ToArray();
        var parent = new int[n];
        for (var i = 0; i < n; i++)
        {
            parent[i] = -1;
            if (size[i] == 0) continue;
            for (var j = 0; j < n; j++)
            {
                if (j == i || size[j] < size[i] || !Subset(sets[i]!, sets[j]!)) continue;
                if (size[j] == size[i] && j > i) continue; // equal sets: only an earlier one is the parent
                var p = parent[i];
                if (p < 0 || size[j] < size[p] || (size[j] == size[p] && j > p)) parent[i] = j;
            }
        }
        // Parts that overlap (基本支出 and 一般公共预算 under 合计) do not add up to anything: none of them is a part.
        for (var p = 0; p < n; p++)
        {
            var parts = Enumerable.Range(0, n).Where(i => parent[i] == p).ToList();
            if (parts.Count < 2) continue;
            var covered = new bool[sets[p]!.Length];
            var disjoint = true;
            foreach (var i in parts)
                for (var a = 0; a < covered.Length && disjoint; a++)
                {
                    if (!sets[i]![a]) continue;
                    if (covered[a]) disjoint = false;
                    covered[a] = true;
                }
            if (!disjoint) foreach (var i in parts) parent[i] = -1;
        }
        return parent;
    }

    private static bool Subset(bool[] a, bool[] b)
    {
        for (var i = 0; i < a.Length; i++) if (a[i] && !b[i]) return false;
        return true;
    }
}

/// <summary>
/// The kinds of money a table's filters can tell apart, as one list of atoms: spending atoms first, then income, then
/// procurement, then service purchases. A set of atoms (bool per atom) says what a column counts.
/// </summary>
internal sealed class MoneyAtoms
{
    private readonly List<LineFacts> _spending = [];
    private readonly List<IncomeLine> _income = [];
    private readonly List<(IncomeSource Source, string? Category, bool Small, bool Micro)> _procurement = [];
    private readonly List<IncomeSource> _service = [];

    public MoneyAtoms(LineFilter? tableFilter, IEnumerable<Measure?> measures)
    {
        var filters = new List<LineFilter?> { tableFilter };
        var prefixes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var m in measures)
        {
            filters.Add(m?.Filter);
            if (m?.Of == "threePublic" && CompiledMeasure.ThreePublicCodes.TryGetValue(m.Field ?? "total", out var codes))
                prefixes.UnionWith(codes);
        }
        foreach (var f in filters) prefixes.UnionWith(f?.Economic ?? []);
        var kinds = filters.SelectMany(f => f?.ProjectKinds ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
        var categories = filters.SelectMany(f => f?.Categories ?? []).Distinct().Order(StringComparer.Ordinal).ToList();

        // An economic atom is the longest prefix a code starts with (the prefix itself stands for its codes), or none.
        var economic = prefixes.Append("#").ToList();
        var projectKinds = kinds.Cast<string?>().Append(null).ToList();
        foreach (var nature in Enum.GetValues<ExpenditureNature>())
            foreach (var source in IncomeSources.All)
                foreach (var carried in new[] { false, true })
                    foreach (var code in economic)
                        foreach (var kind in projectKinds)
                            _spending.Add(new LineFacts(0, new ExpenditureLine("", "", code, nature, kind is null ? null : "·", source, carried, 0m), "", kind));
        foreach (var source in IncomeSources.All)
            foreach (var carried in new[] { false, true })
                _income.Add(new IncomeLine("", source, carried, 0m));
        // A category no filter names stands for every other category. An item for 小型、微型企业 is one for 中小企业
        // too (the input sets both), so 面向小型、微型企业 is a part of 面向中小企业.
        var procurementCategories = categories.Append("\u0000其他").ToList();
        foreach (var source in IncomeSources.All)
            foreach (var category in procurementCategories)
                foreach (var (small, micro) in new[] { (false, false), (true, false), (true, true) })
                    _procurement.Add((source, category, small, micro));
        _service.AddRange(IncomeSources.All);
    }

    public int Count => _spending.Count + _income.Count + _procurement.Count + _service.Count;

    /// <summary>Spending counted by a line filter (the table filter, and the measure's, as a builder tests them).</summary>
    public bool[] Spending(Func<LineFacts, bool> counts)
    {
        var set = new bool[Count];
        for (var i = 0; i < _spending.Count; i++) set[i] = counts(_spending[i]);
        return set;
    }

    public bool[] Income(Func<IncomeLine, bool> counts)
    {
        var set = new bool[Count];
        for (var i = 0; i < _income.Count; i++) set[_spending.Count + i] = counts(_income[i]);
        return set;
    }

    /// <summary>Procurement or service-purchase items a measure counts (<see cref="CompiledMeasure.ItemAmount"/>).</summary>
    public bool[] Items(CompiledMeasure measure)
    {
        var set = new bool[Count];
        var offset = _spending.Count + _income.Count;
        if (measure.Of == "procurement")
        {
            for (var i = 0; i < _procurement.Count; i++)
            {
                var (source, category, small, micro) = _procurement[i];
                set[offset + i] = measure.ItemAmount(new Dictionary<IncomeSource, decimal> { [source] = 1m }, category, small, micro) != 0;
            }
        }
        else if (measure.Of == "servicePurchase")
        {
            offset += _procurement.Count;
            for (var i = 0; i < _service.Count; i++)
                set[offset + i] = measure.ItemAmount(new Dictionary<IncomeSource, decimal> { [_service[i]] = 1m }, null) != 0;
        }
        return set;
    }
}

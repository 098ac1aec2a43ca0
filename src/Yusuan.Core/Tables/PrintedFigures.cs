using System.Runtime.CompilerServices;

namespace Yusuan.Core.Tables;

/// <summary>
/// The printed figures of a table under the largest-remainder policy, apportioned once per table and kept as long as
/// the table lives. Each <see cref="SumBlock"/> splits into trees of rows × trees of columns; each pair is rounded by
/// <see cref="ControlledRounding"/>. Where the exact amounts of a block do not add up (a unit's procurement that no
/// functional row shows), a hidden row or column carries the difference, so that what does add up is printed adding up.
/// </summary>
internal sealed class PrintedFigures
{
    private static readonly ConditionalWeakTable<Table, PrintedFigures> Cache = new();

    private readonly Dictionary<TableRow, int> _rowIndex;
    private readonly Dictionary<long, decimal> _shown = [];
    private readonly int _columns;

    public static PrintedFigures Of(Table table) => Cache.GetValue(table, t => new PrintedFigures(t));

    private PrintedFigures(Table table)
    {
        table.Presentation.Validate();
        _columns = Math.Max(1, table.Columns.Count);
        _rowIndex = new Dictionary<TableRow, int>(table.Rows.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < table.Rows.Count; i++) _rowIndex.TryAdd(table.Rows[i], i);
        foreach (var block in table.Sums) Apportion(table, block);
    }

    /// <summary>The printed figure of a cell of a block; null for a cell no block holds (it rounds on its own).</summary>
    public decimal? Shown(TableRow row, int column) =>
        _rowIndex.TryGetValue(row, out var r) && _shown.TryGetValue(Key(r, column), out var v) ? v : null;

    private long Key(int row, int column) => (long)row * _columns + column;

    private void Apportion(Table table, SumBlock block)
    {
        var presentation = table.Presentation;
        var unit = presentation.Divisor * presentation.Step;
        var rowTrees = Trees(block.RowParents, "行");
        var columnTrees = Trees(block.ColumnParents, "列");
        foreach (var rowTree in rowTrees)
            foreach (var columnTree in columnTrees)
            {
                // Local nodes: the real rows and columns of the two trees, then hidden ones for what does not add up.
                var rowParent = rowTree.Parents.ToList();
                var columnParent = columnTree.Parents.ToList();
                var x = new List<decimal[]>();
                foreach (var r in rowTree.Members)
                {
                    var tableRow = table.Rows[block.Rows[r]];
                    x.Add(columnTree.Members.Select(c => (tableRow.Cells.ElementAtOrDefault(block.Columns[c]).Value ?? 0m) / unit).ToArray());
                }
                var realRows = rowParent.Count;
                var realColumns = columnParent.Count;
                AddRemainderRows(x, rowParent, realColumns);
                AddRemainderColumns(x, columnParent);

                var z = ControlledRounding.Round(x.ToArray(), rowParent.ToArray(), columnParent.ToArray());
                for (var i = 0; i < realRows; i++)
                {
                    var row = block.Rows[rowTree.Members[i]];
                    for (var j = 0; j < realColumns; j++)
                        _shown[Key(row, block.Columns[columnTree.Members[j]])] = z[i][j] * presentation.Step;
                }
            }
    }

    /// <summary>Under each row whose children do not add up to it, a hidden leaf row with the difference in every column.</summary>
    private static void AddRemainderRows(List<decimal[]> x, List<int> parent, int columns)
    {
        var count = parent.Count;
        var sums = new decimal[count][];
        for (var r = 0; r < count; r++)
        {
            if (parent[r] < 0) continue;
            var s = sums[parent[r]] ??= new decimal[columns];
            for (var c = 0; c < columns; c++) s[c] += x[r][c];
        }
        for (var p = 0; p < count; p++)
        {
            if (sums[p] is not { } s) continue;
            var rest = new decimal[columns];
            var any = false;
            for (var c = 0; c < columns; c++) any |= (rest[c] = x[p][c] - s[c]) != 0;
            if (!any) continue;
            x.Add(rest);
            parent.Add(p);
        }
    }

    /// <summary>Under each column whose children do not add up to it (in some row), a hidden leaf column with the difference.</summary>
    private static void AddRemainderColumns(List<decimal[]> x, List<int> parent)
    {
        var count = parent.Count;
        var childrenOf = new List<int>?[count];
        for (var c = 0; c < count; c++)
            if (parent[c] >= 0) (childrenOf[parent[c]] ??= []).Add(c);
        for (var p = 0; p < count; p++)
        {
            if (childrenOf[p] is not { } children) continue;
            var rest = x.Select(row => row[p] - children.Sum(c => row[c])).ToArray();
            if (rest.All(v => v == 0)) continue;
            parent.Add(p);
            for (var r = 0; r < x.Count; r++) x[r] = [.. x[r], rest[r]];
        }
    }

    /// <summary>A tree of a forest: its members (positions in the block's list, root first, parents before children) and their local parents.</summary>
    private sealed record LocalTree(int[] Members, int[] Parents);

    private static List<LocalTree> Trees(IReadOnlyList<int> parents, string what)
    {
        var n = parents.Count;
        var children = new List<int>[n];
        for (var i = 0; i < n; i++) children[i] = [];
        var roots = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var p = parents[i];
            if (p < 0) roots.Add(i);
            else if (p >= n || p == i) throw new InvalidDataException($"合计关系中第 {i} {what}的上级 {p} 不存在");
            else children[p].Add(i);
        }
        var trees = new List<LocalTree>();
        var seen = 0;
        foreach (var root in roots)
        {
            var members = new List<int> { root };
            for (var i = 0; i < members.Count; i++) members.AddRange(children[members[i]]);
            var local = new Dictionary<int, int>();
            for (var i = 0; i < members.Count; i++) local[members[i]] = i;
            trees.Add(new LocalTree(members.ToArray(), members.Select(m => parents[m] < 0 ? -1 : local[parents[m]]).ToArray()));
            seen += members.Count;
        }
        if (seen != n) throw new InvalidDataException($"合计关系中的{what}构成了环");
        return trees;
    }
}

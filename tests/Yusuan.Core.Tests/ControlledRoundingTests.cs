using CsCheck;
using Yusuan.Core.Tables;

namespace Yusuan.Core.Tests;

/// <summary>
/// The apportioning engine on its own: random trees of rows and columns with exact leaf amounts (in units of the
/// last digit, some whole, some negative, as a year-on-year change is), and the cases that defeat rounding level by level.
/// </summary>
public class ControlledRoundingTests
{
    /// <summary>x for every node pair, from leaf values: each parent the exact sum of its children, both ways.</summary>
    private static decimal[][] Complete(int[] rowParent, int[] columnParent, Func<int, int, decimal> leaf)
    {
        var R = rowParent.Length;
        var C = columnParent.Length;
        bool RowLeaf(int r) => !rowParent.Contains(r);
        bool ColumnLeaf(int c) => !columnParent.Contains(c);
        var x = new decimal[R][];
        for (var r = 0; r < R; r++) x[r] = new decimal[C];
        for (var r = 0; r < R; r++)
            for (var c = 0; c < C; c++)
            {
                if (!RowLeaf(r) || !ColumnLeaf(c)) continue;
                var v = leaf(r, c);
                for (var a = r; a >= 0; a = rowParent[a])
                    for (var b = c; b >= 0; b = columnParent[b])
                        x[a][b] += v;
            }
        return x;
    }

    private static void AssertRounded(decimal[][] x, decimal[][] z, int[] rowParent, int[] columnParent, bool allWithinOne)
    {
        var R = rowParent.Length;
        var C = columnParent.Length;
        for (var r = 0; r < R; r++)
            for (var c = 0; c < C; c++)
            {
                Assert.Equal(decimal.Truncate(z[r][c]), z[r][c]);
                var rowParts = Enumerable.Range(0, R).Where(i => rowParent[i] == r).ToList();
                if (rowParts.Count > 0) Assert.Equal(z[r][c], rowParts.Sum(i => z[i][c]));
                var columnParts = Enumerable.Range(0, C).Where(j => columnParent[j] == c).ToList();
                if (columnParts.Count > 0) Assert.Equal(z[r][c], columnParts.Sum(j => z[r][j]));
                var inFamilies = allWithinOne || rowParts.Count == 0 || rowParent[r] < 0 || columnParts.Count == 0 || columnParent[c] < 0;
                var bound = inFamilies ? 1 : Math.Min(Leaves(rowParent, r), Leaves(columnParent, c));
                Assert.True(Math.Abs(z[r][c] - x[r][c]) < bound, $"[{r},{c}] {z[r][c]} for {x[r][c]} (bound {bound})");
            }
        var root = (Array.IndexOf(rowParent, -1), Array.IndexOf(columnParent, -1));
        Assert.Equal(ControlledRounding.Nearest(x[root.Item1][root.Item2]), z[root.Item1][root.Item2]);
    }

    private static int Leaves(int[] parent, int n)
    {
        var children = Enumerable.Range(0, parent.Length).Where(i => parent[i] == n).ToList();
        return children.Count == 0 ? 1 : children.Sum(c => Leaves(parent, c));
    }

    [Fact]
    public void Two_by_two_with_the_parts_on_the_diagonal()
    {
        // 0.6 | 0 / 0 | 0.6: rounding each margin on its own could ask row 1 for a unit and column 1 for none.
        int[] rows = [-1, 0, 0], columns = [-1, 0, 0];
        var x = Complete(rows, columns, (r, c) => r == c ? 0.6m : 0m);
        var z = ControlledRounding.Round(x, rows, columns);
        AssertRounded(x, z, rows, columns, allWithinOne: true);
        Assert.Equal(1m, z[0][0]);
    }

    [Fact]
    public void A_parent_rounded_without_its_children_in_mind_cannot_be_shared_out_but_the_whole_table_can()
    {
        // Columns: 0 = 1 + 2 + 3, 1 = 4 + 5. Rows 0 = 1 + 2. Row 1: (0.2, 0.5 | 2.2 | 0), row 2: (0.4, 0 | 3.0 | 0).
        // A parent row printed 0 | 1 | 6 | 0 (each within a unit) leaves row 1 needing 0 + 1 + 3 = 4 for 2.9.
        int[] rows = [-1, 0, 0], columns = [-1, 0, 0, 0, 1, 1];
        decimal[,] leaves = { { 0, 0, 0, 0, 0, 0 }, { 0, 0, 2.2m, 0, 0.2m, 0.5m }, { 0, 0, 3.0m, 0, 0.4m, 0 } };
        var x = Complete(rows, columns, (r, c) => leaves[r, c]);
        var z = ControlledRounding.Round(x, rows, columns);
        AssertRounded(x, z, rows, columns, allWithinOne: true);
    }

    [Fact]
    public void One_column_goes_by_largest_remainder_down_the_tree()
    {
        // 合计 2.0 = 0.9 + 0.6 + 0.5: floors 0, two units to the largest remainders 0.9 and 0.6.
        int[] rows = [-1, 0, 0, 0];
        var x = Complete(rows, [-1], (r, _) => r switch { 1 => 0.9m, 2 => 0.6m, _ => 0.5m });
        var z = ControlledRounding.Round(x, rows, [-1]);
        Assert.Equal([2m, 1m, 1m, 0m], z.Select(r => r[0]));
    }

    private static readonly Gen<int[]> Trees =
        from size in Gen.Int[1, 12]
        from picks in Gen.Int[0, 1000].Array[size]
        select Enumerable.Range(0, size).Select(i => i == 0 ? -1 : picks[i] % i).ToArray();

    private static readonly Gen<decimal> Amounts = Gen.OneOf(
        Gen.Int[0, 5].Select(i => (decimal)i),
        Gen.Int[0, 999].Select(i => i / 100m),
        Gen.Int[-30_000, 80_000].Select(i => i / 10_000m),
        Gen.Int[0, 1_000_000].Select(i => i / 1000m));

    [Fact]
    public void Random_tables_add_up_keep_every_proved_bound_and_round_the_total_to_nearest()
    {
        Gen.Select(Trees, Trees.Select(t => t.Take(8).ToArray()), Amounts.Array[96]).Sample((rows, columns, values) =>
        {
            var x = Complete(rows, columns, (r, c) => values[(r * 8 + c) % values.Length]);
            var z = ControlledRounding.Round(x, rows, columns);
            AssertRounded(x, z, rows, columns, allWithinOne: rows.Length == 1 || columns.Length == 1);
        }, iter: 3000);
    }
}

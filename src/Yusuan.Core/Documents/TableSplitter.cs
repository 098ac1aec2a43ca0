using Yusuan.Core.Tables;

namespace Yusuan.Core.Documents;

/// <summary>
/// Splits a table too wide for a page at the smallest size a renderer may use (8 pt) into parts printed one after the
/// other, as the reference documents print their widest tables: each part repeats the leading text columns (科目编码,
/// 单位代码, 单位名称) and takes as many of the other top-level column groups (总计, 当年财政拨款安排, 上年结转安排, …) as
/// fit, never cutting a group. The parts carry the printed text of every cell (figures as the whole table shows them),
/// so a part prints exactly the figures the whole table would. A later part's title ends in （续）.
/// </summary>
public static class TableSplitter
{
    /// <summary>The table itself when it fits (or has no groups to split between), else its parts.</summary>
    public static IReadOnlyList<Table> Split(Table table, Func<Table, bool> fits)
    {
        if (table.Header.Count < 2 || table.Rows.Count == 0 || fits(table)) return [table];
        var key = 0;
        while (key < table.Header.Count - 1 && table.Header[key].Leaves().All(l => l.Kind == ColumnKind.Text)) key++;
        if (key == 0 || table.Header.Count - key < 2) return [table];
        var leafStart = new int[table.Header.Count + 1];
        for (var i = 0; i < table.Header.Count; i++) leafStart[i + 1] = leafStart[i] + table.Header[i].Leaves().Count();

        var parts = new List<List<int>>();
        var current = new List<int>();
        for (var g = key; g < table.Header.Count; g++)
        {
            current.Add(g);
            if (current.Count > 1 && !fits(Part(table, key, current, leafStart, 0)))
            {
                current.RemoveAt(current.Count - 1);
                parts.Add(current);
                current = [g];
            }
        }
        parts.Add(current);
        return parts.Count == 1 ? [table] : parts.Select((groups, i) => Part(table, key, groups, leafStart, i)).ToList();
    }

    private static Table Part(Table table, int key, List<int> groups, int[] leafStart, int index)
    {
        var header = table.Header.Take(key).Concat(groups.Select(g => table.Header[g])).ToList();
        var columns = Enumerable.Range(0, leafStart[key])
            .Concat(groups.SelectMany(g => Enumerable.Range(leafStart[g], leafStart[g + 1] - leafStart[g]))).ToList();
        var rows = table.Rows.Select(r => r with
        {
            Cells = columns.Select(c => c < r.Cells.Count ? Printed(table, r, c) : Cell.Empty).ToList(),
        }).ToList();
        return table with
        {
            Id = index == 0 ? table.Id : $"{table.Id}#{index + 1}",
            Title = index == 0 ? table.Title : table.Title + "（续）",
            Header = header,
            Rows = rows,
            Sums = [],
        };
    }

    /// <summary>The cell as printed: a figure becomes its printed text (the whole table's rounding), text stays.</summary>
    private static Cell Printed(Table table, TableRow row, int column)
    {
        var cell = row.Cells[column];
        if (cell.Value is null) return cell;
        return new Cell(table.Format(row, column), null);
    }
}

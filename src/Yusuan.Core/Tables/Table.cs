using Yusuan.Core.Profiles;

namespace Yusuan.Core.Tables;

public enum ColumnKind { Text, Amount, Number }

/// <summary>A header cell; leaves are the table's columns, parents span their children.</summary>
public sealed record HeaderCell(string Text, ColumnKind Kind, IReadOnlyList<HeaderCell> Children, double Width = 0)
{
    public bool IsLeaf => Children.Count == 0;

    public IEnumerable<HeaderCell> Leaves() => IsLeaf ? [this] : Children.SelectMany(c => c.Leaves());

    public int Depth => IsLeaf ? 1 : 1 + Children.Max(c => c.Depth);

    public static HeaderCell Leaf(string text, ColumnKind kind, double width = 0) => new(text, kind, [], width);
}

public enum RowKind
{
    /// <summary>合计</summary>
    Total,
    /// <summary>The 主管部门's row.</summary>
    Department,
    /// <summary>A unit's subtotal row.</summary>
    Unit,
    /// <summary>A classification row that sums rows below it (类, 款).</summary>
    Group,
    /// <summary>A row that sums lines only.</summary>
    Detail,
    /// <summary>A row of a balance table.</summary>
    Balance,
}

/// <summary>A cell: text, or an exact amount in 元, or a plain number (a quantity).</summary>
public readonly record struct Cell(string? Text, decimal? Value)
{
    public static Cell Empty => new(null, null);
    public static implicit operator Cell(string? text) => new(text, null);
    public static Cell Of(decimal? value) => new(null, value);
}

/// <summary>A row; <see cref="Key"/> says what it sums (e.g. unit:342601/functional:20801) so checks can name it.</summary>
public sealed record TableRow(RowKind Kind, int Depth, IReadOnlyList<Cell> Cells, string Key);

/// <summary>
/// Part of a table whose figures add up. <see cref="Rows"/> and <see cref="Columns"/> are indexes into the table's rows
/// and columns; <see cref="RowParents"/>[i] is the position in <see cref="Rows"/> of the row that Rows[i] is a part of
/// (-1: none), and likewise for columns. A parent's exact amount is the sum of its parts' and of whatever money no
/// part shows: in a row, procurement items without a project that only the unit row counts; in a column, money its
/// filter takes in and its parts' filters leave out (a 一般公共预算-funded 上缴上级支出 under a 小计 over 基本支出 and
/// 项目支出). Almost always there is none, and wherever the exact amounts add up the printed figures add up under the
/// largest-remainder policy. A row whose only part is another row (合计 and the department row) prints the same figure.
/// </summary>
public sealed record SumBlock
{
    public required IReadOnlyList<int> Rows { get; init; }
    public required IReadOnlyList<int> RowParents { get; init; }
    public required IReadOnlyList<int> Columns { get; init; }
    public required IReadOnlyList<int> ColumnParents { get; init; }

    /// <summary>A block of the given rows and columns; parents are positions within those lists (-1: none).</summary>
    public static SumBlock Of(IReadOnlyList<int> rows, IReadOnlyList<int> rowParents, IReadOnlyList<int> columns, IReadOnlyList<int> columnParents)
    {
        if (rows.Count != rowParents.Count || columns.Count != columnParents.Count)
            throw new ArgumentException("每行、每列都要有其上级（无上级为 -1）");
        return new SumBlock { Rows = rows, RowParents = rowParents, Columns = columns, ColumnParents = columnParents };
    }
}

/// <summary>The neutral table every renderer prints and every check reads.</summary>
public sealed record Table
{
    public required string Id { get; init; }
    public string? Number { get; init; }
    public required string Title { get; init; }
    /// <summary>部门：… / 单位名称：…</summary>
    public required string Subject { get; init; }
    /// <summary>金额单位：万元</summary>
    public required string UnitLabel { get; init; }
    public required IReadOnlyList<HeaderCell> Header { get; init; }
    public required IReadOnlyList<TableRow> Rows { get; init; }
    public required Presentation Presentation { get; init; }
    public bool IsEmpty { get; init; }
    public string? EmptyNote { get; init; }
    public string? Note { get; init; }
    public bool Landscape { get; init; } = true;

    public IReadOnlyList<HeaderCell> Columns => Header.SelectMany(h => h.Leaves()).ToList();

    public int HeaderDepth => Header.Count == 0 ? 0 : Header.Max(h => h.Depth);

    /// <summary>
    /// Which printed figures add up: blocks of rows and columns where a row is a part of its parent row and a column a
    /// part of its parent column. The largest-remainder rounding policy keeps these sums in the printed figures; a
    /// check may read them to know what must add up. Empty: nothing is known to add up (every cell rounds on its own).
    /// </summary>
    public IReadOnlyList<SumBlock> Sums { get; init; } = [];

    /// <summary>The printed text of a cell, as in the published table: an amount is its <see cref="Shown(TableRow, int)"/> figure.</summary>
    public string Format(TableRow row, int column)
    {
        var cell = row.Cells[column];
        return Columns[column].Kind switch
        {
            ColumnKind.Amount => cell.Value is null ? cell.Text ?? "" : Presentation.FormatShown(Shown(row, column)),
            ColumnKind.Number => cell.Value?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? cell.Text ?? "",
            _ => cell.Text ?? "",
        };
    }

    /// <summary>
    /// The printed figure of an amount cell (in the presentation's unit, rounded by its policy), or null for an
    /// empty cell. Renderers and checks read this, never their own rounding, so what is checked is what is printed.
    /// Under <see cref="Presentation.LargestRemainderRounding"/> the figures of <see cref="Sums"/> are apportioned
    /// once per table (docs/rounding.md); every other cell is rounded on its own.
    /// </summary>
    public decimal? Shown(TableRow row, int column)
    {
        var cell = row.Cells[column];
        if (cell.Value is not { } v) return null;
        if (!Presentation.AddsUp || Sums.Count == 0) return Presentation.Printed(v);
        return PrintedFigures.Of(this).Shown(row, column) ?? Presentation.Printed(v);
    }

    /// <summary>The printed figure of the cell at <paramref name="row"/> (an index into <see cref="Rows"/>) and <paramref name="column"/>.</summary>
    public decimal? Shown(int row, int column) => Shown(Rows[row], column);

    /// <summary>The row with this key; in a balance table either side's key (income:… or spending:…) finds it.</summary>
    public TableRow? Row(string key) => Rows.FirstOrDefault(r => r.Key == key || r.Key.Split('|').Contains(key));

    /// <summary>Each leaf column's header path, e.g. 当年财政拨款安排/一般公共预算拨款/基本支出.</summary>
    public IReadOnlyList<string> ColumnPaths => Header.SelectMany(h => Paths(h, "")).ToList();

    private static IEnumerable<string> Paths(HeaderCell cell, string prefix) =>
        cell.IsLeaf ? [prefix + cell.Text] : cell.Children.SelectMany(c => Paths(c, prefix + cell.Text + "/"));

    /// <summary>The column whose header path ends with <paramref name="path"/> (a leaf header or a/b/leaf); -1 if none.</summary>
    public int ColumnIndex(string path)
    {
        var paths = ColumnPaths;
        for (var i = 0; i < paths.Count; i++)
            if (paths[i] == path || paths[i].EndsWith("/" + path, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>The exact value (元) of the row with <paramref name="key"/> in the column at <paramref name="column"/> (a header path).</summary>
    public decimal? Value(string key, string column)
    {
        var row = Row(key);
        var index = ColumnIndex(column);
        return row is null || index < 0 ? null : row.Cells[index].Value;
    }

    /// <summary>The printed text of that cell, as a reader sees it.</summary>
    public string? Printed(string key, string column)
    {
        var row = Row(key);
        var index = ColumnIndex(column);
        return row is null || index < 0 ? null : Format(row, index);
    }
}

using Yusuan.Core.Tables;
using Yusuan.Core.Targets;

namespace Yusuan.Core.Documents;

/// <summary>Where a header cell sits in a table's header grid (0-based rows and columns of the header).</summary>
public readonly record struct HeaderSlot(HeaderCell Cell, int Row, int Column, int RowSpan, int ColumnSpan);

/// <summary>
/// Layout facts the document renderers (DOCX, HTML, PDF) share, so a table reads the same in each: the header grid
/// (parents span their leaves, leaves reach down to the last header row), which rows are bold, which column is indented
/// by row depth, which leading columns hold short codes (centred), relative column widths (CJK counts double), and a
/// form's grid with the cell covering each position.
/// </summary>
public static class TableGridLayout
{
    /// <summary>The header tree placed on a grid of <see cref="Table.HeaderDepth"/> rows, in reading order.</summary>
    public static IReadOnlyList<HeaderSlot> Header(Table table)
    {
        var depth = table.HeaderDepth;
        var slots = new List<HeaderSlot>();
        var column = 0;
        foreach (var cell in table.Header) column += Place(cell, 0, column, depth, slots);
        return slots.OrderBy(s => s.Row).ThenBy(s => s.Column).ToList();
    }

    private static int Place(HeaderCell cell, int row, int column, int depth, List<HeaderSlot> slots)
    {
        if (cell.IsLeaf)
        {
            slots.Add(new HeaderSlot(cell, row, column, Math.Max(1, depth - row), 1));
            return 1;
        }
        var span = 0;
        foreach (var child in cell.Children) span += Place(child, row + 1, column + span, depth, slots);
        slots.Add(new HeaderSlot(cell, row, column, 1, span));
        return span;
    }

    /// <summary>
    /// The header grid as rows of slots: for each header row, left to right, the slot that covers each column run. A slot
    /// that started on an earlier row (a leaf reaching down) appears again on the rows it covers, with
    /// <c>continued</c> true, so renderers that merge vertically by continuation cells (Word's vMerge) can write them.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<(HeaderSlot Slot, bool Continued)>> HeaderRows(Table table)
    {
        var depth = table.HeaderDepth;
        var n = table.Columns.Count;
        var slots = Header(table);
        var rows = new List<IReadOnlyList<(HeaderSlot, bool)>>();
        for (var r = 0; r < depth; r++)
        {
            var row = new List<(HeaderSlot, bool)>();
            for (var c = 0; c < n;)
            {
                var slot = slots.FirstOrDefault(s => r >= s.Row && r < s.Row + s.RowSpan && c >= s.Column && c < s.Column + s.ColumnSpan);
                if (slot.Cell is null)
                {
                    c++;
                    continue;
                }
                row.Add((slot, slot.Row != r));
                c = slot.Column + slot.ColumnSpan;
            }
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Totals, the department's row and a unit's subtotal print bold.</summary>
    public static bool IsBold(TableRow row) => row.Kind is RowKind.Total or RowKind.Department or RowKind.Unit;

    /// <summary>Indentation steps of the name column for classification rows: one per level below the unit.</summary>
    public static int IndentOf(TableRow row) =>
        row.Kind is RowKind.Group or RowKind.Detail ? Math.Clamp(row.Depth - 1, 0, 4) : 0;

    /// <summary>The name column: the last leading text column; -1 when there is none.</summary>
    public static int NameColumn(IReadOnlyList<HeaderCell> columns)
    {
        var count = 0;
        while (count < columns.Count && columns[count].Kind == ColumnKind.Text) count++;
        return count - 1;
    }

    /// <summary>The column indented by row depth: the name column when it comes first (code columns already show the level).</summary>
    public static int IndentColumn(IReadOnlyList<HeaderCell> columns) => NameColumn(columns) == 0 ? 0 : -1;

    /// <summary>Leading text columns before the name that hold only short codes (类, 款, 项, 单位代码): printed centred.</summary>
    public static bool[] CodeColumns(Table table)
    {
        var columns = table.Columns;
        var name = NameColumn(columns);
        var codes = new bool[columns.Count];
        for (var c = 0; c < name; c++)
            codes[c] = table.Rows.All(r => c >= r.Cells.Count || TextWidth(r.Cells[c].Text) <= 12);
        return codes;
    }

    /// <summary>Display width in character cells: CJK and full-width characters count double.</summary>
    public static int TextWidth(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var width = 0;
        foreach (var c in text) width += CharWidth(c);
        return width;
    }

    private static int CharWidth(char c) => c switch
    {
        < '\u1100' => 1,
        >= '\u2018' and <= '\u201F' => 2,
        '\u2026' or '\u2014' => 2,
        >= '\u2E80' and <= '\uD7FF' => 2,
        >= '\uD800' and <= '\uDBFF' => 2,
        >= '\uDC00' and <= '\uDFFF' => 0,
        >= '\uF900' and <= '\uFAFF' => 2,
        >= '\uFE30' and <= '\uFE4F' => 2,
        >= '\uFF00' and <= '\uFF60' => 2,
        >= '\uFFE0' and <= '\uFFE6' => 2,
        _ => 1,
    };

    /// <summary>
    /// Relative column widths in character cells: a header's own width when the profile gives one (amount columns
    /// widened when their figures would not fit), otherwise from the content and the header (which may wrap to two lines).
    /// </summary>
    public static double[] ColumnWeights(Table table)
    {
        var columns = table.Columns;
        var n = columns.Count;
        var indentColumn = IndentColumn(columns);
        var need = new double[n];
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < n && c < row.Cells.Count; c++)
            {
                var text = table.Format(row, c);
                var w = text.Split('\n').Max(TextWidth) + (c == indentColumn ? IndentOf(row) * 2 : 0);
                if (w > need[c]) need[c] = w;
            }
        }
        var weights = new double[n];
        for (var c = 0; c < n; c++)
        {
            var content = need[c] + 2;
            if (columns[c].Kind == ColumnKind.Text) content = Math.Min(content, 40);
            if (columns[c].Width > 0)
            {
                weights[c] = columns[c].Kind == ColumnKind.Text ? columns[c].Width : Math.Max(columns[c].Width, content);
                continue;
            }
            var header = TextWidth(columns[c].Text) + 2.0;
            if (header > 14) header = Math.Max(14, Math.Ceiling(TextWidth(columns[c].Text) / 2.0) + 2);
            weights[c] = Math.Clamp(Math.Max(content, header), 6, 60);
        }
        return weights;
    }

    /// <summary>The cell that covers each position of a form's grid (null where no cell does); spans are clipped to the grid.</summary>
    public static FormCell?[,] FormOwners(Form form)
    {
        var rows = Math.Max(0, form.RowCount);
        var columns = Math.Max(1, form.ColumnCount);
        var owners = new FormCell?[rows, columns];
        foreach (var cell in form.Cells.OrderBy(c => c.Row).ThenBy(c => c.Column))
        {
            if (cell.Row < 0 || cell.Row >= rows || cell.Column < 0 || cell.Column >= columns) continue;
            if (owners[cell.Row, cell.Column] is not null) continue;
            for (var r = cell.Row; r < Math.Min(rows, cell.Row + Math.Max(1, cell.RowSpan)); r++)
                for (var c = cell.Column; c < Math.Min(columns, cell.Column + Math.Max(1, cell.ColumnSpan)); c++)
                    owners[r, c] ??= cell;
        }
        return owners;
    }

    /// <summary>
    /// The column span of a form cell as laid out: from its column to the last consecutive grid column it owns on its
    /// first row (a cell overlapped by an earlier one is cut short rather than drawn twice).
    /// </summary>
    public static int OwnedSpan(FormCell?[,] owners, FormCell cell, int row)
    {
        var columns = owners.GetLength(1);
        var span = 0;
        for (var c = cell.Column; c < columns && ReferenceEquals(owners[row, c], cell); c++) span++;
        return Math.Max(1, span);
    }

    /// <summary>How many grid rows a form cell covers from its first row, as laid out.</summary>
    public static int OwnedRows(FormCell?[,] owners, FormCell cell)
    {
        var rows = owners.GetLength(0);
        var span = 0;
        for (var r = cell.Row; r < rows && ReferenceEquals(owners[r, cell.Column], cell); r++) span++;
        return Math.Max(1, span);
    }

    /// <summary>Drops characters XML cannot hold (control characters other than tab and line breaks, U+FFFE, U+FFFF).</summary>
    public static string XmlSafe(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        foreach (var c in text)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF')
                return new string(text.Where(ch => !(ch < ' ' && ch is not ('\t' or '\n' or '\r') || ch is '\uFFFE' or '\uFFFF')).ToArray());
        }
        return text;
    }
}

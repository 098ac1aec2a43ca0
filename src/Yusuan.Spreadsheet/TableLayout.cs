using System.Globalization;
using System.Text;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Spreadsheet;

/// <summary>Where a header cell sits in the header grid (0-based, relative to the first header row).</summary>
internal readonly record struct HeaderPlacement(HeaderCell Cell, int Row, int Column, int RowSpan, int ColumnSpan);

/// <summary>
/// Layout rules shared by the table renderers: the header grid, text widths (CJK counts double), column widths,
/// printed numbers and sheet names.
/// </summary>
internal static class TableLayout
{
    public const double MinWidth = 8;
    public const double MaxWidth = 60;

    /// <summary>Places the header tree: parents span their leaves, leaves reach down to the last header row.</summary>
    public static List<HeaderPlacement> PlaceHeader(IReadOnlyList<HeaderCell> header, int depth)
    {
        var placements = new List<HeaderPlacement>();
        var column = 0;
        foreach (var cell in header) column += Place(cell, 0, column, depth, placements);
        return placements;
    }

    private static int Place(HeaderCell cell, int row, int column, int depth, List<HeaderPlacement> placements)
    {
        if (cell.IsLeaf)
        {
            placements.Add(new HeaderPlacement(cell, row, column, Math.Max(1, depth - row), 1));
            return 1;
        }
        var index = placements.Count;
        placements.Add(default);
        var span = 0;
        foreach (var child in cell.Children) span += Place(child, row + 1, column + span, depth, placements);
        placements[index] = new HeaderPlacement(cell, row, column, 1, span);
        return span;
    }

    /// <summary>Display width in Excel character units: CJK and full-width characters count double.</summary>
    public static int TextWidth(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var width = 0;
        foreach (var c in text) width += CharWidth(c);
        return width;
    }

    /// <summary>The width of the widest line of a text that may hold line breaks.</summary>
    public static int WidestLine(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        if (text.IndexOf('\n') < 0) return TextWidth(text);
        return text.Split('\n').Max(TextWidth);
    }

    private static int CharWidth(char c) => c switch
    {
        < '\u1100' => 1,
        >= '\u2018' and <= '\u201F' => 2, // “ ” ‘ ’ are full width in CJK fonts
        '\u2026' or '\u2014' => 2,
        >= '\u2E80' and <= '\uD7FF' => 2,
        >= '\uD800' and <= '\uDBFF' => 2, // high surrogate: the pair counts once, as wide
        >= '\uDC00' and <= '\uDFFF' => 0,
        >= '\uF900' and <= '\uFAFF' => 2,
        >= '\uFE30' and <= '\uFE4F' => 2,
        >= '\uFF00' and <= '\uFF60' => 2,
        >= '\uFFE0' and <= '\uFFE6' => 2,
        _ => 1,
    };

    /// <summary>How many lines a text takes in a column of <paramref name="width"/> characters when wrapped.</summary>
    public static int LinesIn(string? text, double width)
    {
        if (string.IsNullOrEmpty(text)) return 1;
        var usable = Math.Max(1.0, width - 1);
        if (text.IndexOf('\n') < 0) return Math.Max(1, (int)Math.Ceiling(TextWidth(text) / usable));
        var lines = 0;
        foreach (var line in text.Split('\n'))
            lines += Math.Max(1, (int)Math.Ceiling(TextWidth(line) / usable));
        return lines;
    }

    /// <summary>The printed value with no trailing zeros, written with the invariant culture: 1183.38, 92.9, 0.</summary>
    public static string Invariant(decimal value)
    {
        var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>The printed value with the presentation's decimals and no thousands separators (1183.38, 1183.30).</summary>
    public static string Plain(Presentation presentation, decimal printed) =>
        printed.ToString(presentation.Decimals > 0 ? "0." + new string('0', presentation.Decimals) : "0", CultureInfo.InvariantCulture);

    /// <summary>
    /// The printed text of a cell, as <see cref="Table.Format(TableRow, int)"/> gives it (an amount is the table's shown
    /// figure), without rebuilding the column list per call.
    /// </summary>
    public static string Format(Table table, TableRow row, int column, ColumnKind kind)
    {
        var cell = column < row.Cells.Count ? row.Cells[column] : Cell.Empty;
        return kind switch
        {
            ColumnKind.Amount => cell.Value is null ? cell.Text ?? "" : table.Presentation.FormatShown(table.Shown(row, column)),
            ColumnKind.Number => cell.Value?.ToString("0.##", CultureInfo.InvariantCulture) ?? cell.Text ?? "",
            _ => cell.Text ?? "",
        };
    }

    /// <summary>The leading text columns (codes and names), which stay in view when the sheet scrolls right.</summary>
    public static int KeyColumnCount(IReadOnlyList<HeaderCell> columns)
    {
        var count = 0;
        while (count < columns.Count && columns[count].Kind == ColumnKind.Text) count++;
        return count == columns.Count ? 0 : count;
    }

    /// <summary>
    /// Column widths: the header's width when given (amount columns widened if their numbers would not fit),
    /// otherwise from the content, between <see cref="MinWidth"/> and <see cref="MaxWidth"/>. Also says which
    /// leading key columns hold only short codes (类, 款, 项, 单位代码), which are centred as in the published tables.
    /// </summary>
    public static double[] ColumnWidths(Table table, IReadOnlyList<HeaderCell> columns, int nameColumn, int indentColumn, out bool[] codeColumns)
    {
        var n = columns.Count;
        var textWidth = new int[n];
        var maxAbs = new decimal[n];
        var negative = new bool[n];
        var numberWidth = new int[n];
        var presentation = table.Presentation;
        foreach (var row in table.Rows)
        {
            var indent = indentColumn >= 0 ? IndentOf(row) * 2 : 0;
            for (var c = 0; c < n && c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                var kind = columns[c].Kind;
                if (kind == ColumnKind.Amount && table.Shown(row, c) is { } shown)
                {
                    var p = Math.Abs(shown);
                    if (p > maxAbs[c]) maxAbs[c] = p;
                    if (shown < 0) negative[c] = true;
                }
                else if (kind == ColumnKind.Number && cell.Value is not null)
                {
                    numberWidth[c] = Math.Max(numberWidth[c], Format(table, row, c, kind).Length);
                }
                else if (cell.Text is { Length: > 0 } text)
                {
                    var w = WidestLine(text) + (c == indentColumn ? indent : 0);
                    if (w > textWidth[c]) textWidth[c] = w;
                }
            }
        }

        codeColumns = new bool[n];
        for (var c = 0; c < nameColumn && c < n; c++)
            codeColumns[c] = columns[c].Kind == ColumnKind.Text && textWidth[c] <= 12;

        var widths = new double[n];
        for (var c = 0; c < n; c++)
        {
            var kind = columns[c].Kind;
            var content = textWidth[c];
            if (kind == ColumnKind.Amount)
            {
                var printed = maxAbs[c] == 0 ? "0" : presentation.FormatShown(maxAbs[c]);
                content = Math.Max(content, printed.Length + (negative[c] ? 1 : 0));
            }
            content = Math.Max(content, numberWidth[c]);
            var contentNeed = content + 2;
            if (columns[c].Width > 0)
            {
                widths[c] = kind == ColumnKind.Text ? columns[c].Width : Math.Max(columns[c].Width, contentNeed);
                continue;
            }
            // A header wraps: a long one may take two lines rather than widen the column to its full length.
            var header = WidestLine(columns[c].Text) + 2;
            if (header > 14) header = Math.Max(14, (int)Math.Ceiling(WidestLine(columns[c].Text) / 2.0) + 2);
            widths[c] = Math.Clamp(Math.Max(contentNeed, header), MinWidth, MaxWidth);
        }
        return widths;
    }

    /// <summary>Indentation of the name column for classification rows: one step per level below the unit.</summary>
    public static int IndentOf(TableRow row) =>
        row.Kind is RowKind.Group or RowKind.Detail ? Math.Clamp(row.Depth - 1, 0, 4) : 0;

    /// <summary>The name column: the last leading text column; -1 when there is none.</summary>
    public static int NameColumn(IReadOnlyList<HeaderCell> columns)
    {
        var count = 0;
        while (count < columns.Count && columns[count].Kind == ColumnKind.Text) count++;
        return count - 1;
    }

    /// <summary>
    /// The column indented by row depth: the name column when it comes first. When code columns precede it they
    /// already show the level, and the published tables do not indent.
    /// </summary>
    public static int IndentColumn(IReadOnlyList<HeaderCell> columns) => NameColumn(columns) == 0 ? 0 : -1;

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <summary>
    /// A sheet name from the table number and title (附表3 部门支出总表): at most 31 characters, none of []:*?/\,
    /// unique (case-insensitively) among <paramref name="used"/>, which it joins.
    /// </summary>
    public static string SheetName(Table table, ISet<string> used)
    {
        var number = new string((table.Number ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        var raw = number.Length > 0 ? number + " " + table.Title : table.Title;
        var clean = new StringBuilder();
        foreach (var c in raw)
        {
            if (Array.IndexOf(Forbidden, c) >= 0 || char.IsControl(c)) continue;
            clean.Append(c);
        }
        var name = Truncate(clean.ToString().Trim().Trim('\''), 31).Trim();
        if (name.Length == 0) name = "Sheet";
        var candidate = name;
        for (var i = 2; used.Contains(candidate) || candidate.Equals("History", StringComparison.OrdinalIgnoreCase); i++)
        {
            var suffix = $"({i})";
            candidate = Truncate(name, 31 - suffix.Length).TrimEnd() + suffix;
        }
        used.Add(candidate);
        return candidate;
    }

    private static string Truncate(string text, int length)
    {
        if (text.Length <= length) return text;
        var cut = length;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return text[..cut];
    }

    /// <summary>Excel's column letters: 0 → A, 26 → AA.</summary>
    public static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    /// <summary>Drops characters XML cannot hold (control characters other than tab and line breaks).</summary>
    public static string XmlSafe(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF')
                return new string(text.Where(ch => !(ch < ' ' && ch is not ('\t' or '\n' or '\r') || ch is '\uFFFE' or '\uFFFF')).ToArray());
        }
        return text;
    }
}

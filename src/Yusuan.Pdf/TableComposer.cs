using Yusuan.Core.Documents;
using System.Globalization;
using SkiaSharp;
using Yusuan.Core.Tables;

namespace Yusuan.Pdf;

/// <summary>
/// Lays out one disclosure table as the published documents print it: number, title, subject and unit line, the
/// header with its merged cells (repeated on every page the table runs onto), the rows with wrapped names, centred
/// codes, indented classification names and right-aligned amounts, the empty-table note and the note under it.
/// Column widths come from the printed text (as the workbook's do) and fill the page width; a table too wide for the
/// page is set smaller, down to 6 pt.
/// </summary>
internal sealed class TableComposer
{
    private const float BaseSize = 9f;
    /// <summary>No table is set smaller; a wider one is split into parts (<see cref="TableSplitter"/>).</summary>
    internal const float MinSize = 8f;
    private const float PadX = 3f;
    private const float PadY = 2.5f;

    private readonly Table _table;
    private readonly CjkFont _font;
    private readonly IReadOnlyList<HeaderCell> _columns;
    private readonly int _n;
    private readonly int _depth;
    private readonly List<(HeaderCell Cell, int Row, int Column, int RowSpan, int ColumnSpan)> _placements;
    private readonly int _nameColumn;
    private readonly int _indentColumn;
    private readonly string[][] _texts;
    private bool[] _codeColumns = [];

    public bool Landscape { get; }
    public float Size { get; private set; }
    private float[] _widths = [];
    private float LineHeight => Size * Style.CellLeading;

    public TableComposer(Table table, CjkFont font)
    {
        _table = table;
        _font = font;
        var columns = table.Columns;
        _columns = columns.Count > 0 ? columns : [HeaderCell.Leaf("", ColumnKind.Text)];
        _n = _columns.Count;
        _depth = columns.Count > 0 ? table.HeaderDepth : 0;
        _placements = [];
        var column = 0;
        foreach (var cell in table.Header) column += Place(cell, 0, column);
        _nameColumn = NameColumn(_columns);
        _indentColumn = _nameColumn == 0 ? 0 : -1;
        _texts = table.Rows.Select(r => Enumerable.Range(0, _n).Select(c => c < r.Cells.Count ? Printed(r, c) : "").ToArray()).ToArray();

        // Landscape when the table says so, or when it does not fit a portrait page at the normal size.
        Landscape = table.Landscape || !Fits(PageGeometry.Portrait.ContentWidth, BaseSize);
        Fit(PageGeometry.Of(Landscape).ContentWidth);
    }

    private int Place(HeaderCell cell, int row, int column)
    {
        if (cell.IsLeaf)
        {
            _placements.Add((cell, row, column, Math.Max(1, _depth - row), 1));
            return 1;
        }
        var index = _placements.Count;
        _placements.Add(default);
        var span = 0;
        foreach (var child in cell.Children) span += Place(child, row + 1, column + span);
        _placements[index] = (cell, row, column, 1, span);
        return span;
    }

    private static int NameColumn(IReadOnlyList<HeaderCell> columns)
    {
        var count = 0;
        while (count < columns.Count && columns[count].Kind == ColumnKind.Text) count++;
        return count - 1;
    }

    private static int IndentOf(TableRow row) => row.Kind is RowKind.Group or RowKind.Detail ? Math.Clamp(row.Depth - 1, 0, 4) : 0;

    private static bool IsBold(TableRow row) => row.Kind is RowKind.Total or RowKind.Department or RowKind.Unit;

    private string Printed(TableRow row, int column)
    {
        var cell = row.Cells[column];
        return _columns[column].Kind switch
        {
            ColumnKind.Amount => cell.Value is null ? cell.Text ?? "" : _table.Presentation.FormatShown(_table.Shown(row, column)),
            ColumnKind.Number => cell.Value?.ToString("0.##", CultureInfo.InvariantCulture) ?? cell.Text ?? "",
            _ => cell.Text ?? "",
        };
    }

    // ---- widths ---------------------------------------------------------------------------------------------------

    /// <summary>
    /// Three widths per column, from the printed text at <paramref name="size"/>: the least it can have (numbers never
    /// wrap; names may wrap down to six characters), a middle (names at their length, up to sixteen characters), and
    /// what it would like (headers of amount columns in two or three balanced lines, names unwrapped). Amount columns
    /// give up header room before names wrap.
    /// </summary>
    private (float[] Min, float[] Mid, float[] Desired) Needs(float size)
    {
        var min = new float[_n];
        var mid = new float[_n];
        var desired = new float[_n];
        var content = new float[_n];
        for (var r = 0; r < _texts.Length; r++)
        {
            var indent = _indentColumn >= 0 ? IndentOf(_table.Rows[r]) * size : 0;
            for (var c = 0; c < _n; c++)
            {
                var text = _texts[r][c];
                if (text.Length == 0) continue;
                var w = text.Contains('\n') ? text.Split('\n').Max(l => _font.Measure(l, size)) : _font.Measure(text, size);
                if (c == _indentColumn) w += indent;
                if (w > content[c]) content[c] = w;
            }
        }
        _codeColumns = new bool[_n];
        var twoChars = size * 2 + 2 * PadX;
        for (var c = 0; c < _n; c++)
        {
            var header = _columns[c].Text ?? "";
            var headerWidth = _font.Measure(header, size);
            float Balanced(int lines) => TextBreaker.Narrowest(header, s => _font.Measure(s, size), lines, headerWidth + 1) + 2 * PadX;
            if (_columns[c].Kind != ColumnKind.Text)
            {
                min[c] = mid[c] = Math.Max(content[c] + 2 * PadX, twoChars);
                desired[c] = Math.Max(min[c], Balanced(header.Length <= 6 ? 2 : 3));
                continue;
            }
            _codeColumns[c] = c < _nameColumn && content[c] <= size * 6;
            if (_codeColumns[c])
            {
                min[c] = mid[c] = Math.Max(content[c] + 2 * PadX, twoChars);
                desired[c] = Math.Max(min[c], Balanced(2));
                continue;
            }
            min[c] = Math.Max(Math.Min(content[c], size * 6) + 2 * PadX, twoChars);
            mid[c] = Math.Max(min[c], Math.Min(content[c], size * 16) + 2 * PadX);
            var want = Math.Min(Math.Max(content[c], Math.Min(headerWidth, size * 12)), size * 24) + 2 * PadX;
            desired[c] = Math.Max(mid[c], want);
        }
        // Amount columns of one width read better, when the page has room for it.
        var amounts = Enumerable.Range(0, _n).Where(c => _columns[c].Kind != ColumnKind.Text).ToList();
        if (amounts.Count > 1)
        {
            var widest = amounts.Max(c => desired[c]);
            var even = (float[])desired.Clone();
            foreach (var c in amounts) even[c] = widest;
            if (even.Sum() <= PageGeometry.Of(true).ContentWidth) desired = even;
        }
        return (min, mid, desired);
    }

    private bool Fits(float width, float size) => Needs(size).Min.Sum() <= width;

    /// <summary>Whether the table fits a landscape page at <see cref="MinSize"/> (else it is split into parts).</summary>
    public static bool FitsAPage(Table table, CjkFont font) =>
        table.Columns.Count == 0 || new TableComposer(table, font).Fits(PageGeometry.Landscape.ContentWidth, MinSize);

    private void Fit(float width)
    {
        for (var size = BaseSize; ; size -= 0.5f)
        {
            var (min, mid, desired) = Needs(size);
            float sumMin = min.Sum(), sumMid = mid.Sum(), sumDesired = desired.Sum();
            if (sumMin > width && size > MinSize) continue;
            Size = size;
            if (sumDesired <= width)
                _widths = desired.Select(d => d + (width - sumDesired) * d / sumDesired).ToArray();
            else if (sumMid <= width)
            {
                var t = (width - sumMid) / (sumDesired - sumMid);
                _widths = mid.Select((m, c) => m + t * (desired[c] - m)).ToArray();
            }
            else if (sumMin <= width)
            {
                var t = (width - sumMin) / (sumMid - sumMin);
                _widths = min.Select((m, c) => m + t * (mid[c] - m)).ToArray();
            }
            else
                _widths = min.Select(m => m * width / sumMin).ToArray();
            return;
        }
    }

    // ---- drawing --------------------------------------------------------------------------------------------------

    private float X(int column) => _x0 + _widths.Take(column).Sum();

    private float SpanWidth(int column, int span) => _widths.Skip(column).Take(span).Sum();

    private float _x0;
    private float[] _headerHeights = [];

    private float[] HeaderHeights(PageFlow flow)
    {
        var heights = Enumerable.Repeat(LineHeight + 2 * PadY, _depth).ToArray();
        foreach (var p in _placements.OrderBy(p => p.RowSpan))
        {
            var lines = flow.WrapBalanced(p.Cell.Text, Size, SpanWidth(p.Column, p.ColumnSpan) - 2 * PadX).Count;
            var need = lines * LineHeight + 2 * PadY;
            var have = heights.Skip(p.Row).Take(p.RowSpan).Sum();
            if (have >= need) continue;
            for (var r = p.Row; r < p.Row + p.RowSpan; r++) heights[r] += (need - have) / p.RowSpan;
        }
        return heights;
    }

    /// <summary>Draws the table from the top of a fresh page of <see cref="Landscape"/> orientation.</summary>
    public void Compose(PageFlow flow)
    {
        _x0 = flow.Left;
        var width = flow.Width;
        _headerHeights = HeaderHeights(flow);

        if (!string.IsNullOrWhiteSpace(_table.Number))
        {
            flow.Text(_table.Number!, flow.Left, width, PageFlow.Baseline(flow.Y, Size * 1.6f, Size + 1.5f), Size + 1.5f);
            flow.Y += Size * 1.6f;
        }
        flow.Y += 2;
        flow.Block(_table.Title, 16, 16 * 1.5f, bold: true, align: Align.Center, heading: true);
        flow.Y += 4;
        var unitSize = Size + 1;
        flow.Y += flow.Parts([_table.Subject, _table.UnitLabel], flow.Left, width, flow.Y, unitSize, unitSize * 1.5f);
        flow.Y += 2;

        DrawHeader(flow);
        var lineHeight = LineHeight;
        for (var r = 0; r < _table.Rows.Count; r++)
        {
            var row = _table.Rows[r];
            var bold = IsBold(row);
            var indent = _indentColumn >= 0 ? IndentOf(row) * Size : 0;
            var cellLines = new List<string>[_n];
            var lines = 1;
            for (var c = 0; c < _n; c++)
            {
                var text = _texts[r][c];
                cellLines[c] = _columns[c].Kind == ColumnKind.Text
                    ? flow.Wrap(text, Size, _widths[c] - 2 * PadX - (c == _indentColumn ? indent : 0))
                    : [text];
                lines = Math.Max(lines, cellLines[c].Count);
            }
            var height = lines * lineHeight + 2 * PadY;
            if (flow.Y + height > flow.Bottom + 0.01f)
            {
                flow.NewPage(Landscape);
                // A continued page names the table, so a page read on its own still says what it shows.
                var caption = string.IsNullOrWhiteSpace(_table.Number) ? _table.Title : $"{_table.Number!.Trim()} {_table.Title}";
                flow.Text($"{caption}（续）", flow.Left, width, PageFlow.Baseline(flow.Y, 10 * 1.8f, 10), 10, bold: true);
                flow.Y += 10 * 1.8f;
                DrawHeader(flow);
            }
            for (var c = 0; c < _n; c++)
            {
                var rect = new SKRect(X(c), flow.Y, X(c) + _widths[c], flow.Y + height);
                flow.Stroke(rect);
                var kind = _columns[c].Kind;
                var align = kind != ColumnKind.Text ? Align.Right : _codeColumns[c] ? Align.Center : Align.Left;
                var inner = new SKRect(rect.Left + PadX + (c == _indentColumn ? indent : 0), rect.Top + PadY, rect.Right - PadX, rect.Bottom - PadY);
                flow.Lines(cellLines[c], inner, Size, lineHeight, bold, align);
            }
            flow.Y += height;
        }

        if (_table.IsEmpty || _table.Rows.Count == 0)
        {
            var note = string.IsNullOrWhiteSpace(_table.EmptyNote) ? "本表无数据" : _table.EmptyNote!;
            var lines = flow.Wrap(note, Size, width - 2 * PadX);
            var height = Math.Max(2, lines.Count) * lineHeight + 2 * PadY;
            if (flow.Y + height > flow.Bottom + 0.01f)
            {
                flow.NewPage(Landscape);
                // A continued page names the table, so a page read on its own still says what it shows.
                var caption = string.IsNullOrWhiteSpace(_table.Number) ? _table.Title : $"{_table.Number!.Trim()} {_table.Title}";
                flow.Text($"{caption}（续）", flow.Left, width, PageFlow.Baseline(flow.Y, 10 * 1.8f, 10), 10, bold: true);
                flow.Y += 10 * 1.8f;
                DrawHeader(flow);
            }
            var rect = new SKRect(_x0, flow.Y, _x0 + width, flow.Y + height);
            flow.Stroke(rect);
            flow.Lines(lines, new SKRect(rect.Left + PadX, rect.Top + PadY, rect.Right - PadX, rect.Bottom - PadY), Size, lineHeight, false, Align.Center);
            flow.Y += height;
        }

        if (!string.IsNullOrWhiteSpace(_table.Note))
        {
            flow.Y += 4;
            flow.Block(_table.Note!, Size, lineHeight);
        }
    }

    private void DrawHeader(PageFlow flow)
    {
        if (_depth == 0) return;
        var top = flow.Y;
        var lineHeight = LineHeight;
        SKRect RectOf(int row, int column, int rowSpan, int columnSpan)
        {
            var y = top + _headerHeights.Take(row).Sum();
            var h = _headerHeights.Skip(row).Take(rowSpan).Sum();
            return new SKRect(X(column), y, X(column) + SpanWidth(column, columnSpan), y + h);
        }
        // Fills first, so no cell's fill covers half of a neighbour's rule.
        flow.Fill(RectOf(0, 0, _depth, _n), Style.HeaderFill);
        foreach (var p in _placements)
        {
            var rect = RectOf(p.Row, p.Column, p.RowSpan, p.ColumnSpan);
            flow.Stroke(rect);
            var lines = flow.WrapBalanced(p.Cell.Text, Size, rect.Width - 2 * PadX);
            flow.Lines(lines, new SKRect(rect.Left + PadX, rect.Top + PadY, rect.Right - PadX, rect.Bottom - PadY), Size, lineHeight, true, Align.Center);
        }
        flow.Y = top + _headerHeights.Sum();
    }
}

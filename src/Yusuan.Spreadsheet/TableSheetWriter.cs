using System.Globalization;
using System.Xml;
using Yusuan.Core.Tables;

namespace Yusuan.Spreadsheet;

/// <summary>
/// Writes one table to one worksheet, streaming its XML. Rows: 1 number, 2 title, 3 subject and
/// unit, 4… header, then the data, the empty note and the note.
/// </summary>
internal sealed class TableSheetWriter
{
    private const int NumberRow = 1;
    private const int TitleRow = 2;
    private const int SubjectRow = 3;
    private const double RowHeight = 18;
    private const double LineHeight = 15;

    private readonly Table _table;
    private readonly TableStyleBook _styles;
    private readonly SharedStrings _strings;
    private readonly bool _selected;
    private readonly IReadOnlyList<HeaderCell> _columns;
    private readonly int _n;
    private readonly int _depth;
    private readonly List<HeaderPlacement> _placements;
    private readonly double[] _widths;
    private readonly int _keyColumns;
    private readonly int _indentColumn;
    private readonly bool[] _codeColumns;
    private readonly string[] _letters;
    private readonly List<string> _merges = [];

    private const string Ns = XlsxPackage.MainNs;
    private const string RelationshipsNs = XlsxPackage.RelNs;

    private XmlWriter _w = null!;
    private SheetRowWriter _rows = null!;
    private byte[][] _letterBytes = [];
    private int _currentRow;

    public TableSheetWriter(Table table, TableStyleBook styles, SharedStrings strings, bool selected)
    {
        _table = table;
        _styles = styles;
        _strings = strings;
        _selected = selected;
        var columns = table.Columns;
        _columns = columns.Count > 0 ? columns : [HeaderCell.Leaf("", ColumnKind.Text)];
        _n = _columns.Count;
        _depth = columns.Count > 0 ? table.HeaderDepth : 0;
        _placements = TableLayout.PlaceHeader(table.Header, _depth);
        _keyColumns = TableLayout.KeyColumnCount(_columns);
        _indentColumn = TableLayout.IndentColumn(_columns);
        _widths = TableLayout.ColumnWidths(table, _columns, TableLayout.NameColumn(_columns), _indentColumn, out _codeColumns);
        _letters = Enumerable.Range(0, _n).Select(TableLayout.ColumnLetters).ToArray();
    }

    public int HeaderRows => _depth;
    public int FirstHeaderRow => SubjectRow + 1;
    public int LastHeaderRow => SubjectRow + _depth;
    private int FirstDataRow => LastHeaderRow + 1;
    private bool HasNote => !string.IsNullOrWhiteSpace(_table.Note);
    private int LastRow => LastHeaderRow + _table.Rows.Count + (_table.IsEmpty ? 1 : 0) + (HasNote ? 1 : 0);

    /// <summary>Writes the worksheet part to its stream. Element order follows CT_Worksheet.</summary>
    public void Write(Stream stream)
    {
        using var w = XmlWriter.Create(stream, XlsxPackage.PartSettings);
        _w = w;
        w.WriteStartDocument(true);
        w.WriteStartElement("worksheet", Ns);
        w.WriteAttributeString("xmlns", "r", null, RelationshipsNs);

        w.WriteStartElement("sheetPr", Ns);
        Empty("pageSetUpPr", ("fitToPage", "1"));
        w.WriteEndElement();
        Empty("dimension", ("ref", $"A1:{_letters[^1]}{LastRow}"));
        WriteSheetViews();
        Empty("sheetFormatPr", ("defaultRowHeight", Invariant(RowHeight)), ("customHeight", "1"));

        w.WriteStartElement("cols", Ns);
        for (var i = 0; i < _widths.Length; i++)
            Empty("col", ("min", Invariant(i + 1)), ("max", Invariant(i + 1)), ("width", Invariant(Math.Round(_widths[i], 2))), ("customWidth", "1"));
        w.WriteEndElement();

        // The rows bypass the XmlWriter (SheetRowWriter): flush it with the sheetData start tag closed, write the
        // rows' bytes behind it, then let it close the element.
        w.WriteStartElement("sheetData", Ns);
        w.WriteString("");
        w.Flush();
        _rows = new SheetRowWriter(stream);
        WriteTop();
        WriteHeader();
        WriteData();
        _rows.Flush();
        w.WriteEndElement();

        if (_merges.Count > 0)
        {
            w.WriteStartElement("mergeCells", Ns);
            w.WriteAttributeString("count", Invariant(_merges.Count));
            foreach (var m in _merges) Empty("mergeCell", ("ref", m));
            w.WriteEndElement();
        }
        WorksheetXml.PrintSetup(w, _table.Landscape, sideMargin: "0.4");

        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private void WriteSheetViews()
    {
        var ySplit = LastHeaderRow;
        var xSplit = _keyColumns;
        var topLeft = _letters.Length > xSplit ? $"{_letters[xSplit]}{ySplit + 1}" : $"A{ySplit + 1}";
        var active = xSplit > 0 ? "bottomRight" : "bottomLeft";
        _w.WriteStartElement("sheetViews", Ns);
        _w.WriteStartElement("sheetView", Ns);
        if (_selected) _w.WriteAttributeString("tabSelected", "1");
        _w.WriteAttributeString("workbookViewId", "0");
        _w.WriteStartElement("pane", Ns);
        if (xSplit > 0) _w.WriteAttributeString("xSplit", Invariant(xSplit));
        _w.WriteAttributeString("ySplit", Invariant(ySplit));
        _w.WriteAttributeString("topLeftCell", topLeft);
        _w.WriteAttributeString("activePane", active);
        _w.WriteAttributeString("state", "frozen");
        _w.WriteEndElement();
        Empty("selection", ("pane", active), ("activeCell", topLeft), ("sqref", topLeft));
        _w.WriteEndElement();
        _w.WriteEndElement();
    }

    private void Empty(string element, params (string Name, string Value)[] attributes) => WorksheetXml.Empty(_w, element, attributes);

    private static string Invariant(double value) => WorksheetXml.Invariant(value);

    private static string Invariant(int value) => WorksheetXml.Invariant(value);

    private double SpanWidth(int column, int span)
    {
        double width = 0;
        for (var c = column; c < column + span && c < _n; c++) width += _widths[c];
        return width;
    }

    private static double Height(int lines) => lines <= 1 ? RowHeight : lines * LineHeight + 4;

    private void Merge(int row, int column, int rowSpan, int columnSpan)
    {
        if (rowSpan <= 1 && columnSpan <= 1) return;
        _merges.Add($"{_letters[column]}{row}:{_letters[column + columnSpan - 1]}{row + rowSpan - 1}");
    }

    private void WriteTop()
    {
        if (!string.IsNullOrWhiteSpace(_table.Number))
        {
            StartRow(NumberRow, null);
            Text(0, NumberRow, _table.Number, _styles.Get(new TableXf(TableFont.Regular, Horizontal: TableAlign.Left, CenterVertically: true)));
            EndRow();
        }

        var titleStyle = _styles.Get(new TableXf(TableFont.Title, Horizontal: TableAlign.Center, CenterVertically: true, Wrap: true));
        var titleLines = TableLayout.LinesIn(_table.Title, SpanWidth(0, _n) * TableStyleBook.FontSize / TableStyleBook.TitleFontSize);
        StartRow(TitleRow, Math.Max(30, titleLines * 22 + 8));
        Text(0, TitleRow, _table.Title, titleStyle);
        EndRow();
        Merge(TitleRow, 0, 1, _n);

        var subjectStyle = _styles.Get(new TableXf(TableFont.Regular, Horizontal: TableAlign.Left, CenterVertically: true, Wrap: true));
        var unitStyle = _styles.Get(new TableXf(TableFont.Regular, Horizontal: TableAlign.Right, CenterVertically: true, Wrap: true));
        if (_n == 1)
        {
            var text = string.Join("　　", new[] { _table.Subject, _table.UnitLabel }.Where(s => !string.IsNullOrEmpty(s)));
            StartRow(SubjectRow, Height(TableLayout.LinesIn(text, _widths[0])));
            Text(0, SubjectRow, text, subjectStyle);
        }
        else
        {
            var subjectSpan = (_n + 1) / 2;
            var lines = Math.Max(
                TableLayout.LinesIn(_table.Subject, SpanWidth(0, subjectSpan)),
                TableLayout.LinesIn(_table.UnitLabel, SpanWidth(subjectSpan, _n - subjectSpan)));
            StartRow(SubjectRow, Height(lines));
            Text(0, SubjectRow, _table.Subject, subjectStyle);
            Text(subjectSpan, SubjectRow, _table.UnitLabel, unitStyle);
            Merge(SubjectRow, 0, 1, subjectSpan);
            Merge(SubjectRow, subjectSpan, 1, _n - subjectSpan);
        }
        EndRow();
    }

    private void WriteHeader()
    {
        if (_depth == 0) return;
        var style = _styles.Get(new TableXf(TableFont.Bold, Fill: true, Border: true,
            Horizontal: TableAlign.Center, CenterVertically: true, Wrap: true));
        var grid = new HeaderCell?[_depth, _n];
        var heights = Enumerable.Repeat(RowHeight + 2, _depth).ToArray();
        foreach (var p in _placements.OrderBy(p => p.RowSpan))
        {
            grid[p.Row, p.Column] = p.Cell;
            Merge(FirstHeaderRow + p.Row, p.Column, p.RowSpan, p.ColumnSpan);
            var need = TableLayout.LinesIn(p.Cell.Text, SpanWidth(p.Column, p.ColumnSpan)) * LineHeight + 6;
            double have = 0;
            for (var r = p.Row; r < p.Row + p.RowSpan; r++) have += heights[r];
            if (have >= need) continue;
            for (var r = p.Row; r < p.Row + p.RowSpan; r++) heights[r] += (need - have) / p.RowSpan;
        }
        for (var r = 0; r < _depth; r++)
        {
            var rowNumber = FirstHeaderRow + r;
            StartRow(rowNumber, Math.Round(heights[r], 2));
            for (var c = 0; c < _n; c++)
            {
                if (grid[r, c] is { } cell) Text(c, rowNumber, cell.Text, style);
                else Blank(c, rowNumber, style);
            }
            EndRow();
        }
    }

    private void WriteData()
    {
        var presentation = _table.Presentation;
        var format = presentation.ExcelFormat;
        var text = new uint[2, 5];
        var amount = new uint[2];
        var number = new uint[2];
        var code = new uint[2];
        for (var b = 0; b < 2; b++)
        {
            var font = b == 1 ? TableFont.Bold : TableFont.Regular;
            for (var indent = 0; indent < 5; indent++)
                text[b, indent] = _styles.Get(new TableXf(font, Border: true, Horizontal: TableAlign.Left, CenterVertically: true, Wrap: true, Indent: indent));
            amount[b] = _styles.Get(new TableXf(font, Border: true, NumberFormat: format, Horizontal: TableAlign.Right, CenterVertically: true));
            number[b] = _styles.Get(new TableXf(font, Border: true, Horizontal: TableAlign.Right, CenterVertically: true));
            code[b] = _styles.Get(new TableXf(font, Border: true, Horizontal: TableAlign.Center, CenterVertically: true, Wrap: true));
        }

        var rowNumber = FirstDataRow;
        var texts = new string?[_n];
        foreach (var row in _table.Rows)
        {
            var bold = row.Kind is RowKind.Total or RowKind.Department or RowKind.Unit ? 1 : 0;
            var indent = TableLayout.IndentOf(row);
            var lines = 1;
            for (var c = 0; c < _n; c++)
            {
                var cell = c < row.Cells.Count ? row.Cells[c] : Cell.Empty;
                texts[c] = _columns[c].Kind == ColumnKind.Text || cell.Value is null ? cell.Text : null;
                if (_columns[c].Kind == ColumnKind.Text && !string.IsNullOrEmpty(cell.Text))
                {
                    var usable = _widths[c] - (c == _indentColumn ? indent * 2 : 0);
                    var l = TableLayout.LinesIn(cell.Text, usable);
                    if (l > lines) lines = l;
                }
            }

            StartRow(rowNumber, Height(lines));
            for (var c = 0; c < _n; c++)
            {
                var cell = c < row.Cells.Count ? row.Cells[c] : Cell.Empty;
                switch (_columns[c].Kind)
                {
                    case ColumnKind.Amount when cell.Value is not null && _table.Shown(row, c) is { } shown:
                        Number(c, rowNumber, shown, amount[bold]);
                        break;
                    case ColumnKind.Number when cell.Value is { } q:
                        Number(c, rowNumber, q, number[bold]);
                        break;
                    case ColumnKind.Amount:
                        TextOrBlank(c, rowNumber, texts[c], amount[bold]);
                        break;
                    case ColumnKind.Number:
                        TextOrBlank(c, rowNumber, texts[c], number[bold]);
                        break;
                    default:
                        TextOrBlank(c, rowNumber, texts[c], _codeColumns[c] ? code[bold] : text[bold, c == _indentColumn ? indent : 0]);
                        break;
                }
            }
            EndRow();
            rowNumber++;
        }

        if (_table.IsEmpty)
        {
            var note = string.IsNullOrWhiteSpace(_table.EmptyNote) ? "本表无数据" : _table.EmptyNote;
            var style = _styles.Get(new TableXf(TableFont.Regular, Border: true, Horizontal: TableAlign.Center, CenterVertically: true, Wrap: true));
            StartRow(rowNumber, Math.Max(24, Height(TableLayout.LinesIn(note, SpanWidth(0, _n)))));
            Text(0, rowNumber, note, style);
            for (var c = 1; c < _n; c++) Blank(c, rowNumber, style);
            EndRow();
            Merge(rowNumber, 0, 1, _n);
            rowNumber++;
        }

        if (HasNote)
        {
            var style = _styles.Get(new TableXf(TableFont.Regular, Horizontal: TableAlign.Left, CenterVertically: true, Wrap: true));
            StartRow(rowNumber, Math.Max(RowHeight + 4, Height(TableLayout.LinesIn(_table.Note, SpanWidth(0, _n)))));
            Text(0, rowNumber, _table.Note!, style);
            EndRow();
            Merge(rowNumber, 0, 1, _n);
        }
    }

    private void StartRow(int rowNumber, double? height)
    {
        if (_letterBytes.Length != _letters.Length) _letterBytes = _letters.Select(SheetRowWriter.Ascii).ToArray();
        _currentRow = rowNumber;
        _rows.StartRow(rowNumber, height);
    }

    private void EndRow() => _rows.EndRow();

    private void TextOrBlank(int column, int row, string? text, uint style)
    {
        if (string.IsNullOrEmpty(text)) Blank(column, row, style);
        else Text(column, row, text, style);
    }

    private void Text(int column, int row, string? text, uint style)
    {
        if (string.IsNullOrEmpty(text)) { Blank(column, row, style); return; }
        WriteCell(column, row, style, SheetCell.Shared(_strings.Add(TableLayout.XmlSafe(text))));
    }

    private void Number(int column, int row, decimal value, uint style) => WriteCell(column, row, style, SheetCell.Of(value));

    private void Blank(int column, int row, uint style) => WriteCell(column, row, style, SheetCell.Blank);

    private void WriteCell(int column, int row, uint style, SheetCell value)
    {
        if (row != _currentRow) throw new InvalidOperationException($"第 {row} 行的单元格写在了第 {_currentRow} 行中");
        _rows.Cell(_letterBytes[column], style, value);
    }
}

using System.Globalization;
using System.Xml;
using Yusuan.Core.Targets;

namespace Yusuan.Spreadsheet;

/// <summary>
/// Writes the performance-target forms of one kind to one worksheet, one below the other with a page break between
/// them, as the reference documents print them: (the coverage sentence,) number, title, subtitle, the lines above the
/// grid, the subject line, the grid with its merged cells, wrapped text and thin borders, and the lines under it
/// (notes, signatures). Amounts are stored as the printed figures under the profile's number format, like the tables.
/// </summary>
internal sealed class FormSheetWriter
{
    private const double RowHeight = 18;
    private const double LineHeight = 15;
    private const string Ns = XlsxPackage.MainNs;

    private readonly IReadOnlyList<Form> _forms;
    private readonly TableStyleBook _styles;
    private readonly SharedStrings _strings;
    private readonly bool _selected;
    private readonly double[] _widths;
    private readonly int _n;
    private readonly string[] _letters;
    private readonly List<string> _merges = [];
    private readonly List<int> _breaks = [];

    private XmlWriter _w = null!;
    private int _row;

    public FormSheetWriter(IReadOnlyList<Form> forms, TableStyleBook styles, SharedStrings strings, bool selected)
    {
        if (forms.Count == 0) throw new ArgumentException("没有要写入的表样", nameof(forms));
        _forms = forms;
        _styles = styles;
        _strings = strings;
        _selected = selected;
        _widths = forms[0].ColumnWidths.Select(w => w > 0 ? w : 10).ToArray();
        if (_widths.Length == 0) _widths = [80];
        _n = _widths.Length;
        _letters = Enumerable.Range(0, _n).Select(TableLayout.ColumnLetters).ToArray();
    }

    /// <summary>The grid header rows repeated on every page (a single form with header rows, e.g. a projectTable); 0 if none.</summary>
    public int PrintTitleFrom { get; private set; }
    public int PrintTitleTo { get; private set; }

    public void Write(XmlWriter w)
    {
        _w = w;
        // The sheet's rows are laid out first (to know the merges and the dimension), then written.
        var rows = Layout();
        var last = Math.Max(1, _row - 1);

        w.WriteStartDocument(true);
        w.WriteStartElement("worksheet", Ns);
        w.WriteAttributeString("xmlns", "r", null, XlsxPackage.RelNs);
        w.WriteStartElement("sheetPr", Ns);
        Empty("pageSetUpPr", ("fitToPage", "1"));
        w.WriteEndElement();
        Empty("dimension", ("ref", $"A1:{_letters[^1]}{last}"));
        w.WriteStartElement("sheetViews", Ns);
        w.WriteStartElement("sheetView", Ns);
        if (_selected) w.WriteAttributeString("tabSelected", "1");
        w.WriteAttributeString("workbookViewId", "0");
        w.WriteEndElement();
        w.WriteEndElement();
        Empty("sheetFormatPr", ("defaultRowHeight", Invariant(RowHeight)), ("customHeight", "1"));
        w.WriteStartElement("cols", Ns);
        for (var i = 0; i < _n; i++)
            Empty("col", ("min", Invariant(i + 1)), ("max", Invariant(i + 1)), ("width", Invariant(Math.Round(_widths[i], 2))), ("customWidth", "1"));
        w.WriteEndElement();

        w.WriteStartElement("sheetData", Ns);
        foreach (var row in rows) WriteRow(row);
        w.WriteEndElement();

        if (_merges.Count > 0)
        {
            w.WriteStartElement("mergeCells", Ns);
            w.WriteAttributeString("count", Invariant(_merges.Count));
            foreach (var m in _merges) Empty("mergeCell", ("ref", m));
            w.WriteEndElement();
        }
        WorksheetXml.PrintSetup(w, _forms[0].Landscape, sideMargin: "0.5");
        if (_breaks.Count > 0)
        {
            w.WriteStartElement("rowBreaks", Ns);
            w.WriteAttributeString("count", Invariant(_breaks.Count));
            w.WriteAttributeString("manualBreakCount", Invariant(_breaks.Count));
            foreach (var b in _breaks) Empty("brk", ("id", Invariant(b)), ("max", "16383"), ("man", "1"));
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    // ---- layout ------------------------------------------------------------------------------------------------

    private enum Kind { Text, Amount, Number }

    private sealed record OutCell(int Column, Kind Kind, string? Text, decimal? Value, uint Style);

    private sealed record OutRow(int Number, double Height, List<OutCell> Cells);

    private List<OutRow> Layout()
    {
        var rows = new List<OutRow>();
        _row = 1;
        for (var f = 0; f < _forms.Count; f++)
        {
            var form = _forms[f];
            if (!string.IsNullOrWhiteSpace(form.Preamble))
            {
                rows.Add(Line(form.Preamble!, TableFont.Regular, TableAlign.Left));
                rows.Add(new OutRow(_row++, RowHeight / 2, []));
            }
            if (!string.IsNullOrWhiteSpace(form.Number)) rows.Add(Line(form.Number!, TableFont.Regular, TableAlign.Left));
            rows.Add(Title(form.Title));
            if (!string.IsNullOrWhiteSpace(form.Subtitle)) rows.Add(Line(form.Subtitle!, TableFont.Regular, TableAlign.Center));
            foreach (var line in form.Above) rows.Add(Parts(line.Parts));
            if (form.Subject.Length > 0 || form.UnitLabel.Length > 0) rows.Add(Parts([form.Subject, form.UnitLabel]));
            var gridStart = _row;
            rows.AddRange(Grid(form));
            if (_forms.Count == 1 && form.HeaderRows > 0)
            {
                PrintTitleFrom = gridStart;
                PrintTitleTo = gridStart + form.HeaderRows - 1;
            }
            foreach (var line in form.Below) rows.Add(Parts(line.Parts, below: true));
            if (f < _forms.Count - 1) _breaks.Add(_row - 1);
        }
        return rows;
    }

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
        _merges.Add($"{_letters[column]}{row}:{_letters[Math.Min(_n, column + columnSpan) - 1]}{row + rowSpan - 1}");
    }

    private OutRow Title(string title)
    {
        var style = _styles.Get(new TableXf(TableFont.Title, Horizontal: TableAlign.Center, CenterVertically: true, Wrap: true));
        var lines = TableLayout.LinesIn(title, SpanWidth(0, _n) * TableStyleBook.FontSize / TableStyleBook.TitleFontSize);
        var row = new OutRow(_row, Math.Max(30, lines * 22 + 8), [new OutCell(0, Kind.Text, title, null, style)]);
        Merge(_row, 0, 1, _n);
        _row++;
        return row;
    }

    private OutRow Line(string text, TableFont font, TableAlign align)
    {
        var style = _styles.Get(new TableXf(font, Horizontal: align, CenterVertically: true, Wrap: true));
        var row = new OutRow(_row, Math.Max(RowHeight + 2, Height(TableLayout.LinesIn(text, SpanWidth(0, _n)))), [new OutCell(0, Kind.Text, text, null, style)]);
        Merge(_row, 0, 1, _n);
        _row++;
        return row;
    }

    /// <summary>A line of one to three parts spread over the width: left, (centre,) right.</summary>
    private OutRow Parts(IReadOnlyList<string> parts, bool below = false)
    {
        var texts = parts.Where(p => p is not null).ToList();
        if (texts.Count == 0) texts = [""];
        if (texts.Count > _n) texts = [string.Join("　　", texts)];
        var cells = new List<OutCell>();
        double height = RowHeight + (below ? 8 : 2);
        for (var i = 0; i < texts.Count; i++)
        {
            var from = i * _n / texts.Count;
            var to = (i + 1) * _n / texts.Count;
            var align = texts.Count == 1 || i == 0 ? TableAlign.Left : i == texts.Count - 1 ? TableAlign.Right : TableAlign.Center;
            var style = _styles.Get(new TableXf(TableFont.Regular, Horizontal: align, CenterVertically: true, Wrap: true));
            cells.Add(new OutCell(from, Kind.Text, texts[i], null, style));
            Merge(_row, from, 1, to - from);
            height = Math.Max(height, Height(TableLayout.LinesIn(texts[i], SpanWidth(from, to - from))));
        }
        return new OutRow(_row++, height, cells);
    }

    private uint CellStyle(FormCell cell, string? excelFormat)
    {
        var font = cell.Heading ? TableFont.Bold : TableFont.Regular;
        var align = cell.Align switch
        {
            FormAlign.Left => TableAlign.Left,
            FormAlign.Center => TableAlign.Center,
            FormAlign.Right => TableAlign.Right,
            _ => cell.Kind switch
            {
                FormCellKind.Label => TableAlign.Center,
                FormCellKind.Amount => TableAlign.Right,
                FormCellKind.Number => TableAlign.Center,
                _ => TableAlign.Left,
            },
        };
        return _styles.Get(new TableXf(font, Border: true, NumberFormat: cell.Kind == FormCellKind.Amount ? excelFormat : null,
            Horizontal: align, CenterVertically: true, Wrap: cell.Kind is FormCellKind.Label or FormCellKind.Text));
    }

    private IEnumerable<OutRow> Grid(Form form)
    {
        var start = _row;
        var count = form.RowCount;
        var format = form.Presentation.ExcelFormat;
        var blank = _styles.Get(new TableXf(TableFont.Regular, Border: true, CenterVertically: true, Wrap: true));
        var heights = Enumerable.Repeat(RowHeight + 4, count).ToArray();
        var rows = Enumerable.Range(0, count).Select(r => new List<OutCell>()).ToArray();
        var covered = new bool[count, _n];

        foreach (var cell in form.Cells.OrderBy(c => c.RowSpan))
        {
            if (cell.Row >= count || cell.Column >= _n) continue;
            var span = Math.Min(cell.ColumnSpan, _n - cell.Column);
            var rowSpan = Math.Min(cell.RowSpan, count - cell.Row);
            var style = CellStyle(cell, format);
            var text = form.Format(cell);
            var kind = cell.Kind switch
            {
                FormCellKind.Amount when cell.Value is not null => Kind.Amount,
                FormCellKind.Number when cell.Value is not null => Kind.Number,
                _ => Kind.Text,
            };
            decimal? value = kind switch
            {
                Kind.Amount => form.Presentation.Printed(cell.Value!.Value),
                Kind.Number => cell.Value,
                _ => null,
            };
            rows[cell.Row].Add(new OutCell(cell.Column, kind, kind == Kind.Text ? text : null, value, style));
            // The merged area's other cells carry the border too.
            for (var r = cell.Row; r < cell.Row + rowSpan; r++)
                for (var c = cell.Column; c < cell.Column + span; c++)
                {
                    covered[r, c] = true;
                    if (r != cell.Row || c != cell.Column) rows[r].Add(new OutCell(c, Kind.Text, null, null, style));
                }
            Merge(start + cell.Row, cell.Column, rowSpan, span);

            var width = SpanWidth(cell.Column, span);
            var need = TableLayout.LinesIn(text, width) * LineHeight + 6;
            double have = 0;
            for (var r = cell.Row; r < cell.Row + rowSpan; r++) have += heights[r];
            if (have >= need) continue;
            for (var r = cell.Row; r < cell.Row + rowSpan; r++) heights[r] += (need - have) / rowSpan;
        }
        for (var r = 0; r < count; r++)
            for (var c = 0; c < _n; c++)
                if (!covered[r, c]) rows[r].Add(new OutCell(c, Kind.Text, null, null, blank));

        _row += count;
        return rows.Select((cells, r) => new OutRow(start + r, Math.Round(heights[r], 2), cells.OrderBy(c => c.Column).ToList()));
    }

    // ---- writing -----------------------------------------------------------------------------------------------

    private void WriteRow(OutRow row)
    {
        _w.WriteStartElement("row", Ns);
        _w.WriteAttributeString("r", Invariant(row.Number));
        _w.WriteAttributeString("ht", Invariant(row.Height));
        _w.WriteAttributeString("customHeight", "1");
        foreach (var cell in row.Cells)
        {
            _w.WriteStartElement("c", Ns);
            _w.WriteAttributeString("r", _letters[cell.Column] + Invariant(row.Number));
            if (cell.Style != 0) _w.WriteAttributeString("s", cell.Style.ToString(CultureInfo.InvariantCulture));
            switch (cell.Kind)
            {
                case Kind.Amount or Kind.Number when cell.Value is { } v:
                    _w.WriteElementString("v", Ns, TableLayout.Invariant(v));
                    break;
                default:
                    if (!string.IsNullOrEmpty(cell.Text))
                    {
                        _w.WriteAttributeString("t", "s");
                        _w.WriteElementString("v", Ns, _strings.Add(TableLayout.XmlSafe(cell.Text)).ToString(CultureInfo.InvariantCulture));
                    }
                    break;
            }
            _w.WriteEndElement();
        }
        _w.WriteEndElement();
    }

    private void Empty(string element, params (string Name, string Value)[] attributes) => WorksheetXml.Empty(_w, element, attributes);

    private static string Invariant(double value) => WorksheetXml.Invariant(value);

    private static string Invariant(int value) => WorksheetXml.Invariant(value);
}

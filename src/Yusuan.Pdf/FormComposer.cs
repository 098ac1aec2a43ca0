using SkiaSharp;
using Yusuan.Core.Targets;

namespace Yusuan.Pdf;

/// <summary>
/// Lays out one performance-target form: (the coverage sentence,) number, title, subtitle, the lines above the grid,
/// the subject line, the grid with its merged cells, and the lines under it. Column widths are the form's, scaled to
/// the page width. A grid longer than a page breaks between rows, preferably where no merged cell spans the break,
/// and repeats the form's header rows on the next page; a merged cell cut by a break is drawn on both pages and its
/// text printed once, in the larger part.
/// </summary>
internal sealed class FormComposer
{
    private const float Size = 9f;
    private const float PadX = 3f;
    private const float PadY = 2.5f;
    private static float LineHeight => Size * Style.CellLeading;

    private readonly Form _form;
    private readonly int _n;
    private readonly float[] _relative;

    public bool Landscape => _form.Landscape;

    public FormComposer(Form form)
    {
        _form = form;
        _relative = form.ColumnWidths.Select(w => (float)(w > 0 ? w : 10)).ToArray();
        if (_relative.Length == 0) _relative = [80];
        _n = _relative.Length;
    }

    public void Compose(PageFlow flow)
    {
        var width = flow.Width;
        var widths = _relative.Select(w => w * width / _relative.Sum()).ToArray();
        var x = new float[_n + 1];
        x[0] = flow.Left;
        for (var c = 0; c < _n; c++) x[c + 1] = x[c] + widths[c];
        float SpanWidth(int column, int span) => x[Math.Min(_n, column + span)] - x[column];

        if (!string.IsNullOrWhiteSpace(_form.Preamble))
        {
            flow.Block(_form.Preamble!, Size + 1.5f, (Size + 1.5f) * 1.6f, indent: (Size + 1.5f) * 2);
            flow.Y += 6;
        }
        if (!string.IsNullOrWhiteSpace(_form.Number))
        {
            flow.Text(_form.Number!, flow.Left, width, PageFlow.Baseline(flow.Y, Size * 1.6f, Size + 1.5f), Size + 1.5f);
            flow.Y += Size * 1.6f;
        }
        flow.Y += 2;
        flow.Block(_form.Title, 16, 16 * 1.5f, bold: true, align: Align.Center, heading: true);
        if (!string.IsNullOrWhiteSpace(_form.Subtitle)) flow.Block(_form.Subtitle!, Size + 1.5f, (Size + 1.5f) * 1.5f, align: Align.Center);
        flow.Y += 4;
        var partSize = Size + 1;
        foreach (var line in _form.Above)
        {
            flow.EnsureRoom(partSize * 1.5f);
            flow.Y += flow.Parts(line.Parts, flow.Left, width, flow.Y, partSize, partSize * 1.5f);
        }
        if (_form.Subject.Length > 0 || _form.UnitLabel.Length > 0)
            flow.Y += flow.Parts([_form.Subject, _form.UnitLabel], flow.Left, width, flow.Y, partSize, partSize * 1.5f);
        flow.Y += 2;

        Grid(flow, x, SpanWidth);

        flow.Y += 4;
        foreach (var line in _form.Below)
        {
            flow.EnsureRoom(partSize * 1.5f);
            flow.Y += flow.Parts(line.Parts, flow.Left, width, flow.Y, partSize, partSize * 1.5f) + 2;
        }
    }

    private void Grid(PageFlow flow, float[] x, Func<int, int, float> spanWidth)
    {
        var count = _form.RowCount;
        if (count == 0) return;
        var lineHeight = LineHeight;
        var cells = _form.Cells.Where(c => c.Row < count && c.Column < _n).ToList();
        var heights = Enumerable.Repeat(lineHeight + 2 * PadY, count).ToArray();
        var texts = new Dictionary<FormCell, List<string>>();
        foreach (var cell in cells.OrderBy(c => c.RowSpan))
        {
            var span = Math.Min(cell.ColumnSpan, _n - cell.Column);
            var rowSpan = Math.Min(cell.RowSpan, count - cell.Row);
            var available = spanWidth(cell.Column, span) - 2 * PadX;
            var lines = AlignOf(cell) == Align.Center ? flow.WrapBalanced(_form.Format(cell), Size, available) : flow.Wrap(_form.Format(cell), Size, available);
            texts[cell] = lines;
            var need = lines.Count * lineHeight + 2 * PadY;
            var have = heights.Skip(cell.Row).Take(rowSpan).Sum();
            if (have >= need) continue;
            for (var r = cell.Row; r < cell.Row + rowSpan; r++) heights[r] += (need - have) / rowSpan;
        }

        // Bands: rows tied together by a merged cell, which the page should not break.
        var headerRows = Math.Clamp(_form.HeaderRows, 0, count);
        var bandStart = Enumerable.Range(0, count).ToArray();
        var reach = Enumerable.Range(0, count).ToArray();
        foreach (var cell in cells)
        {
            var last = Math.Min(count, cell.Row + cell.RowSpan) - 1;
            reach[cell.Row] = Math.Max(reach[cell.Row], last);
        }
        for (int r = 0, start = 0, end = -1; r < count; r++)
        {
            if (r > end) start = r;
            end = Math.Max(end, reach[r]);
            bandStart[r] = start;
        }
        float BandHeight(int from)
        {
            float h = 0;
            for (var r = from; r < count && bandStart[r] == from; r++) h += heights[r];
            return h;
        }

        // Pages: which rows go on which page, and where. A continued page starts with the form's name (and the project's),
        // so a project's block carried over a page still says whose it is.
        var headerHeight = heights.Take(headerRows).Sum();
        var continued = Continuation();
        var continuedHeight = (Size + 1) * 1.8f;
        var pages = new List<(int PageIndex, List<int> Rows, float Top)>();
        var rows = new List<int>();
        var top = flow.Y;
        var y = top;
        var pageIndex = flow.PageIndex;
        var firstOnPage = 0;
        for (var r = 0; r < count; r++)
        {
            if (y + heights[r] > flow.Bottom + 0.01f && r > firstOnPage && r >= headerRows)
            {
                var fresh = flow.Geometry.ContentHeight - headerHeight - continuedHeight;
                var b = bandStart[r];
                if (b > firstOnPage && b >= headerRows && BandHeight(b) <= fresh)
                {
                    // Move the whole band to the next page.
                    while (rows.Count > 0 && rows[^1] >= b) rows.RemoveAt(rows.Count - 1);
                    r = b;
                }
                pages.Add((pageIndex, rows, top));
                pageIndex++;
                top = flow.Geometry.Top + continuedHeight;
                rows = Enumerable.Range(0, headerRows).ToList();
                y = top + headerHeight;
                firstOnPage = r;
            }
            rows.Add(r);
            y += heights[r];
        }
        pages.Add((pageIndex, rows, top));

        // Where each row is drawn on each page.
        var rowTops = new List<Dictionary<int, float>>();
        foreach (var page in pages)
        {
            var tops = new Dictionary<int, float>();
            var at = page.Top;
            foreach (var r in page.Rows) { tops[r] = at; at += heights[r]; }
            rowTops.Add(tops);
        }

        var covered = new bool[count, _n];
        foreach (var cell in cells)
            for (var r = cell.Row; r < Math.Min(count, cell.Row + cell.RowSpan); r++)
                for (var c = cell.Column; c < Math.Min(_n, cell.Column + cell.ColumnSpan); c++)
                    covered[r, c] = true;

        for (var p = 0; p < pages.Count; p++)
        {
            if (p > 0)
            {
                flow.NewPage(Landscape);
                flow.Text(continued, flow.Left, flow.Width, PageFlow.Baseline(flow.Geometry.Top, continuedHeight, Size + 1), Size + 1, bold: true);
            }
            var tops = rowTops[p];
            var pageRows = pages[p].Rows;
            foreach (var cell in cells)
            {
                var fragment = Fragment(cell, tops, pageRows, heights, count);
                if (fragment is not { } f) continue;
                var span = Math.Min(cell.ColumnSpan, _n - cell.Column);
                var rect = new SKRect(x[cell.Column], f.Top, x[cell.Column] + spanWidth(cell.Column, span), f.Top + f.Height);
                if (cell.Heading) flow.Fill(rect, Style.HeaderFill);
            }
            foreach (var cell in cells)
            {
                var fragment = Fragment(cell, tops, pageRows, heights, count);
                if (fragment is not { } f) continue;
                var span = Math.Min(cell.ColumnSpan, _n - cell.Column);
                var rect = new SKRect(x[cell.Column], f.Top, x[cell.Column] + spanWidth(cell.Column, span), f.Top + f.Height);
                flow.Stroke(rect);
                if (!TextFragmentIsHere(cell, p, pages, heights, count, headerRows)) continue;
                var inner = new SKRect(rect.Left + PadX, rect.Top + PadY, rect.Right - PadX, rect.Bottom - PadY);
                flow.Lines(texts[cell], inner, Size, lineHeight, cell.Heading, AlignOf(cell));
            }
            foreach (var r in pageRows)
                for (var c = 0; c < _n; c++)
                    if (!covered[r, c]) flow.Stroke(new SKRect(x[c], tops[r], x[c + 1], tops[r] + heights[r]));
            var lastRow = pageRows[^1];
            flow.Y = tops[lastRow] + heights[lastRow];
        }
    }

    /// <summary>The line atop a continued page: 表13 项目支出绩效目标表（续） 项目名称：….</summary>
    private string Continuation()
    {
        var caption = string.IsNullOrWhiteSpace(_form.Number) ? _form.Title : $"{_form.Number!.Trim()} {_form.Title}";
        return string.IsNullOrWhiteSpace(_form.ProjectName) ? $"{caption}（续）" : $"{caption}（续）　项目名称：{_form.ProjectName}";
    }

    /// <summary>The part of a cell on one page: from its first row there to its last, or null if none of its rows is there.</summary>
    private static (float Top, float Height)? Fragment(FormCell cell, Dictionary<int, float> tops, List<int> pageRows, float[] heights, int count)
    {
        float? top = null;
        float height = 0;
        var last = Math.Min(count, cell.Row + cell.RowSpan);
        for (var i = 0; i < pageRows.Count; i++)
        {
            var r = pageRows[i];
            if (r < cell.Row || r >= last) continue;
            top ??= tops[r];
            height += heights[r];
        }
        return top is null ? null : (top.Value, height);
    }

    /// <summary>
    /// Whether the cell's text prints on page <paramref name="p"/>: a header cell on every page it is repeated on,
    /// another cell on the page holding its largest part (the first such).
    /// </summary>
    private static bool TextFragmentIsHere(FormCell cell, int p, List<(int PageIndex, List<int> Rows, float Top)> pages, float[] heights, int count, int headerRows)
    {
        var last = Math.Min(count, cell.Row + cell.RowSpan);
        if (last <= headerRows) return true;
        var best = -1;
        float bestHeight = -1;
        for (var i = 0; i < pages.Count; i++)
        {
            var h = pages[i].Rows.Where(r => r >= cell.Row && r < last).Sum(r => heights[r]);
            if (h > bestHeight + 0.01f) { best = i; bestHeight = h; }
        }
        return best == p;
    }

    private static Align AlignOf(FormCell cell) => cell.Align switch
    {
        FormAlign.Left => Align.Left,
        FormAlign.Center => Align.Center,
        FormAlign.Right => Align.Right,
        _ => cell.Kind switch
        {
            FormCellKind.Label => Align.Center,
            FormCellKind.Amount => Align.Right,
            FormCellKind.Number => Align.Center,
            _ => Align.Left,
        },
    };
}

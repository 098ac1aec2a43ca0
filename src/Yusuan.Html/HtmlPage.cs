using System.Globalization;
using System.Text;
using Yusuan.Core.Documents;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;

namespace Yusuan.Html;

/// <summary>Writes one page: head with the style sheet, cover, 目录, charts, then the blocks in reading order.</summary>
internal sealed class HtmlPage
{
    private readonly PublishedDocument _document;
    private readonly TextWriter _w;
    private readonly HtmlOptions _options;
    private readonly Dictionary<DocumentBlock, string> _anchors = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlyList<Chart> _charts;

    public HtmlPage(PublishedDocument document, TextWriter writer, HtmlOptions options)
    {
        _document = document;
        _w = writer;
        _options = options;
        var tables = document.Blocks.OfType<TableBlock>().Select(b => b.Table).ToList();
        _charts = options.Charts ? HtmlCharts.Find(tables, options) : [];
        AssignAnchors();
    }

    private void AssignAnchors()
    {
        var used = new HashSet<string>(StringComparer.Ordinal) { "toc", "charts", "top" };
        var heading = 0;
        var form = 0;
        foreach (var block in _document.Blocks)
        {
            var id = block switch
            {
                HeadingBlock => $"s{++heading}",
                TableBlock t => "table-" + Slug(t.Table.Id),
                FormBlock => $"form-{++form}",
                _ => null,
            };
            if (id is null) continue;
            var unique = id;
            for (var i = 2; !used.Add(unique); i++) unique = $"{id}-{i}";
            _anchors[block] = unique;
        }
    }

    private static string Slug(string id)
    {
        var b = new StringBuilder();
        foreach (var c in id) b.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        return b.Length == 0 ? "t" : b.ToString();
    }

    private void Line(string text) => _w.Write(text + "\n");

    public void Write()
    {
        Line("<!DOCTYPE html>");
        Line("<html lang=\"zh-CN\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\"/>");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
        Line("<meta name=\"generator\" content=\"Yusuan\"/>");
        Line($"<title>{HtmlText.Encode(_document.Title)}</title>");
        Line("<style>");
        _w.Write(HtmlStyles.Css);
        Line("</style>");
        Line("</head>");
        Line("<body id=\"top\">");
        // A draft (build --allow-errors): a banner that stays in view while the page scrolls.
        if (_document.DraftMark is { } mark)
            Line($"<div class=\"draft-banner\" role=\"alert\" style=\"position:sticky;top:0;z-index:10;background:#a01010;color:#fff;text-align:center;font-weight:bold;padding:.4em\">{HtmlText.Encode(mark)} · 未通过检查，不得公开</div>");
        WriteCover();
        if (_document.TableOfContents) WriteContents();
        Line("<main>");
        if (_charts.Count > 0) WriteCharts();
        // Printed, each table and form starts a page; headings just before one (第四部分 …) start it instead.
        var pendingBreak = false;
        var led = false;
        var blocks = _document.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case HeadingBlock heading:
                    var leads = LeadsTable(blocks, i);
                    WriteHeading(heading, pendingBreak || leads && !led);
                    led = leads;
                    break;
                case ParagraphBlock paragraph:
                    WriteParagraph(paragraph, pendingBreak);
                    led = false;
                    break;
                case TableBlock table:
                    WriteTable(table, pendingBreak || !led);
                    led = false;
                    break;
                case FormBlock form:
                    WriteForm(form, pendingBreak || !led);
                    led = false;
                    break;
                case PageBreakBlock:
                    pendingBreak = true;
                    continue;
            }
            pendingBreak = false;
        }
        Line("</main>");
        Line("</body>");
        Line("</html>");
    }

    private static bool LeadsTable(IReadOnlyList<DocumentBlock> blocks, int index)
    {
        for (var j = index + 1; j < blocks.Count; j++)
        {
            if (blocks[j] is HeadingBlock) continue;
            return blocks[j] is TableBlock or FormBlock;
        }
        return false;
    }

    // ---- cover, contents, charts -------------------------------------------------------------------------------

    private void WriteCover()
    {
        Line("<header class=\"cover\">");
        Line($"<h1>{HtmlText.Encode(_document.Title)}</h1>");
        if (!string.IsNullOrWhiteSpace(_document.Subtitle)) Line($"<p class=\"subtitle\">{HtmlText.Encode(_document.Subtitle)}</p>");
        foreach (var line in _document.CoverLines) Line($"<p class=\"cover-line\">{HtmlText.Encode(line)}</p>");
        Line("</header>");
    }

    private static string HeadingText(HeadingBlock heading)
    {
        if (string.IsNullOrWhiteSpace(heading.Number)) return heading.Text;
        var number = heading.Number!.Trim();
        var joined = number[^1] is '、' or '．' or '.' or '）' or ')' or '　' or ' ';
        return joined ? number + heading.Text : number + "　" + heading.Text;
    }

    private static string TableCaption(Table table) =>
        string.IsNullOrWhiteSpace(table.Number) ? table.Title : table.Number!.Trim() + "　" + table.Title;

    private static string FormCaption(Form form) =>
        string.IsNullOrWhiteSpace(form.Number) ? form.Title : form.Number!.Trim() + "　" + form.Title;

    /// <summary>
    /// The 目录: headings of levels 1 and 2, nested; a table or form that no section heading introduces (the tables of
    /// 第四部分) is listed under its part, so a reader can jump to any table.
    /// </summary>
    private void WriteContents()
    {
        var entries = new List<(int Level, string Text, string Anchor)>();
        if (_charts.Count > 0) entries.Add((1, "预算图解", "charts"));
        DocumentBlock? previous = null;
        foreach (var block in _document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h when h.Level <= 2:
                    entries.Add((h.Level, HeadingText(h), _anchors[h]));
                    break;
                case TableBlock t when previous is not HeadingBlock { Level: >= 2 }:
                    entries.Add((2, TableCaption(t.Table), _anchors[t]));
                    break;
                case FormBlock f when previous is not HeadingBlock { Level: >= 2 }:
                    entries.Add((2, FormCaption(f.Form) + (f.Form.ProjectName is { } p ? "：" + p : ""), _anchors[f]));
                    break;
            }
            if (block is not PageBreakBlock) previous = block;
        }
        Line("<nav class=\"toc\" id=\"toc\" aria-labelledby=\"toc-title\">");
        Line("<h2 id=\"toc-title\">目　录</h2>");
        Line("<ol>");
        var open = false; // a nested list is open under the last level-1 entry
        var item = false; // a level-1 item is open
        foreach (var (level, text, anchor) in entries)
        {
            var link = $"<a href=\"#{anchor}\">{HtmlText.Encode(text)}</a>";
            if (level <= 1)
            {
                if (open) { Line("</ol>"); open = false; }
                if (item) Line("</li>");
                _w.Write($"<li>{link}\n");
                item = true;
            }
            else
            {
                if (!item) { _w.Write("<li class=\"bare\">\n"); item = true; }
                if (!open) { Line("<ol>"); open = true; }
                Line($"<li>{link}</li>");
            }
        }
        if (open) Line("</ol>");
        if (item) Line("</li>");
        Line("</ol>");
        Line("</nav>");
    }

    private void WriteCharts()
    {
        Line("<section class=\"charts\" id=\"charts\" aria-labelledby=\"charts-title\">");
        Line("<h2 id=\"charts-title\">预算图解</h2>");
        Line("<div class=\"chart-grid\">");
        var tableAnchors = _document.Blocks.OfType<TableBlock>().GroupBy(b => b.Table.Id).ToDictionary(g => g.Key, g => (_anchors[g.First()], g.First().Table));
        foreach (var chart in _charts)
        {
            Line($"<figure class=\"chart-box\" id=\"{chart.Id}\" data-table=\"{HtmlText.Encode(chart.TableId)}\">");
            Line($"<figcaption>{HtmlText.Encode(chart.Title)}<span class=\"unit\">（{HtmlText.Encode(chart.Unit)}）</span></figcaption>");
            Line(HtmlCharts.Svg(chart));
            var source = tableAnchors.TryGetValue(chart.TableId, out var t)
                ? $"数据来源：<a href=\"#{t.Item1}\">{HtmlText.Encode(TableCaption(t.Table))}</a>"
                : "";
            if (chart.Note is not null) source += (source.Length > 0 ? "　" : "") + HtmlText.Encode(chart.Note);
            if (source.Length > 0) Line($"<p class=\"chart-source\">{source}</p>");
            Line("</figure>");
        }
        Line("</div>");
        Line("</section>");
    }

    // ---- narrative ---------------------------------------------------------------------------------------------

    private static string BreakClass(bool pendingBreak) => pendingBreak ? " new-page" : "";

    private void WriteHeading(HeadingBlock heading, bool pendingBreak)
    {
        var tag = heading.Level switch { <= 1 => "h2", 2 => "h3", 3 => "h4", _ => "h5" };
        var classes = $"level-{Math.Clamp(heading.Level, 1, 4)}" + (heading.NewPage || pendingBreak ? " new-page" : "");
        Line($"<{tag} id=\"{_anchors[heading]}\" class=\"{classes}\">{HtmlText.Encode(HeadingText(heading))}</{tag}>");
    }

    private void WriteParagraph(ParagraphBlock paragraph, bool pendingBreak)
    {
        var classes = (paragraph.Indent ? "indent" : "plain") + BreakClass(pendingBreak);
        _w.Write($"<p class=\"{classes}\">");
        foreach (var run in paragraph.Runs)
        {
            if (string.IsNullOrEmpty(run.Text)) continue;
            var text = HtmlText.Lines(run.Text);
            if (run.Placeholder)
                _w.Write($"<mark class=\"placeholder\" title=\"待填写\">{text}</mark>");
            else if (run.Source is { } source)
            {
                // A figure (a number) is marked for the reviewer; a sourced text (a name, an input) only carries its title.
                var cls = source.Value is not null || run.Text.Any(char.IsAsciiDigit) ? "fig" : "src";
                _w.Write($"<span class=\"{cls}\" tabindex=\"0\" title=\"{HtmlText.Encode(Describe(source))}\"{SourceData(source)}>{text}</span>");
            }
            else
                _w.Write(text);
        }
        Line("</p>");
    }

    /// <summary>What a reviewer reads on hovering a figure: the description, then the cell it comes from and the exact value.</summary>
    private string Describe(FigureSource source)
    {
        var parts = new List<string> { source.Description };
        if (source.TableId is { } id)
        {
            var table = _document.Blocks.OfType<TableBlock>().FirstOrDefault(b => b.Table.Id == id)?.Table;
            var cell = table is null ? id : TableCaption(table);
            if (source.RowKey is { } row) cell += "，行 " + row;
            if (source.Column is { } column) cell += "，列 " + column;
            parts.Add("来源：" + cell);
        }
        if (source.Value is { } value) parts.Add("精确值：" + value.ToString("0.############", CultureInfo.InvariantCulture));
        return string.Join("；", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private string SourceData(FigureSource source)
    {
        var b = new StringBuilder();
        if (source.TableId is { } id)
        {
            b.Append($" data-table=\"{HtmlText.Encode(id)}\"");
            var block = _document.Blocks.OfType<TableBlock>().FirstOrDefault(t => t.Table.Id == id);
            if (block is not null) b.Append($" data-href=\"#{_anchors[block]}\"");
        }
        if (source.RowKey is { } row) b.Append($" data-row=\"{HtmlText.Encode(row)}\"");
        if (source.Column is { } column) b.Append($" data-column=\"{HtmlText.Encode(column)}\"");
        if (source.Value is { } value) b.Append($" data-value=\"{value.ToString("0.############", CultureInfo.InvariantCulture)}\"");
        return b.ToString();
    }

    // ---- tables ------------------------------------------------------------------------------------------------

    private void WriteTable(TableBlock block, bool pendingBreak)
    {
        var table = block.Table;
        var columns = table.Columns;
        var classes = "table-block" + (table.Landscape ? " landscape" : "") + BreakClass(pendingBreak);
        Line($"<section class=\"{classes}\" id=\"{_anchors[block]}\" data-table=\"{HtmlText.Encode(table.Id)}\">");
        if (!string.IsNullOrWhiteSpace(table.Number)) Line($"<p class=\"table-number\">{HtmlText.Encode(table.Number)}</p>");
        Line($"<p class=\"table-title\" role=\"heading\" aria-level=\"4\">{HtmlText.Encode(table.Title)}</p>");
        WriteMeta(table.Subject, table.UnitLabel);
        Line($"<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{HtmlText.Encode(table.Title)}\">");
        Line("<table>");
        if (columns.Count > 0)
        {
            Line("<thead>");
            foreach (var row in TableGridLayout.HeaderRows(table))
            {
                _w.Write("<tr>");
                foreach (var (slot, continued) in row)
                {
                    if (continued) continue;
                    var span = (slot.ColumnSpan > 1 ? $" colspan=\"{slot.ColumnSpan}\"" : "") + (slot.RowSpan > 1 ? $" rowspan=\"{slot.RowSpan}\"" : "");
                    var scope = slot.ColumnSpan > 1 ? "colgroup" : "col";
                    var cls = TableGridLayout.TextWidth(slot.Cell.Text) <= 10 && !slot.Cell.Text.Contains('\n') ? " class=\"short\"" : "";
                    _w.Write($"<th scope=\"{scope}\"{cls}{span}>{HtmlText.Lines(slot.Cell.Text)}</th>");
                }
                Line("</tr>");
            }
            Line("</thead>");
        }
        Line("<tbody>");
        var codes = columns.Count > 0 ? TableGridLayout.CodeColumns(table) : [];
        var indentColumn = TableGridLayout.IndentColumn(columns);
        var nameColumn = TableGridLayout.NameColumn(columns);
        foreach (var data in table.Rows)
        {
            var rowClass = TableGridLayout.IsBold(data) ? " class=\"sum\"" : "";
            _w.Write($"<tr{rowClass} data-key=\"{HtmlText.Encode(data.Key)}\">");
            for (var c = 0; c < columns.Count; c++)
            {
                var text = c < data.Cells.Count ? table.Format(data, c) : "";
                var cls = columns[c].Kind switch
                {
                    ColumnKind.Amount or ColumnKind.Number => "num",
                    _ when codes[c] => "code",
                    _ when c == nameColumn => "text name",
                    _ => "text",
                };
                if (c == indentColumn && TableGridLayout.IndentOf(data) is > 0 and var indent) cls += $" indent-{indent}";
                _w.Write($"<td class=\"{cls}\">{HtmlText.Lines(text)}</td>");
            }
            Line("</tr>");
        }
        if (table.IsEmpty || table.Rows.Count == 0)
        {
            var note = string.IsNullOrWhiteSpace(table.EmptyNote) ? "本表无数据" : table.EmptyNote!;
            Line($"<tr class=\"empty\"><td colspan=\"{Math.Max(1, columns.Count)}\">{HtmlText.Lines(note)}</td></tr>");
        }
        Line("</tbody>");
        Line("</table>");
        Line("</div>");
        if (!string.IsNullOrWhiteSpace(table.Note)) Line($"<p class=\"table-note\">{HtmlText.Lines(table.Note)}</p>");
        Line("</section>");
    }

    private void WriteMeta(string? left, string? right)
    {
        if (string.IsNullOrWhiteSpace(left) && string.IsNullOrWhiteSpace(right)) return;
        Line($"<div class=\"table-meta\"><span>{HtmlText.Encode(left)}</span><span>{HtmlText.Encode(right)}</span></div>");
    }

    private void WriteParts(IReadOnlyList<string> parts, string cls)
    {
        var texts = parts.Where(p => p is not null).ToList();
        if (texts.Count == 0 || texts.All(string.IsNullOrWhiteSpace)) return;
        Line($"<div class=\"{cls}\">{string.Concat(texts.Select(t => $"<span>{HtmlText.Encode(t)}</span>"))}</div>");
    }

    // ---- forms -------------------------------------------------------------------------------------------------

    private void WriteForm(FormBlock block, bool pendingBreak)
    {
        var form = block.Form;
        var classes = "form-block" + (form.Landscape ? " landscape" : "") + BreakClass(pendingBreak);
        Line($"<section class=\"{classes}\" id=\"{_anchors[block]}\" data-form=\"{HtmlText.Encode(form.Definition)}\">");
        if (!string.IsNullOrWhiteSpace(form.Preamble)) Line($"<p class=\"indent\">{HtmlText.Lines(form.Preamble)}</p>");
        if (!string.IsNullOrWhiteSpace(form.Number)) Line($"<p class=\"table-number\">{HtmlText.Encode(form.Number)}</p>");
        Line($"<p class=\"table-title\" role=\"heading\" aria-level=\"4\">{HtmlText.Encode(form.Title)}</p>");
        if (!string.IsNullOrWhiteSpace(form.Subtitle)) Line($"<p class=\"table-subtitle\">{HtmlText.Encode(form.Subtitle)}</p>");
        foreach (var line in form.Above) WriteParts(line.Parts, "table-meta");
        WriteMeta(form.Subject, form.UnitLabel);

        var owners = TableGridLayout.FormOwners(form);
        var rows = owners.GetLength(0);
        var n = owners.GetLength(1);
        var total = form.ColumnWidths.Where(w => w > 0).DefaultIfEmpty(10).Sum() + form.ColumnWidths.Count(w => w <= 0) * 10;
        Line($"<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{HtmlText.Encode(form.Title)}\">");
        Line("<table class=\"form\">");
        if (form.ColumnWidths.Count > 0)
        {
            _w.Write("<colgroup>");
            foreach (var w in form.ColumnWidths)
                _w.Write($"<col style=\"width:{((w > 0 ? w : 10) / total * 100).ToString("0.##", CultureInfo.InvariantCulture)}%\"/>");
            Line("</colgroup>");
        }
        var headerRows = Math.Clamp(form.HeaderRows, 0, rows);
        for (var r = 0; r < rows; r++)
        {
            if (r == 0 && headerRows > 0) Line("<thead>");
            if (r == headerRows) Line("<tbody>");
            _w.Write("<tr>");
            for (var c = 0; c < n;)
            {
                var cell = owners[r, c];
                if (cell is null)
                {
                    _w.Write("<td></td>");
                    c++;
                    continue;
                }
                var span = TableGridLayout.OwnedSpan(owners, cell, r);
                if (cell.Row == r && cell.Column == c)
                {
                    var rowSpan = TableGridLayout.OwnedRows(owners, cell);
                    var attributes = (span > 1 ? $" colspan=\"{span}\"" : "") + (rowSpan > 1 ? $" rowspan=\"{rowSpan}\"" : "");
                    var tag = cell.Heading || r < headerRows ? "th" : "td";
                    _w.Write($"<{tag} class=\"{FormClass(cell)}\"{attributes}>{HtmlText.Lines(form.Format(cell))}</{tag}>");
                }
                c += cell.Column == c ? span : 1;
            }
            Line("</tr>");
            if (r == headerRows - 1) Line("</thead>");
        }
        if (rows == 0) Line("<tbody></tbody>");
        else if (headerRows < rows) Line("</tbody>");
        Line("</table>");
        Line("</div>");
        foreach (var line in form.Below) WriteParts(line.Parts, "table-meta below");
        Line("</section>");
    }

    private static string FormClass(FormCell cell) => cell.Align switch
    {
        FormAlign.Left => "text",
        FormAlign.Center => "center",
        FormAlign.Right => "num",
        _ => cell.Kind switch
        {
            FormCellKind.Label => "center label",
            FormCellKind.Amount => "num",
            FormCellKind.Number => "center",
            _ => "text",
        },
    };
}

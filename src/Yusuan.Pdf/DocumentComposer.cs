using SkiaSharp;
using Yusuan.Core.Documents;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;

namespace Yusuan.Pdf;

/// <summary>The laid-out document: every page in order, how many come before page 1 (cover, 目录), the bookmarks.</summary>
internal sealed record ComposedDocument(IReadOnlyList<Page> Pages, int FrontPages, IReadOnlyList<OutlineEntry> Outline, IReadOnlyList<TocEntry> Contents);

/// <summary>
/// Lays out a <see cref="PublishedDocument"/> on A4 pages: the body first (so every heading's page is known), then
/// the 目录 with those page numbers, then the cover in front. Narrative pages are portrait; each table and form starts
/// a page of its own orientation. Headings directly before a table or form print at the top of its page.
/// </summary>
internal sealed class DocumentComposer(CjkFont font)
{
    private readonly List<OutlineEntry> _outline = [];
    private readonly List<TocEntry> _contents = [];
    private int _destinations;
    private int _lastHeadingLevel;
    private PageFlow _flow = null!;

    public ComposedDocument Compose(PublishedDocument document)
    {
        _flow = new PageFlow(font);
        ComposeBody(document.Blocks);
        var body = _flow.Pages;
        if (body.Count == 0) body.Add(new Page(PageGeometry.Portrait));
        for (var i = 0; i < body.Count; i++) body[i].Number = i + 1;

        var front = new List<Page> { Cover(document) };
        if (document.TableOfContents) front.AddRange(Contents());
        var pages = front.Concat(body).ToList();
        var outline = _outline.Select(o => o with { Page = o.Page + front.Count }).ToList();
        return new ComposedDocument(pages, front.Count, outline, _contents);
    }

    // ---- body ---------------------------------------------------------------------------------------------------

    private void ComposeBody(IReadOnlyList<DocumentBlock> blocks)
    {
        var pending = new List<HeadingBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case HeadingBlock heading when NextIsTableOrForm(blocks, i):
                    pending.Add(heading);
                    break;
                case HeadingBlock heading:
                    Heading(heading);
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(paragraph);
                    break;
                case TableBlock block:
                {
                    var table = block.Table;
                    // A table too wide for a page at 8 pt prints in parts, each repeating the leading text columns.
                    var parts = TableSplitter.Split(table, t => TableComposer.FitsAPage(t, font));
                    for (var p = 0; p < parts.Count; p++)
                    {
                        var composer = new TableComposer(parts[p], font);
                        _flow.FreshPage(composer.Landscape);
                        if (p == 0)
                        {
                            // A heading printed with the table names it in the bookmarks.
                            var named = PendingHeadings(pending);
                            Mark(block.Contents is { } c ? EntryText(c) : Caption(table.Number, table.Title), bookmark: !named, block.Contents);
                        }
                        composer.Compose(_flow);
                    }
                    break;
                }
                case FormBlock block:
                {
                    var form = block.Form;
                    var composer = new FormComposer(form);
                    _flow.FreshPage(composer.Landscape);
                    var named = PendingHeadings(pending);
                    var title = Caption(form.Number, form.Title) + (string.IsNullOrWhiteSpace(form.ProjectName) ? "" : $"（{form.ProjectName}）");
                    Mark(title, bookmark: !named || !string.IsNullOrWhiteSpace(form.ProjectName), block.Contents);
                    composer.Compose(_flow);
                    break;
                }
                case PageBreakBlock:
                    if (!_flow.AtTop) _flow.NewPage(_flow.Geometry.IsLandscape);
                    break;
            }
        }
        foreach (var heading in pending) Heading(heading);
    }

    private static bool NextIsTableOrForm(IReadOnlyList<DocumentBlock> blocks, int i)
    {
        for (var j = i + 1; j < blocks.Count; j++)
        {
            if (blocks[j] is HeadingBlock) continue;
            return blocks[j] is TableBlock or FormBlock;
        }
        return false;
    }

    private static string Caption(string? number, string title) =>
        string.IsNullOrWhiteSpace(number) ? title : $"{number.Trim()} {title}";

    private static string EntryText(ContentsEntry entry) =>
        HeadingText(new HeadingBlock(entry.Level, entry.Text) { Number = entry.Number });

    /// <summary>A table's or form's bookmark (under the heading it follows) and its 目录 entry, when it has one.</summary>
    private void Mark(string title, bool bookmark, ContentsEntry? contents)
    {
        if (!bookmark && contents is null) return;
        var name = NextDestination();
        _flow.Add(new DestinationOp(_flow.Left, _flow.Y, name));
        if (bookmark) _outline.Add(new OutlineEntry(title, _lastHeadingLevel, _flow.PageIndex, _flow.Y));
        if (contents is not null) _contents.Add(new TocEntry(contents.Level, contents.Number, contents.Text, name, _flow.PageIndex + 1));
    }

    private string NextDestination() => $"y{++_destinations}";

    /// <summary>Prints the headings that lead into a table or form at the top of its page; true if there were any.</summary>
    private bool PendingHeadings(List<HeadingBlock> pending)
    {
        if (pending.Count == 0) return false;
        foreach (var heading in pending)
        {
            var (size, before, after, align, indent) = HeadingStyle(heading.Level);
            if (!_flow.AtTop) _flow.Y += before / 2;
            Register(heading);
            _flow.Block(HeadingText(heading), size, size * 1.5f, bold: true, align: align, indent: _flow.Geometry.IsLandscape ? 0 : indent, heading: true);
            _flow.Y += after / 2;
        }
        pending.Clear();
        return true;
    }

    private static (float Size, float Before, float After, Align Align, float Indent) HeadingStyle(int level) => level switch
    {
        <= 1 => (17f, 18f, 16f, Align.Center, 0f),
        2 => (14f, 12f, 6f, Align.Left, 0f),
        _ => (12.5f, 8f, 4f, Align.Left, Style.Body * 2),
    };

    private static string HeadingText(HeadingBlock heading)
    {
        if (string.IsNullOrWhiteSpace(heading.Number)) return heading.Text;
        var number = heading.Number.Trim();
        var glued = number.Length > 0 && "、）).．:：".Contains(number[^1]);
        return glued ? number + heading.Text : number + " " + heading.Text;
    }

    private void Register(HeadingBlock heading)
    {
        var name = NextDestination();
        _flow.Add(new DestinationOp(_flow.Left, _flow.Y, name));
        _outline.Add(new OutlineEntry(HeadingText(heading), Math.Max(0, heading.Level - 1), _flow.PageIndex, _flow.Y));
        if (heading.Listed) _contents.Add(new TocEntry(heading.Level, heading.Number, heading.Text, name, _flow.PageIndex + 1));
        _lastHeadingLevel = Math.Max(1, heading.Level);
    }

    private void Heading(HeadingBlock heading)
    {
        var (size, before, after, align, indent) = HeadingStyle(heading.Level);
        var lineHeight = size * 1.5f;
        var lines = _flow.Wrap(HeadingText(heading), size, PageGeometry.Portrait.ContentWidth - indent, heading: true);
        var keep = before + lines.Count * lineHeight + after + 2 * Style.Body * Style.BodyLeading;
        if (_flow.Current is null || _flow.Geometry.IsLandscape || heading.NewPage && !_flow.AtTop)
            _flow.NewPage(false);
        else if (_flow.Y + keep > _flow.Bottom)
            _flow.NewPage(false);
        if (!_flow.AtTop) _flow.Y += before;
        else if (heading.Level <= 1) _flow.Y += 12;
        Register(heading);
        _flow.Block(HeadingText(heading), size, lineHeight, bold: true, align: align, indent: indent, heading: true);
        _flow.Y += after;
    }

    private void Paragraph(ParagraphBlock paragraph)
    {
        if (_flow.Current is null || _flow.Geometry.IsLandscape) _flow.NewPage(false);
        const float size = Style.Body;
        const float lineHeight = size * Style.BodyLeading;
        var runs = paragraph.Runs;
        var indent = paragraph.Indent ? size * 2 : 0;
        var width = _flow.Width;
        var lines = TextBreaker.Break(runs.Select(r => r.Text).ToList(), (s, _) => font.Measure(s, size), width - indent, width);
        for (var l = 0; l < lines.Count; l++)
        {
            _flow.EnsureRoom(lineHeight);
            var line = lines[l];
            var x = _flow.Left + (l == 0 ? indent : 0);
            var available = width - (l == 0 ? indent : 0);
            var gaps = line.Tokens.Count - 1;
            var extra = available - line.Width;
            var spread = !line.EndsParagraph && gaps > 0 && extra > 0 && extra / gaps < size * 0.35f ? extra / gaps : 0;
            var top = _flow.Y;
            var baseline = PageFlow.Baseline(top, lineHeight, size);
            foreach (var token in line.Tokens)
            {
                for (var p = 0; p < token.Pieces.Count; p++)
                {
                    var piece = token.Pieces[p];
                    var run = runs[piece.Run];
                    if (run.Placeholder)
                    {
                        var last = p == token.Pieces.Count - 1;
                        _flow.Fill(new SKRect(x - 0.5f, top + 2, x + piece.Width + (last ? spread : 0) + 0.5f, top + lineHeight - 2), Style.PlaceholderFill);
                    }
                    _flow.Add(new TextOp(x, baseline, piece.Text, size, run.Bold, run.Placeholder ? Style.PlaceholderText : Style.Text));
                    x += piece.Width;
                }
                x += spread;
            }
            _flow.Y += lineHeight;
        }
        _flow.Y += 4;
    }

    // ---- cover and contents -----------------------------------------------------------------------------------------

    private Page Cover(PublishedDocument document)
    {
        var flow = new PageFlow(font);
        var page = flow.NewPage(false);
        flow.Y = page.Geometry.Height * 0.28f;
        flow.Block(document.Title, 26, 26 * 1.5f, bold: true, align: Align.Center, heading: true);
        if (!string.IsNullOrWhiteSpace(document.Subtitle))
        {
            flow.Y += 12;
            flow.Block(document.Subtitle!, 18, 18 * 1.5f, align: Align.Center);
        }
        flow.Y = Math.Max(flow.Y + 48, page.Geometry.Height * 0.62f);
        foreach (var line in document.CoverLines) flow.Block(line, 15, 15 * 1.8f, align: Align.Center);
        return page;
    }

    private List<Page> Contents()
    {
        var flow = new PageFlow(font);
        flow.NewPage(false);
        flow.Y += 6;
        flow.Block("目　录", 18, 18 * 1.6f, bold: true, align: Align.Center, heading: true);
        flow.Y += 14;
        const float size = 12f;
        const float lineHeight = 24f;
        var numberWidth = font.Measure("0000", size);
        foreach (var entry in _contents)
        {
            var indent = Math.Clamp(entry.Level - 1, 0, 3) * size * 2;
            var bold = entry.Level <= 1;
            var text = HeadingText(new HeadingBlock(entry.Level, entry.Text) { Number = entry.Number });
            var textWidth = flow.Width - indent - numberWidth - size * 1.5f;
            var lines = flow.Wrap(text, size, textWidth);
            flow.EnsureRoom(lines.Count * lineHeight);
            var top = flow.Y;
            for (var i = 0; i < lines.Count; i++)
            {
                var baseline = PageFlow.Baseline(flow.Y, lineHeight, size);
                flow.Text(lines[i], flow.Left + indent, textWidth, baseline, size, bold);
                if (i == lines.Count - 1)
                {
                    var from = flow.Left + indent + font.Measure(lines[i], size) + size * 0.5f;
                    var number = entry.BodyPage.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var to = flow.Left + flow.Width - font.Measure(number, size) - size * 0.5f;
                    if (to > from) flow.Add(new DotsOp(from, to, baseline));
                    flow.Text(number, flow.Left, flow.Width, baseline, size, bold, Align.Right);
                }
                flow.Y += lineHeight;
            }
            flow.Add(new LinkOp(new SKRect(flow.Left + indent, top, flow.Left + flow.Width, flow.Y), entry.Destination));
        }
        return flow.Pages;
    }
}

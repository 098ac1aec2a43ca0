using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Yusuan.Core.Documents;
using ColumnKind = Yusuan.Core.Tables.ColumnKind;
using Yusuan.Core.Targets;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using YTable = Yusuan.Core.Tables.Table;

namespace Yusuan.Word;

/// <summary>Builds one Word package from a <see cref="PublishedDocument"/>: styles, settings, footers, then the body.</summary>
internal sealed class DocxBuilder
{
    // A4 in twips, and the margins of portrait (narrative) and landscape (table) pages.
    private const int A4Short = 11906;
    private const int A4Long = 16838;
    private const int PortraitMargin = 1417;
    private const int PortraitTop = 1440;
    private const int LandscapeMargin = 1134;
    private const int PortraitTextWidth = A4Short - 2 * PortraitMargin;
    private const int LandscapeTextWidth = A4Long - 2 * LandscapeMargin;

    /// <summary>Relative width (character cells) above which a table goes on a landscape page even if its profile says portrait.</summary>
    private const double PortraitCapacity = 100;

    private readonly WordprocessingDocument _package;
    private readonly PublishedDocument _document;
    private readonly Body _body = new();
    private readonly Dictionary<DocumentBlock, string> _bookmarks = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlyList<int>? _contentsPages;
    private string _pageFooterId = "";
    private string _blankFooterId = "";
    private string? _draftHeaderId;
    private int _bookmarkId;
    private int _sectionCount;
    private bool _landscape;
    private bool _atPageStart = true;
    private bool _pendingBreak;
    private bool _led; // headings introducing the next table have started its page

    public DocxBuilder(WordprocessingDocument package, PublishedDocument document, IReadOnlyList<int>? contentsPages = null)
    {
        _package = package;
        _document = document;
        _contentsPages = contentsPages;
    }

    /// <summary>
    /// The 目录's entries in order, as the PDF lists them: headings listed in the 目录 and the tables and forms that
    /// carry a 目录 entry of their own (附表 after the narrative).
    /// </summary>
    internal static List<(DocumentBlock Block, int Level, string Text)> ContentsEntries(PublishedDocument document)
    {
        var entries = new List<(DocumentBlock, int, string)>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h when h.Listed: entries.Add((h, h.Level, HeadingText(h))); break;
                case TableBlock { Contents: { } c } t: entries.Add((t, c.Level, HeadingText(new HeadingBlock(c.Level, c.Text) { Number = c.Number }))); break;
                case FormBlock { Contents: { } c } f: entries.Add((f, c.Level, HeadingText(new HeadingBlock(c.Level, c.Text) { Number = c.Number }))); break;
            }
        }
        return entries;
    }

    public void Build()
    {
        var main = _package.AddMainDocumentPart();
        main.Document = new Document(_body);
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Build(PortraitTextWidth);
        main.AddNewPart<DocumentSettingsPart>().Settings = Settings();
        main.AddNewPart<FontTablePart>().Fonts = new Fonts(
            new Font(new AltName { Val = DocxStyles.BodyAltName }, new FontCharSet { Val = "86" }, new FontFamily { Val = FontFamilyValues.Roman }) { Name = DocxStyles.BodyFont },
            new Font(new AltName { Val = DocxStyles.HeiAltName }, new FontCharSet { Val = "86" }, new FontFamily { Val = FontFamilyValues.Swiss }) { Name = DocxStyles.HeiFont });
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = PageFooter();
        _pageFooterId = main.GetIdOfPart(footer);
        var blank = main.AddNewPart<FooterPart>();
        blank.Footer = new Footer(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Footer } }));
        _blankFooterId = main.GetIdOfPart(blank);
        if (_document.DraftMark is { } mark)
        {
            // A draft (build --allow-errors): 草稿 in the header of every page of every section, the cover's included.
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new Run(new RunProperties(new Bold(), new Color { Val = "A01010" }, new FontSize { Val = "28" }),
                    new Text($"{mark} · 未通过检查，不得公开"))));
            _draftHeaderId = main.GetIdOfPart(header);
        }

        var properties = _package.PackageProperties;
        properties.Title = _document.Title;
        properties.Creator = "Yusuan";
        properties.Language = "zh-CN";

        var number = 0;
        foreach (var block in _document.Blocks.Where(b => b is HeadingBlock || b is TableBlock { Contents: not null } || b is FormBlock { Contents: not null }))
            _bookmarks[block] = "_Toc" + (100001 + number++).ToString(CultureInfo.InvariantCulture);

        WriteCover();
        if (_document.TableOfContents) WriteContents();
        // The cover (and the 目录) are a section of their own without page numbers; the body is numbered from 1.
        CloseSection();

        var blocks = _document.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case HeadingBlock heading: WriteHeading(heading, Leads(blocks, i)); break;
                case ParagraphBlock paragraph: WriteParagraph(paragraph); break;
                case TableBlock table:
                {
                    // A table too wide for a landscape page at 8 pt prints in parts, each repeating the leading text columns.
                    var parts = TableSplitter.Split(table.Table, FitsAPage);
                    for (var p = 0; p < parts.Count; p++) WriteTable(parts[p], p == 0 ? _bookmarks.GetValueOrDefault(table) : null);
                    break;
                }
                case FormBlock form: WriteForm(form.Form, _bookmarks.GetValueOrDefault(form)); break;
                case PageBreakBlock: _pendingBreak = !_atPageStart; break;
            }
        }
        // The body ends with a paragraph (Word wants one after a last table), then the last section's properties.
        if (_body.LastChild is not Paragraph) _body.Append(new Paragraph(SectionEnd(null)));
        _body.Append(Section(_landscape));
    }

    /// <summary>
    /// A one-point empty paragraph that ends a section (or the body) after a table: a full page of table followed by an
    /// ordinary empty line would push that line, and the section break, onto a blank page of its own.
    /// </summary>
    private static ParagraphProperties SectionEnd(SectionProperties? section) => new()
    {
        SpacingBetweenLines = new SpacingBetweenLines { Line = "20", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
        Indentation = new Indentation { FirstLineChars = 0, FirstLine = "0" },
        SectionProperties = section,
    };

    // ---- package parts -----------------------------------------------------------------------------------------

    private static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 420 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        new UpdateFieldsOnOpen { Val = true },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    /// <summary>The page number, centred, as the PDF prints it: 第 3 页.</summary>
    private static Footer PageFooter() => new(new Paragraph(
        new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Footer } },
        new Run(new Text("第 ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        new Run(new Text(" 页") { Space = SpaceProcessingModeValues.Preserve })));

    // ---- sections ----------------------------------------------------------------------------------------------

    /// <summary>The properties of the section that ends here: A4 in the section's orientation, with its footer.</summary>
    private SectionProperties Section(bool landscape)
    {
        var first = _sectionCount == 0;
        var body = _sectionCount == 1;
        var section = new SectionProperties();
        if (_draftHeaderId is { } draft)
        {
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = draft });
            if (first) section.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = draft });
        }
        section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = first ? _blankFooterId : _pageFooterId });
        if (first) section.Append(new FooterReference { Type = HeaderFooterValues.First, Id = _blankFooterId });
        section.Append(new SectionType { Val = SectionMarkValues.NextPage });
        section.Append(landscape
            ? new PageSize { Width = A4Long, Height = A4Short, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = A4Short, Height = A4Long, Orient = PageOrientationValues.Portrait });
        section.Append(landscape
            ? new PageMargin { Top = LandscapeMargin, Bottom = LandscapeMargin, Left = LandscapeMargin, Right = LandscapeMargin, Header = 567, Footer = 567, Gutter = 0 }
            : new PageMargin { Top = PortraitTop, Bottom = PortraitTop, Left = PortraitMargin, Right = PortraitMargin, Header = 851, Footer = 851, Gutter = 0 });
        if (body) section.Append(new PageNumberType { Start = 1 });
        if (first) section.Append(new TitlePage());
        _sectionCount++;
        return section;
    }

    /// <summary>Ends the current section here (its properties ride on an empty paragraph); the next starts a new page.</summary>
    private void CloseSection()
    {
        _body.Append(new Paragraph(SectionEnd(Section(_landscape))));
        _atPageStart = true;
        _pendingBreak = false;
    }

    /// <summary>Starts a section in <paramref name="landscape"/> orientation unless the current one already is.</summary>
    private void Orientation(bool landscape)
    {
        if (landscape == _landscape) return;
        CloseSection();
        _landscape = landscape;
    }

    private int TextWidth => _landscape ? LandscapeTextWidth : PortraitTextWidth;

    /// <summary>Paragraph properties for the first paragraph of a block: a page break before it when one is pending.</summary>
    private ParagraphProperties Start(string style, bool newPage = false)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        if ((newPage || _pendingBreak) && !_atPageStart) properties.PageBreakBefore = new PageBreakBefore();
        _pendingBreak = false;
        _atPageStart = false;
        return properties;
    }

    private static ParagraphProperties Styled(string style) => new() { ParagraphStyleId = new ParagraphStyleId { Val = style } };

    // ---- cover and contents ------------------------------------------------------------------------------------

    private void WriteCover()
    {
        _body.Append(new Paragraph(Start(DocxStyles.Title), TextRun(_document.Title)));
        if (!string.IsNullOrWhiteSpace(_document.Subtitle))
            _body.Append(new Paragraph(Styled(DocxStyles.Subtitle), TextRun(_document.Subtitle!)));
        foreach (var line in _document.CoverLines)
            _body.Append(new Paragraph(Styled(DocxStyles.CoverLine), TextRun(line)));
    }

    /// <summary>
    /// The 目录: a TOC field over heading levels 1–2 with hyperlinks, holding an entry per heading as its current result
    /// (page numbers as PAGEREF fields); Word rebuilds it on open (updateFields).
    /// </summary>
    private void WriteContents()
    {
        var heading = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.TocHeading }, PageBreakBefore = new PageBreakBefore() };
        _body.Append(new Paragraph(heading, TextRun("目　　录")));

        var entries = ContentsEntries(_document);
        var begin = new List<OpenXmlElement>
        {
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = _contentsPages is null }),
            new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        };
        var end = new Run(new FieldChar { FieldCharType = FieldCharValues.End });
        if (entries.Count == 0)
        {
            var p = new Paragraph(Styled(DocxStyles.Toc1));
            p.Append(begin);
            p.Append(TextRun("（在 Word 中打开时更新目录）"));
            p.Append(end);
            _body.Append(p);
            return;
        }
        // Page numbers: the PDF's, where the caller laid it out (the same pages, numbered from 1 after the 目录), so the
        // 目录 reads right in a reader that does not update fields (LibreOffice); Word refreshes the PAGEREF fields.
        var pages = _contentsPages is { } known && known.Count == entries.Count ? known : null;
        for (var i = 0; i < entries.Count; i++)
        {
            var (block, level, text) = entries[i];
            var bookmark = _bookmarks[block];
            var p = new Paragraph(Styled(level <= 1 ? DocxStyles.Toc1 : DocxStyles.Toc2));
            if (i == 0) p.Append(begin);
            p.Append(new Hyperlink(
                TextRun(text),
                new Run(new TabChar()),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode($" PAGEREF {bookmark} \\h ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new Text(pages is null ? "" : pages[i].ToString(CultureInfo.InvariantCulture))),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }))
            { Anchor = bookmark, History = true });
            if (i == entries.Count - 1) p.Append(end);
            _body.Append(p);
        }
    }

    /// <summary>The heading as printed: its number, then its text (a full-width space between unless the number ends in 、 or a bracket).</summary>
    private static string HeadingText(HeadingBlock heading)
    {
        if (string.IsNullOrWhiteSpace(heading.Number)) return heading.Text;
        var number = heading.Number!.Trim();
        var joined = number[^1] is '、' or '．' or '.' or '）' or ')' or '　' or ' ';
        return joined ? number + heading.Text : number + "　" + heading.Text;
    }

    // ---- narrative ---------------------------------------------------------------------------------------------

    /// <summary>
    /// Whether the heading at <paramref name="index"/> introduces a table or form (only headings between them): then it
    /// prints on the table's first page, in the table's orientation (true: landscape); null when prose follows it.
    /// </summary>
    private static bool? Leads(IReadOnlyList<DocumentBlock> blocks, int index)
    {
        for (var j = index + 1; j < blocks.Count; j++)
        {
            switch (blocks[j])
            {
                case HeadingBlock: continue;
                case TableBlock t: return IsLandscape(t.Table);
                case FormBlock f: return f.Form.Landscape;
                default: return null;
            }
        }
        return null;
    }

    private static bool IsLandscape(YTable table) =>
        table.Landscape || table.Columns.Count > 0 && TableGridLayout.ColumnWeights(table).Sum() > PortraitCapacity;

    /// <summary>A table or form starts on a fresh page, unless the headings just before it already started one for it.</summary>
    private void FreshPage(bool landscape)
    {
        Orientation(landscape);
        if (!_led && !_atPageStart) _pendingBreak = true;
        _led = false;
    }

    private void WriteHeading(HeadingBlock heading, bool? leads)
    {
        if (leads is { } landscape)
        {
            if (!_led) FreshPage(landscape);
            _led = true;
        }
        else
        {
            Orientation(false);
            _led = false;
        }
        var style = heading.Level switch { <= 1 => DocxStyles.Heading1, 2 => DocxStyles.Heading2, _ => DocxStyles.Heading3 };
        var id = (_bookmarkId++).ToString(CultureInfo.InvariantCulture);
        _body.Append(new Paragraph(
            Start(style, heading.NewPage),
            new BookmarkStart { Name = _bookmarks[heading], Id = id },
            TextRun(HeadingText(heading)),
            new BookmarkEnd { Id = id }));
    }

    private void WriteParagraph(ParagraphBlock paragraph)
    {
        Orientation(false);
        _led = false;
        var properties = Start(paragraph.Indent ? DocxStyles.BodyText : DocxStyles.Normal);
        var p = new Paragraph(properties);
        foreach (var run in paragraph.Runs)
        {
            if (string.IsNullOrEmpty(run.Text)) continue;
            var r = TextRun(run.Text);
            if (run.Placeholder)
                r.RunProperties = new RunProperties { Highlight = new Highlight { Val = HighlightColorValues.Yellow } };
            p.Append(r);
        }
        _body.Append(p);
    }

    /// <summary>A run of text; line breaks become Word breaks, tabs Word tabs.</summary>
    private static Run TextRun(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null) run.RunProperties = properties;
        var safe = TableGridLayout.XmlSafe(text).Replace("\r\n", "\n");
        var lines = safe.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            var parts = lines[i].Split('\t');
            for (var j = 0; j < parts.Length; j++)
            {
                if (j > 0) run.Append(new TabChar());
                if (parts[j].Length > 0) run.Append(new Text(parts[j]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }
        return run;
    }

    // ---- tables ------------------------------------------------------------------------------------------------

    /// <summary>Puts the 目录's bookmark (if any is still to place) around the paragraph's text; the first paragraph of a table or form takes it.</summary>
    private Paragraph Bookmarked(Paragraph paragraph, ref string? bookmark)
    {
        if (bookmark is null) return paragraph;
        var id = (_bookmarkId++).ToString(CultureInfo.InvariantCulture);
        var properties = paragraph.ParagraphProperties;
        if (properties is not null) properties.InsertAfterSelf(new BookmarkStart { Name = bookmark, Id = id });
        else paragraph.PrependChild(new BookmarkStart { Name = bookmark, Id = id });
        paragraph.Append(new BookmarkEnd { Id = id });
        bookmark = null;
        return paragraph;
    }

    private void WriteTable(YTable table, string? bookmark = null)
    {
        var columns = table.Columns;
        var weights = columns.Count > 0 ? TableGridLayout.ColumnWeights(table) : [1.0];
        FreshPage(IsLandscape(table));
        var widths = Scale(weights, TextWidth);
        var size = FontSize(weights);
        if (columns.Count > 0) FitAmounts(table, widths, size);

        if (!string.IsNullOrWhiteSpace(table.Number))
            _body.Append(Bookmarked(new Paragraph(Start(DocxStyles.TableNumber), TextRun(table.Number!)), ref bookmark));
        _body.Append(Bookmarked(new Paragraph(string.IsNullOrWhiteSpace(table.Number) ? Start(DocxStyles.TableTitle) : Styled(DocxStyles.TableTitle), TextRun(table.Title)), ref bookmark));
        WriteParts([table.Subject, table.UnitLabel]);

        var grid = new WTable(TableProperties(widths.Sum()), Grid(widths));
        var n = Math.Max(1, columns.Count);
        if (columns.Count > 0)
        {
            foreach (var headerRow in TableGridLayout.HeaderRows(table))
            {
                var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
                foreach (var (slot, continued) in headerRow)
                {
                    var width = SpanWidth(widths, slot.Column, slot.ColumnSpan);
                    var merge = slot.RowSpan > 1 ? new VerticalMerge { Val = continued ? MergedCellValues.Continue : MergedCellValues.Restart } : null;
                    row.Append(Cell(width, slot.ColumnSpan, merge, continued ? "" : slot.Cell.Text, JustificationValues.Center, bold: true, size, shaded: true));
                }
                grid.Append(row);
            }
        }

        var codes = columns.Count > 0 ? TableGridLayout.CodeColumns(table) : [];
        var indentColumn = TableGridLayout.IndentColumn(columns);
        foreach (var data in columns.Count > 0 ? table.Rows : [])
        {
            var bold = TableGridLayout.IsBold(data);
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < columns.Count; c++)
            {
                var text = c < data.Cells.Count ? table.Format(data, c) : "";
                var align = columns[c].Kind switch
                {
                    ColumnKind.Amount or ColumnKind.Number => JustificationValues.Right,
                    _ when codes[c] => JustificationValues.Center,
                    _ => JustificationValues.Left,
                };
                var indent = c == indentColumn ? TableGridLayout.IndentOf(data) : 0;
                row.Append(Cell(widths[c], 1, null, text, align, bold, size, shaded: false, indent));
            }
            grid.Append(row);
        }
        if (table.IsEmpty || table.Rows.Count == 0 || columns.Count == 0)
        {
            var note = string.IsNullOrWhiteSpace(table.EmptyNote) ? "本表无数据" : table.EmptyNote!;
            grid.Append(new TableRow(new TableRowProperties(new CantSplit()),
                Cell(widths.Sum(), n, null, note, JustificationValues.Center, bold: false, size, shaded: false)));
        }
        _body.Append(grid);
        if (!string.IsNullOrWhiteSpace(table.Note))
            _body.Append(new Paragraph(Styled(DocxStyles.TableNote), TextRun(table.Note!)));
    }

    /// <summary>A line of one to three parts across the text width: left, (centre,) right.</summary>
    private void WriteParts(IReadOnlyList<string?> parts, string style = DocxStyles.TableMeta)
    {
        var texts = parts.Select(p => p ?? "").ToList();
        while (texts.Count > 1 && texts[^1].Length == 0) texts.RemoveAt(texts.Count - 1);
        if (texts.Count == 0 || texts.All(t => t.Length == 0)) return;
        var properties = Styled(style);
        if (texts.Count == 2)
            properties.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth });
        else if (texts.Count >= 3)
        {
            properties.Tabs = new Tabs(
                new TabStop { Val = TabStopValues.Center, Position = TextWidth / 2 },
                new TabStop { Val = TabStopValues.Right, Position = TextWidth });
            texts = [texts[0], string.Join("　", texts.Skip(1).Take(texts.Count - 2)), texts[^1]];
        }
        _body.Append(new Paragraph(properties, TextRun(string.Join("\t", texts))));
    }

    private static TableProperties TableProperties(int width) => new()
    {
        TableStyle = new TableStyle { Val = "TableGrid" },
        TableWidth = new TableWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        TableJustification = new TableJustification { Val = TableRowAlignmentValues.Center },
        TableBorders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
        TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        TableCellMarginDefault = new TableCellMarginDefault(
            new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa }),
        TableLook = new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true },
    };

    private static TableGrid Grid(int[] widths)
    {
        var grid = new TableGrid();
        foreach (var w in widths) grid.Append(new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) });
        return grid;
    }

    private static int SpanWidth(int[] widths, int column, int span)
    {
        var width = 0;
        for (var c = column; c < column + span && c < widths.Length; c++) width += widths[c];
        return width;
    }

    /// <summary>Widths in twips proportional to <paramref name="weights"/>, filling <paramref name="total"/>.</summary>
    private static int[] Scale(IReadOnlyList<double> weights, int total)
    {
        var sum = weights.Sum();
        if (sum <= 0) return weights.Select(_ => total / Math.Max(1, weights.Count)).ToArray();
        var widths = weights.Select(w => (int)Math.Floor(w / sum * total)).ToArray();
        widths[^1] += total - widths.Sum();
        return widths;
    }

    /// <summary>The table's font size in half-points: 10 pt where the columns have room, down to 8 pt for very wide tables (never smaller: their text wraps instead).</summary>
    /// <summary>
    /// Widens amount and number columns to their widest printed figure at <paramref name="size"/> (an amount never wraps:
    /// 1,183.3|8), taking the room from the text columns, which wrap.
    /// </summary>
    private static void FitAmounts(YTable table, int[] widths, int size)
    {
        var columns = table.Columns;
        // A digit is about 0.55 em wide (bold included); cell margins are 2 × 57 twips; size is in half-points.
        int Need(string text) => (int)Math.Ceiling(text.Length * 0.55 * size * 10) + 2 * 57 + 40;
        var deficit = 0;
        var text = new List<int>();
        for (var c = 0; c < columns.Count && c < widths.Length; c++)
        {
            if (columns[c].Kind == ColumnKind.Text) { text.Add(c); continue; }
            var widest = table.Rows.Select(r => c < r.Cells.Count ? table.Format(r, c) : "").DefaultIfEmpty("").Max(t => t.Length);
            var need = Need(new string('0', widest));
            if (need > widths[c]) { deficit += need - widths[c]; widths[c] = need; }
        }
        if (deficit == 0 || text.Count == 0) return;
        var pool = text.Sum(c => widths[c]);
        foreach (var c in text) widths[c] = Math.Max(400, widths[c] - (int)Math.Round((double)deficit * widths[c] / pool));
    }

    /// <summary>Whether the table's columns fit a landscape page at 8 pt (<see cref="FontSize"/>'s estimate).</summary>
    private static bool FitsAPage(YTable table) =>
        table.Columns.Count == 0 || TableGridLayout.ColumnWeights(table).Sum() <= LandscapeTextWidth * 0.92 / 10.0 / (MinimumTableSize / 2.0);

    /// <summary>No table or form is set below 8 pt (16 half-points).</summary>
    internal const int MinimumTableSize = 16;

    private int FontSize(IReadOnlyList<double> weights)
    {
        var sum = Math.Max(1, weights.Sum());
        // A character cell at size S pt is about S/2 pt = 10·S twips wide.
        var points = TextWidth / sum / 10.0 * 0.92;
        var half = (int)Math.Floor(points * 2);
        return Math.Clamp(half, MinimumTableSize, 20);
    }

    private static TableCell Cell(int width, int span, VerticalMerge? merge, string text, JustificationValues align, bool bold, int size,
        bool shaded, int indent = 0)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        };
        if (span > 1) properties.GridSpan = new GridSpan { Val = span };
        if (merge is not null) properties.VerticalMerge = merge;
        if (shaded) properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" };
        var paragraph = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.TableText },
            Justification = new Justification { Val = align },
        };
        if (indent > 0) paragraph.Indentation = new Indentation { Left = (indent * size * 10).ToString(CultureInfo.InvariantCulture) };
        var run = new RunProperties
        {
            Bold = bold ? new Bold() : null,
            FontSize = new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = size.ToString(CultureInfo.InvariantCulture) },
        };
        var p = new Paragraph(paragraph);
        if (text.Length > 0) p.Append(TextRun(text, run));
        return new TableCell(properties, p);
    }

    // ---- forms -------------------------------------------------------------------------------------------------

    private void WriteForm(Form form, string? bookmark = null)
    {
        FreshPage(form.Landscape);
        var weights = form.ColumnWidths.Count == 0 ? [80.0] : form.ColumnWidths.Select(w => w > 0 ? w : 10).ToArray();
        var widths = Scale(weights, TextWidth);
        var n = widths.Length;
        var size = FontSize(weights);

        var first = true;
        ParagraphProperties Next(string style)
        {
            if (!first) return Styled(style);
            first = false;
            return Start(style);
        }
        if (!string.IsNullOrWhiteSpace(form.Preamble))
            _body.Append(new Paragraph(Next(DocxStyles.BodyText), TextRun(form.Preamble!)));
        if (!string.IsNullOrWhiteSpace(form.Number))
            _body.Append(Bookmarked(new Paragraph(Next(DocxStyles.TableNumber), TextRun(form.Number!)), ref bookmark));
        _body.Append(Bookmarked(new Paragraph(Next(DocxStyles.TableTitle), TextRun(form.Title)), ref bookmark));
        if (!string.IsNullOrWhiteSpace(form.Subtitle))
        {
            var p = Styled(DocxStyles.TableMeta);
            p.Justification = new Justification { Val = JustificationValues.Center };
            _body.Append(new Paragraph(p, TextRun(form.Subtitle!)));
        }
        foreach (var line in form.Above) WriteParts(line.Parts);
        if (form.Subject.Length > 0 || form.UnitLabel.Length > 0) WriteParts([form.Subject, form.UnitLabel]);

        var grid = new WTable(TableProperties(widths.Sum()), Grid(widths));
        var owners = TableGridLayout.FormOwners(form);
        var rows = owners.GetLength(0);
        for (var r = 0; r < rows; r++)
        {
            var rowProperties = new TableRowProperties(new CantSplit());
            if (r < form.HeaderRows) rowProperties.Append(new TableHeader());
            var row = new TableRow(rowProperties);
            for (var c = 0; c < n;)
            {
                var cell = owners[r, c];
                if (cell is null)
                {
                    row.Append(Cell(widths[c], 1, null, "", JustificationValues.Left, bold: false, size, shaded: false));
                    c++;
                    continue;
                }
                if (cell.Column != c)
                {
                    // Overlapped by a cell starting further left on this row: already covered by its span.
                    c++;
                    continue;
                }
                var span = TableGridLayout.OwnedSpan(owners, cell, r);
                var rowSpan = TableGridLayout.OwnedRows(owners, cell);
                var continued = cell.Row != r;
                var merge = rowSpan > 1 ? new VerticalMerge { Val = continued ? MergedCellValues.Continue : MergedCellValues.Restart } : null;
                var text = continued ? "" : form.Format(cell);
                row.Append(Cell(SpanWidth(widths, c, span), span, merge, text, FormAlign(cell), cell.Heading, size, shaded: cell.Heading));
                c += span;
            }
            grid.Append(row);
        }
        _body.Append(grid);
        foreach (var line in form.Below) WriteParts(line.Parts, DocxStyles.TableNote);
    }

    private static JustificationValues FormAlign(FormCell cell) => cell.Align switch
    {
        Core.Targets.FormAlign.Left => JustificationValues.Left,
        Core.Targets.FormAlign.Center => JustificationValues.Center,
        Core.Targets.FormAlign.Right => JustificationValues.Right,
        _ => cell.Kind switch
        {
            FormCellKind.Label => JustificationValues.Center,
            FormCellKind.Amount => JustificationValues.Right,
            FormCellKind.Number => JustificationValues.Center,
            _ => JustificationValues.Left,
        },
    };
}

using DocumentFormat.OpenXml.Wordprocessing;

namespace Yusuan.Word;

/// <summary>
/// The style sheet: Word's built-in heading styles (heading 1–3, shown as 标题 1–3 in a Chinese Word), toc 1/2, and
/// the document's own paragraph styles. Chinese text is set in the PDF's two faces, the convention of official documents:
/// a Ming (宋体-like) body and tables (AR PL UMing CN) and 黑体 titles and headings (WenQuanYi Micro Hei), named by
/// their family names so LibreOffice (fontconfig) finds them; the font table gives each the alternative name Word
/// maps on Windows (宋体, 黑体).
/// </summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string BodyText = "BodyText";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Toc1 = "TOC1";
    public const string Toc2 = "TOC2";
    public const string TocHeading = "TOCHeading";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string CoverLine = "CoverLine";
    public const string TableNumber = "TableNumber";
    public const string TableTitle = "TableTitle";
    public const string TableMeta = "TableMeta";
    public const string TableText = "TableText";
    public const string TableNote = "TableNote";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";

    public const string Latin = "Times New Roman";
    public const string BodyFont = "AR PL UMing CN";
    public const string HeiFont = "WenQuanYi Micro Hei";
    public const string KaiFont = BodyFont;
    public const string SongFont = BodyFont;

    /// <summary>The family names Word on Windows maps the two faces to (the font table's altName).</summary>
    public const string BodyAltName = "宋体";
    public const string HeiAltName = "黑体";

    /// <summary>Body text size in half-points (12 pt, as the PDF sets it, so both paginate alike and share the 目录's page numbers).</summary>
    public const int BodySize = 24;

    /// <summary>Exact line pitch of body text in twips (21 pt, the PDF's 1.75 leading).</summary>
    public const int BodyLine = 420;

    public static Styles Build(int portraitTextWidth) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle
            {
                RunFonts = Fonts(BodyFont),
                Kern = new Kern { Val = 2 },
                FontSize = new FontSize { Val = Size(BodySize) },
                FontSizeComplexScript = new FontSizeComplexScript { Val = Size(BodySize) },
                Languages = new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" },
            }),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            })),
        ParagraphStyle(Normal, "Normal", null, isDefault: true,
            new StyleParagraphProperties
            {
                WidowControl = new WidowControl(),
                SpacingBetweenLines = new SpacingBetweenLines { Line = Size(BodyLine), LineRule = LineSpacingRuleValues.Exact },
                Justification = new Justification { Val = JustificationValues.Both },
            },
            new StyleRunProperties { RunFonts = Fonts(BodyFont), FontSize = new FontSize { Val = Size(BodySize) }, FontSizeComplexScript = new FontSizeComplexScript { Val = Size(BodySize) } }),
        ParagraphStyle(BodyText, "Body Text", Normal, isDefault: false,
            new StyleParagraphProperties
            {
                Indentation = new Indentation { FirstLineChars = 200, FirstLine = Size(2 * BodySize * 10) },
                SpacingBetweenLines = new SpacingBetweenLines { After = "80" },
            },
            null),
        // Sizes and spacing as the PDF sets its headings (17, 14 and 12.5 pt), so both paginate alike.
        Heading(Heading1, "heading 1", 0, HeiFont, 34, JustificationValues.Center, indent: false, before: 240, after: 320),
        Heading(Heading2, "heading 2", 1, HeiFont, 28, JustificationValues.Left, indent: false, before: 240, after: 120),
        Heading(Heading3, "heading 3", 2, HeiFont, 25, JustificationValues.Left, indent: true, before: 160, after: 80),
        ParagraphStyle(Title, "Title", Normal, isDefault: false,
            new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { Before = "4000", After = "600", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            new StyleRunProperties { RunFonts = Fonts(HeiFont), Bold = new Bold(), FontSize = new FontSize { Val = "44" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "44" } }),
        ParagraphStyle(Subtitle, "Subtitle", Normal, isDefault: false,
            new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "600", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            new StyleRunProperties { RunFonts = Fonts(KaiFont), FontSize = new FontSize { Val = "36" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "36" } }),
        ParagraphStyle(CoverLine, "Cover Line", Normal, isDefault: false,
            new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "240", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            null),
        ParagraphStyle(TocHeading, "TOC Heading", Normal, isDefault: false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { After = "480", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            new StyleRunProperties { RunFonts = Fonts(HeiFont), FontSize = new FontSize { Val = "36" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "36" } }),
        TocStyle(Toc1, "toc 1", portraitTextWidth, 0),
        TocStyle(Toc2, "toc 2", portraitTextWidth, 420),
        ParagraphStyle(TableNumber, "Table Number", Normal, isDefault: false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                Justification = new Justification { Val = JustificationValues.Left },
            },
            new StyleRunProperties { RunFonts = Fonts(HeiFont), FontSize = new FontSize { Val = "24" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "24" } }),
        ParagraphStyle(TableTitle, "Table Title", Normal, isDefault: false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "120", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            new StyleRunProperties { RunFonts = Fonts(HeiFont), Bold = new Bold(), FontSize = new FontSize { Val = "32" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "32" } }),
        ParagraphStyle(TableMeta, "Table Subject", Normal, isDefault: false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { After = "60", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                Justification = new Justification { Val = JustificationValues.Left },
            },
            new StyleRunProperties { RunFonts = Fonts(SongFont), FontSize = new FontSize { Val = "21" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "21" } }),
        ParagraphStyle(TableText, "Table Text", Normal, isDefault: false,
            new StyleParagraphProperties
            {
                SnapToGrid = new SnapToGrid { Val = false },
                SpacingBetweenLines = new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                Justification = new Justification { Val = JustificationValues.Left },
            },
            new StyleRunProperties { RunFonts = Fonts(SongFont), FontSize = new FontSize { Val = "20" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "20" } }),
        ParagraphStyle(TableNote, "Table Note", Normal, isDefault: false,
            new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { Before = "60", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                Justification = new Justification { Val = JustificationValues.Left },
            },
            new StyleRunProperties { RunFonts = Fonts(SongFont), FontSize = new FontSize { Val = "20" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "20" } }),
        ParagraphStyle(Footer, "footer", Normal, isDefault: false,
            new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            new StyleRunProperties { RunFonts = Fonts(SongFont), FontSize = new FontSize { Val = "18" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "18" } }), // 9 pt, as the PDF's
        new Style(
            new StyleName { Val = "Hyperlink" },
            new UIPriority { Val = 99 },
            new UnhideWhenUsed(),
            new StyleRunProperties { Color = new Color { Val = "0563C1" }, Underline = new Underline { Val = UnderlineValues.Single } })
        { Type = StyleValues.Character, StyleId = Hyperlink },
        new Style(
            new StyleName { Val = "Table Grid" },
            new UIPriority { Val = 59 },
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });

    /// <summary>Chinese and Latin text (figures included) in <paramref name="eastAsia"/>, as the PDF draws both from one face.</summary>
    public static RunFonts Fonts(string eastAsia) => new()
    {
        Ascii = eastAsia,
        HighAnsi = eastAsia,
        EastAsia = eastAsia,
        ComplexScript = Latin,
        Hint = FontTypeHintValues.EastAsia,
    };

    private static string Size(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties? paragraph, StyleRunProperties? run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        style.Append(new PrimaryStyle());
        if (paragraph is not null) style.Append(paragraph);
        if (run is not null) style.Append(run);
        return style;
    }

    private static Style Heading(string id, string name, int outline, string font, int size, JustificationValues align, bool indent, int before, int after)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        style.Append(new StyleName { Val = name });
        style.Append(new BasedOn { Val = Normal });
        style.Append(new NextParagraphStyle { Val = Normal });
        style.Append(new UIPriority { Val = 9 });
        style.Append(new PrimaryStyle());
        style.Append(new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = Size(before),
                After = Size(after),
                Line = outline == 0 ? "240" : Size(BodyLine),
                LineRule = outline == 0 ? LineSpacingRuleValues.Auto : LineSpacingRuleValues.Exact,
            },
            Indentation = indent ? new Indentation { FirstLineChars = 200, FirstLine = Size(2 * size * 10) } : new Indentation { FirstLineChars = 0, FirstLine = "0" },
            Justification = new Justification { Val = align },
            OutlineLevel = new OutlineLevel { Val = outline },
        });
        style.Append(new StyleRunProperties
        {
            RunFonts = Fonts(font),
            Bold = outline == 2 ? null : new Bold(),
            FontSize = new FontSize { Val = Size(size) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = Size(size) },
        });
        return style;
    }

    private static Style TocStyle(string id, string name, int textWidth, int indent)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        style.Append(new StyleName { Val = name });
        style.Append(new BasedOn { Val = Normal });
        style.Append(new NextParagraphStyle { Val = Normal });
        style.Append(new UIPriority { Val = 39 });
        style.Append(new UnhideWhenUsed());
        style.Append(new StyleParagraphProperties
        {
            Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = textWidth }),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "60", After = "60", Line = "360", LineRule = LineSpacingRuleValues.Auto },
            Indentation = new Indentation { Left = Size(indent), FirstLineChars = 0, FirstLine = "0" },
            Justification = new Justification { Val = JustificationValues.Left },
        });
        style.Append(new StyleRunProperties { FontSize = new FontSize { Val = "28" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "28" } });
        return style;
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Yusuan.Core.Documents;
using Yusuan.Tests.Shared.Documents;

namespace Yusuan.Word.Tests;

/// <summary>The guangyuan sample document written as DOCX, read back with the Open XML SDK.</summary>
public sealed class DocxDocumentWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("yusuan-docx-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(PublishedDocument document, string name = "document.docx")
    {
        var path = Path.Combine(_dir, name);
        DocxDocumentWriter.Write(document, path);
        // YUSUAN_DOC_OUT keeps a copy to look at.
        if (Environment.GetEnvironmentVariable("YUSUAN_DOC_OUT") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.Copy(path, Path.Combine(keep, name), overwrite: true);
        }
        return path;
    }

    private static Body Body(WordprocessingDocument doc) => doc.MainDocumentPart!.Document.Body!;

    /// <summary>The visible text of an element (field codes left out).</summary>
    private static string TextOf(OpenXmlElement e) => string.Concat(e.Descendants<Text>().Select(t => t.Text));

    private static string StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";

    [Fact]
    public void The_file_is_valid_open_xml()
    {
        var path = Write(SampleDocument.Guangyuan);
        using var doc = WordprocessingDocument.Open(path, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Path?.XPath} {e.Part?.Uri}: {e.Description}")));
    }

    [Fact]
    public void Headings_use_word_heading_styles_with_their_numbers()
    {
        using var doc = WordprocessingDocument.Open(Write(SampleDocument.Guangyuan), false);
        var paragraphs = Body(doc).Descendants<Paragraph>().ToList();
        var h1 = paragraphs.Where(p => StyleOf(p) == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["第一部分　单位概况", "第二部分　情况说明", "第四部分　部门预算表"], h1);
        Assert.Contains("一、主要职能", paragraphs.Where(p => StyleOf(p) == "Heading2").Select(p => p.InnerText));
        Assert.Contains("（一）支出预算情况", paragraphs.Where(p => StyleOf(p) == "Heading3").Select(p => p.InnerText));

        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("heading 1", styles["Heading1"].StyleName!.Val!.Value);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        // The PDF's faces: 黑体 headings (WenQuanYi Micro Hei), a Ming body (AR PL UMing), with Word's names as altName.
        Assert.Equal("WenQuanYi Micro Hei", styles["Heading1"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("AR PL UMing CN", styles["Normal"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        var fontTable = doc.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName!.Val!.Value);
        Assert.Equal("宋体", fontTable["AR PL UMing CN"]);
        Assert.Equal("黑体", fontTable["WenQuanYi Micro Hei"]);
        Assert.Equal(200, styles["BodyText"].StyleParagraphProperties!.Indentation!.FirstLineChars!.Value);

        // Each part starts a new page; the first after the 目录's section break needs none.
        var parts = paragraphs.Where(p => StyleOf(p) == "Heading1").ToList();
        Assert.Null(parts[0].ParagraphProperties!.PageBreakBefore);
        Assert.NotNull(parts[1].ParagraphProperties!.PageBreakBefore);
    }

    [Fact]
    public void Sentences_carry_the_table_figures_and_placeholders_are_highlighted()
    {
        using var doc = WordprocessingDocument.Open(Write(SampleDocument.Guangyuan), false);
        var total = SampleDocument.Figure("expenditure", "合计", out _);
        Assert.Equal("1183.38", total);
        var body = Body(doc).Descendants<Paragraph>().Where(p => StyleOf(p) == "BodyText").Select(p => p.InnerText).ToList();
        Assert.Contains(body, t => t.Contains("2025年收支总预算1183.38万元，比上年减少，主要原因是" + SampleDocument.Placeholder));
        Assert.Contains(body, t => t.Contains("基本支出1090.44万元，占92.15%；项目支出92.94万元。"));

        var placeholder = Body(doc).Descendants<Run>().Single(r => r.InnerText == SampleDocument.Placeholder);
        Assert.Equal(HighlightColorValues.Yellow, placeholder.RunProperties!.Highlight!.Val!.Value);
        // A paragraph marked not indented uses the plain style.
        Assert.Contains(Body(doc).Descendants<Paragraph>(), p => StyleOf(p) == "Normal" && p.InnerText == "注：本文中金额单位均为万元。");
    }

    [Fact]
    public void A_toc_field_is_updated_on_open_and_lists_the_headings()
    {
        using var doc = WordprocessingDocument.Open(Write(SampleDocument.Guangyuan), false);
        var codes = Body(doc).Descendants<FieldCode>().Select(f => f.Text).ToList();
        Assert.Contains(codes, c => c.Contains("TOC \\o \"1-2\" \\h"));
        Assert.True(doc.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
        var entries = Body(doc).Descendants<Paragraph>().Where(p => StyleOf(p) is "TOC1" or "TOC2").Select(TextOf).ToList();
        Assert.Contains("第一部分　单位概况", entries);
        Assert.Contains("一、收支预算情况的总体说明", entries);
        Assert.DoesNotContain(entries, e => e.Contains("支出预算情况") && e.StartsWith("（一）"));
        // Every entry links to a bookmark on its heading.
        var bookmarks = Body(doc).Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        Assert.All(Body(doc).Descendants<Hyperlink>(), h => Assert.Contains(h.Anchor!.Value, bookmarks));
    }

    [Fact]
    public void The_toc_lists_the_tables_and_prints_the_page_numbers_it_is_given()
    {
        // The tables listed as the reference documents list their 附表 (DocumentBuilder gives each a 目录 entry).
        var sample = SampleDocument.Guangyuan;
        var document = sample with
        {
            Blocks = sample.Blocks.Select(b => b is TableBlock t ? t with { Contents = new ContentsEntry(2, t.Table.Title) { Number = t.Table.Number } } : b).ToList(),
        };
        var tableEntries = document.Blocks.OfType<TableBlock>().Where(t => t.Contents is not null).ToList();
        Assert.NotEmpty(tableEntries);
        var count = document.Blocks.Count(b => b is HeadingBlock { Listed: true } || b is TableBlock { Contents: not null } || b is FormBlock { Contents: not null });
        var pages = Enumerable.Range(1, count).Select(i => 100 + i).ToList();
        var path = Path.Combine(_dir, "toc.docx");
        DocxDocumentWriter.Write(document, path, pages);
        using var doc = WordprocessingDocument.Open(path, false);
        var entries = Body(doc).Descendants<Paragraph>().Where(p => StyleOf(p) is "TOC1" or "TOC2").ToList();
        Assert.Equal(count, entries.Count);
        var texts = entries.Select(p => p.InnerText).ToList();
        // The 附表 are listed, each with its page number as the PAGEREF field's result.
        foreach (var table in tableEntries) Assert.Contains(texts, t => t.Contains(table.Contents!.Text, StringComparison.Ordinal));
        for (var i = 0; i < count; i++) Assert.EndsWith((101 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), texts[i]);
        var bookmarks = Body(doc).Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        Assert.All(Body(doc).Descendants<Hyperlink>(), h => Assert.Contains(h.Anchor!.Value, bookmarks));
    }

    [Fact]
    public void No_table_text_is_smaller_than_8_pt()
    {
        using var doc = WordprocessingDocument.Open(Write(SampleDocument.Guangyuan), false);
        var sizes = Body(doc).Descendants<Table>().SelectMany(t => t.Descendants<FontSize>()).Select(f => int.Parse(f.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(sizes);
        Assert.True(sizes.Min() >= 16, $"smallest table font {sizes.Min() / 2.0} pt");
    }

    [Fact]
    public void A_table_too_wide_for_8_pt_is_written_in_parts_repeating_the_name_columns()
    {
        var header = new List<Yusuan.Core.Tables.HeaderCell>
        {
            Yusuan.Core.Tables.HeaderCell.Leaf("科目编码", Yusuan.Core.Tables.ColumnKind.Text),
            Yusuan.Core.Tables.HeaderCell.Leaf("科目名称", Yusuan.Core.Tables.ColumnKind.Text),
        };
        header.AddRange(Enumerable.Range(1, 6).Select(g => new Yusuan.Core.Tables.HeaderCell($"第{g}组", Yusuan.Core.Tables.ColumnKind.Amount,
            Enumerable.Range(1, 5).Select(c => Yusuan.Core.Tables.HeaderCell.Leaf($"列{g}-{c}", Yusuan.Core.Tables.ColumnKind.Amount)).ToList())));
        var table = new Yusuan.Core.Tables.Table
        {
            Id = "wide", Number = "附表 98", Title = "测试宽表", Subject = "", UnitLabel = "", Presentation = new Yusuan.Core.Profiles.Presentation(),
            Header = header,
            Rows = Enumerable.Range(0, 3).Select(i => new Yusuan.Core.Tables.TableRow(Yusuan.Core.Tables.RowKind.Detail, 1,
                new List<Yusuan.Core.Tables.Cell> { $"20801{i}", $"科目{i}" }.Concat(Enumerable.Range(0, 30).Select(c => Yusuan.Core.Tables.Cell.Of(1234567.89m + c))).ToList(), $"r{i}")).ToList(),
        };
        var path = Write(new PublishedDocument { Title = "宽表", TableOfContents = false, Blocks = [new TableBlock(table)] }, "wide.docx");
        using var doc = WordprocessingDocument.Open(path, false);
        var tables = Body(doc).Elements<Table>().ToList();
        Assert.True(tables.Count >= 2, $"{tables.Count} tables");
        Assert.All(tables, t => Assert.Contains("科目1", t.InnerText));
        var sizes = tables.SelectMany(t => t.Descendants<FontSize>()).Select(f => int.Parse(f.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(sizes.Min() >= 16);
        Assert.Contains(Body(doc).Descendants<Paragraph>(), p => p.InnerText == "测试宽表（续）");
    }

    [Fact]
    public void Page_numbers_read_as_the_pdf_prints_them()
    {
        using var doc = WordprocessingDocument.Open(Write(SampleDocument.Guangyuan), false);
        var footer = doc.MainDocumentPart!.FooterParts.Select(f => string.Concat(f.Footer!.Descendants<Text>().Select(t => t.Text))).Single(t => t.Length > 0);
        Assert.Equal("第 1 页", footer);
    }

    [Fact]
    public void Pages_are_numbered_in_the_footer_and_wide_tables_sit_in_landscape_sections()
    {
        using var doc = WordprocessingDocument.Open(Write(SampleDocument.Guangyuan), false);
        var main = doc.MainDocumentPart!;
        Assert.Contains(main.FooterParts, f => f.Footer!.Descendants<FieldCode>().Any(c => c.Text.Contains("PAGE")));
        var sections = main.Document.Descendants<SectionProperties>().ToList();
        Assert.True(sections.Count >= 3);
        var orientations = sections.Select(s => s.GetFirstChild<PageSize>()!.Orient?.Value ?? PageOrientationValues.Portrait).ToList();
        Assert.Equal(PageOrientationValues.Portrait, orientations[0]);
        Assert.Contains(PageOrientationValues.Landscape, orientations);
        // The body's numbering starts at 1 after the cover and the 目录.
        Assert.Equal(1, sections[1].GetFirstChild<PageNumberType>()!.Start!.Value);
        Assert.NotNull(sections[0].GetFirstChild<TitlePage>());
    }

    [Fact]
    public void Tables_have_merged_repeated_headers_right_aligned_amounts_and_bold_totals()
    {
        using var doc = WordprocessingDocument.Open(Write(SampleDocument.Guangyuan), false);
        var tables = Body(doc).Elements<Table>().ToList();
        // A table too wide for a page at 8 pt is written in parts.
        Assert.InRange(tables.Count, SampleDocument.Tables.Count + SampleDocument.Forms.Count, 2 * SampleDocument.Tables.Count + SampleDocument.Forms.Count);

        // 部门支出总表: 科目编码 spans 类 款 项; 单位代码 reaches down over two header rows.
        var spendingTitle = SampleDocument.Tables.Single(t => t.Id == "expenditure").Title;
        var spending = Body(doc).Elements<Paragraph>().First(p => StyleOf(p) == "TableTitle" && p.InnerText == spendingTitle).ElementsAfter().OfType<Table>().First();
        var rows = spending.Elements<TableRow>().ToList();
        Assert.All(rows.Take(2), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.Null(rows[2].TableRowProperties!.GetFirstChild<TableHeader>());
        var code = rows[0].Elements<TableCell>().First();
        Assert.Equal("科目编码", code.InnerText);
        Assert.Equal(3, code.TableCellProperties!.GridSpan!.Val!.Value);
        var unit = rows[0].Elements<TableCell>().Single(c => c.InnerText == "单位代码");
        Assert.Equal(MergedCellValues.Restart, unit.TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Equal(["类", "款", "项", "", "", "", "", "", "", ""], rows[1].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(MergedCellValues.Continue, rows[1].Elements<TableCell>().ElementAt(3).TableCellProperties!.VerticalMerge!.Val!.Value);

        var total = rows[2].Elements<TableCell>().ToList();
        Assert.Equal("合 计", total[4].InnerText);
        Assert.Equal("1,183.38", total[5].InnerText);
        Assert.Equal(JustificationValues.Right, total[5].Descendants<Justification>().Single().Val!.Value);
        Assert.NotNull(total[5].Descendants<RunProperties>().Single().Bold);
        var detail = rows.Single(r => r.InnerText.Contains("社会保险经办机构")).Elements<TableCell>().ToList();
        Assert.Equal("975.45", detail[5].InnerText);
        Assert.Null(detail[5].Descendants<RunProperties>().Single().Bold);
        Assert.Equal(JustificationValues.Center, detail[0].Descendants<Justification>().Single().Val!.Value);

        // Grid widths add up to the table width, so Word and LibreOffice lay out the same columns.
        var width = int.Parse(spending.GetFirstChild<TableProperties>()!.TableWidth!.Width!.Value!);
        Assert.Equal(width, spending.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(g => int.Parse(g.Width!.Value!)));

        // An empty table prints its note across the whole width.
        var empty = SampleDocument.Tables.Select((t, i) => (t, i)).First(x => x.t.IsEmpty);
        var emptyTable = Body(doc).Elements<Paragraph>().First(p => StyleOf(p) == "TableTitle" && p.InnerText == empty.t.Title).ElementsAfter().OfType<Table>().First();
        var last = emptyTable.Elements<TableRow>().Last().Elements<TableCell>().Single();
        Assert.Equal(empty.t.Columns.Count, last.TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(string.IsNullOrWhiteSpace(empty.t.EmptyNote) ? "本表无数据" : empty.t.EmptyNote, last.InnerText);
    }

    [Fact]
    public void Forms_are_tables_with_their_spans()
    {
        var form = SampleDocument.Forms[0];
        using var doc = WordprocessingDocument.Open(Write(SampleDocument.Guangyuan), false);
        var titles = Body(doc).Elements<Paragraph>().Where(p => StyleOf(p) == "TableTitle").Select(p => p.InnerText).ToList();
        Assert.Contains(form.Title, titles);
        var tables = Body(doc).Elements<Table>().ToList();
        var grid = tables[tables.Count - SampleDocument.Forms.Count];
        var rows = grid.Elements<TableRow>().ToList();
        Assert.Equal(form.RowCount, rows.Count);
        // Every row covers the whole grid.
        Assert.All(rows, r => Assert.Equal(form.ColumnCount, r.Elements<TableCell>().Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1)));
        // The cells spanning several columns or rows are merged as in the form.
        Assert.Contains(form.Cells, c => c.ColumnSpan > 1 || c.RowSpan > 1);
        foreach (var spanned in form.Cells.Where(c => c.ColumnSpan > 1 && form.Format(c).Length > 0).Take(5))
        {
            var cell = rows[spanned.Row].Elements<TableCell>().First(c => c.InnerText == form.Format(spanned));
            Assert.Equal(spanned.ColumnSpan, cell.TableCellProperties!.GridSpan!.Val!.Value);
        }
        foreach (var tall in form.Cells.Where(c => c.RowSpan > 1 && form.Format(c).Length > 0).Take(5))
        {
            var start = rows[tall.Row].Elements<TableCell>().First(c => c.InnerText == form.Format(tall));
            Assert.Equal(MergedCellValues.Restart, start.TableCellProperties!.VerticalMerge!.Val!.Value);
            var below = rows[tall.Row + 1].Elements<TableCell>().Count(c => c.TableCellProperties?.VerticalMerge?.Val?.Value == MergedCellValues.Continue);
            Assert.True(below > 0);
        }
        var amount = form.Cells.First(c => c.Kind == Core.Targets.FormCellKind.Amount && c.Value is not null);
        Assert.Contains(rows[amount.Row].Elements<TableCell>(), c => c.InnerText == form.Format(amount));
    }

    [Fact]
    public void A_document_with_nothing_but_a_title_is_still_valid()
    {
        var path = Write(new PublishedDocument { Title = "空文档", Blocks = [] }, "empty.docx");
        using var doc = WordprocessingDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
        Assert.Contains("空文档", Body(doc).InnerText);
    }

    [Fact]
    public void Odd_shapes_still_make_a_valid_file()
    {
        var path = Write(OddDocument.Build(), "odd.docx");
        using var doc = WordprocessingDocument.Open(path, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Path?.XPath}: {e.Description}")));
        Assert.Contains("本表无数据", Body(doc).InnerText);
        Assert.All(Body(doc).Elements<Table>(), t => Assert.All(t.Elements<TableRow>(), r => Assert.NotEmpty(r.Elements<TableCell>())));
    }

    [Fact]
    public void Writes_to_a_stream_that_cannot_seek()
    {
        using var sink = new MemoryStream();
        using (var forward = new ForwardOnlyStream(sink)) DocxDocumentWriter.Write(SampleDocument.Guangyuan, forward);
        sink.Position = 0;
        using var doc = WordprocessingDocument.Open(sink, false);
        Assert.Contains("单位概况", Body(doc).InnerText);
    }

    [ToolFact("soffice|libreoffice", "pdftotext")]
    public void LibreOffice_converts_it_to_pdf_with_the_text()
    {
        var path = Write(SampleDocument.Guangyuan);
        var profile = Path.Combine(_dir, "lo-profile");
        ExternalTools.Run(ExternalTools.Soffice,
            ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", _dir, path],
            TimeSpan.FromMinutes(4));
        var pdf = Path.ChangeExtension(path, ".pdf");
        Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");
        if (Environment.GetEnvironmentVariable("YUSUAN_DOC_OUT") is { Length: > 0 } keep) File.Copy(pdf, Path.Combine(keep, "document.pdf"), overwrite: true);
        var text = ExternalTools.Run(ExternalTools.Pdftotext, ["-layout", pdf, "-"], TimeSpan.FromMinutes(1));
        Assert.Contains("第一部分", text);
        Assert.Contains("1183.38", text);
        Assert.Contains("部门支出总表", text);
        Assert.Contains("1,183.38", text);
        // The placeholder may wrap over two lines of the 12 pt body.
        Assert.Contains(SampleDocument.Placeholder, System.Text.RegularExpressions.Regex.Replace(text, @"\s+", ""));
        // Both faces are embedded as LibreOffice found them: the Ming body and the 黑体 headings.
        if (ExternalTools.Find("pdffonts") is { } pdffonts && File.Exists("/usr/share/fonts/truetype/arphic/uming.ttc"))
        {
            var fonts = ExternalTools.Run(pdffonts, [pdf], TimeSpan.FromMinutes(1));
            Assert.Contains("UMingCN", fonts);
            Assert.Contains("WenQuanYiMicroHei", fonts);
        }
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}

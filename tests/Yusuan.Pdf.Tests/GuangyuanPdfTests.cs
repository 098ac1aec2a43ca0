using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Outline;
using Yusuan.Core.Documents;

namespace Yusuan.Pdf.Tests;

/// <summary>The guangyuan document as a reader finds it: text, fonts, pages, 目录, bookmarks.</summary>
public sealed class GuangyuanPdfTests(GuangyuanPdfFixture pdf) : IClassFixture<GuangyuanPdfFixture>
{
    private string AllText => string.Concat(pdf.Pages.Select(p => p.Text));

    /// <summary>The first page (0-based) after the 目录 whose text contains <paramref name="text"/>.</summary>
    private int BodyPageWith(string text)
    {
        for (var i = FrontPages; i < pdf.Pages.Count; i++)
            if (pdf.Pages[i].Text.Contains(text, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>Cover and 目录: the pages before the one printed 第 1 页.</summary>
    private int FrontPages => pdf.Pages.Select((p, i) => (p, i)).First(x => x.p.Text.Contains("第 1 页", StringComparison.Ordinal)).i;

    [Fact]
    public void Chinese_text_and_figures_come_back_exactly()
    {
        Assert.Contains("部门收支总表", AllText);
        Assert.Contains("1,183.38", AllText);
        Assert.Contains(SampleDocument.Sentence, AllText);
        Assert.Contains(SampleDocument.Placeholder, AllText);
        // 广 is the character a CFF font extracted as the radical ⼴.
        Assert.DoesNotContain("⼴", AllText);
        Assert.Contains("广元市社会保险事务中心", AllText);
    }

    [Fact]
    public void Every_table_title_and_every_form_project_is_in_the_text()
    {
        foreach (var table in pdf.Tables) Assert.Contains(table.Title, AllText);
        foreach (var form in pdf.Forms.Where(f => f.ProjectName is not null))
            Assert.Contains(form.ProjectName!, AllText);
    }

    [Fact]
    public void The_body_and_heading_faces_are_embedded_subsets_of_TrueType_CJK_fonts()
    {
        using var document = PdfDocument.Open(pdf.Bytes);
        var fonts = PdfProbe.Fonts(document);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f =>
        {
            Assert.True(f.Embedded, $"{f.BaseFont} is not embedded");
            Assert.True(f.HasToUnicode, $"{f.BaseFont} has no ToUnicode map");
            Assert.Equal("Type0", f.Subtype);
            Assert.Matches("^[A-Z]{6}\\+", f.BaseFont);
        });
        // 黑体 headings (WenQuanYi Micro Hei); a Ming body (AR PL UMing) where fonts-arphic-uming is installed.
        var names = fonts.Select(f => f.BaseFont[7..]).Distinct().ToList();
        Assert.Contains("WenQuanYiMicroHei", names);
        if (File.Exists(CjkFontLocator.KnownBodyFiles[0].Path))
        {
            Assert.Equal(2, names.Count);
            Assert.Contains(names, n => n.StartsWith("UMing", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        // No creation date or random id: a rebuild of an unchanged budget leaves the file as it was.
        Assert.Equal(pdf.Bytes, PdfDocumentWriter.Render(pdf.Document));
    }

    [Fact]
    public void The_subset_font_keeps_the_file_small()
    {
        // The whole face alone is 2.3 MB compressed; the subset document is a fraction of that.
        Assert.True(pdf.Bytes.Length < 600_000, $"{pdf.Bytes.Length} bytes");
    }

    [Fact]
    public void Pages_are_A4_with_the_narrative_portrait_and_wide_tables_landscape()
    {
        Assert.InRange(pdf.Pages.Count, 15, 80);
        Assert.All(pdf.Pages, p => Assert.Equal(595.28 * 841.89, p.Width * p.Height, 0.02 * 595.28 * 841.89));
        var narrative = BodyPageWith(SampleDocument.Sentence[..20]);
        Assert.True(pdf.Pages[narrative].Height > pdf.Pages[narrative].Width);
        foreach (var table in pdf.Tables.Where(t => t.Landscape))
        {
            var page = BodyPageWith(table.Title);
            Assert.True(page >= 0, table.Title);
            Assert.True(pdf.Pages[page].Width > pdf.Pages[page].Height, $"{table.Title} is not on a landscape page");
        }
    }

    [Fact]
    public void Pages_after_the_contents_are_numbered_and_the_cover_is_not()
    {
        Assert.DoesNotContain("页", pdf.Pages[0].Text);
        for (var i = FrontPages; i < pdf.Pages.Count; i++)
            Assert.Contains($"第 {i - FrontPages + 1} 页", pdf.Pages[i].Text);
    }

    [Fact]
    public void The_contents_list_each_heading_with_the_page_it_is_printed_on()
    {
        var contents = string.Concat(pdf.Pages.Take(FrontPages).Skip(1).Select(p => p.Text));
        Assert.StartsWith("目", contents);
        var headings = pdf.Document.Blocks.OfType<HeadingBlock>().Where(h => h.Level <= 2).ToList();
        Assert.NotEmpty(headings);
        foreach (var heading in headings)
        {
            var text = heading.Number is { } n ? (n.EndsWith('、') ? n + heading.Text : n + " " + heading.Text) : heading.Text;
            var match = Regex.Match(contents, Regex.Escape(text) + "(\\d+)");
            Assert.True(match.Success, $"目录 lacks {text}");
            var page = BodyPageWith(text);
            Assert.Equal(page - FrontPages + 1, int.Parse(match.Groups[1].Value));
        }
        // Tables and forms listed by their own entries, with the page they start on.
        foreach (var block in pdf.Document.Blocks)
        {
            var (entry, title) = block switch
            {
                TableBlock t => (t.Contents, t.Table.Title),
                FormBlock f => (f.Contents, f.Form.Title),
                _ => (null, ""),
            };
            if (entry is null) continue;
            var match = Regex.Match(contents, Regex.Escape(entry.Number + entry.Text) + "(\\d+)");
            Assert.True(match.Success, $"目录 lacks {entry.Number}{entry.Text}");
            Assert.Equal(BodyPageWith(title) - FrontPages + 1, int.Parse(match.Groups[1].Value));
        }
    }

    [Fact]
    public void Bookmarks_lead_to_the_parts_sections_and_tables()
    {
        using var document = PdfDocument.Open(pdf.Bytes);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks!.Roots.ToList();
        var part = Assert.Single(roots, n => n.Title == "第一部分 单位概况");
        Assert.Contains(part.Children, c => c.Title == "一、基本职能及主要工作");
        var all = Flatten(roots).OfType<DocumentBookmarkNode>().ToList();
        var income = Assert.Single(all, n => n.Title.EndsWith(pdf.Tables[1].Title, StringComparison.Ordinal));
        Assert.Equal(BodyPageWith(pdf.Tables[1].Title) + 1, income.PageNumber);
        var tablesPart = Assert.Single(roots, n => n.Title.StartsWith("第四部分", StringComparison.Ordinal));
        Assert.Contains(Flatten(tablesPart.Children), n => n.Title.Contains(pdf.Tables[^1].Title, StringComparison.Ordinal));
    }

    private static IEnumerable<BookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));

    [Fact]
    public void Bold_text_is_filled_and_stroked_and_body_text_filled()
    {
        using var document = PdfDocument.Open(pdf.Bytes);
        var page = document.GetPage(BodyPageWith("基本职能及主要工作") + 1);
        var heading = PdfProbe.Find(page, "基本职能及主要工作");
        Assert.NotEmpty(heading);
        Assert.All(heading, l => Assert.Equal(TextRenderingMode.FillThenStroke, l.RenderingMode));
        var body = PdfProbe.Find(page, "贯彻执行养老");
        Assert.NotEmpty(body);
        Assert.All(body, l => Assert.Equal(TextRenderingMode.Fill, l.RenderingMode));
        // A bold run inside a paragraph (the term of a 名词解释 entry).
        var glossary = document.GetPage(BodyPageWith(SampleDocument.Term + "：指为保障") + 1);
        Assert.All(PdfProbe.Find(glossary, SampleDocument.Term + "："), l => Assert.Equal(TextRenderingMode.FillThenStroke, l.RenderingMode));
        Assert.All(PdfProbe.Find(glossary, "指为保障"), l => Assert.Equal(TextRenderingMode.Fill, l.RenderingMode));
    }

    [Fact]
    public void Placeholders_are_highlighted()
    {
        using var document = PdfDocument.Open(pdf.Bytes);
        var page = document.GetPage(BodyPageWith(SampleDocument.Placeholder) + 1);
        var letters = PdfProbe.Find(page, SampleDocument.Placeholder);
        Assert.NotEmpty(letters);
        Assert.All(letters, l =>
        {
            var (r, g, b) = l.Color.ToRGBValues();
            Assert.True(r > 0.5 && g < 0.2 && b < 0.2, $"placeholder colour {r} {g} {b}");
        });
        var sentence = PdfProbe.Find(page, "万元，主要原因是");
        Assert.All(sentence, l => Assert.Equal((0d, 0d, 0d), l.Color.ToRGBValues()));
    }
}

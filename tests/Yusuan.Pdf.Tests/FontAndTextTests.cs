using UglyToad.PdfPig;
using Yusuan.Core.Documents;

namespace Yusuan.Pdf.Tests;

public sealed class FontAndTextTests
{
    [Fact]
    public void Without_the_font_the_error_names_the_package_to_install()
    {
        var e = Assert.Throws<PdfFontException>(() => CjkFontLocator.Locate(null, null, [new FontFile("/nonexistent/wqy-microhei.ttc")], useFontconfig: false));
        Assert.Contains("fonts-wqy-microhei", e.Message);
        Assert.Contains(CjkFontLocator.EnvironmentVariable, e.Message);
    }

    [Fact]
    public void A_font_named_in_the_environment_must_exist()
    {
        var e = Assert.Throws<PdfFontException>(() => CjkFontLocator.Locate(null, "/nonexistent/font.ttf:1", [], useFontconfig: false));
        Assert.Contains("/nonexistent/font.ttf", e.Message);
    }

    [Fact]
    public void A_CFF_font_is_refused_because_its_text_would_not_extract()
    {
        const string noto = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
        if (!NotoPresent(noto)) return; // nothing to try on a developer's machine without Noto CJK; CI installs it
        var e = Assert.Throws<PdfFontException>(() => PdfDocumentWriter.Render(
            new PublishedDocument { Title = "测试", Blocks = [] }, new PdfWriterOptions { Font = new FontFile(noto, 2) }));
        Assert.Contains("TrueType", e.Message);
    }

    [Fact]
    public void A_font_folder_holding_only_a_CFF_font_gives_a_clear_message_naming_the_fonts_to_install()
    {
        const string noto = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
        if (!NotoPresent(noto)) return;
        var e = Assert.Throws<PdfFontException>(() => CjkFontLocator.Locate(null, null, [new FontFile("/nonexistent/uming.ttc"), new FontFile(noto, 2)], useFontconfig: false));
        Assert.Contains("CFF", e.Message);
        Assert.Contains(noto, e.Message);
        Assert.Contains(CjkFontLocator.BodyPackage, e.Message);
        Assert.Contains(CjkFontLocator.Package, e.Message);
        // Named in the environment, it is refused at lookup (before any page is drawn), not when the PDF is written.
        var env = Assert.Throws<PdfFontException>(() => CjkFontLocator.Locate(null, noto + ":2", [], useFontconfig: false));
        Assert.Contains("CFF", env.Message);
    }

    [Fact]
    public void The_heading_face_falls_back_to_the_body_face()
    {
        var body = new FontFile("/body.ttc");
        Assert.Equal(body, CjkFontLocator.LocateHeading(body, null, [new FontFile("/nonexistent/wqy.ttc")], useFontconfig: false));
    }

    [Fact]
    public void The_default_font_is_found()
    {
        var file = CjkFontLocator.Locate();
        Assert.True(File.Exists(file.Path));
    }

    [Fact]
    public void Without_subsetting_the_whole_face_is_embedded()
    {
        var document = new PublishedDocument { Title = "广元市社会保险事务中心", TableOfContents = false, Blocks = [new ParagraphBlock([new TextRun("部门收支总表 1,183.38")])] };
        var subset = PdfDocumentWriter.Render(document);
        var whole = PdfDocumentWriter.Render(document, new PdfWriterOptions { Subset = false });
        Assert.True(subset.Length < 60_000, $"subset {subset.Length}");
        Assert.True(whole.Length > 1_000_000, $"whole {whole.Length}");
        using var pdf = PdfDocument.Open(subset);
        Assert.Contains("部门收支总表 1,183.38", pdf.GetPage(2).Text);
    }

    [Fact]
    public void Written_to_a_path_the_file_is_a_pdf()
    {
        var dir = Directory.CreateTempSubdirectory("yusuan-pdf-").FullName;
        try
        {
            var path = Path.Combine(dir, "sub", "document.pdf");
            PdfDocumentWriter.Write(new PublishedDocument { Title = "测试", Blocks = [new HeadingBlock(1, "概况")] }, path);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
            using var pdf = PdfDocument.Open(bytes);
            Assert.Equal(3, pdf.NumberOfPages); // cover, 目录, the heading's page
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static List<string> Wrap(string text, float width) => TextBreaker.Wrap(text, s => s.EnumerateRunes().Sum(r => TextBreaker.IsWide(r.Value) ? 10f : 5f), width);

    [Fact]
    public void Lines_break_between_Han_characters_but_not_inside_numbers()
    {
        var lines = Wrap("收支预算总数1,183.38万元", 90);
        Assert.Equal("收支预算总数", lines[0]);
        Assert.Equal("1,183.38万元", lines[1]);
        Assert.Equal("收支预算总数1,183.38万元", string.Concat(lines));
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line_and_opening_never_ends_one()
    {
        // Ten characters fit; the comma would start the second line, so it stays with 元.
        var lines = Wrap("一二三四五六七八九元，比上年（增加）", 100);
        Assert.All(lines.Skip(1), l => Assert.DoesNotContain(l[0], "，。、；：）”"));
        Assert.All(lines, l => Assert.DoesNotContain(l[^1], "（“"));
        Assert.Equal("一二三四五六七八九元，比上年（增加）", string.Concat(lines));
        Assert.Equal("92.15%。", Wrap("基本支出占92.15%。", 40)[^1]);
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut_between_characters()
    {
        var lines = Wrap("12345678901234567890", 50);
        Assert.All(lines, l => Assert.True(l.Length <= 10));
        Assert.Equal("12345678901234567890", string.Concat(lines));
    }

    /// <summary>Whether Noto CJK is installed; where the tools are required (CI, .ci/setup installs it) its absence fails the test.</summary>
    private static bool NotoPresent(string path)
    {
        if (File.Exists(path)) return true;
        Assert.False(Environment.GetEnvironmentVariable("YUSUAN_REQUIRE_TOOLS") == "1", $"{path} missing: .ci/setup installs fonts-noto-cjk");
        return false;
    }
}

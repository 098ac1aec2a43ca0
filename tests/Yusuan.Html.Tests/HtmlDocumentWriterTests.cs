using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Yusuan.Core.Documents;
using Yusuan.Core.Input;
using Yusuan.Core.Model;
using Yusuan.Core.Tables;
using Yusuan.Tests.Shared.Documents;

namespace Yusuan.Html.Tests;

/// <summary>The guangyuan sample document written as one web page, parsed back.</summary>
public sealed class HtmlDocumentWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("yusuan-html-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly Lazy<string> Page = new(() => HtmlDocumentWriter.ToHtml(SampleDocument.Guangyuan, GuangyuanOptions()));

    /// <summary>Last year's 三公 as the sample's input states it, for the 三公 chart.</summary>
    private static HtmlOptions GuangyuanOptions()
    {
        var budget = BudgetReader.Read(SampleDocument.Sample("guangyuan-2025"));
        var previous = budget.ThreePublicPrevious.Values.Aggregate(new ThreePublicFigures(0, 0, 0, 0),
            (a, f) => new ThreePublicFigures(a.Abroad + f.Abroad, a.VehiclePurchase + f.VehiclePurchase, a.VehicleOperation + f.VehicleOperation, a.Reception + f.Reception));
        return new HtmlOptions { ThreePublicLastYear = previous, Year = budget.Year };
    }

    private static IDocument Parse(string html)
    {
        // Strict mode throws on any parse error, so a parse is also a check that the page is well formed HTML.
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = true });
        return parser.ParseDocument(html);
    }

    private static IDocument Dom => Parse(Page.Value);

    private string Keep(string html, string name)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, html);
        if (Environment.GetEnvironmentVariable("YUSUAN_DOC_OUT") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.Copy(path, Path.Combine(keep, name), overwrite: true);
        }
        return path;
    }

    [Fact]
    public void The_page_is_well_formed_html_and_xml()
    {
        var html = Page.Value;
        Keep(html, "document.html");
        Assert.StartsWith("<!DOCTYPE html>", html);
        Parse(html);
        // Written so that it is also well-formed XML: every element closed, only XML's own entities.
        var xml = XDocument.Parse(html["<!DOCTYPE html>".Length..]);
        Assert.Equal("html", xml.Root!.Name.LocalName);
    }

    [Fact]
    public void The_page_needs_nothing_from_elsewhere()
    {
        var html = Page.Value;
        var dom = Dom;
        Assert.Empty(dom.QuerySelectorAll("script, link, iframe, img, object, embed"));
        Assert.Empty(dom.QuerySelectorAll("[src]"));
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(", html);
        var addresses = System.Text.RegularExpressions.Regex.Matches(html, "https?://[^\"' )<]+").Select(m => m.Value).Distinct();
        Assert.All(addresses, a => Assert.Equal("http://www.w3.org/2000/svg", a));
        Assert.Equal("width=device-width, initial-scale=1", dom.QuerySelector("meta[name=viewport]")!.GetAttribute("content"));
        var css = dom.QuerySelector("style")!.TextContent;
        Assert.Contains("@media print", css);
        Assert.Contains("position: sticky", css);
        Assert.Contains("overflow: auto", css);
    }

    [Fact]
    public void Headings_sentences_and_placeholders()
    {
        var dom = Dom;
        Assert.Equal("广元市社会保险事务中心2025年部门预算", dom.QuerySelector("h1")!.TextContent);
        Assert.Equal(["第一部分　单位概况", "第二部分　情况说明", "第四部分　部门预算表"], dom.QuerySelectorAll("main h2.level-1").Select(h => h.TextContent));
        Assert.All(dom.QuerySelectorAll("main h2.level-1"), h => Assert.Contains("new-page", h.ClassList));
        Assert.Contains("（一）支出预算情况", dom.QuerySelectorAll("h4.level-3").Select(h => h.TextContent));

        var paragraphs = dom.QuerySelectorAll("main p.indent").Select(p => p.TextContent).ToList();
        Assert.Contains(paragraphs, t => t.Contains("2025年收支总预算1183.38万元，比上年减少，主要原因是" + SampleDocument.Placeholder + "。"));
        Assert.Contains(paragraphs, t => t.Contains("基本支出1090.44万元，占92.15%；项目支出92.94万元。"));
        Assert.Equal(SampleDocument.Placeholder, dom.QuerySelector("mark.placeholder")!.TextContent);
        Assert.Contains(dom.QuerySelectorAll("main p.plain"), p => p.TextContent == "注：本文中金额单位均为万元。");
    }

    [Fact]
    public void Figures_tell_the_reviewer_where_they_come_from()
    {
        var figure = Dom.QuerySelectorAll("span.fig").First(s => s.TextContent == "1183.38");
        var title = figure.GetAttribute("title")!;
        Assert.Contains("部门支出总表 合计行 合计列", title);
        Assert.Contains("来源：附表 3　部门支出总表，行 total，列 合计", title);
        Assert.Contains("精确值：11833800", title);
        Assert.Equal("expenditure", figure.GetAttribute("data-table"));
        Assert.Equal("#table-expenditure", figure.GetAttribute("data-href"));
        var share = Dom.QuerySelectorAll("span.fig").First(s => s.TextContent == "92.15%");
        Assert.Contains("基本支出 ÷ 合计", share.GetAttribute("title"));
    }

    [Fact]
    public void The_contents_link_to_every_part_and_table()
    {
        var dom = Dom;
        var links = dom.QuerySelectorAll("nav.toc a").ToList();
        Assert.Contains(links, a => a.TextContent == "第一部分　单位概况");
        Assert.Contains(links, a => a.TextContent == "一、主要职能");
        Assert.Contains(links, a => a.TextContent == "预算图解");
        Assert.DoesNotContain(links, a => a.TextContent.Contains("（一）"));
        // Tables that no heading introduces are listed under their part.
        Assert.Contains(links, a => a.TextContent == "附表 3　部门支出总表" && a.GetAttribute("href") == "#table-expenditure");
        foreach (var a in links)
        {
            var id = a.GetAttribute("href")![1..];
            Assert.NotNull(dom.GetElementById(id));
        }
        // Every id is unique.
        var ids = dom.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Tables_have_merged_sticky_headers_right_aligned_amounts_and_bold_totals()
    {
        var dom = Dom;
        Assert.Equal(SampleDocument.Tables.Count, dom.QuerySelectorAll("section.table-block").Length);
        var spending = dom.GetElementById("table-expenditure")!;
        Assert.Equal("附表 3", spending.QuerySelector(".table-number")!.TextContent);
        Assert.Equal("部门支出总表", spending.QuerySelector(".table-title")!.TextContent);
        Assert.Equal(["部门：广元市社会保险事务中心", "金额单位：万元"], spending.QuerySelectorAll(".table-meta span").Select(s => s.TextContent));
        Assert.NotNull(spending.QuerySelector("div.scroll > table > thead"));
        var header = spending.QuerySelectorAll("thead tr").ToList();
        Assert.Equal(2, header.Count);
        var code = header[0].QuerySelector("th")!;
        Assert.Equal(("科目编码", "3"), (code.TextContent, code.GetAttribute("colspan")));
        Assert.Equal("2", header[0].QuerySelectorAll("th").Single(th => th.TextContent == "单位代码").GetAttribute("rowspan"));
        Assert.Equal(["类", "款", "项"], header[1].QuerySelectorAll("th").Select(th => th.TextContent));

        var rows = spending.QuerySelectorAll("tbody tr").ToList();
        Assert.Contains("sum", rows[0].ClassList);
        Assert.Equal("total", rows[0].GetAttribute("data-key"));
        var total = rows[0].QuerySelectorAll("td").ToList();
        Assert.Equal(("合 计", "1,183.38"), (total[4].TextContent, total[5].TextContent));
        Assert.Contains("num", total[5].ClassList);
        var detail = rows.Single(r => r.TextContent.Contains("社会保险经办机构")).QuerySelectorAll("td").ToList();
        Assert.DoesNotContain("sum", detail[0].ParentElement!.ClassList);
        Assert.Contains("code", detail[0].ClassList);
        Assert.Equal("975.45", detail[5].TextContent);
        Assert.Contains("landscape", spending.ClassList);

        // An empty table prints its note across the whole width.
        var empty = SampleDocument.Tables.First(t => t.IsEmpty);
        var note = dom.GetElementById("table-" + empty.Id)!.QuerySelector("tr.empty td")!;
        Assert.Equal(empty.Columns.Count.ToString(), note.GetAttribute("colspan"));
    }

    [Fact]
    public void Forms_keep_their_spans()
    {
        var form = SampleDocument.Forms[0];
        var section = Dom.GetElementById("form-1")!;
        Assert.Equal(form.Title, section.QuerySelector(".table-title")!.TextContent);
        var rows = section.QuerySelectorAll("table tr").ToList();
        Assert.Equal(form.RowCount, rows.Count);
        Assert.Equal(form.HeaderRows, section.QuerySelectorAll("thead tr").Length);
        // Each row covers the grid once its row spans from above are counted.
        var covered = new int[form.RowCount];
        for (var r = 0; r < rows.Count; r++)
            foreach (var cell in rows[r].Children)
            {
                var span = int.Parse(cell.GetAttribute("colspan") ?? "1");
                var rowSpan = int.Parse(cell.GetAttribute("rowspan") ?? "1");
                for (var k = r; k < r + rowSpan; k++) covered[k] += span;
            }
        Assert.All(covered, c => Assert.Equal(form.ColumnCount, c));
        var tall = form.Cells.First(c => c.RowSpan > 1 && form.Format(c).Length > 0);
        Assert.Contains(rows[tall.Row].Children, c => c.TextContent == form.Format(tall) && c.GetAttribute("rowspan") == tall.RowSpan.ToString());
    }

    [Fact]
    public void Charts_draw_the_table_figures()
    {
        var dom = Dom;
        var charts = dom.QuerySelectorAll("section#charts figure.chart-box").ToList();
        Assert.Equal(["chart-income", "chart-functional", "chart-nature", "chart-three-public"], charts.Select(c => c.Id));
        Assert.All(charts, c => Assert.NotNull(c.QuerySelector("svg")));

        static Dictionary<string, string> Bars(IElement chart, string? series = null) => chart.QuerySelectorAll("rect.bar")
            .Where(r => series is null || r.GetAttribute("data-series") == series)
            .ToDictionary(r => r.GetAttribute("data-label")!, r => r.GetAttribute("data-value")!);

        Assert.Equal(new Dictionary<string, string> { ["一般公共预算拨款收入"] = "1183.38" }, Bars(charts[0]));
        Assert.Equal(new Dictionary<string, string> { ["社会保障和就业支出"] = "1072.87", ["卫生健康支出"] = "30.32", ["住房保障支出"] = "80.19" }, Bars(charts[1]));
        var nature = charts[2].QuerySelectorAll("rect.bar").ToList();
        Assert.Equal(["1090.44", "92.94"], nature.Select(r => r.GetAttribute("data-value")));
        Assert.Equal("92.15%", nature[0].GetAttribute("data-share"));
        Assert.Contains("基本支出　1,090.44 万元，占 92.15%", charts[2].TextContent);
        // 三公: 1.50 万元 of 公务接待费 this year and last.
        Assert.Equal("1.5", Bars(charts[3], "2025年")["公务接待费"]);
        Assert.Equal("1.5", Bars(charts[3], "2024年")["公务接待费"]);
        Assert.Equal("1.5", Bars(charts[3], "2025年")["合计"]);
        Assert.Equal("0", Bars(charts[3], "2025年")["因公出国（境）费"]);
        Assert.Equal("#table-gpb-three-public", charts[3].QuerySelector(".chart-source a")!.GetAttribute("href"));

        // Bar lengths follow the values.
        var functional = charts[1].QuerySelectorAll("rect.bar").ToDictionary(r => r.GetAttribute("data-label")!, r => double.Parse(r.GetAttribute("width")!));
        Assert.True(functional["社会保障和就业支出"] > functional["住房保障支出"]);
        Assert.True(functional["住房保障支出"] > functional["卫生健康支出"]);
    }

    [Fact]
    public void The_three_public_chart_says_when_last_year_is_unknown()
    {
        var dom = Parse(HtmlDocumentWriter.ToHtml(SampleDocument.Guangyuan));
        var chart = dom.GetElementById("chart-three-public")!;
        Assert.Equal(["本年"], chart.QuerySelectorAll("rect.bar").Select(r => r.GetAttribute("data-series")).Distinct());
        Assert.Contains("上年数未提供", chart.TextContent);
    }

    [Fact]
    public void A_comparison_table_gives_both_years_of_three_public()
    {
        var tables = TableSetBuilder.Build(BudgetReader.Read(SampleDocument.Sample("shenzhen-2023")));
        var document = new PublishedDocument { Title = "深圳", Blocks = [.. tables.Select(t => (DocumentBlock)new TableBlock(t))] };
        var dom = Parse(HtmlDocumentWriter.ToHtml(document));
        var chart = dom.GetElementById("chart-three-public")!;
        var bars = chart.QuerySelectorAll("rect.bar").ToList();
        Assert.Equal(["2023年", "2022年"], bars.Select(r => r.GetAttribute("data-series")).Distinct());
        var three = tables.Single(t => t.Id == "gpb-three-public");
        var column = three.ColumnIndex("总计");
        var current = three.Rows.First(r => r.Key.EndsWith("/current"));
        var previous = three.Rows.First(r => r.Key.EndsWith("/previous"));
        Assert.Equal(three.Shown(current, column)!.Value.ToString("0.############"), bars.Single(b => b.GetAttribute("data-label") == "合计" && b.GetAttribute("data-series") == "2023年").GetAttribute("data-value"));
        Assert.Equal(three.Shown(previous, column)!.Value.ToString("0.############"), bars.Single(b => b.GetAttribute("data-label") == "合计" && b.GetAttribute("data-series") == "2022年").GetAttribute("data-value"));
        // 深圳's 收入 has nested sources: 一般公共预算拨款 is read from its 小计.
        var income = dom.GetElementById("chart-income")!.QuerySelectorAll("rect.bar").Select(r => r.GetAttribute("data-label")).ToList();
        Assert.Contains("一般公共预算拨款", income);
        Assert.DoesNotContain("基本支出拨款", income);
    }

    [Fact]
    public void A_document_without_tables_has_no_charts()
    {
        var html = HtmlDocumentWriter.ToHtml(new PublishedDocument
        {
            Title = "只有文字",
            Blocks = [new HeadingBlock(1, "概况") { Number = "第一部分" }, new ParagraphBlock([new TextRun("a < b & \"c\"")])],
        });
        var dom = Parse(html);
        XDocument.Parse(html["<!DOCTYPE html>".Length..]);
        Assert.Null(dom.GetElementById("charts"));
        Assert.Equal("a < b & \"c\"", dom.QuerySelector("main p")!.TextContent);
    }

    [Fact]
    public void Odd_shapes_still_make_a_well_formed_page()
    {
        var html = HtmlDocumentWriter.ToHtml(OddDocument.Build());
        var dom = Parse(html);
        System.Xml.Linq.XDocument.Parse(html["<!DOCTYPE html>".Length..]);
        Assert.Equal("边界 <情况> & \"引号\"", dom.QuerySelector("h1")!.TextContent);
        Assert.Equal("本表无数据", dom.QuerySelector("#table-odd tr.empty td")!.TextContent);
        Assert.NotNull(dom.QuerySelector("h5.level-4"));
    }

    [Fact]
    public void Writes_to_a_file_in_utf8_without_bom()
    {
        var path = Path.Combine(_dir, "page.html");
        HtmlDocumentWriter.Write(SampleDocument.Guangyuan, path);
        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Contains("部门支出总表", File.ReadAllText(path));
    }

    [ToolFact("chromium|chromium-browser|google-chrome", "pdftotext")]
    public void Chromium_renders_the_page_with_its_charts()
    {
        var path = Keep(Page.Value, "document.html");
        var chromium = ExternalTools.Chromium;
        var profile = Path.Combine(_dir, "chromium-profile");
        string[] common = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile];

        // A phone-sized screenshot.
        var png = Path.Combine(_dir, "phone.png");
        ExternalTools.Run(chromium, [.. common, "--hide-scrollbars", "--window-size=390,2400", "--screenshot=" + png, new Uri(path).AbsoluteUri], TimeSpan.FromMinutes(2));
        Assert.True(new FileInfo(png).Length > 20_000, "the screenshot is (nearly) blank");

        // Printed: the charts' SVG text and the tables come out as text in the PDF.
        var pdf = Path.Combine(_dir, "page.pdf");
        ExternalTools.Run(chromium, [.. common, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, new Uri(path).AbsoluteUri], TimeSpan.FromMinutes(2));
        var text = ExternalTools.Run(ExternalTools.Pdftotext, [pdf, "-"], TimeSpan.FromMinutes(1));
        Assert.Contains("收入预算构成", text);
        Assert.Contains("社会保障和就业支出", text);
        Assert.Contains("1,072.87", text);
        Assert.Contains("部门支出总表", text);
        if (Environment.GetEnvironmentVariable("YUSUAN_DOC_OUT") is { Length: > 0 } keep)
        {
            File.Copy(png, Path.Combine(keep, "phone.png"), overwrite: true);
            File.Copy(pdf, Path.Combine(keep, "page.pdf"), overwrite: true);
        }
    }
}

using UglyToad.PdfPig;
using Yusuan.Core.Documents;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;

namespace Yusuan.Pdf.Tests;

/// <summary>Tables and forms longer than a page, read back letter by letter.</summary>
public sealed class TableLayoutTests
{
    private const string LongName = "这是一个很长很长的功能分类科目名称，用来检验名称列在列宽不够时会换行而不会被截断或盖住相邻的金额列";

    private static Table LongTable(int rows) => new()
    {
        Id = "long",
        Number = "附表 99",
        Title = "测试长表",
        Subject = "部门：测试单位",
        UnitLabel = "金额单位：万元",
        Landscape = true,
        Presentation = new Presentation(),
        Header =
        [
            HeaderCell.Leaf("科目编码", ColumnKind.Text),
            HeaderCell.Leaf("科目名称", ColumnKind.Text),
            new HeaderCell("本年预算", ColumnKind.Amount, [HeaderCell.Leaf("合计", ColumnKind.Amount), HeaderCell.Leaf("基本支出", ColumnKind.Amount), HeaderCell.Leaf("项目支出", ColumnKind.Amount)]),
        ],
        Rows = Enumerable.Range(0, rows).Select(i => new TableRow(
            i == 0 ? RowKind.Total : RowKind.Detail, 2,
            [
                i == 0 ? "" : $"2080{i:D3}",
                i == 0 ? "合计" : i % 10 == 3 ? LongName : $"科目{i}",
                Cell.Of(1234567.89m * (i + 1)),
                Cell.Of(i * 1000m + 0.5m),
                Cell.Of(i % 2 == 0 ? 98765432.1m : 5000m),
            ], $"row:{i}")).ToList(),
    };

    /// <summary>A table of six groups of five amount columns: too wide for a landscape page at 8 pt.</summary>
    internal static Table WideTable() => new()
    {
        Id = "wide",
        Number = "附表 98",
        Title = "测试宽表",
        Subject = "部门：测试单位",
        UnitLabel = "金额单位：万元",
        Presentation = new Presentation(),
        Header =
        [
            HeaderCell.Leaf("科目编码", ColumnKind.Text),
            HeaderCell.Leaf("科目名称", ColumnKind.Text),
            .. Enumerable.Range(1, 6).Select(g => new HeaderCell($"第{g}组", ColumnKind.Amount,
                Enumerable.Range(1, 5).Select(c => HeaderCell.Leaf($"列{g}-{c}", ColumnKind.Amount)).ToList())),
        ],
        Rows = Enumerable.Range(0, 5).Select(i => new TableRow(RowKind.Detail, 1,
            [$"20801{i}", $"科目{i}", .. Enumerable.Range(0, 30).Select(c => Cell.Of(1234567.89m + c * 100 + i))], $"row:{i}")).ToList(),
    };

    [Fact]
    public void A_table_too_wide_for_8_pt_prints_in_parts_that_repeat_the_name_columns()
    {
        var table = WideTable();
        using var pdf = PdfDocument.Open(Render(new TableBlock(table)));
        var pages = pdf.GetPages().Skip(1).ToList();
        Assert.True(pages.Count >= 2, $"{pages.Count} pages");
        Assert.All(pages, p =>
        {
            Assert.Contains("科目0", p.Text);
            // No table text below 8 pt (the footer is 9 pt).
            Assert.True(p.Letters.Where(l => !char.IsWhiteSpace(l.Value[0])).Min(l => l.PointSize) >= 7.99, $"smallest {p.Letters.Min(l => l.PointSize)} pt");
        });
        Assert.Contains("测试宽表（续）", pages[^1].Text);
        var text = string.Concat(pages.Select(p => p.Text));
        for (var g = 1; g <= 6; g++) Assert.Contains($"第{g}组", text);
        // The parts print the whole table's figures: the first and the last column's.
        Assert.Contains(table.Format(table.Rows[0], 2), text);
        Assert.Contains(table.Format(table.Rows[4], 31), text);
    }

    private static byte[] Render(DocumentBlock block, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        var bytes = PdfDocumentWriter.Render(new PublishedDocument { Title = "测试", TableOfContents = false, Blocks = [block] });
        if (Environment.GetEnvironmentVariable("YUSUAN_PDF_KEEP") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.WriteAllBytes(Path.Combine(keep, name + ".pdf"), bytes);
        }
        return bytes;
    }

    [Fact]
    public void A_long_table_repeats_its_header_on_every_page_and_keeps_every_row()
    {
        var table = LongTable(150);
        using var pdf = PdfDocument.Open(Render(new TableBlock(table)));
        var pages = pdf.GetPages().Skip(1).ToList(); // after the cover
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, p =>
        {
            Assert.True(p.Width > p.Height);
            Assert.Contains("科目编码科目名称本年预算合计基本支出项目支出", string.Concat(p.Letters.Select(l => l.Value)).Replace(" ", ""));
        });
        // The title and subject line print once, above the first page's header; each later page names the table (续).
        Assert.Single(pages, p => p.Text.Contains("测试长表", StringComparison.Ordinal) && !p.Text.Contains("（续）", StringComparison.Ordinal));
        Assert.All(pages.Skip(1), p => Assert.Contains("测试长表（续）", p.Text));
        var text = string.Concat(pages.Select(p => p.Text));
        for (var i = 1; i < 150; i++) Assert.Contains($"2080{i:D3}", text);
        Assert.Contains(LongName, text);
    }

    [Fact]
    public void Amounts_are_right_aligned_and_long_names_wrap_inside_their_column()
    {
        var table = LongTable(12);
        using var pdf = PdfDocument.Open(Render(new TableBlock(table)));
        var page = pdf.GetPage(2);
        var words = page.GetWords().ToList();
        // The 合计 column's figures (1,234.57 × n): their right edges line up.
        var totals = Enumerable.Range(1, 11).Select(i => table.Presentation.Format(1234567.89m * (i + 1)))
            .Select(s => words.First(w => w.Text == s)).ToList();
        var right = totals.Select(w => w.BoundingBox.Right).ToList();
        Assert.True(right.Max() - right.Min() < 0.5, string.Join(", ", right));
        var lefts = totals.Select(w => w.BoundingBox.Left).ToList();
        Assert.True(lefts.Max() - lefts.Min() > 1, "figures of different widths should not share a left edge");

        // The long name takes several lines, all left of the first amount column.
        var letters = PdfProbe.Find(page, LongName);
        Assert.Equal(LongName.Length, letters.Count);
        Assert.True(letters.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count() >= 2, "the long name did not wrap");
        var amountLeft = totals.Min(w => w.BoundingBox.Left);
        Assert.All(letters, l => Assert.True(l.BoundingBox.Right < amountLeft, $"{l.Value} at {l.BoundingBox.Right} reaches the amounts at {amountLeft}"));
    }

    [Fact]
    public void An_empty_table_prints_its_note()
    {
        var table = LongTable(0) with { IsEmpty = true, EmptyNote = "本单位无政府性基金预算支出，故本表为空表。" };
        using var pdf = PdfDocument.Open(Render(new TableBlock(table)));
        Assert.Contains("本单位无政府性基金预算支出，故本表为空表。", pdf.GetPage(2).Text);
    }

    [Fact]
    public void A_long_form_repeats_its_header_rows()
    {
        const int rows = 90;
        var cells = new List<FormCell> { FormCell.Label(0, 0, "一级指标") with { Heading = true }, FormCell.Label(0, 1, "指标内容") with { Heading = true }, FormCell.Label(0, 2, "金额") with { Heading = true } };
        // A block of rows tied together by a merged first cell.
        cells.Add(FormCell.Label(1, 0, "产出指标") with { RowSpan = 30 });
        for (var r = 1; r < rows; r++)
        {
            if (r > 30) cells.Add(FormCell.Label(r, 0, "效益指标"));
            cells.Add(FormCell.Of(r, 1, $"指标第{r}项"));
            cells.Add(FormCell.Money(r, 2, r * 10000m));
        }
        var form = new Form
        {
            Definition = "test",
            Kind = "projectTable",
            Number = "表 99",
            Title = "测试绩效目标表",
            ColumnWidths = [12, 40, 12],
            RowCount = rows,
            Cells = cells,
            HeaderRows = 1,
            Presentation = new Presentation(),
            Landscape = false,
            Below = [new FormLine(["填报人：", "审核人："])],
        };
        using var pdf = PdfDocument.Open(Render(new FormBlock(form)));
        var pages = pdf.GetPages().Skip(1).ToList();
        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.Contains("一级指标指标内容金额", p.Text));
        var text = string.Concat(pages.Select(p => p.Text));
        for (var r = 1; r < rows; r++) Assert.Contains($"指标第{r}项", text);
        Assert.Contains("填报人：", pages[^1].Text);
        // The merged 产出指标 cell prints its text once.
        Assert.Equal(1, pages.Sum(p => CountOf(p.Text, "产出指标")));
    }

    [Fact]
    public void A_project_block_carried_over_a_page_repeats_the_form_and_project_name()
    {
        const int rows = 70;
        var cells = new List<FormCell> { FormCell.Label(0, 0, "一级指标") with { Heading = true }, FormCell.Label(0, 1, "指标内容") with { Heading = true } };
        for (var r = 1; r < rows; r++) { cells.Add(FormCell.Label(r, 0, "产出指标")); cells.Add(FormCell.Of(r, 1, $"指标第{r}项")); }
        var form = new Form
        {
            Definition = "test", Kind = "projectTable", Number = "表13", Title = "项目支出绩效目标表", ProjectName = "社会保险经办专项经费",
            ColumnWidths = [12, 40], RowCount = rows, Cells = cells, HeaderRows = 1, Presentation = new Presentation(),
        };
        using var pdf = PdfDocument.Open(Render(new FormBlock(form)));
        var pages = pdf.GetPages().Skip(1).ToList();
        Assert.True(pages.Count >= 2);
        foreach (var page in pages.Skip(1))
        {
            Assert.Contains("表13 项目支出绩效目标表（续）", page.Text);
            Assert.Contains("社会保险经办专项经费", page.Text);
        }
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}

using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Xunit.Abstractions;
using Yusuan.Core.Tables;

namespace Yusuan.Spreadsheet.Tests;

public sealed class TableWorkbookWriterTests(ITestOutputHelper output) : IDisposable
{
    private readonly ITestOutputHelper _output = output;
    private readonly string _dir = Directory.CreateTempSubdirectory("yusuan-render-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(params Yusuan.Core.Tables.Table[] tables)
    {
        var path = Path.Combine(_dir, $"t{Guid.NewGuid():N}.xlsx");
        TableWorkbookWriter.Write(tables, path);
        return path;
    }

    private const string SpendingSheet = "附表3 部门支出总表";

    [Fact]
    public void Sheet_names_carry_number_and_title_and_are_valid_and_unique()
    {
        var weird = TableFixtures.Spending() with { Number = "表[7]", Title = "一般公共预算“三公”经费支出预算表：其中/含*结转?及\\其他事项说明很长很长很长" };
        var path = Write(TableFixtures.Spending(), TableFixtures.EmptyFund(), TableFixtures.Spending(), weird, weird);
        using var x = new XlsxProbe(path);
        var names = x.SheetNames;
        Assert.Equal(SpendingSheet, names[0]);
        Assert.Equal("附表10 政府性基金预算支出预算表", names[1]);
        Assert.Equal(SpendingSheet + "(2)", names[2]);
        Assert.StartsWith("表7 一般公共预算“三公”经费支出预算表：其中含结转及", names[3]);
        Assert.Equal(names[3][..^3] + "(2)", names[4]);
        Assert.All(names, n => Assert.True(n.Length <= 31, n));
        Assert.All(names, n => Assert.Equal(-1, n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\'])));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Title_number_subject_and_unit_sit_above_the_header()
    {
        using var x = new XlsxProbe(Write(TableFixtures.Spending()));
        var sheet = x.Sheet(SpendingSheet);
        Assert.Equal("附表 3", x.Text(sheet, "A1"));
        Assert.Equal("部门支出总表", x.Text(sheet, "A2"));
        Assert.Contains("A2:J2", XlsxProbe.Merges(sheet));
        Assert.True(x.IsBold(sheet, "A2"));
        Assert.Equal(HorizontalAlignmentValues.Center, x.Format(sheet, "A2").Alignment!.Horizontal!.Value);
        var fonts = x.WorkbookPart.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ToList();
        Assert.True(fonts[(int)x.Format(sheet, "A2").FontId!.Value].FontSize!.Val!.Value > fonts[0].FontSize!.Val!.Value);
        Assert.Equal("宋体", fonts[0].FontName!.Val!.Value);
        Assert.Equal("部门：广元市社会保险事务中心", x.Text(sheet, "A3"));
        Assert.Equal("金额单位：万元", x.Text(sheet, "F3"));
        Assert.Equal(HorizontalAlignmentValues.Right, x.Format(sheet, "F3").Alignment!.Horizontal!.Value);
    }

    [Fact]
    public void Header_tree_is_merged_across_parents_and_down_shallow_leaves()
    {
        using var x = new XlsxProbe(Write(TableFixtures.Spending()));
        var sheet = x.Sheet(SpendingSheet);
        var merges = XlsxProbe.Merges(sheet);
        Assert.Equal("科目编码", x.Text(sheet, "A4"));
        Assert.Contains("A4:C4", merges);
        Assert.Equal(["类", "款", "项"], new[] { "A5", "B5", "C5" }.Select(r => x.Text(sheet, r)));
        Assert.Equal("单位代码", x.Text(sheet, "D4"));
        Assert.Contains("D4:D5", merges);
        Assert.Contains("E4:E5", merges);
        Assert.Equal("对附属单位补助支出", x.Text(sheet, "J4"));
        Assert.Contains("J4:J5", merges);
        Assert.DoesNotContain(merges, m => m.StartsWith("A5", StringComparison.Ordinal));
        Assert.True(x.IsBold(sheet, "D4"));
        var header = x.Format(sheet, "B4"); // covered by the merge, still bordered and filled
        Assert.Equal(1u, header.BorderId!.Value);
        Assert.NotEqual(0u, header.FillId!.Value);
        Assert.True(x.Format(sheet, "D4").Alignment!.WrapText!.Value);
    }

    [Fact]
    public void Amounts_are_stored_as_exact_printed_numbers_with_the_presentation_format()
    {
        using var x = new XlsxProbe(Write(TableFixtures.Spending()));
        var sheet = x.Sheet(SpendingSheet);
        Assert.Equal("1183.38", x.Text(sheet, "F6"));
        Assert.Null(XlsxProbe.CellAt(sheet, "F6")!.DataType);
        Assert.Equal("975.45", x.Text(sheet, "F8"));  // 9 754 512.34 元
        Assert.Equal("92.94", x.Text(sheet, "H8"));
        Assert.Equal("0", x.Text(sheet, "I8"));
        Assert.Equal(TableFixtures.WanYuan.ExcelFormat, x.NumberFormatCode(sheet, "F6"));
        Assert.Equal("#,##0.00;-#,##0.00;;@", x.NumberFormatCode(sheet, "I8")); // zero shows blank
        Assert.True(x.IsBold(sheet, "F6"));
        Assert.True(x.IsBold(sheet, "E7"));
        Assert.False(x.IsBold(sheet, "F8"));
        Assert.Equal(1u, x.Format(sheet, "F8").BorderId!.Value);
    }

    [Fact]
    public void Codes_stay_text_with_their_leading_zeros()
    {
        using var x = new XlsxProbe(Write(TableFixtures.Spending()));
        var sheet = x.Sheet(SpendingSheet);
        Assert.Equal(CellValues.SharedString, XlsxProbe.CellAt(sheet, "B8")!.DataType!.Value);
        Assert.Equal("208", x.Text(sheet, "A8"));
        Assert.Equal("01", x.Text(sheet, "B8"));
        Assert.Equal("社会保险经办机构", x.Text(sheet, "E8"));
        Assert.Equal("合 计", x.Text(sheet, "E6"));
    }

    [Fact]
    public void Code_columns_are_centred_and_names_indent_only_without_codes()
    {
        using var x = new XlsxProbe(Write(TableFixtures.Spending()));
        var sheet = x.Sheet(SpendingSheet);
        Assert.Equal(HorizontalAlignmentValues.Center, x.Format(sheet, "A8").Alignment!.Horizontal!.Value);
        Assert.Equal(HorizontalAlignmentValues.Center, x.Format(sheet, "D8").Alignment!.Horizontal!.Value);
        Assert.Equal(HorizontalAlignmentValues.Left, x.Format(sheet, "E8").Alignment!.Horizontal!.Value);
        Assert.Null(x.Format(sheet, "E8").Alignment!.Indent);

        var named = TableFixtures.Spending() with
        {
            Header = [HeaderCell.Leaf("项目", ColumnKind.Text), HeaderCell.Leaf("金额", ColumnKind.Amount)],
            Rows =
            [
                new TableRow(RowKind.Group, 1, [(Yusuan.Core.Tables.Cell)"社会保障和就业支出", Yusuan.Core.Tables.Cell.Of(1m)], "g"),
                new TableRow(RowKind.Detail, 3, [(Yusuan.Core.Tables.Cell)"社会保险经办机构", Yusuan.Core.Tables.Cell.Of(1m)], "d"),
            ],
        };
        using var y = new XlsxProbe(Write(named));
        var s = y.Sheet(SpendingSheet);
        Assert.Null(y.Format(s, "A5").Alignment!.Indent);
        Assert.Equal(2u, y.Format(s, "A6").Alignment!.Indent!.Value);
    }

    [Fact]
    public void Digits_beyond_double_precision_survive()
    {
        using var x = new XlsxProbe(Write(TableFixtures.Precise()));
        var sheet = x.Sheet("精度检查表");
        Assert.Equal("123456789012345.67", x.Text(sheet, "B5"));
        Assert.Equal("-0.01", x.Text(sheet, "B6")); // -0.005 元 rounds away from zero
        Assert.Equal("#,##0.00", x.NumberFormatCode(sheet, "B5"));
        Assert.Equal("3", x.Text(sheet, "C5"));
        Assert.Equal("2.5", x.Text(sheet, "C6"));
        Assert.Null(x.NumberFormatCode(sheet, "C6"));
        Assert.Null(x.Text(sheet, "A1")); // no number, no text in row 1
    }

    [Fact]
    public void Empty_table_shows_its_header_and_the_note_merged_across()
    {
        using var x = new XlsxProbe(Write(TableFixtures.EmptyFund()));
        var sheet = x.Sheet("附表10 政府性基金预算支出预算表");
        Assert.Equal("科目编码", x.Text(sheet, "A4"));
        Assert.Equal("备注：本表无数据。", x.Text(sheet, "A6"));
        Assert.Contains("A6:G6", XlsxProbe.Merges(sheet));
        Assert.Equal(1u, x.Format(sheet, "G6").BorderId!.Value);
    }

    [Fact]
    public void Note_is_written_under_the_table()
    {
        using var x = new XlsxProbe(Write(TableFixtures.Balance()));
        var sheet = x.Sheet("附表1 部门收支总表");
        Assert.Equal("预算数", x.Text(sheet, "B5"));
        Assert.Contains("A4:B4", XlsxProbe.Merges(sheet));
        Assert.Equal("1183.38", x.Text(sheet, "B6"));
        Assert.Null(x.Text(sheet, "B7"));
        Assert.Equal("注：本表按单位分列，尾数差因四舍五入形成。", x.Text(sheet, "A9"));
        Assert.Contains("A9:D9", XlsxProbe.Merges(sheet));
    }

    [Fact]
    public void Panes_freeze_below_the_header_and_right_of_the_key_columns()
    {
        using var x = new XlsxProbe(Write(TableFixtures.Spending(), TableFixtures.Balance()));
        var pane = x.Sheet(SpendingSheet).Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(5, pane.VerticalSplit!.Value);
        Assert.Equal(5, pane.HorizontalSplit!.Value);
        Assert.Equal("F6", pane.TopLeftCell!.Value);
        var balance = x.Sheet("附表1 部门收支总表").Descendants<Pane>().Single();
        Assert.Equal(5, balance.VerticalSplit!.Value);
        Assert.Equal("B6", balance.TopLeftCell!.Value);
    }

    [Fact]
    public void Page_setup_is_A4_fit_to_width_landscape_or_portrait_with_page_numbers()
    {
        using var x = new XlsxProbe(Write(TableFixtures.Spending(), TableFixtures.EmptyFund()));
        var landscape = x.Sheet(SpendingSheet);
        var setup = landscape.Descendants<PageSetup>().Single();
        Assert.Equal(9u, setup.PaperSize!.Value);
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1u, setup.FitToWidth!.Value);
        Assert.Equal(0u, setup.FitToHeight!.Value);
        Assert.True(landscape.Descendants<PageSetupProperties>().Single().FitToPage!.Value);
        Assert.Equal("&C第 &P 页 共 &N 页", landscape.Descendants<OddFooter>().Single().Text);
        Assert.NotNull(landscape.Descendants<PageMargins>().SingleOrDefault());
        var portrait = x.Sheet("附表10 政府性基金预算支出预算表").Descendants<PageSetup>().Single();
        Assert.Equal(OrientationValues.Portrait, portrait.Orientation!.Value);
        Assert.Equal(9u, portrait.PaperSize!.Value);
    }

    [Fact]
    public void Header_rows_repeat_on_every_printed_page()
    {
        using var x = new XlsxProbe(Write(TableFixtures.Spending(), TableFixtures.Precise()));
        var names = x.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();
        Assert.Equal(2, names.Count);
        Assert.Equal(0u, names[0].LocalSheetId!.Value);
        Assert.Equal("'附表3 部门支出总表'!$4:$5", names[0].Text);
        Assert.Equal(1u, names[1].LocalSheetId!.Value);
        Assert.Equal("'精度检查表'!$4:$4", names[1].Text);
    }

    [Fact]
    public void Column_widths_come_from_the_header_or_the_content()
    {
        using var x = new XlsxProbe(Write(TableFixtures.Spending()));
        var columns = x.Sheet(SpendingSheet).Descendants<Column>().ToList();
        Assert.Equal(10, columns.Count);
        Assert.Equal(6, columns[0].Width!.Value);
        Assert.Equal(34, columns[4].Width!.Value);
        Assert.All(columns.Skip(5), c => Assert.InRange(c.Width!.Value, 8, 60));
        // 对附属单位补助支出 (18 wide) wraps onto two lines rather than widening its column to 20.
        Assert.InRange(columns[9].Width!.Value, 11, 14);
        var longName = TableFixtures.Spending() with
        {
            Header = [HeaderCell.Leaf("名称", ColumnKind.Text), HeaderCell.Leaf("金额", ColumnKind.Amount)],
            Rows = [new TableRow(RowKind.Detail, 0, [(Yusuan.Core.Tables.Cell)"社会保险经办机构", Yusuan.Core.Tables.Cell.Of(1m)], "k")],
        };
        using var y = new XlsxProbe(Write(longName));
        var widths = y.Sheet(SpendingSheet).Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(18, widths[0]); // 8 CJK characters count 16, plus padding
        Assert.Equal(8, widths[1]);  // the minimum
    }

    [Fact]
    public void Workbook_is_valid_open_xml()
    {
        using var x = new XlsxProbe(Write(TableFixtures.Spending(), TableFixtures.EmptyFund(), TableFixtures.Balance(), TableFixtures.Precise()));
        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(x.Document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Stream_overload_writes_the_same_workbook()
    {
        using var stream = new MemoryStream();
        TableWorkbookWriter.Write([TableFixtures.Spending()], stream);
        stream.Position = 0;
        using var x = new XlsxProbe(stream);
        Assert.Equal([SpendingSheet], x.SheetNames);
        Assert.Equal("1183.38", x.Text(x.Sheet(SpendingSheet), "F6"));
    }

    [Fact]
    public void No_tables_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => TableWorkbookWriter.Write([], Path.Combine(_dir, "none.xlsx")));
    }

    [Fact]
    public void Large_tables_are_written_quickly_and_completely()
    {
        const int extra = 200_000;
        var table = TableFixtures.Spending(extraRows: extra);
        var path = Path.Combine(_dir, "large.xlsx");
        var watch = Stopwatch.StartNew();
        TableWorkbookWriter.Write([table], path);
        watch.Stop();
        _output.WriteLine($"wrote {table.Rows.Count} rows × {table.Columns.Count} columns in {watch.Elapsed.TotalSeconds:F2} s, {new FileInfo(path).Length / 1024} KiB");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");

        using var doc = SpreadsheetDocument.Open(path, false);
        var part = doc.WorkbookPart!.WorksheetParts.Single();
        using var reader = OpenXmlReader.Create(part);
        var rows = 0;
        string? lastRef = null;
        string? lastValue = null;
        var inF = false;
        while (reader.Read())
        {
            if (!reader.IsStartElement) continue;
            if (reader.ElementType == typeof(Row)) rows++;
            else if (reader.ElementType == typeof(DocumentFormat.OpenXml.Spreadsheet.Cell))
            {
                var reference = reader.Attributes.Single(a => a.LocalName == "r").Value!;
                inF = reference.StartsWith('F');
                if (inF) lastRef = reference;
            }
            else if (inF && reader.ElementType == typeof(CellValue)) lastValue = reader.GetText();
        }
        Assert.Equal(5 + 8 + extra, rows);
        Assert.Equal($"F{5 + 8 + extra}", lastRef);
        Assert.Equal("143.46", lastValue); // 1 234 567.89 + 199 999 元 = 143.456689 万元
    }
}

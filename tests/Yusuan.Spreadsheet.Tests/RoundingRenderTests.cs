using Yusuan.Checks.Printed;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Spreadsheet.Tests;

/// <summary>
/// Every renderer prints the table's shown figure (Table.Shown), so the workbook, the CSV, Table.Printed and what the
/// checks read agree, under either rounding policy. Figures of reference 004: 基本 5,104.40 + 项目 293,343.25 =
/// 298,447.65 万元, printed 5,104 + 293,343 ≠ 298,448 cell by cell, 5,105 + 293,343 = 298,448 by largest remainder.
/// </summary>
public sealed class RoundingRenderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("yusuan-rounding-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Table Table(string rounding) => new()
    {
        Id = "expenditure",
        Number = "表 3",
        Title = "支出总表",
        Subject = "部门名称：深圳市社会保险基金管理局本级",
        UnitLabel = "单位：万元",
        Header = [HeaderCell.Leaf("预算单位", ColumnKind.Text, 30), HeaderCell.Leaf("支出总计", ColumnKind.Amount),
            HeaderCell.Leaf("基本支出", ColumnKind.Amount), HeaderCell.Leaf("项目支出", ColumnKind.Amount)],
        Rows =
        [
            new TableRow(RowKind.Department, 0, ["深圳市人力资源和社会保障局", Cell.Of(2984476500m), Cell.Of(51044000m), Cell.Of(2933432500m)], "department"),
            new TableRow(RowKind.Unit, 1, ["深圳市社会保险基金管理局本级", Cell.Of(2984476500m), Cell.Of(51044000m), Cell.Of(2933432500m)], "unit:307002"),
        ],
        Presentation = new Presentation { Decimals = 0, BlankZero = false, Rounding = rounding },
        Sums = [SumBlock.Of([0, 1], [-1, 0], [1, 2, 3], [-1, 0, 0])],
    };

    public static TheoryData<string, string[]> Policies => new()
    {
        { Presentation.CellRounding, ["298448", "5104", "293343"] },
        { Presentation.LargestRemainderRounding, ["298448", "5105", "293343"] },
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void Workbook_csv_table_and_checks_print_the_same_figures(string rounding, string[] expected)
    {
        var table = Table(rounding);
        var thousands = expected.Select(e => int.Parse(e).ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(thousands, new[] { "支出总计", "基本支出", "项目支出" }.Select(c => table.Printed("unit:307002", c)));
        Assert.Equal(expected.Select(decimal.Parse), Enumerable.Range(1, 3).Select(c => table.Shown(1, c)!.Value));

        using var csv = new StringWriter();
        TableCsvWriter.Write(table, csv);
        var lines = csv.ToString().Split("\r\n");
        Assert.Contains("深圳市社会保险基金管理局本级," + string.Join(",", expected), lines);

        var path = Path.Combine(_dir, rounding + ".xlsx");
        TableWorkbookWriter.Write([table], path);
        using (var x = new XlsxProbe(path))
        {
            var sheet = x.Sheet(x.SheetNames.Single());
            Assert.Equal(expected, new[] { "B6", "C6", "D6" }.Select(r => x.Text(sheet, r)));
            Assert.Equal(expected, new[] { "B5", "C5", "D5" }.Select(r => x.Text(sheet, r)));
        }

        var printed = PrintedTables.From(table);
        Assert.Equal(expected.Select(decimal.Parse), printed.Rows[1].Values.Skip(1).Select(v => v!.Value));
        Assert.Equal(thousands, printed.Rows[1].Texts.Skip(1));
    }

    [Fact]
    public void Only_the_adjusted_table_adds_up_as_printed()
    {
        foreach (var (rounding, addsUp) in new[] { (Presentation.CellRounding, false), (Presentation.LargestRemainderRounding, true) })
        {
            var t = Table(rounding);
            Assert.Equal(addsUp, t.Shown(1, 1) == t.Shown(1, 2) + t.Shown(1, 3));
        }
    }
}

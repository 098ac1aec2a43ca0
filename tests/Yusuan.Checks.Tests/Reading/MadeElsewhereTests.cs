using System.Text;
using Yusuan.Core.Tables;
using Yusuan.Spreadsheet;

namespace Yusuan.Checks.Tests.Reading;

/// <summary>
/// Tables made by other programs follow the import layout loosely: codes stored as numbers, unrounded figures
/// shown rounded by their number format, figures typed as text, headers without merged cells, a CSV saved by Excel
/// in GB18030. None of these is a problem: the reader reads what a reviewer sees.
/// </summary>
[Collection(SampleFilesCollection.Name)]
public class MadeElsewhereTests(SampleFiles files)
{
    private const string Expenditure = "附表3 部门支出总表";

    [Fact]
    public void Numbers_stored_as_codes_text_or_unrounded_values_read_as_printed()
    {
        var path = files.CopyWorkbook("guangyuan-2025");
        using (var e = new XlsxEdit(path))
        {
            e.Number(Expenditure, "A9", 208).Number(Expenditure, "B9", 1).Number(Expenditure, "C9", 9)
                // Stored unrounded, shown as 975.45 by the cell's #,##0.00 format.
                .Number(Expenditure, "F9", 975.4512m)
                .Text(Expenditure, "G9", "882.51")
                .Text(Expenditure, "H9", " 92.94 ")
                .Text(Expenditure, "G10", "-")
                // The header without its merged cells: parents written once, in their first column.
                .Unmerge(Expenditure, 4, 5);
        }

        var read = PrintedWorkbookReader.Read(path);

        Assert.Empty(read.Problems);
        var table = read.Tables.Single(t => t.Id == "expenditure");
        Assert.Equal("科目编码/类", table.ColumnPaths[0]);
        var row = table.Rows.Single(r => r.SheetRow == 9);
        Assert.Equal("2080109", row.Code);
        Assert.Equal(new decimal?[] { null, null, null, null, null, 975.45m, 882.51m, 92.94m, 0m, 0m }, row.Values);
        Assert.Equal("975.45", row.Texts[5]);
        Assert.Null(table.Rows.Single(r => r.SheetRow == 10).Values[6]);
    }

    [Fact]
    public void A_csv_made_elsewhere_reads_with_its_own_spacing_number_and_separators()
    {
        var dir = files.NewFolder();
        // 附表 3 as another program writes it: number and title in one line, thousands separators, no subject line,
        // 款 and 项 without their leading zero, the header's parents repeated in each column, GB18030 without BOM.
        var csv = string.Join("\r\n",
            "附表3 部门支出总表",
            "科目编码,科目编码,科目编码,单位代码,单位名称（科目）,合计,基本支出,项目支出,上缴上级支出,对附属单位补助支出",
            "类,款,项,单位代码,单位名称（科目）,合计,基本支出,项目支出,上缴上级支出,对附属单位补助支出",
            ",,,,合  计,\"1,183.38\",\"1,090.44\",92.94,,",
            ",,,342601,广元市社会保险事务中心,\"1,183.38\",\"1,090.44\",92.94,,",
            "208,1,9,342601,社会保险经办机构,975.45,882.51,92.94,,",
            "221,2,1,342601,住房公积金,208.93,207.93,1.00,,",
            "注：本表金额单位为万元。");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(dir, "expenditure.csv"), Encoding.GetEncoding("GB18030").GetBytes(csv));

        var read = PrintedWorkbookReader.Read(dir, Yusuan.Core.Profiles.ProfileLoader.Load("sichuan-2025"));

        // Only the other 11 tables the profile requires are missing (政府采购 and 购买服务 are optional in sichuan-2025);
        // the one given reads without a problem.
        Assert.All(read.Problems, p => Assert.StartsWith("缺少", p.Message));
        Assert.Equal(11, read.Problems.Count);
        var table = Assert.Single(read.Tables);
        Assert.Equal(("expenditure", "附表3", "部门支出总表", (string?)null), (table.Id, table.Number, table.Title, table.Subject));
        Assert.Equal(2, table.Decimals);
        Assert.Equal([RowKind.Total, RowKind.Unit, RowKind.Detail, RowKind.Detail], table.Rows.Select(r => r.Kind));
        Assert.Equal([null, null, "2080109", "2210201"], table.Rows.Select(r => r.Code));
        Assert.Equal([null, "342601", "342601", "342601"], table.Rows.Select(r => r.UnitCode));
        Assert.Equal(1183.38m, table.Rows[0].Values[5]);
        Assert.Equal(5, table.Rows[1].SheetRow);
        Assert.Equal("合  计", table.Rows[0].Label);
    }

    [Fact]
    public void A_class_name_of_an_earlier_year_finds_its_code_and_an_unknown_one_is_reported()
    {
        var folder = files.CopyCsvFolder("bazhong-2021");
        var file = Path.Combine(folder, "01-income-expenditure-summary.csv");
        var text = File.ReadAllText(file, Encoding.UTF8)
            .Replace(",,十、卫生健康支出,", ",,十、医疗卫生与计划生育支出,")
            .Replace(",,十一、节能环保支出,", ",,十一、环境美化支出,");
        File.WriteAllText(file, text, new UTF8Encoding(true));

        var read = PrintedWorkbookReader.Read(folder);

        var summary = read.Tables.Single(t => t.Id == "income-expenditure-summary");
        Assert.Equal("210", summary.Rows.Single(r => r.Label == "十、医疗卫生与计划生育支出").Code);
        var f = Assert.Single(read.Problems);
        Assert.Equal(("01-income-expenditure-summary.csv", 15, "支 出/项 目"), (f.Place.File!, f.Place.Row!.Value, f.Place.Field!));
        Assert.Equal("无法识别支出科目“十一、环境美化支出”：应为 2021 年支出功能分类的科目名称，如“八、社会保障和就业支出”", f.Message);
        Assert.Null(summary.Rows.Single(r => r.SheetRow == 15).Code);
    }

    [Fact]
    public void A_table_without_its_department_row_still_reads_its_units()
    {
        // 附表 3 of the three-unit sample without the row 801 某市农业农村局.
        var folder = files.CopyCsvFolder("department-2025");
        var file = Path.Combine(folder, "03-expenditure.csv");
        var lines = File.ReadAllLines(file, Encoding.UTF8).ToList();
        Assert.StartsWith(",,,801,某市农业农村局,", lines[5]);
        lines.RemoveAt(5);
        File.WriteAllLines(file, lines, new UTF8Encoding(true));

        var read = PrintedWorkbookReader.Read(folder);

        Assert.Empty(read.Problems);
        var table = read.Tables.Single(t => t.Id == "expenditure");
        Assert.DoesNotContain(table.Rows, r => r.Kind == RowKind.Department);
        Assert.Equal(["801001", "801002", "801003"], table.Rows.Where(r => r.Kind == RowKind.Unit).Select(r => r.UnitCode));
        Assert.All(table.Rows.Where(r => r.Kind == RowKind.Detail), r => Assert.NotNull(r.UnitCode));
        Assert.Equal("801001", table.Rows.First(r => r.Kind == RowKind.Detail).UnitCode);
    }
}

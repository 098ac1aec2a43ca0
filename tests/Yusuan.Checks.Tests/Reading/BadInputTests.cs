using System.Text;
using Yusuan.Core.Input;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;
using Yusuan.Spreadsheet;

namespace Yusuan.Checks.Tests.Reading;

/// <summary>
/// Bad workbooks, made by editing a good one: every problem is an R-READ error naming the file, sheet, row and
/// column, saying what is wrong and what was expected, and reading goes on with what can be read.
/// 广元 2025's 附表 3 (sheet 附表3 部门支出总表): rows 1 number, 2 title, 3 subject, 4–5 header, then 6 合 计,
/// 7 the department 342, 8 the unit 342601, 9 208 01 09 社会保险经办机构, 10 208 05 01 行政单位离退休, …;
/// columns A 类, B 款, C 项, D 单位代码, E 单位名称（科目）, F 合计, G 基本支出, H 项目支出.
/// </summary>
[Collection(SampleFilesCollection.Name)]
public class BadInputTests(SampleFiles files)
{
    private const string Sample = "guangyuan-2025";
    private const string Expenditure = "附表3 部门支出总表";

    private PrintedWorkbook ReadEdited(Action<XlsxEdit> edit)
    {
        var path = files.CopyWorkbook(Sample);
        using (var e = new XlsxEdit(path)) edit(e);
        return PrintedWorkbookReader.Read(path);
    }

    private static Finding Single(PrintedWorkbook read)
    {
        var f = Assert.Single(read.Problems);
        Assert.Equal(PrintedWorkbookReader.RuleId, f.RuleId);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("tables.xlsx", f.Place.File);
        return f;
    }

    [Fact]
    public void A_text_where_a_figure_should_be_is_located_and_the_rest_of_the_row_is_read()
    {
        var read = ReadEdited(e => e.Text(Expenditure, "F9", "1,O72.86").Text(Expenditure, "G10", "约100"));

        Assert.Equal(2, read.Problems.Count);
        var letterO = read.Problems[0];
        Assert.Equal("R-READ", letterO.RuleId);
        Assert.Equal(Severity.Error, letterO.Severity);
        Assert.Equal(Expenditure, letterO.Place.Sheet);
        Assert.Equal(9, letterO.Place.Row);
        Assert.Equal("合计", letterO.Place.Field);
        Assert.Equal("208 01 09 342601 社会保险经办机构", letterO.Place.RowLabel);
        Assert.StartsWith("“1,O72.86”不是数字：金额栏应为数字", letterO.Message);
        Assert.Equal("tables.xlsx › 附表3 部门支出总表 › 第 9 行（208 01 09 342601 社会保险经办机构） › 合计", letterO.Place.ToString());

        var about = read.Problems[1];
        Assert.Equal((10, "基本支出"), (about.Place.Row!.Value, about.Place.Field!));
        Assert.StartsWith("“约100”不是数字", about.Message);

        var table = read.Tables.Single(t => t.Id == "expenditure");
        var row = table.Rows.Single(r => r.SheetRow == 9);
        Assert.Equal(("2080109", "342601", RowKind.Detail), (row.Code, row.UnitCode, row.Kind));
        Assert.Null(row.Values[table.ColumnIndex("合计")]);
        Assert.Equal(882.51m, row.Values[table.ColumnIndex("基本支出")]);
        Assert.Equal("1,O72.86", row.Texts[table.ColumnIndex("合计")]);
        Assert.Equal(14, read.Tables.Count);
    }

    [Fact]
    public void A_header_that_does_not_match_says_which_header_was_expected()
    {
        var read = ReadEdited(e => e.Text(Expenditure, "F4", "总计"));

        var f = Single(read);
        Assert.Equal((Expenditure, 4, "F 列"), (f.Place.Sheet!, f.Place.Row!.Value, f.Place.Field!));
        Assert.Equal("表头与“附表 3 部门支出总表”的格式不符：第 6 列（F 列）表头应为“合计”，实为“总计”", f.Message);
        Assert.Contains("“科目编码/类”、“科目编码/款”", f.Hint);

        // The columns are still read in their places: the figures and codes are there to check.
        var table = read.Tables.Single(t => t.Id == "expenditure");
        Assert.Equal("总计", table.ColumnPaths[5]);
        Assert.Equal(ColumnKind.Amount, table.ColumnKinds[5]);
        var row = table.Rows.Single(r => r.SheetRow == 9);
        Assert.Equal(("2080109", 975.45m), (row.Code, row.Values[5]));
    }

    [Fact]
    public void A_header_with_a_missing_column_is_reported_and_the_known_columns_still_read()
    {
        // The last column (对附属单位补助支出) left out of the header.
        var read = ReadEdited(e => e.Clear(Expenditure, "J4"));

        // Column J holds only zeros, which the number format hides: nothing shows beyond the header.
        var f = Single(read);
        Assert.Equal((4, "J 列"), (f.Place.Row!.Value, f.Place.Field!));
        Assert.Equal("表头与“附表 3 部门支出总表”的格式不符：缺少第 10 列（J 列）“对附属单位补助支出”", f.Message);
        var table = read.Tables.Single(t => t.Id == "expenditure");
        Assert.Equal(9, table.ColumnPaths.Count);
        Assert.Equal(975.45m, table.Rows.Single(r => r.SheetRow == 9).Values[table.ColumnIndex("合计")]);
    }

    [Fact]
    public void Merged_cells_in_the_data_area_are_reported_and_the_merged_code_read_on_each_row()
    {
        // 208 written once over rows 9 and 10, as hand-made tables often do.
        var read = ReadEdited(e => e.Clear(Expenditure, "A10").Merge(Expenditure, "A9:A10"));

        var f = Single(read);
        Assert.Equal((Expenditure, 9, "科目编码/类"), (f.Place.Sheet!, f.Place.Row!.Value, f.Place.Field!));
        Assert.StartsWith("数据区有合并单元格 A9:A10：数据行的每个单元格应单独填写", f.Message);
        var table = read.Tables.Single(t => t.Id == "expenditure");
        Assert.Equal("2080501", table.Rows.Single(r => r.SheetRow == 10).Code);
    }

    [Fact]
    public void A_missing_sheet_is_reported_and_every_other_table_read()
    {
        var read = ReadEdited(e => e.RemoveSheet(Expenditure));

        var f = Single(read);
        Assert.Null(f.Place.Sheet);
        Assert.Equal("缺少“附表 3 部门支出总表”：四川省 2025 年部门预算公开（广元市格式）要求公开这张表，工作簿中没有标题为“部门支出总表”的工作表", f.Message);
        Assert.Equal(13, read.Tables.Count);
        Assert.DoesNotContain(read.Tables, t => t.Id == "expenditure");
    }

    [Fact]
    public void An_unknown_table_lists_the_expected_titles()
    {
        var read = ReadEdited(e => e.AddSheet("Sheet1", ["人员编制情况表"], ["部门：广元市社会保险事务中心", null, "单位：人"], ["类别", "编制数"]));

        var f = Single(read);
        Assert.Equal(("Sheet1", 1), (f.Place.Sheet!, f.Place.Row!.Value));
        Assert.Equal("无法识别的表“人员编制情况表”：标题与四川省 2025 年部门预算公开（广元市格式）的任何一张表都不相符，本表未检查", f.Message);
        Assert.StartsWith("表名应为以下之一：“附表 1 部门收支总表”、“附表 2 部门收入总表”、“附表 3 部门支出总表”", f.Hint);
        Assert.Equal(14, read.Tables.Count);
    }

    [Fact]
    public void A_wrong_title_on_a_known_sheet_is_reported_and_the_table_read_by_its_sheet_name()
    {
        var read = ReadEdited(e => e.Text(Expenditure, "A2", "部门支出明细表"));

        var f = Single(read);
        Assert.Equal((Expenditure, 2), (f.Place.Sheet!, f.Place.Row!.Value));
        Assert.Equal("表名不对：工作表“附表3 部门支出总表”是“附表 3 部门支出总表”，但标题为“部门支出明细表”，应为“部门支出总表”", f.Message);
        var table = read.Tables.Single(t => t.Id == "expenditure");
        Assert.Equal("部门支出明细表", table.Title);
        Assert.Equal(975.45m, table.Rows.Single(r => r.Code == "2080109").Values[table.ColumnIndex("合计")]);
    }

    [Fact]
    public void A_table_given_twice_is_read_once()
    {
        var read = ReadEdited(e => e.CopySheet(Expenditure, "部门支出总表（副本）"));

        var f = Single(read);
        Assert.Equal("部门支出总表（副本）", f.Place.Sheet);
        Assert.Equal("“附表 3 部门支出总表”重复：工作表“附表3 部门支出总表”已是这张表，本表（同一张表的续表、分表或副本）未检查", f.Message);
        Assert.Single(read.Tables, t => t.Id == "expenditure");
    }

    [Fact]
    public void Tables_of_another_profile_are_unknown_tables_and_the_expected_ones_missing()
    {
        // 巴中's workbook read as 深圳's: three titles match but for 预算 and “” (their headers do not), the rest are unknown.
        var read = PrintedWorkbookReader.Read(files.Get("bazhong-2021").Workbook, ProfileLoader.Load("shenzhen-2023"));

        Assert.Equal(["gpb-three-public", "fund", "state-capital"], read.Tables.Select(t => t.Id));
        Assert.Equal(7, read.Problems.Count(p => p.Message.StartsWith("无法识别的表", StringComparison.Ordinal)));
        Assert.Equal(8, read.Problems.Count(p => p.Message.StartsWith("缺少", StringComparison.Ordinal)));
        var headers = read.Problems.Where(p => p.Message.StartsWith("表头与", StringComparison.Ordinal)).ToList();
        Assert.Equal(["一般公共预算“三公经费”支出预算表", "政府性基金支出预算表", "国有资本经营预算支出预算表"], headers.Select(p => p.Place.Sheet));
        Assert.StartsWith("表头与“表 10 政府性基金预算支出表”的格式不符：第 1 列（A 列）表头应为“预算单位”，实为“功能科目编码(类 款项)”", headers[1].Message);
        // The wrong header is read as printed, whole: no merged header cell is taken for data.
        Assert.DoesNotContain(read.Problems, p => p.Message.StartsWith("数据区有合并单元格", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_figure_in_a_csv_is_located_by_file_and_line()
    {
        var folder = files.CopyCsvFolder(Sample);
        var file = Path.Combine(folder, "03-expenditure.csv");
        var lines = File.ReadAllLines(file, Encoding.UTF8);
        // Line 8: 208,01,09,342601,社会保险经办机构,975.45,…
        Assert.StartsWith("208,01,09,342601,社会保险经办机构,975.45,", lines[7]);
        lines[7] = lines[7].Replace("975.45", "975.4S");
        File.WriteAllLines(file, lines, new UTF8Encoding(true));

        var read = PrintedWorkbookReader.Read(folder);

        var f = Assert.Single(read.Problems);
        Assert.Equal(("03-expenditure.csv", (string?)null, 8, "合计"), (f.Place.File!, f.Place.Sheet, f.Place.Row!.Value, f.Place.Field!));
        Assert.StartsWith("“975.4S”不是数字", f.Message);
        Assert.Equal("03-expenditure.csv › 第 8 行（208 01 09 342601 社会保险经办机构） › 合计", f.Place.ToString());
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_throws_with_its_path()
    {
        var dir = files.NewFolder();
        var text = Path.Combine(dir, "tables.xlsx");
        File.WriteAllText(text, "部门支出总表,合计\n");
        var e = Assert.Throws<BudgetInputException>(() => PrintedWorkbookReader.Read(text));
        Assert.True(e.Unreadable);
        Assert.Contains(text, e.Message);
        Assert.Contains("不是有效的 xlsx 工作簿", e.Message);

        var missing = Path.Combine(dir, "nothing.xlsx");
        e = Assert.Throws<BudgetInputException>(() => PrintedWorkbookReader.Read(missing));
        Assert.Equal($"{missing}：文件不存在", e.Message);

        var empty = files.NewFolder();
        e = Assert.Throws<BudgetInputException>(() => PrintedWorkbookReader.Read(empty));
        Assert.Contains("文件夹中没有 .csv 文件", e.Message);

        var zip = Path.Combine(dir, "broken.xlsx");
        var bytes = File.ReadAllBytes(files.Get(Sample).Workbook);
        File.WriteAllBytes(zip, bytes[..(bytes.Length / 3)]);
        e = Assert.Throws<BudgetInputException>(() => PrintedWorkbookReader.Read(zip));
        Assert.True(e.Unreadable);
        Assert.Contains(zip, e.Message);
    }

    [Fact]
    public void Sheets_whose_titles_match_no_profile_cannot_be_read()
    {
        var dir = files.NewFolder();
        var csv = Path.Combine(dir, "csv");
        Directory.CreateDirectory(csv);
        File.WriteAllText(Path.Combine(csv, "a.csv"), "人员编制情况表\r\n类别,编制数\r\n行政,12\r\n", new UTF8Encoding(true));
        var error = Assert.Throws<BudgetInputException>(() => PrintedWorkbookReader.Read(csv));
        Assert.True(error.Unreadable);
        Assert.Contains("无法识别表格所属的公开格式", error.Message);
    }
}

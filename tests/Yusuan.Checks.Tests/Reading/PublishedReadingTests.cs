using Yusuan.Checks.Printed;
using Yusuan.Core.Tables;
using Yusuan.Spreadsheet;

namespace Yusuan.Checks.Tests.Reading;

/// <summary>
/// The published tables transcribed under samples/published, read as a reviewer reads them: the documents' own
/// quirks (rows without labels, names without codes, misprinted 类 names, a table printed in two parts) are read
/// into rows the checks can use, and reported only where the reader cannot place them.
/// </summary>
public class PublishedReadingTests
{
    private static PrintedWorkbook Read(string doc) => PrintedWorkbookReader.Read(Path.Combine(Repo.Root, "samples", "published", doc));

    private static PrintedRow Row(PrintedWorkbook read, string table, int line) =>
        read.Tables.Single(t => t.Id == table).Rows.Single(r => r.SheetRow == line);

    [Fact]
    public void Guangyuan_rows_without_labels_or_codes_are_placed()
    {
        var read = Read("guangyuan-2025");
        Assert.Equal("sichuan-2025", read.Profile.Id);

        // 附表3: the department row prints no code and no name; the unit row its name only (附表2 gives its code).
        Assert.Equal((RowKind.Department, (string?)null), (Row(read, "expenditure", 6).Kind, Row(read, "expenditure", 6).UnitCode));
        Assert.Equal((RowKind.Unit, "342601"), (Row(read, "expenditure", 7).Kind, Row(read, "expenditure", 7).UnitCode));
        // 附表7: the 合计 row has no label.
        Assert.Equal(RowKind.Total, Row(read, "gpb-basic", 5).Kind);
        // 附表8: 社会保险经办机构 printed without its code heads the projects printed with it.
        var heading = Row(read, "gpb-projects", 8);
        Assert.Equal((RowKind.Group, "2080109", "342601"), (heading.Kind, heading.Code, heading.UnitCode));
        var project = Row(read, "gpb-projects", 9);
        Assert.Equal((RowKind.Detail, (string?)null, "342601"), (project.Kind, project.Code, project.UnitCode));
        // 附表6: the unit block names the department as printed, the 项 rows carry the department's code 342.
        Assert.Equal("广元市人力资源和社会保障局部门", Row(read, "gpb", 7).UnitCode);
        Assert.Equal(("2080109", "342"), (Row(read, "gpb", 8).Code, Row(read, "gpb", 8).UnitCode));
        // 附表5: 302 99 with a sub-item's bare name is the sub-item.
        Assert.Equal("3029901", Row(read, "fiscal-economic", 18).Code);
        Assert.Equal(RowKind.Group, Row(read, "fiscal-economic", 17).Kind);
    }

    [Fact]
    public void Guangyuan_problems_are_the_second_part_of_table_5_its_header_and_the_tables_not_published()
    {
        var read = Read("guangyuan-2025");
        var messages = read.Problems.Select(p => $"{p.Place.File} | {p.Message.Split('：')[0]}").ToList();
        Assert.Equal(
        [
            "05-财政拨款支出预算表（部门经济分类科目）-上年结转安排.csv | “附表 5 财政拨款支出预算表（部门经济分类科目）”重复",
            "05-财政拨款支出预算表（部门经济分类科目）.csv | 表头与“附表 5 财政拨款支出预算表（部门经济分类科目）”的格式不符",
            "guangyuan-2025 | 缺少“政府采购预算表”",
            "guangyuan-2025 | 缺少“政府购买服务预算表”",
        ], messages);
        Assert.Contains("第 6 列（F 列）表头应为“当年财政拨款安排/合计”，实为“市级当年财政拨款安排/合计”", read.Problems[1].Message);
    }

    [Fact]
    public void Bazhong_misprinted_class_names_still_find_their_class()
    {
        var read = Read("bazhong-2021");
        Assert.Equal("bazhong-2021", read.Profile.Id);
        Assert.Empty(read.Problems);
        var summary = read.Tables.Single(t => t.Id == "income-expenditure-summary");
        var items = summary.ColumnIndex("支 出/项 目");
        Assert.Equal(("七、文化体育旅游与传媒支出", "207"), (Row(read, "income-expenditure-summary", 11).Texts[items], Row(read, "income-expenditure-summary", 11).Code));
        Assert.Equal(("八、社会保障与就业支出", "208"), (Row(read, "income-expenditure-summary", 12).Texts[items], Row(read, "income-expenditure-summary", 12).Code));
        Assert.Equal("215", Row(read, "income-expenditure-summary", 19).Code);
        Assert.Equal("208", Row(read, "fiscal-summary", 13).Code);
        // 表7 repeats quantity and price on its 合计 and department rows; they are still those rows.
        Assert.Equal(RowKind.Department, Row(read, "service-purchase", 6).Kind);
        Assert.Equal((RowKind.Detail, "701002"), (Row(read, "service-purchase", 7).Kind, Row(read, "service-purchase", 7).UnitCode));
        // The 基本支出表 names its unit without code; the 支出总表 prints the code beside the name.
        Assert.Equal((RowKind.Unit, "701002"), (Row(read, "gpb-basic", 7).Kind, Row(read, "gpb-basic", 7).UnitCode));
        Assert.Equal("30239", Row(read, "gpb-basic", 28).Code);
    }

    [Fact]
    public void Shenzhen_reads_without_problems_and_names_its_unit()
    {
        var read = Read("shenzhen-2023");
        Assert.Equal("shenzhen-2023", read.Profile.Id);
        Assert.Empty(read.Problems);
        Assert.Equal(11, read.Tables.Count);
        Assert.All(read.Tables, t => Assert.Equal(0, t.Decimals));
        Assert.Equal(["20899", "2089999"], read.Tables.Single(t => t.Id == "income-expenditure-summary").Rows
            .Where(r => r.Label.EndsWith("其他社会保障和就业支出", StringComparison.Ordinal)).Select(r => r.Code));
        Assert.All(read.Tables.Single(t => t.Id == "projects").Rows.Skip(2), r =>
            Assert.Equal((RowKind.Detail, (string?)null, "深圳市社会保险基金管理局本级"), (r.Kind, r.Code, r.UnitCode)));
    }
}

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
    public void Guangyuan_reads_without_problems_table_5_from_its_two_parts()
    {
        var read = Read("guangyuan-2025");
        // 附表 5 is printed in two parts: the current-year columns (as 市级当年财政拨款安排, with the region's extra group
        // 中央提前通知专项转移支付等) and the 上年结转安排 columns (with the extra 上年应返还额度结转). Both are the
        // profile's table (headerAliases, extraColumns), read as one. 政府采购 and 购买服务 are optional in sichuan-2025.
        Assert.Empty(read.Problems);
        var table5 = read.Tables.Single(t => t.Id == "fiscal-economic");
        Assert.Equal("05-财政拨款支出预算表（部门经济分类科目）.csv", table5.File);
        Assert.Equal(4 + 1 + 10 + 10 + 13, table5.ColumnPaths.Count);
        Assert.Equal("当年财政拨款安排/一般公共预算拨款/基本支出", table5.ColumnPaths[7]);
        Assert.Equal("中央提前通知专项转移支付等/合计", table5.ColumnPaths[15]);
        Assert.Equal(["上年结转安排/合计", "上年结转安排/上年应返还额度结转/项目支出"], new[] { table5.ColumnPaths[25], table5.ColumnPaths[^1] });
        // The 上年结转安排 part's 合 计 row (blank) is joined to the first part's.
        Assert.Equal((RowKind.Total, 1183.38m, (decimal?)null), (table5.Rows[0].Kind, table5.Rows[0].Values[4], table5.Rows[0].Values[25]));
        Assert.Equal(19, table5.Rows.Count);
        // 301 01 printed on 30101 and on its two sub-items (names not in the text): the first is the group.
        Assert.Equal([RowKind.Group, RowKind.Detail, RowKind.Detail, RowKind.Group],
            new[] { 10, 11, 12, 13 }.Select(l => Row(read, "fiscal-economic", l).Kind));
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

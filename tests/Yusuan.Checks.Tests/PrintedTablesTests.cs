using Yusuan.Checks.Printed;
using Yusuan.Core.Tables;

namespace Yusuan.Checks.Tests;

public class PrintedTablesTests
{
    [Fact]
    public void Own_tables_read_as_printed_figures_with_codes_and_units()
    {
        var tables = PrintedTables.From(Repo.Tables("guangyuan-2025"));
        var expenditure = tables.Single(t => t.Id == "expenditure");
        var row = expenditure.Rows.Single(r => r.Key == "unit:342601/functional:2080109");
        Assert.Equal("2080109", row.Code);
        Assert.Equal("342601", row.UnitCode);
        Assert.Equal(975.45m, row.Values[expenditure.ColumnIndex("合计")]);
        Assert.Equal(0.01m, expenditure.Unit);

        var summary = tables.Single(t => t.Id == "income-expenditure-summary");
        var spending = summary.Rows.Single(r => r.Code == "208");
        // Published mistake: 附表 1 prints 1,072.86; the lines give 1,072.87.
        Assert.Equal(1072.87m, spending.Values[summary.ColumnIndex("支 出/预算数")]);
        Assert.Equal(RowKind.Balance, spending.Kind);
    }

    [Fact]
    public void Place_names_table_row_and_column()
    {
        var t = PrintedTables.From(Repo.Tables("guangyuan-2025")).Single(t => t.Id == "expenditure");
        var row = t.Rows.Single(r => r.Key == "unit:342601/functional:2080109");
        var place = t.PlaceOf(row, t.ColumnIndex("合计"));
        Assert.Equal("附表 3 部门支出总表 › 208 01 09 342601 社会保险经办机构 › 合计", place.ToString());
    }
}

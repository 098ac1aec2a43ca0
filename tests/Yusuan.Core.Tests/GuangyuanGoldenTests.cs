using Yusuan.Core.Tables;

namespace Yusuan.Core.Tests;

/// <summary>
/// 广元市社会保险事务中心 2025 (reference 002): the lines a unit enters, and the totals the published tables
/// print. Where the document contradicts itself, the figure the lines imply is asserted and the mistake named.
/// </summary>
public class GuangyuanGoldenTests
{
    private static readonly IReadOnlyDictionary<string, Table> T = Repo.Tables("guangyuan-2025");
    private const string Unit = "unit:342601";

    [Fact]
    public void Summary_balances_income_and_spending()
    {
        var t = T["income-expenditure-summary"];
        Assert.Equal("1,183.38", t.Printed("income:一、一般公共预算拨款收入", "收 入/预算数"));
        // Published mistake: 附表 1 prints 社会保障和就业支出 1,072.86; its 项 rows (975.45 + 2.09 + 94.15 + 1.18) give 1,072.87.
        Assert.Equal("1,072.87", t.Printed("spending:208", "支 出/预算数"));
        Assert.Equal("30.32", t.Printed("spending:210", "支 出/预算数"));
        Assert.Equal("80.19", t.Printed("spending:221", "支 出/预算数"));
        Assert.Equal("", t.Printed("spending:201", "支 出/预算数"));
        Assert.Equal("1,183.38", t.Printed("closing:本年收入合计|本年支出合计", "收 入/预算数"));
        Assert.Equal("1,183.38", t.Printed("closing:本年收入合计|本年支出合计", "支 出/预算数"));
        Assert.Equal("1,183.38", t.Printed("closing:收入总计|支出总计", "支 出/预算数"));
        // Every 类 of the year is listed, filled or not, numbered as published (八、社会保障和就业支出).
        Assert.Contains(t.Rows, r => r.Cells[2].Text == "八、社会保障和就业支出");
        Assert.Contains(t.Rows, r => r.Cells[2].Text == "二十八、抗疫特别国债安排的支出");
    }

    [Fact]
    public void Income_table_by_unit()
    {
        var t = T["income"];
        Assert.Equal("1,183.38", t.Printed("total", "合计"));
        Assert.Equal("1,183.38", t.Printed(Unit, "一般公共预算拨款收入"));
        Assert.Equal("", t.Printed(Unit, "上年结转"));
    }

    [Theory]
    [InlineData("total", "1,183.38", "1,090.44", "92.94")]
    [InlineData(Unit, "1,183.38", "1,090.44", "92.94")]
    [InlineData(Unit + "/functional:2080109", "975.45", "882.51", "92.94")]
    [InlineData(Unit + "/functional:2080501", "2.09", "2.09", "")]
    [InlineData(Unit + "/functional:2080505", "94.15", "94.15", "")]
    [InlineData(Unit + "/functional:2089999", "1.18", "1.18", "")]
    [InlineData(Unit + "/functional:2101101", "30.32", "30.32", "")]
    [InlineData(Unit + "/functional:2210201", "80.19", "80.19", "")]
    public void Expenditure_table_rows(string key, string total, string basic, string project)
    {
        var t = T["expenditure"];
        Assert.Equal(total, t.Printed(key, "合计"));
        Assert.Equal(basic, t.Printed(key, "基本支出"));
        Assert.Equal(project, t.Printed(key, "项目支出"));
    }

    [Fact]
    public void Expenditure_table_prints_only_item_rows_with_split_codes()
    {
        var t = T["expenditure"];
        var row = t.Row(Unit + "/functional:2080109")!;
        Assert.Equal(["208", "01", "09", "342601", "社会保险经办机构"], row.Cells.Take(5).Select(c => c.Text));
        Assert.Null(t.Row(Unit + "/functional:208"));
        Assert.Equal(RowKind.Department, t.Rows[1].Kind);
    }

    [Fact]
    public void Fiscal_summary_by_fund()
    {
        var t = T["fiscal-summary"];
        Assert.Equal("1,183.38", t.Printed("income:一、本年收入", "收 入/预算数"));
        Assert.Equal("1,183.38", t.Printed("spending:total", "合计"));
        // Same published mistake as 附表 1: 附表 4 prints 1,072.86.
        Assert.Equal("1,072.87", t.Printed("spending:208", "一般公共预算"));
        Assert.Equal("", t.Printed("income:二、上年结转", "收 入/预算数"));
    }

    [Fact]
    public void Fiscal_economic_table()
    {
        var t = T["fiscal-economic"];
        Assert.Equal("1,183.38", t.Printed("total", "总计"));
        Assert.Equal("1,090.44", t.Printed("total", "当年财政拨款安排/一般公共预算拨款/基本支出"));
        Assert.Equal("92.94", t.Printed("total", "当年财政拨款安排/一般公共预算拨款/项目支出"));
        Assert.Equal("845.38", t.Printed(Unit + "/economic:301", "总计"));
        Assert.Equal("78.39", t.Printed(Unit + "/economic:30305", "当年财政拨款安排/一般公共预算拨款/基本支出"));
        Assert.Equal("", t.Printed("total", "上年结转安排/合计"));
    }

    [Fact]
    public void Basic_spending_by_economic_class()
    {
        var t = T["gpb-basic"];
        Assert.Equal("1,090.44", t.Printed("total", "基本支出/合计"));
        // Published mistake: 附表 7 prints 人员经费 923.76; 845.38 + 78.39 = 923.77 (and 923.76 + 166.67 ≠ 1,090.44).
        Assert.Equal("923.77", t.Printed("total", "人员经费"));
        Assert.Equal("166.67", t.Printed("total", "公用经费"));
        Assert.Equal("845.38", t.Printed(Unit + "/economic:301", "人员经费"));
        // Published mistake: 30101 is printed 233.90 though its sub-items give 3.02 + 230.87 = 233.89.
        Assert.Equal("233.89", t.Printed(Unit + "/economic:30101", "合计"));
        // Published mistake: 30102 is printed 155.92 though 149.03 + 1.44 + 5.46 = 155.93.
        Assert.Equal("155.93", t.Printed(Unit + "/economic:30102", "合计"));
        Assert.Equal("249.72", t.Printed(Unit + "/economic:30103", "合计"));
        Assert.Equal("44.80", t.Printed(Unit + "/economic:301030501", "合计"));
        Assert.Equal("166.67", t.Printed(Unit + "/economic:302", "公用经费"));
        Assert.Equal("44.93", t.Printed(Unit + "/economic:30299", "公用经费"));
        Assert.Equal("78.39", t.Printed(Unit + "/economic:303", "人员经费"));
        Assert.Equal("3010101 晋级工资", t.Row(Unit + "/economic:3010101")!.Cells[3].Text);
    }

    [Theory]
    [InlineData("社会保险信息网络建设维护费", "7.00")]
    [InlineData("社会保险全民参保工作专项经费", "20.00")]
    [InlineData("企保、机保代财政管理工作经费（原代管工作经费）", "18.00")]
    [InlineData("年金征缴工作经费", "2.50")]
    [InlineData("离退休人员社会化管理服务工作专项经费", "36.80")]
    [InlineData("社会保险委托稽核和基金管理专项经费", "5.00")]
    [InlineData("乡村振兴经费", "3.64")]
    public void Project_table_lists_each_project(string project, string amount)
    {
        var t = T["gpb-projects"];
        Assert.Equal(amount, t.Printed($"{Unit}/functional:2080109/project:{project}", "金额"));
        Assert.Equal("92.94", t.Printed("total", "金额"));
        Assert.Equal("92.94", t.Printed(Unit + "/functional:2080109", "金额"));
    }

    [Fact]
    public void Gpb_table_and_three_public()
    {
        Assert.Equal("1,183.38", T["gpb"].Printed("total", "当年财政拨款安排"));
        Assert.Equal("975.45", T["gpb"].Printed(Unit + "/functional:2080109", "合计"));
        var three = T["gpb-three-public"];
        Assert.Equal("1.50", three.Printed("total", "当年财政拨款预算安排/合计"));
        Assert.Equal("1.50", three.Printed(Unit, "公务接待费"));
        Assert.Equal("", three.Printed(Unit, "因公出国（境）费用"));
    }

    [Theory]
    [InlineData("fund")]
    [InlineData("fund-three-public")]
    [InlineData("state-capital")]
    [InlineData("procurement")]
    public void Tables_without_money_still_appear_with_their_note(string id)
    {
        var t = T[id];
        Assert.True(t.IsEmpty);
        Assert.Empty(t.Rows);
        Assert.Contains("本表无数据", t.EmptyNote);
        Assert.NotEmpty(t.Columns);
    }
}

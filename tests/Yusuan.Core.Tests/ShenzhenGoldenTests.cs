using System.Globalization;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Core.Tests;

/// <summary>
/// 深圳市社会保险基金管理局（本级） 2023 (reference 004, profile shenzhen-2023): the lines of
/// samples/shenzhen-2023 and the figures the eleven published tables print, in whole 万元 with zeros printed as 0.
/// Every cell is the exact sum of the lines rounded once, so printed parts may not add to printed totals (尾数差),
/// as the document's own note warns. Where the document contradicts itself, the figure the lines imply is asserted
/// and the published mistake named (samples/shenzhen-2023/NOTES.md §3).
/// </summary>
public class ShenzhenGoldenTests
{
    private static readonly IReadOnlyDictionary<string, Table> T = Repo.Tables("shenzhen-2023");
    private const string Unit = "unit:307002";
    private const string Dept = "department";

    private static int Whole(string? printed) => int.Parse(printed!, NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    [Fact]
    public void Table_set_numbering_titles_and_headers()
    {
        var tables = TableSetBuilder.Build(Repo.Budget("shenzhen-2023"));
        Assert.Equal(
            ["表 1 收支总表", "表 2 收入总表", "表 3 支出总表", "表 4 基本支出总表", "表 5 项目支出总表", "表 6 政府预算拨款收支总表",
             "表 7 一般公共预算支出表（按功能分类）", "表 8 一般公共预算支出表（按经济分类）", "表 9 一般公共预算“三公”经费支出表",
             "表 10 政府性基金预算支出表", "表 11 国有资本经营预算支出表"],
            tables.Select(t => $"{t.Number} {t.Title}"));
        Assert.All(tables, t => Assert.Equal("单位：万元", t.UnitLabel));
        Assert.All(tables, t => Assert.Equal("部门名称：深圳市社会保险基金管理局本级", t.Subject));
        Assert.Equal(0, tables[0].Presentation.Decimals);
        Assert.False(tables[0].Presentation.BlankZero);
    }

    [Fact]
    public void Summary_income_side_prints_zeros_and_the_unit_funds_group()
    {
        var t = T["income-expenditure-summary"];
        const string income = "收 入/2023 年预算数";
        Assert.Equal("298,448", t.Printed("income:一、政府预算拨款", income));
        Assert.Equal("17,963", t.Printed("income:1. 一般公共预算拨款", income));
        Assert.Equal("280,485", t.Printed("income:2. 政府性基金预算拨款", income));
        Assert.Equal("0", t.Printed("income:3. 国有资本经营预算拨款", income));
        Assert.Equal("0", t.Printed("income:二、财政专户管理资金", income));
        Assert.Equal("0", t.Printed("income:三、单位资金", income));
        foreach (var label in new[] { "1. 事业收入", "2. 事业单位经营收入", "3. 上级补助收入", "4. 附属单位上缴收入", "5. 其他收入" })
            Assert.Equal("0", t.Printed("income:" + label, income));
        Assert.Equal("298,448", t.Printed("closing:本年收入合计|本年支出合计", income));
        Assert.Equal("298,448", t.Printed("closing:本年收入合计|本年支出合计", "支 出/2023 年预算数"));
        Assert.Equal("0", t.Printed("closing:上年结余、结转|结转下年", income));
        Assert.Equal("0", t.Printed("closing:上年结余、结转|结转下年", "支 出/2023 年预算数"));
        Assert.Equal("298,448", t.Printed("closing:收入总计|支出总计", income));
        Assert.Equal("298,448", t.Printed("closing:收入总计|支出总计", "支 出/2023 年预算数"));
        Assert.Contains("本套报表金额单位转换时可能存在尾数误差", t.Note);
    }

    [Fact]
    public void Summary_spending_side_lists_filled_classes_with_款_and_项_names()
    {
        var t = T["income-expenditure-summary"];
        // Only the 类 with money, numbered 一…五, then their 款 and 项 by name only, as printed.
        Assert.Equal(
            ["一、教育支出 6", "进修及培训 6", "培训支出 6",
             "二、社会保障和就业支出 16,214", "人力资源和社会保障管理事务 6,957", "社会保险经办机构 6,957",
             "行政事业单位养老支出 1,012", "事业单位离退休 173", "机关事业单位基本养老保险缴费支出 282",
             "机关事业单位职业年金缴费支出 141", "其他行政事业单位养老支出 416",
             "财政对基本养老保险基金的补助 5,073", "财政对城乡居民基本养老保险基金的补助 5,073",
             "财政代缴社会保险费支出 54", "财政代缴城乡居民基本养老保险费支出 54",
             "其他社会保障和就业支出 3,118", "其他社会保障和就业支出 3,118",
             "三、卫生健康支出 120", "行政事业单位医疗 120", "事业单位医疗 120",
             "四、城乡社区支出 280,485", "国有土地使用权出让收入安排的支出 280,485", "补助被征地农民支出 280,485",
             "五、住房保障支出 1,623", "住房改革支出 1,623", "住房公积金 327", "购房补贴 1,296"],
            t.Rows.Where(r => r.Key.Contains("|spending:", StringComparison.Ordinal))
                .Select(r => $"{r.Cells[2].Text} {t.Format(r, 3)}"));
        Assert.Null(t.Row("spending:201"));
    }

    [Fact]
    public void Income_table_splits_general_budget_money_by_nature_and_project_kind()
    {
        var t = T["income"];
        foreach (var key in new[] { Dept, Unit })
        {
            Assert.Equal("298,448", t.Printed(key, "收入总计"));
            Assert.Equal("17,963", t.Printed(key, "一般公共预算拨款/小计"));
            Assert.Equal("5,104", t.Printed(key, "基本支出拨款"));
            Assert.Equal("4,197", t.Printed(key, "履职类项目拨款"));
            Assert.Equal("8,661", t.Printed(key, "财政专项资金拨款"));
            Assert.Equal("0", t.Printed(key, "政府投资项目拨款"));
            // The 国土基金 project is of kind 专项资金 but paid from 政府性基金: it counts here, not in 财政专项资金拨款.
            Assert.Equal("280,485", t.Printed(key, "政府性基金预算拨款"));
            Assert.Equal("0", t.Printed(key, "国有资本经营预算拨款"));
            Assert.Equal("0", t.Printed(key, "财政专户管理资金"));
            Assert.Equal("0", t.Printed(key, "单位资金/其他收入"));
            Assert.Equal("0", t.Printed(key, "上年结余、结转"));
        }
        Assert.Equal(["深圳市人力资源和社会保障局", "深圳市社会保险基金管理局本级"], t.Rows.Select(r => r.Cells[0].Text));
        // 尾数差 as published: 5,104 + 4,197 + 8,661 = 17,962 though the 小计 prints 17,963 (exact 5,104.40 + 4,197.25 + 8,661.00 = 17,962.65).
        Assert.Equal(17962, new[] { "基本支出拨款", "履职类项目拨款", "财政专项资金拨款", "政府投资项目拨款" }.Sum(c => Whole(t.Printed(Unit, c))));
        Assert.Equal(179626500m, t.Value(Unit, "一般公共预算拨款/小计"));
    }

    [Theory]
    [InlineData(Unit, "298,448", "5,104", "293,343", "2,970", "2,790")]
    [InlineData(Unit + "/functional:205", "6", "6", "0", "0", "0")]
    [InlineData(Unit + "/functional:2050803", "6", "6", "0", "0", "0")]
    [InlineData(Unit + "/functional:208", "16,214", "3,356", "12,858", "2,970", "2,790")]
    [InlineData(Unit + "/functional:20801", "6,957", "2,760", "4,197", "2,970", "2,790")]
    [InlineData(Unit + "/functional:2080109", "6,957", "2,760", "4,197", "2,970", "2,790")]
    [InlineData(Unit + "/functional:20805", "1,012", "596", "416", "0", "0")]
    [InlineData(Unit + "/functional:2080502", "173", "173", "0", "0", "0")]
    [InlineData(Unit + "/functional:2080505", "282", "282", "0", "0", "0")]
    [InlineData(Unit + "/functional:2080506", "141", "141", "0", "0", "0")]
    [InlineData(Unit + "/functional:2080599", "416", "0", "416", "0", "0")]
    [InlineData(Unit + "/functional:2082602", "5,073", "0", "5,073", "0", "0")]
    [InlineData(Unit + "/functional:2083001", "54", "0", "54", "0", "0")]
    [InlineData(Unit + "/functional:2089999", "3,118", "0", "3,118", "0", "0")]
    [InlineData(Unit + "/functional:2101102", "120", "120", "0", "0", "0")]
    [InlineData(Unit + "/functional:212", "280,485", "0", "280,485", "0", "0")]
    [InlineData(Unit + "/functional:2120805", "280,485", "0", "280,485", "0", "0")]
    [InlineData(Unit + "/functional:221", "1,623", "1,623", "0", "0", "0")]
    [InlineData(Unit + "/functional:2210201", "327", "327", "0", "0", "0")]
    [InlineData(Unit + "/functional:2210203", "1,296", "1,296", "0", "0", "0")]
    public void Expenditure_table_rows_with_procurement_columns(string key, string total, string basic, string project, string procurement, string sme)
    {
        var t = T["expenditure"];
        Assert.Equal(total, t.Printed(key, "支出总计"));
        Assert.Equal(basic, t.Printed(key, "基本支出"));
        Assert.Equal(project, t.Printed(key, "项目支出"));
        Assert.Equal(procurement, t.Printed(key, "2023 年政府采购项目/小计"));
        Assert.Equal(sme, t.Printed(key, "其中：面向中小企业政府采购项目"));
        Assert.Equal("0", t.Printed(key, "其中：面向小型、微型企业政府采购项目"));
    }

    [Fact]
    public void Expenditure_table_starts_with_the_unit_row_and_prints_exact_sums_rounded_once()
    {
        var t = T["expenditure"];
        // No 合计 and no department row in 表3: the unit row comes first, its name in 预算单位 only.
        Assert.Equal(RowKind.Unit, t.Rows[0].Kind);
        Assert.Equal(["深圳市社会保险基金管理局本级", null, null], t.Rows[0].Cells.Take(3).Select(c => c.Text));
        Assert.Equal([null, "2080109", "社会保险经办机构"], t.Row(Unit + "/functional:2080109")!.Cells.Take(3).Select(c => c.Text));
        // 尾数差 as published: 基本 5,104 + 项目 293,343 = 298,447 ≠ 支出总计 298,448 (exact 5,104.40 + 293,343.25 = 298,447.65).
        Assert.Equal(298447, Whole(t.Printed(Unit, "基本支出")) + Whole(t.Printed(Unit, "项目支出")));
        Assert.Equal(2984476500m, t.Value(Unit, "支出总计"));
        // and basic by 类 6 + 3,356 + 120 + 1,623 = 5,105 ≠ 5,104.
        Assert.Equal(5105, new[] { "205", "208", "210", "221" }.Sum(c => Whole(t.Printed($"{Unit}/functional:{c}", "基本支出"))));
    }

    [Theory]
    [InlineData(Dept, "5,104")]
    [InlineData(Unit, "5,104")]
    [InlineData(Unit + "/economic:301", "4,072")]
    [InlineData(Unit + "/economic:30101", "1,926")]
    [InlineData(Unit + "/economic:30102", "834")]
    [InlineData(Unit + "/economic:30103", "440")]
    [InlineData(Unit + "/economic:30108", "282")]
    [InlineData(Unit + "/economic:30109", "141")]
    [InlineData(Unit + "/economic:30110", "120")]
    [InlineData(Unit + "/economic:30112", "2")]
    [InlineData(Unit + "/economic:30113", "327")]
    [InlineData(Unit + "/economic:302", "396")]
    [InlineData(Unit + "/economic:30201", "50")]
    [InlineData(Unit + "/economic:30216", "6")]
    [InlineData(Unit + "/economic:30227", "33")]
    [InlineData(Unit + "/economic:30239", "74")]
    [InlineData(Unit + "/economic:30299", "56")]
    [InlineData(Unit + "/economic:303", "636")]
    [InlineData(Unit + "/economic:30301", "36")]
    [InlineData(Unit + "/economic:30302", "599")]
    [InlineData(Unit + "/economic:30305", "2")]
    public void Basic_spending_table_by_source(string key, string amount)
    {
        var t = T["basic"];
        Assert.Equal(amount, t.Printed(key, "总计"));
        Assert.Equal(amount, t.Printed(key, "政府预算拨款/小计"));
        Assert.Equal(amount, t.Printed(key, "政府预算拨款/一般公共预算拨款"));
        Assert.Equal("0", t.Printed(key, "政府性基金预算拨款"));
        Assert.Equal("0", t.Printed(key, "财政专户管理资金"));
        Assert.Equal("0", t.Printed(key, "单位资金/事业收入"));
        Assert.Equal("0", t.Printed(key, "上年结余、结转"));
    }

    [Fact]
    public void Basic_spending_table_rows_do_not_add_to_their_class_as_published()
    {
        var t = T["basic"];
        Assert.Equal("深圳市人力资源和社会保障局", t.Rows[0].Cells[0].Text);
        Assert.Equal("工资福利支出", t.Row(Unit + "/economic:301")!.Cells[0].Text);
        // 302 prints 396 while its 15 款 print 397; 303 prints 636 while 36 + 599 + 2 = 637 (each cell rounded once).
        var rows302 = t.Rows.Where(r => r.Key.StartsWith(Unit + "/economic:302", StringComparison.Ordinal) && r.Key.Length > (Unit + "/economic:302").Length).ToList();
        Assert.Equal(15, rows302.Count);
        Assert.Equal(397, rows302.Sum(r => Whole(t.Printed(r.Key, "总计"))));
        Assert.Equal(637, new[] { "30301", "30302", "30305" }.Sum(c => Whole(t.Printed($"{Unit}/economic:{c}", "总计"))));
    }

    [Theory]
    [InlineData("财政对养老保障的补助-国土基金收入划拨地方补充养老保险基金", "280,485", "0", "0", "0", "280,485")]
    [InlineData("社会保险综合管理", "1,016", "1,016", "1,016", "0", "0")]
    [InlineData("社会保险专项经费", "8,661", "8,661", "0", "8,661", "0")]
    [InlineData("社会保险业务管理", "2,970", "2,970", "2,970", "0", "0")]
    [InlineData("预算准备金", "211", "211", "211", "0", "0")]
    public void Project_table_lists_each_project_by_kind(string project, string total, string gpb, string duty, string special, string fund)
    {
        var t = T["projects"];
        var key = $"{Unit}/project:{project}";
        Assert.Equal(total, t.Printed(key, "总计"));
        Assert.Equal(gpb, t.Printed(key, "一般公共预算拨款/小计"));
        Assert.Equal(duty, t.Printed(key, "履职类项目拨款"));
        Assert.Equal(special, t.Printed(key, "财政专项资金拨款"));
        Assert.Equal("0", t.Printed(key, "政府投资项目拨款"));
        Assert.Equal(fund, t.Printed(key, "政府性基金预算拨款"));
        Assert.Equal("0", t.Printed(key, "上年结余、结转"));
    }

    [Fact]
    public void Project_table_totals_and_order()
    {
        var t = T["projects"];
        foreach (var key in new[] { Dept, Unit })
        {
            Assert.Equal("293,343", t.Printed(key, "总计"));
            Assert.Equal("12,858", t.Printed(key, "一般公共预算拨款/小计"));
            Assert.Equal("4,197", t.Printed(key, "履职类项目拨款"));
            Assert.Equal("8,661", t.Printed(key, "财政专项资金拨款"));
            Assert.Equal("280,485", t.Printed(key, "政府性基金预算拨款"));
        }
        Assert.Equal(
            ["深圳市人力资源和社会保障局", "深圳市社会保险基金管理局本级", "财政对养老保障的补助-国土基金收入划拨地方补充养老保险基金",
             "社会保险综合管理", "社会保险专项经费", "社会保险业务管理", "预算准备金"],
            t.Rows.Select(r => r.Cells[0].Text));
    }

    [Fact]
    public void Fiscal_summary_balances_government_budget_money()
    {
        var t = T["fiscal-summary"];
        const string income = "收 入/2023 年预算数", spending = "支 出/2023 年预算数";
        Assert.Equal("298,448", t.Printed("income:政府预算拨款", income));
        Assert.Equal("17,963", t.Printed("income:一般公共预算拨款", income));
        Assert.Equal("280,485", t.Printed("income:政府性基金预算拨款", income));
        Assert.Equal("0", t.Printed("income:国有资本经营预算拨款", income));
        Assert.Equal("16,214", t.Printed("spending:208", spending));
        // Published mistake: 表6 leaves 四、城乡社区支出 blank though its 款 and 项 rows print 280,485 (and 表1 prints 280,485).
        Assert.Equal("280,485", t.Printed("spending:212", spending));
        Assert.Equal("280,485", t.Printed("spending:21208", spending));
        Assert.Equal("四、城乡社区支出", t.Row("spending:212")!.Cells[2].Text);
        Assert.Equal("1,296", t.Printed("spending:2210203", spending));
        Assert.Equal("298,448", t.Printed("closing:本年收入合计|本年支出合计", income));
        Assert.Equal("298,448", t.Printed("closing:本年收入合计|本年支出合计", spending));
        Assert.Equal("0", t.Printed("closing:上年结余、结转|结转下年", income));
        Assert.Equal("0", t.Printed("closing:上年结余、结转|结转下年", spending));
        Assert.Equal("298,448", t.Printed("closing:收入总计|支出总计", spending));
    }

    [Theory]
    [InlineData(Dept, "17,963", "5,104", "12,858")]
    [InlineData(Unit, "17,963", "5,104", "12,858")]
    [InlineData(Unit + "/functional:205", "6", "6", "0")]
    [InlineData(Unit + "/functional:208", "16,214", "3,356", "12,858")]
    [InlineData(Unit + "/functional:2080109", "6,957", "2,760", "4,197")]
    [InlineData(Unit + "/functional:20805", "1,012", "596", "416")]
    [InlineData(Unit + "/functional:20826", "5,073", "0", "5,073")]
    [InlineData(Unit + "/functional:20899", "3,118", "0", "3,118")]
    [InlineData(Unit + "/functional:210", "120", "120", "0")]
    [InlineData(Unit + "/functional:221", "1,623", "1,623", "0")]
    [InlineData(Unit + "/functional:2210203", "1,296", "1,296", "0")]
    public void Gpb_functional_table(string key, string total, string basic, string project)
    {
        var t = T["gpb-functional"];
        Assert.Equal(total, t.Printed(key, "支出总计"));
        Assert.Equal(basic, t.Printed(key, "基本支出"));
        Assert.Equal(project, t.Printed(key, "项目支出"));
    }

    [Fact]
    public void Gpb_functional_table_leaves_out_fund_money()
    {
        var t = T["gpb-functional"];
        Assert.Null(t.Row(Unit + "/functional:212"));
        Assert.Equal(["深圳市人力资源和社会保障局", null, null], t.Rows[0].Cells.Take(3).Select(c => c.Text));
        // 尾数差 as published: 5,104 + 12,858 = 17,962 ≠ 17,963.
        Assert.Equal(17962, Whole(t.Printed(Dept, "基本支出")) + Whole(t.Printed(Dept, "项目支出")));
    }

    [Theory]
    [InlineData(Unit + "/economic:301", "4,072", "4,072", "0")]
    [InlineData(Unit + "/economic:302", "4,410", "396", "4,014")]
    [InlineData(Unit + "/economic:30202", "33", "4", "29")]
    [InlineData(Unit + "/economic:30204", "13", "0", "13")]
    [InlineData(Unit + "/economic:30207", "236", "18", "218")]
    [InlineData(Unit + "/economic:30211", "18", "6", "12")]
    [InlineData(Unit + "/economic:30213", "70", "5", "65")]
    [InlineData(Unit + "/economic:30216", "35", "6", "29")]
    [InlineData(Unit + "/economic:30227", "3,373", "33", "3,340")]
    [InlineData(Unit + "/economic:30299", "364", "56", "308")]
    [InlineData(Unit + "/economic:303", "4,224", "636", "3,588")]
    [InlineData(Unit + "/economic:30301", "2,081", "36", "2,045")]
    [InlineData(Unit + "/economic:30305", "418", "2", "416")]
    [InlineData(Unit + "/economic:30311", "54", "0", "54")]
    [InlineData(Unit + "/economic:30399", "1,073", "0", "1,073")]
    [InlineData(Unit + "/economic:310", "183", "0", "183")]
    [InlineData(Unit + "/economic:31002", "183", "0", "183")]
    [InlineData(Unit + "/economic:313", "5,073", "0", "5,073")]
    [InlineData(Unit + "/economic:31302", "5,073", "0", "5,073")]
    public void Gpb_economic_table(string key, string total, string basic, string project)
    {
        var t = T["gpb-economic"];
        Assert.Equal(total, t.Printed(key, "支出总计"));
        Assert.Equal(basic, t.Printed(key, "基本支出"));
        Assert.Equal(project, t.Printed(key, "项目支出"));
    }

    [Fact]
    public void Three_public_table_compares_with_last_year()
    {
        var t = T["gpb-three-public"];
        Assert.Equal(["2022 年", "2023 年", "增减变化金额"], t.Rows.Select(r => r.Cells[1].Text));
        Assert.Equal("深圳市社会保险基金管理局本级", t.Rows[0].Cells[0].Text);
        string[] columns = ["总计", "因公出国（境）费", "公务接待费", "公务用车购置及运行维护费/小计", "公务用车购置费", "公务用车运行维护费"];
        Assert.Equal(["30", "0", "5", "25", "18", "7"], columns.Select(c => t.Printed(Unit + "/previous", c)));
        Assert.Equal(["10", "0", "3", "7", "0", "7"], columns.Select(c => t.Printed(Unit + "/current", c)));
        Assert.Equal(["-20", "0", "-2", "-18", "-18", "0"], columns.Select(c => t.Printed(Unit + "/change", c)));
        Assert.Equal("注：无。", t.Note);
    }

    [Fact]
    public void Fund_table_and_its_note()
    {
        var t = T["fund"];
        Assert.False(t.IsEmpty);
        foreach (var key in new[] { Dept, Unit, Unit + "/functional:212", Unit + "/functional:21208", Unit + "/functional:2120805" })
        {
            Assert.Equal("280,485", t.Printed(key, "支出总计"));
            Assert.Equal("0", t.Printed(key, "基本支出"));
            Assert.Equal("280,485", t.Printed(key, "项目支出"));
        }
        Assert.Equal("注：无。", t.Note);
    }

    [Fact]
    public void Empty_state_capital_table_prints_zero_rows_and_its_note()
    {
        var t = T["state-capital"];
        Assert.True(t.IsEmpty);
        Assert.Equal("注：本表本年无发生额。", t.EmptyNote);
        Assert.Null(t.Note);
        Assert.Equal(["深圳市人力资源和社会保障局", "深圳市社会保险基金管理局本级"], t.Rows.Select(r => r.Cells[0].Text));
        Assert.All(t.Rows, r => Assert.Equal(["0", "0", "0"], new[] { "支出总计", "基本支出", "项目支出" }.Select(c => t.Printed(r.Key, c))));
    }

    // The engine behaviour the profile relies on, on a small budget of its own.

    private static Budget Small(params ProcurementItem[] procurement) => new()
    {
        Year = 2023,
        ProfileId = "shenzhen-2023",
        Department = new Department("900", "某局"),
        Units = [new BudgetUnit("900001", "某局本级", UnitType.Administrative)],
        Projects = [new Project("900001", "信息化", "履职类")],
        Expenditures =
        [
            new ExpenditureLine("900001", "2010101", "30201", ExpenditureNature.Public, null, IncomeSource.GeneralPublicBudget, false, 1_000_000m),
            new ExpenditureLine("900001", "2010102", "31002", ExpenditureNature.Project, "信息化", IncomeSource.GeneralPublicBudget, false, 600_000m),
        ],
        Procurement = procurement,
    };

    private static ProcurementItem Item(decimal yuan, bool small = false, bool micro = false) =>
        new("900001", "信息化", "计算机", "货物", 1, "批", new Dictionary<IncomeSource, decimal> { [IncomeSource.GeneralPublicBudget] = yuan })
        { SmallBusiness = small, MicroBusiness = micro };

    [Fact]
    public void Procurement_columns_follow_the_project_to_its_functional_item_and_set_aside()
    {
        var tables = TableSetBuilder.Build(Small(Item(300_000m, small: true), Item(150_000m, small: true, micro: true), Item(50_000m))).ToDictionary(t => t.Id);
        var t = tables["expenditure"];
        foreach (var key in new[] { "unit:900001", "unit:900001/functional:201", "unit:900001/functional:2010102" })
        {
            Assert.Equal("50", t.Printed(key, "2023 年政府采购项目/小计"));
            Assert.Equal("45", t.Printed(key, "其中：面向中小企业政府采购项目"));
            Assert.Equal("15", t.Printed(key, "其中：面向小型、微型企业政府采购项目"));
        }
        Assert.Equal("0", t.Printed("unit:900001/functional:2010101", "2023 年政府采购项目/小计"));
        // Empty tables keep their department and unit rows and print the empty note instead of 注：无。
        var fund = tables["fund"];
        Assert.True(fund.IsEmpty);
        Assert.Null(fund.Note);
        Assert.Equal(["某局", "某局本级"], fund.Rows.Select(r => r.Cells[0].Text));
    }

    [Fact]
    public void Procurement_of_a_project_spread_over_two_items_counts_in_the_unit_row_only()
    {
        var budget = Small(Item(300_000m));
        budget = budget with
        {
            Expenditures = [.. budget.Expenditures,
                new ExpenditureLine("900001", "2010101", "30201", ExpenditureNature.Project, "信息化", IncomeSource.GeneralPublicBudget, false, 1_000m)],
        };
        var t = TableSetBuilder.Build(budget).Single(x => x.Id == "expenditure");
        Assert.Equal("30", t.Printed("unit:900001", "2023 年政府采购项目/小计"));
        Assert.Equal("0", t.Printed("unit:900001/functional:201", "2023 年政府采购项目/小计"));
    }

    [Fact]
    public void Sichuan_profile_keeps_its_defaults()
    {
        var sichuan = ProfileLoader.Load("sichuan-2025");
        Assert.All(sichuan.Tables, d => Assert.False(d.Rows.EmptyRows));
        Assert.All(sichuan.Tables, d => Assert.False(d.EmptyNoteReplacesNote));
    }
}

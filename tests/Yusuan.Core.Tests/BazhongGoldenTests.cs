using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Core.Tests;

/// <summary>
/// 巴中市社会保险管理局 (市社保局机关, 701002) 2021 (reference 000) through the bazhong-2021 profile: the table set
/// and layout the document prints, and the totals it prints, figure by figure. Where the document contradicts
/// itself, the figure the lines imply is asserted and the mistake named (samples/bazhong-2021/NOTES.md §3).
/// </summary>
public class BazhongGoldenTests
{
    private static readonly IReadOnlyDictionary<string, Table> T = Repo.Tables("bazhong-2021");
    private const string Unit = "unit:701002";
    private const string Amount = "2021年预算数";

    [Fact]
    public void The_ten_tables_in_the_documents_order_with_its_titles_and_numbering()
    {
        var tables = TableSetBuilder.Build(Repo.Budget("bazhong-2021"));
        Assert.Equal(
        [
            "部门预算收支总表", "部门预算支出总表", "财政拨款收支预算总表", "财政拨款支出预算表(政府经济分类科目)",
            "一般公共预算基本支出预算表", "一般公共预算项目支出预算表", "一般公共预算“三公经费”支出预算表",
            "政府性基金支出预算表", "国有资本经营预算支出预算表", "政府向社会力量购买服务预算表",
        ], tables.Select(t => t.Title));
        // Only the service-purchase table carries a number (表7); the document has no 部门收入总表 and no
        // 一般公共预算支出表, so the profile has none either.
        Assert.Equal([null, null, null, null, null, null, null, null, null, "表7"], tables.Select(t => t.Number));
        Assert.All(tables, t => Assert.Equal("单位：万元", t.UnitLabel));
        Assert.All(tables.SkipLast(1), t => Assert.Equal("单位名称：市社保局机关", t.Subject));
        Assert.Equal("单位：市社保局机关", tables[^1].Subject);
        Assert.Equal(["运转类", "事业发展类"], ProfileLoader.Load("bazhong-2021").ProjectKinds);
    }

    [Fact]
    public void Summary_balances_income_and_spending()
    {
        var t = T["income-expenditure-summary"];
        Assert.Equal("488.00", t.Printed("income:一、一般公共预算拨款收入", "收 入/" + Amount));
        Assert.Equal("", t.Printed("income:四、财政专户管理资金收入", "收 入/" + Amount));
        // As printed, the income side starts one row below the spending side: 一、一般公共服务支出 stands alone,
        // 一、一般公共预算拨款收入 faces 二、外交支出 and 七、其他收入 faces 八、社会保障和就业支出.
        Assert.Equal(["", null, "一、一般公共服务支出"], t.Rows[0].Cells.Take(3).Select(c => c.Text));
        Assert.Equal("二、外交支出", t.Row("income:一、一般公共预算拨款收入")!.Cells[2].Text);
        Assert.Equal("八、社会保障和就业支出", t.Row("income:七、其他收入")!.Cells[2].Text);
        Assert.Equal("441.80", t.Printed("spending:208", "支 出/" + Amount));
        Assert.Equal("22.20", t.Printed("spending:210", "支 出/" + Amount));
        Assert.Equal("24.00", t.Printed("spending:221", "支 出/" + Amount));
        Assert.Equal("", t.Printed("spending:201", "支 出/" + Amount));
        Assert.Equal("", t.Printed("spending:227", "支 出/" + Amount));
        Assert.Equal("488.00", t.Printed("closing:本 年 收 入 合 计|本 年 支 出 合 计", "收 入/" + Amount));
        Assert.Equal("488.00", t.Printed("closing:本 年 收 入 合 计|本 年 支 出 合 计", "支 出/" + Amount));
        Assert.Equal("", t.Printed("closing:八、用事业基金弥补收支差额|", "收 入/" + Amount));
        Assert.Equal("", t.Printed("closing:九、上年结转|三十一、结转下年", "收 入/" + Amount));
        Assert.Equal("488.00", t.Printed("closing:收 入 总 计|支 出 总 计", "收 入/" + Amount));
        Assert.Equal("488.00", t.Printed("closing:收 入 总 计|支 出 总 计", "支 出/" + Amount));
    }

    [Fact]
    public void Summary_lists_the_thirty_classes_of_2021_in_the_documents_order()
    {
        var labels = T["income-expenditure-summary"].Rows
            .Where(r => r.Key.Contains("|spending:")).Select(r => r.Cells[2].Text).ToList();
        Assert.Equal(30, labels.Count);
        Assert.Equal("一、一般公共服务支出", labels[0]);
        // Published mistake: the summary prints the outdated or garbled names 社会保障与就业支出,
        // 文化体育旅游与传媒支出 and 资源勘探信息工业等支出 (its own 支出总表 prints 社会保障和就业支出).
        Assert.Equal("七、文化旅游体育与传媒支出", labels[6]);
        Assert.Equal("八、社会保障和就业支出", labels[7]);
        Assert.Equal("十五、资源勘探工业信息等支出", labels[14]);
        Assert.Equal("二十四、预备费", labels[23]);
        Assert.Equal("二十五、其他支出", labels[24]);
        // As printed, 转移性支出 comes after the three 债务 classes here (not in code order, unlike 财政拨款收支总表).
        Assert.Equal("二十八、债务发行费用支出", labels[27]);
        Assert.Equal("二十九、转移性支出", labels[28]);
        Assert.Equal("三十、抗疫特别国债安排的支出", labels[29]);
        // Published mistake: 结转下年 is numbered 二十九、 a second time; it follows 三十、 so it is 三十一、.
        Assert.NotNull(T["income-expenditure-summary"].Row("closing:九、上年结转|三十一、结转下年"));
    }

    [Theory]
    [InlineData("total", "488.00", "354.50", "133.50")]
    [InlineData(Unit, "488.00", "354.50", "133.50")]
    [InlineData(Unit + "/functional:208", "441.80", "308.30", "133.50")]
    [InlineData(Unit + "/functional:20801", "408.50", "275.00", "133.50")]
    [InlineData(Unit + "/functional:2080109", "408.50", "275.00", "133.50")]
    [InlineData(Unit + "/functional:20805", "33.30", "33.30", "")]
    [InlineData(Unit + "/functional:2080505", "32.10", "32.10", "")]
    [InlineData(Unit + "/functional:2080599", "1.20", "1.20", "")]
    [InlineData(Unit + "/functional:210", "22.20", "22.20", "")]
    [InlineData(Unit + "/functional:21011", "22.20", "22.20", "")]
    [InlineData(Unit + "/functional:2101101", "17.00", "17.00", "")]
    [InlineData(Unit + "/functional:2101102", "1.50", "1.50", "")]
    [InlineData(Unit + "/functional:2101103", "3.70", "3.70", "")]
    [InlineData(Unit + "/functional:221", "24.00", "24.00", "")]
    [InlineData(Unit + "/functional:22102", "24.00", "24.00", "")]
    [InlineData(Unit + "/functional:2210201", "24.00", "24.00", "")]
    public void Expenditure_table_rows(string key, string total, string basic, string project)
    {
        var t = T["expenditure"];
        Assert.Equal(total, t.Printed(key, "合计"));
        Assert.Equal(basic, t.Printed(key, "基本支出"));
        Assert.Equal(project, t.Printed(key, "项目支出"));
        Assert.Equal("", t.Printed(key, "上缴上级支出"));
        Assert.Equal("", t.Printed(key, "对附属单位补助支出"));
    }

    [Fact]
    public void Expenditure_table_layout_one_code_column_unit_code_on_item_rows()
    {
        var t = T["expenditure"];
        Assert.Equal(["项目/功能科目编码（类 款项）", "项目/单位代码", "项目/单位名称（科目名称）", "合计", "基本支出", "项目支出", "上缴上级支出", "对附属单位补助支出"], t.ColumnPaths);
        Assert.Equal(16, t.Rows.Count);
        Assert.Equal([null, null, "合计"], t.Rows[0].Cells.Take(3).Select(c => c.Text));
        // The unit row prints the unit code in the code column, as the document does.
        Assert.Equal(["701002", null, "市社保局机关"], t.Row(Unit)!.Cells.Take(3).Select(c => c.Text));
        Assert.Equal(["208", null, "社会保障和就业支出"], t.Row(Unit + "/functional:208")!.Cells.Take(3).Select(c => c.Text));
        Assert.Equal(["20805", null, "行政事业单位养老支出"], t.Row(Unit + "/functional:20805")!.Cells.Take(3).Select(c => c.Text));
        Assert.Equal(["2080109", "701002", "社会保险经办机构"], t.Row(Unit + "/functional:2080109")!.Cells.Take(3).Select(c => c.Text));
        Assert.Null(t.Row("department"));
    }

    [Fact]
    public void Fiscal_summary_by_fund()
    {
        var t = T["fiscal-summary"];
        Assert.Equal("488.00", t.Printed("income:一、本年收入", "收 入/" + Amount));
        Assert.Equal("488.00", t.Printed("income:一般公共预算拨款收入", "收 入/" + Amount));
        Assert.Equal("", t.Printed("income:二、上年结转", "收 入/" + Amount));
        Assert.Equal("", t.Printed("income:上年财政拨款资金结转", "收 入/" + Amount));
        Assert.Equal("488.00", t.Printed("spending:total", "合计"));
        Assert.Equal("488.00", t.Printed("spending:total", "一般公共预算"));
        Assert.Equal("", t.Printed("spending:total", "政府性基金预算"));
        Assert.Equal("", t.Printed("spending:total", "上年财政拨款资金结转"));
        // Same published name as the summary: 社会保障与就业支出 for 社会保障和就业支出.
        Assert.Equal("441.80", t.Printed("spending:208", "一般公共预算"));
        Assert.Equal("22.20", t.Printed("spending:210", "合计"));
        Assert.Equal("24.00", t.Printed("spending:221", "一般公共预算"));
        Assert.Equal("488.00", t.Printed("closing:收 入 合 计|支 出 合 计", "收 入/" + Amount));
        Assert.Equal("488.00", t.Printed("closing:收 入 合 计|支 出 合 计", "合计"));
        Assert.Equal("488.00", t.Printed("closing:收 入 合 计|支 出 合 计", "一般公共预算"));
        Assert.Equal("", t.Printed("closing:|二、结转下年", "合计"));
        // Unnumbered classes, here in code order (230 before 231).
        var labels = t.Rows.Select(r => r.Cells[2].Text).ToList();
        Assert.Equal("一、本年支出", labels[0]);
        Assert.Equal("社会保障和就业支出", labels[8]);
        Assert.True(labels.IndexOf("转移性支出") < labels.IndexOf("债务还本支出"));
        Assert.Equal(30, t.Rows.Count(r => r.Key.Contains("|spending:") && !r.Key.EndsWith("|spending:total")));
    }

    [Theory]
    [InlineData("total", "", "488.00", "354.50", "133.50")]
    [InlineData(Unit, "", "488.00", "354.50", "133.50")]
    [InlineData(Unit + "/government:501", "(政府)机关工资福利支出", "256.70", "256.70", "")]
    [InlineData(Unit + "/government:50101", "工资奖金津补贴", "184.40", "184.40", "")]
    [InlineData(Unit + "/government:50102", "社会保障缴费", "50.20", "50.20", "")]
    [InlineData(Unit + "/government:50103", "住房公积金", "22.10", "22.10", "")]
    [InlineData(Unit + "/government:502", "(政府)机关商品和服务支出", "202.60", "69.10", "133.50")]
    [InlineData(Unit + "/government:50201", "办公经费", "103.30", "60.50", "42.80")]
    [InlineData(Unit + "/government:50202", "会议费", "4.00", "", "4.00")]
    [InlineData(Unit + "/government:50203", "培训费", "8.50", "3.00", "5.50")]
    [InlineData(Unit + "/government:50205", "委托业务费", "63.90", "3.00", "60.90")]
    [InlineData(Unit + "/government:50206", "公务接待费", "2.60", "", "2.60")]
    [InlineData(Unit + "/government:50209", "维修（护）费", "17.00", "1.00", "16.00")]
    [InlineData(Unit + "/government:50299", "其他商品和服务支出", "3.30", "1.60", "1.70")]
    // 505 exists only through the lines' `government` overrides (the 事业-funded staff of a 参公 unit).
    [InlineData(Unit + "/government:505", "(政府)对事业单位经常性补助", "27.90", "27.90", "")]
    [InlineData(Unit + "/government:50501", "工资福利支出", "22.50", "22.50", "")]
    [InlineData(Unit + "/government:50502", "商品和服务支出", "5.40", "5.40", "")]
    [InlineData(Unit + "/government:509", "(政府)对个人和家庭的补助", "0.80", "0.80", "")]
    [InlineData(Unit + "/government:50901", "社会福利和救助", "0.80", "0.80", "")]
    public void Government_economic_table_rows(string key, string name, string total, string basic, string project)
    {
        var t = T["fiscal-government-economic"];
        Assert.Equal(total, t.Printed(key, "总计"));
        Assert.Equal(total, t.Printed(key, "本级当年财政拨款安排/合计"));
        Assert.Equal(total, t.Printed(key, "一般公共预算拨款/小计"));
        Assert.Equal(basic, t.Printed(key, "一般公共预算拨款/基本支出"));
        Assert.Equal(project, t.Printed(key, "一般公共预算拨款/项目支出"));
        if (name != "") Assert.Equal(name, t.Row(key)!.Cells[2].Text);
    }

    [Fact]
    public void Government_economic_table_layout()
    {
        var t = T["fiscal-government-economic"];
        Assert.Equal(
            ["项 目/科目编码", "项 目/单位代码", "项 目/单位名称(科目)", "总计", "本级当年财政拨款安排/合计",
             "本级当年财政拨款安排/一般公共预算拨款/小计", "本级当年财政拨款安排/一般公共预算拨款/基本支出", "本级当年财政拨款安排/一般公共预算拨款/项目支出"],
            t.ColumnPaths);
        Assert.Equal(19, t.Rows.Count);
        Assert.Equal([null, "701002", "市社保局机关"], t.Row(Unit)!.Cells.Take(3).Select(c => c.Text));
        Assert.Equal(["501", null], t.Row(Unit + "/government:501")!.Cells.Take(2).Select(c => c.Text));
        Assert.Equal(["50101", "701002"], t.Row(Unit + "/government:50101")!.Cells.Take(2).Select(c => c.Text));
    }

    [Fact]
    public void Basic_spending_split_into_personnel_and_public()
    {
        var t = T["gpb-basic"];
        Assert.Equal(["单位代码", "单位名称（部门预算经济科目）", "合计", "基本支出/人员经费/工资福利支出", "基本支出/人员经费/对个人和家庭的补助", "公用经费"], t.ColumnPaths);
        foreach (var key in new[] { "total", Unit })
        {
            Assert.Equal("354.50", t.Printed(key, "合计"));
            Assert.Equal("279.20", t.Printed(key, "工资福利支出"));
            Assert.Equal("0.80", t.Printed(key, "对个人和家庭的补助"));
            Assert.Equal("74.50", t.Printed(key, "公用经费"));
        }
        // The unit row carries no code, as printed.
        Assert.Equal([null, "市社保局机关"], t.Row(Unit)!.Cells.Take(2).Select(c => c.Text));
        Assert.Equal("279.20", t.Printed(Unit + "/economic:301", "合计"));
        Assert.Equal("", t.Printed(Unit + "/economic:301", "公用经费"));
        Assert.Equal("74.50", t.Printed(Unit + "/economic:302", "公用经费"));
        Assert.Equal("", t.Printed(Unit + "/economic:302", "工资福利支出"));
        Assert.Equal("0.80", t.Printed(Unit + "/economic:303", "对个人和家庭的补助"));
        Assert.Equal([null, "工资福利支出"], t.Row(Unit + "/economic:301")!.Cells.Take(2).Select(c => c.Text));
        Assert.Equal(26, t.Rows.Count);
    }

    [Theory]
    [InlineData("30101", "基本工资", "112.20")]
    [InlineData("30102", "津贴补贴", "72.80")]
    [InlineData("30103", "奖金", "8.60")]
    [InlineData("30107", "绩效工资", "7.10")]
    [InlineData("30108", "机关事业单位基本养老保险缴费", "32.10")]
    [InlineData("30110", "职工基本医疗保险缴费", "15.20")]
    [InlineData("30111", "公务员医疗补助缴费", "3.70")]
    [InlineData("30112", "其他社会保障缴费", "3.50")]
    [InlineData("30113", "住房公积金", "24.00")]
    [InlineData("30201", "办公费", "22.90")]
    [InlineData("30203", "咨询费", "1.00")]
    [InlineData("30207", "邮电费", "8.00")]
    [InlineData("30211", "差旅费", "8.00")]
    [InlineData("30213", "维修（护）费", "1.00")]
    [InlineData("30216", "培训费", "3.00")]
    [InlineData("30226", "劳务费", "2.00")]
    [InlineData("30228", "工会经费", "4.00")]
    [InlineData("30229", "福利费", "3.00")]
    // Bazhong's local name for 30239 (catalog: 其他交通费用), printed through the profile's region.
    [InlineData("30239", "公务交通补贴", "20.00")]
    [InlineData("30299", "其他商品和服务支出", "1.60")]
    [InlineData("30307", "医疗费补助", "0.80")]
    public void Basic_spending_rows_by_department_economic_class(string code, string name, string amount)
    {
        var t = T["gpb-basic"];
        var key = $"{Unit}/economic:{code}";
        Assert.Equal(amount, t.Printed(key, "合计"));
        var column = code[..3] switch { "301" => "工资福利支出", "303" => "对个人和家庭的补助", _ => "公用经费" };
        Assert.Equal(amount, t.Printed(key, column));
        Assert.Equal(["701002", name], t.Row(key)!.Cells.Take(2).Select(c => c.Text));
    }

    [Theory]
    [InlineData("社会保险基金审计购买服务费", "24.40")]
    [InlineData("党建工作经费", "2.90")]
    [InlineData("脱贫攻坚工作经费", "0.90")]
    [InlineData("会议费", "2.00")]
    [InlineData("资料印刷费", "2.70")]
    [InlineData("社会保险基金征管经费", "45.00")]
    [InlineData("驻村第一书记工作经费", "2.00")]
    [InlineData("机关物业管理及水电气费", "12.00")]
    [InlineData("公务接待费", "2.60")]
    [InlineData("网络运行维护费", "20.00")]
    [InlineData("工伤保险预防工作经费", "5.00")]
    [InlineData("社会保险业务档案标准化建设经费", "4.50")]
    [InlineData("社会保险待遇防冒领工作经费", "5.00")]
    [InlineData("全民参保计划实施工作经费", "4.50")]
    public void Project_table_lists_each_project_under_its_item(string project, string amount)
    {
        var t = T["gpb-projects"];
        var row = t.Row($"{Unit}/functional:20801/project:{project}")!;
        Assert.Equal(amount, t.Printed(row.Key, "金额"));
        Assert.Equal(["2080109", "701002", "社会保险经办机构", project], row.Cells.Take(4).Select(c => c.Text));
    }

    [Fact]
    public void Project_table_totals_and_order()
    {
        var t = T["gpb-projects"];
        Assert.Equal(["功能科目编码（类款项）", "单位代码", "单位名称（科目名称）", "项目名称", "金额"], t.ColumnPaths);
        foreach (var key in new[] { "total", Unit, Unit + "/functional:208", Unit + "/functional:20801" })
            Assert.Equal("133.50", t.Printed(key, "金额"));
        Assert.Equal(["701002", null, "市社保局机关", null], t.Row(Unit)!.Cells.Take(4).Select(c => c.Text));
        // 合计, unit, 类, 款, then the 14 projects in the document's order; no separate 项 row.
        Assert.Equal(18, t.Rows.Count);
        Assert.Equal("社会保险基金审计购买服务费", t.Rows[4].Cells[3].Text);
        Assert.Equal("全民参保计划实施工作经费", t.Rows[^1].Cells[3].Text);
        Assert.Null(t.Row(Unit + "/functional:2080109"));
    }

    [Fact]
    public void Project_kinds_match_the_department_wide_form()
    {
        // 部门整体支出绩效目标申报表: 运转类项目 45.1, 发展类项目 88.4 (both agree with the project table).
        var budget = Repo.Budget("bazhong-2021");
        var derived = new DerivedBudget(budget, Catalogs.CatalogLoader.Load(budget.Year), ProfileLoader.Load("bazhong-2021"));
        var byKind = derived.Lines.Where(f => f.ProjectKind is not null)
            .GroupBy(f => f.ProjectKind!).ToDictionary(g => g.Key, g => g.Sum(f => f.Line.Amount) / 10000m);
        Assert.Equal(45.10m, byKind["运转类"]);
        Assert.Equal(88.40m, byKind["事业发展类"]);
    }

    [Fact]
    public void Three_public_table()
    {
        var t = T["gpb-three-public"];
        Assert.Equal(
            ["单位代码", "单位名称", "本级当年财政拨款收入/合计", "本级当年财政拨款收入/因公出国(境)费用",
             "本级当年财政拨款收入/公务用车购置及运行费/小计", "本级当年财政拨款收入/公务用车购置及运行费/公务用车运行费",
             "本级当年财政拨款收入/公务用车购置及运行费/公务用车购置费", "本级当年财政拨款收入/公务接待费"],
            t.ColumnPaths);
        Assert.Equal(2, t.Rows.Count);
        foreach (var key in new[] { "total", Unit })
        {
            Assert.Equal("2.60", t.Printed(key, "本级当年财政拨款收入/合计"));
            Assert.Equal("2.60", t.Printed(key, "公务接待费"));
            Assert.Equal("", t.Printed(key, "因公出国(境)费用"));
            Assert.Equal("", t.Printed(key, "公务用车购置及运行费/小计"));
            Assert.Equal("", t.Printed(key, "公务用车运行费"));
            Assert.Equal("", t.Printed(key, "公务用车购置费"));
        }
        Assert.Equal(["701002", "市社保局机关"], t.Row(Unit)!.Cells.Take(2).Select(c => c.Text));
    }

    [Theory]
    [InlineData("fund", "功能科目编码(类 款项)")]
    [InlineData("state-capital", "功能科目编码 (类款项)")]
    public void Tables_without_money_still_appear_with_their_headers(string id, string codeHeader)
    {
        var t = T[id];
        Assert.True(t.IsEmpty);
        Assert.Empty(t.Rows);
        Assert.False(string.IsNullOrWhiteSpace(t.EmptyNote));
        Assert.Equal([codeHeader, "单位代码", "单位名称(科目名称)", "项目名称", "合计", "基本支出", "项目支出"], t.ColumnPaths);
    }

    [Fact]
    public void Service_purchase_table_7()
    {
        var t = T["service-purchase"];
        Assert.Equal("表7", t.Number);
        Assert.Equal(
            ["单位编码", "单位名称", "项目名称", "购买品目", "购买数量", "计量单位", "购买单价",
             "资金来源/合计", "资金来源/一般公共预算经费拨款(补助)", "资金来源/一般公共预算非税收入安排", "资金来源/政府性基金收入安排",
             "资金来源/纳入专户管理的资金安排", "资金来源/上级补助收入安排", "资金来源/其他收入安排"],
            t.ColumnPaths);
        // Published mistakes kept as input (NOTES.md §3 item 3): 6 家 × 1.00 = 6.00, not 60.00, and 60.00 exceeds the
        // whole project 社会保险基金审计购买服务费 (24.40). The table prints the amount entered; a checker flags it.
        foreach (var key in new[] { "total", "department", "unit:701002/servicePurchase:1" })
        {
            Assert.Equal("60.00", t.Printed(key, "资金来源/合计"));
            Assert.Equal("60.00", t.Printed(key, "一般公共预算经费拨款(补助)"));
            Assert.Equal("", t.Printed(key, "一般公共预算非税收入安排"));
            Assert.Equal("", t.Printed(key, "其他收入安排"));
        }
        // Rows: 合计, the department (printed truncated as 巴中市人力资源和社会保障), the item; no unit subtotal row.
        Assert.Equal(3, t.Rows.Count);
        Assert.Equal(["701", "巴中市人力资源和社会保障局"], t.Row("department")!.Cells.Take(2).Select(c => c.Text));
        var item = t.Row("unit:701002/servicePurchase:1")!;
        Assert.Equal(["701002", "市社保局机关", "社会保险基金审计购买服务费", "中介机构实地稽核服务"], item.Cells.Take(4).Select(c => c.Text));
        Assert.Equal("6", t.Printed(item.Key, "购买数量"));
        Assert.Equal("家", item.Cells[5].Text);
        Assert.Equal("1.00", t.Printed(item.Key, "购买单价"));
    }
}

using Yusuan.Checks.Printed;
using Yusuan.Core.Tables;
using static Yusuan.Checks.Tests.Rules.TableRuleHarness;

namespace Yusuan.Checks.Tests.Rules;

/// <summary>
/// Each kind of mismatch planted in a sample's printed tables, and the exact findings it gives: which rule, how
/// severe, where (table › row › column), the figure as printed and the figure expected.
/// </summary>
public class TableRuleMismatchTests
{
    private const string ProjectA = "unit:342601/functional:2080109/project:社会保险信息网络建设维护费";

    /// <summary>The findings the change adds to the sample's own (baseline) findings.</summary>
    private static List<string> Planted(TableRuleHarness.Printed changed, string sample)
    {
        var baseline = Lines(Check(Sample(sample))).ToList();
        var added = new List<string>();
        foreach (var line in Lines(Check(changed)))
            if (!baseline.Remove(line)) added.Add(line);
        return TableRuleSampleTests.Sorted(added);
    }

    [Fact]
    public void A_project_that_does_not_add_up_to_its_item_is_a_level_error()
    {
        var changed = Sample("guangyuan-2025").WithValue("gpb-projects", r => r.Key == ProjectA, "金额", 8.00m);
        Assert.Equal(
            ["T-SUM-LEVEL Error 附表 8 一般公共预算项目支出预算表 › 208 01 09 社会保险经办机构 › 金额 | 92.94 → 93.94"],
            Planted(changed, "guangyuan-2025"));
        var f = Check(changed).Single();
        Assert.Equal("2080109 = 社会保险信息网络建设维护费 + 社会保险全民参保工作专项经费 + 企保、机保代财政管理工作经费（原代管工作经费） + 年金征缴工作经费 + "
            + "离退休人员社会化管理服务工作专项经费 + 社会保险委托稽核和基金管理专项经费 + 乡村振兴经费 不成立：印出的数比分项之和少 1.00（docs/rules.md#t-sum-level）", f.Message);
        Assert.NotNull(f.Hint);
    }

    [Theory]
    // Seven printed projects: their rounding can explain up to 7 × 0.005 = 0.035 between the 项 and their sum.
    [InlineData("7.01", "T-ROUNDING Warning", "92.95")]
    [InlineData("7.03", "T-ROUNDING Warning", "92.97")]
    [InlineData("7.04", "T-SUM-LEVEL Error", "92.98")]
    [InlineData("6.96", "T-SUM-LEVEL Error", "92.90")]
    public void A_small_difference_is_a_rounding_warning_a_larger_one_an_error(string value, string verdict, string expected)
    {
        var changed = Sample("guangyuan-2025").WithValue("gpb-projects", r => r.Key == ProjectA, "金额", decimal.Parse(value));
        Assert.Equal([$"{verdict} 附表 8 一般公共预算项目支出预算表 › 208 01 09 社会保险经办机构 › 金额 | 92.94 → {expected}"],
            Planted(changed, "guangyuan-2025"));
    }

    [Fact]
    public void A_unit_row_that_is_not_the_sum_of_its_rows_and_totals_that_follow_it()
    {
        var changed = Sample("department-2025").WithValue("expenditure", r => r.Key == "unit:801002", "项目支出", 113.92m);
        Assert.Equal(TableRuleSampleTests.Sorted(
                "T-SUM-UNIT Error 附表 3 部门支出总表 › 801002 某市农业综合行政执法支队 › 项目支出 | 113.92 → 103.92",
                "T-SUM-UNIT Error 附表 3 部门支出总表 › 合 计 › 项目支出 | 289.76 → 299.76",
                "T-SUM-UNIT Error 附表 3 部门支出总表 › 801 某市农业农村局 › 项目支出 | 289.76 → 299.76",
                "T-COLUMN-SUM Error 附表 3 部门支出总表 › 801002 某市农业综合行政执法支队 › 合计 | 812.30 → 822.30"),
            Planted(changed, "department-2025"));
    }

    [Fact]
    public void A_department_row_that_is_not_the_sum_of_units()
    {
        var changed = Sample("department-2025").WithValue("gpb-three-public", r => r.Kind == RowKind.Department, "当年财政拨款预算安排/公务接待费", 7.30m);
        Assert.Equal(TableRuleSampleTests.Sorted(
                "T-SUM-UNIT Error 附表 9 一般公共预算“三公”经费支出预算表 › 801 某市农业农村局 › 当年财政拨款预算安排/公务接待费 | 7.30 → 7.20",
                "T-COLUMN-SUM Error 附表 9 一般公共预算“三公”经费支出预算表 › 801 某市农业农村局 › 当年财政拨款预算安排/合计 | 64.80 → 64.90"),
            Planted(changed, "department-2025"));
    }

    [Fact]
    public void Personnel_plus_public_that_is_not_the_basic_total()
    {
        var changed = Sample("guangyuan-2025").WithValue("gpb-basic", r => r.Key == "unit:342601/economic:3010101", "基本支出/人员经费", 3.12m);
        Assert.Equal(TableRuleSampleTests.Sorted(
                "T-COLUMN-SUM Error 附表 7 一般公共预算基本支出预算表 › 301 01 342601 3010101 晋级工资 › 基本支出/合计 | 3.02 → 3.12",
                "T-SUM-LEVEL Error 附表 7 一般公共预算基本支出预算表 › 301 01 30101 基本工资 › 基本支出/人员经费 | 233.89 → 233.99"),
            Planted(changed, "guangyuan-2025"));
    }

    [Fact]
    public void Three_public_parts_that_do_not_add_up_and_disagree_with_the_economic_lines()
    {
        var changed = Sample("shenzhen-2023").WithValue("gpb-three-public", r => r.Key!.EndsWith("/current", StringComparison.Ordinal), "公务接待费", 13m);
        Assert.Equal(TableRuleSampleTests.Sorted(
                "T-COLUMN-SUM Error 表 9 一般公共预算“三公”经费支出表 › 2023 年 › 总计 | 10 → 20",
                "T-CROSS-TABLE Error 表 9 一般公共预算“三公”经费支出表 › 2023 年 › 公务接待费 | 13 → 3"),
            Planted(changed, "shenzhen-2023"));
    }

    [Fact]
    public void Income_items_that_do_not_make_the_income_total()
    {
        var changed = Sample("guangyuan-2025").WithValue("income-expenditure-summary", r => r.Key!.StartsWith("closing:本年收入合计", StringComparison.Ordinal),
            "收 入/预算数", 1193.38m);
        Assert.Equal(TableRuleSampleTests.Sorted(
                "T-BALANCE Error 附表 1 部门收支总表 › 本年收入合计 › 收 入/预算数 | 1,193.38 → 1,183.38",
                "T-BALANCE Error 附表 1 部门收支总表 › 收入总计 › 收 入/预算数 | 1,183.38 → 1,193.38"),
            Planted(changed, "guangyuan-2025"));
    }

    [Fact]
    public void Spending_total_that_is_not_the_income_total()
    {
        var changed = Sample("bazhong-2021").WithValue("fiscal-summary", r => r.Key!.StartsWith("closing:收 入 合 计", StringComparison.Ordinal),
            "支 出/合计", 498.00m);
        Assert.Equal(TableRuleSampleTests.Sorted(
                "T-BALANCE Error 财政拨款收支预算总表 › 支 出 合 计 › 支 出/合计 | 498.00 → 488.00",
                "T-BALANCE Error 财政拨款收支预算总表 › 收 入 合 计 › 收 入/2021年预算数 | 488.00 → 498.00",
                "T-COLUMN-SUM Error 财政拨款收支预算总表 › 支 出 合 计 › 支 出/合计 | 498.00 → 488.00"),
            Planted(changed, "bazhong-2021"));
    }

    [Fact]
    public void A_class_that_the_summary_prints_differently_from_the_spending_table()
    {
        // 1,072.87 printed as 1,027.87: a real mismatch with 附表 3, and the spending total no longer adds up.
        var changed = Sample("guangyuan-2025").WithValue("income-expenditure-summary", r => r.Code == "208", "支 出/预算数", 1027.87m);
        Assert.Equal(TableRuleSampleTests.Sorted(
                "T-CROSS-TABLE Error 附表 1 部门收支总表 › 八、社会保障和就业支出 › 支 出/预算数 | 1,027.87 → 1,072.87",
                "T-BALANCE Error 附表 1 部门收支总表 › 本年支出合计 › 支 出/预算数 | 1,183.38 → 1,138.38"),
            Planted(changed, "guangyuan-2025"));
        var f = Check(changed).Single(f => f.RuleId == "T-CROSS-TABLE");
        Assert.Equal("“支 出/预算数” = 附表 3 部门支出总表“合计” 不成立：印出的数比分项之和少 45.00（docs/rules.md#t-cross-table）", f.Message);
    }

    [Fact]
    public void The_published_one_cent_difference_of_the_summary_is_a_rounding_warning()
    {
        // 广元 附表 1 prints 208 as 1,072.86 where the 项 of 附表 3 add to 1,072.87 (four printed parts: up to 0.02).
        var changed = Sample("guangyuan-2025").WithValue("income-expenditure-summary", r => r.Code == "208", "支 出/预算数", 1072.86m);
        Assert.Equal(TableRuleSampleTests.Sorted(
                "T-ROUNDING Warning 附表 1 部门收支总表 › 八、社会保障和就业支出 › 支 出/预算数 | 1,072.86 → 1,072.87",
                "T-ROUNDING Warning 附表 1 部门收支总表 › 本年支出合计 › 支 出/预算数 | 1,183.38 → 1,183.37"),
            Planted(changed, "guangyuan-2025"));
    }

    [Fact]
    public void The_basic_table_disagreeing_with_the_economic_table_by_class()
    {
        var changed = Sample("guangyuan-2025").WithValue("gpb-basic", r => r.Key == "unit:342601/economic:303", "基本支出/合计", 78.93m);
        Assert.Equal(TableRuleSampleTests.Sorted(
                "T-SUM-LEVEL Error 附表 7 一般公共预算基本支出预算表 › 303 303 对个人和家庭的补助 › 基本支出/合计 | 78.93 → 78.39",
                "T-COLUMN-SUM Error 附表 7 一般公共预算基本支出预算表 › 303 303 对个人和家庭的补助 › 基本支出/合计 | 78.93 → 78.39",
                "T-SUM-UNIT Error 附表 7 一般公共预算基本支出预算表 › 342601 广元市社会保险事务中心 › 基本支出/合计 | 1,090.44 → 1,090.98",
                "T-CROSS-TABLE Error 附表 7 一般公共预算基本支出预算表 › 303 303 对个人和家庭的补助 › 基本支出/合计 | 78.93 → 78.39"),
            Planted(changed, "guangyuan-2025"));
    }

    [Fact]
    public void An_outdated_class_name_is_reported_with_the_years_it_was_valid()
    {
        var changed = Sample("guangyuan-2025").Change("income-expenditure-summary", r => r.Code == "210", r => Relabel(r, 2, "十、医疗卫生与计划生育支出"));
        var f = Assert.Single(Check(changed));
        Assert.Equal("T-CATALOG-NAME Error 附表 1 部门收支总表 › 十、医疗卫生与计划生育支出 › 支 出/项 目 | 医疗卫生与计划生育支出 → 卫生健康支出", Line(f));
        Assert.StartsWith("“医疗卫生与计划生育支出”是科目 210 的旧名称（", f.Message);
        Assert.EndsWith("2025 年为“卫生健康支出”", f.Message);
    }

    [Fact]
    public void A_misspelt_class_name_is_reported()
    {
        // 巴中 2021 printed 207 as 文化体育旅游与传媒支出 (words swapped).
        var changed = Sample("bazhong-2021").Change("income-expenditure-summary", r => r.Code == "207", r => Relabel(r, 2, "七、文化体育旅游与传媒支出"));
        var f = Assert.Single(Check(changed));
        Assert.Equal("T-CATALOG-NAME Error 部门预算收支总表 › 七、文化体育旅游与传媒支出 › 支 出/项 目 | 文化体育旅游与传媒支出 → 文化旅游体育与传媒支出", Line(f));
        Assert.Equal("科目 207 的名称与 2021 年支出功能分类不符，应为“文化旅游体育与传媒支出”", f.Message);
    }

    [Fact]
    public void A_code_not_in_the_years_catalog()
    {
        var changed = Sample("guangyuan-2025").Change("expenditure", r => r.Key == "unit:342601/functional:2080109",
            r => Relabel(r with { Code = "2080188" }, 2, "88"));
        var f = Assert.Single(Check(changed));
        Assert.Equal("T-CATALOG-CODE Error 附表 3 部门支出总表 › 208 01 88 342601 社会保险经办机构 › 单位名称（科目） | 2080188 → ", Line(f));
        Assert.Equal("科目编码 2080188 不在 2025 年支出功能分类中", f.Message);
        Assert.StartsWith("改用 2025 年有效的科目，相近的有：2080101 ", f.Hint);
    }

    [Fact]
    public void Money_at_a_kuan_in_a_table_that_lists_xiang()
    {
        var changed = Sample("guangyuan-2025").Change("expenditure", r => r.Key == "unit:342601/functional:2101101",
            r => Relabel(r with { Code = "21011" }, 2, ""));
        Assert.Equal(TableRuleSampleTests.Sorted(
                "T-CATALOG-CODE Error 附表 3 部门支出总表 › 210 11 342601 行政单位医疗 › 单位名称（科目） | 21011 → ",
                "T-CATALOG-NAME Error 附表 3 部门支出总表 › 210 11 342601 行政单位医疗 › 单位名称（科目） | 行政单位医疗 → 行政事业单位医疗"),
            Planted(changed, "guangyuan-2025"));
    }

    [Fact]
    public void Settings_switch_a_rule_off_or_change_its_severity()
    {
        var shenzhen = Sample("shenzhen-2023");
        Assert.Empty(Check(shenzhen, new CheckSettings(new Dictionary<string, Severity?> { ["T-ROUNDING"] = null })));
        var strict = Check(shenzhen, new CheckSettings(new Dictionary<string, Severity?> { ["T-ROUNDING"] = Severity.Error }));
        Assert.Equal(20, strict.Count);
        Assert.All(strict, f => Assert.Equal(Severity.Error, f.Severity));

        var changed = Sample("guangyuan-2025").WithValue("income-expenditure-summary", r => r.Code == "208", "支 出/预算数", 1027.87m);
        var relaxed = Check(changed, new CheckSettings(new Dictionary<string, Severity?> { ["T-CROSS-TABLE"] = Severity.Warning, ["t-balance"] = null }));
        Assert.Equal(["T-CROSS-TABLE Warning 附表 1 部门收支总表 › 八、社会保障和就业支出 › 支 出/预算数 | 1,027.87 → 1,072.87"], Lines(relaxed));
    }

    [Fact]
    public void Tables_read_from_a_workbook_check_the_same()
    {
        // A reader finds codes in the code columns: project rows carry their 项's code, balance rows none (their
        // class is found by name). The rules read the same structure and find the same mismatch.
        var sample = Sample("guangyuan-2025");
        var read = sample with
        {
            Tables = sample.Tables.Select(t => t with
            {
                Rows = t.Rows.Select((r, i) => (r with
                {
                    SheetRow = i + 6,
                    Code = t.Id == "gpb-projects" && r.Key!.Contains("/project:") ? "2080109" : t.Id.EndsWith("summary") ? null : r.Code,
                }) with { Key = null }).ToList(),
            }).ToList(),
        };
        Assert.Empty(Check(read));
        var changed = read.WithValue("gpb-projects", r => r.Label.EndsWith("社会保险信息网络建设维护费"), "金额", 8.00m)
            .WithValue("income-expenditure-summary", r => r.Texts[2] == "八、社会保障和就业支出", "支 出/预算数", 1027.87m);
        Assert.Equal(TableRuleSampleTests.Sorted(
                "T-SUM-LEVEL Error 附表 8 一般公共预算项目支出预算表 › 第 9 行（208 01 09 社会保险经办机构） › 金额 | 92.94 → 93.94",
                "T-CROSS-TABLE Error 附表 1 部门收支总表 › 第 13 行（八、社会保障和就业支出） › 支 出/预算数 | 1,027.87 → 1,072.87",
                "T-BALANCE Error 附表 1 部门收支总表 › 第 34 行（本年支出合计） › 支 出/预算数 | 1,183.38 → 1,138.38"),
            TableRuleSampleTests.Sorted(Lines(Check(changed))));
    }

    [Fact]
    public void A_declaration_the_tables_do_not_print_is_reported_not_ignored()
    {
        var sample = Sample("guangyuan-2025");
        var profile = sample.Profile with
        {
            Checks = sample.Profile.Checks with
            {
                ColumnSums = [new Core.Profiles.ColumnSumCheck { Table = "expenditure", Total = "合计", Parts = ["基本支出", "不存在的列"] }],
                Balance = [],
                CrossTable = [],
            },
        };
        var f = Assert.Single(Check(sample with { Profile = profile }));
        Assert.Equal("T-COLUMN-SUM", f.RuleId);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("附表 3 部门支出总表", f.Place.ToString());
        Assert.Equal("无法核对：表中没有列“不存在的列”（checks.columnSums）", f.Message);
    }

    private static PrintedRow Relabel(PrintedRow row, int column, string text)
    {
        var texts = row.Texts.ToArray();
        texts[column] = text;
        // The label joins the row's texts that are not figures, as PrintedTables.From builds it.
        var label = string.Join(" ", texts.Where((t, i) => !string.IsNullOrWhiteSpace(t) && row.Values[i] is null).Select(t => t!.Trim()));
        return row with { Texts = texts, Label = label };
    }
}

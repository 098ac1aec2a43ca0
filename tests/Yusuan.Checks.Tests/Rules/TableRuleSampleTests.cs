using static Yusuan.Checks.Tests.Rules.TableRuleHarness;

namespace Yusuan.Checks.Tests.Rules;

/// <summary>
/// The line-level samples' own tables pass every table rule without errors. Printing each cell rounded on its own
/// (the profiles' rounding "cell") leaves 尾数差 where parts and totals were rounded separately: each is reported as a
/// T-ROUNDING warning at the total's cell, and these lists are every one of them.
/// </summary>
public class TableRuleSampleTests
{
    [Fact]
    public void Guangyuan_tables_add_up_exactly()
    {
        // Two-decimal 万元 input printed as entered: nothing to round, every relation holds to the cent.
        Assert.Empty(Check(Sample("guangyuan-2025")));
    }

    [Fact]
    public void Bazhong_tables_add_up_exactly()
    {
        Assert.Empty(Check(Sample("bazhong-2021")));
    }

    [Fact]
    public void Shenzhen_whole_wan_yuan_leave_rounding_differences_only()
    {
        var findings = Check(Sample("shenzhen-2023"));
        Assert.Empty(Lines(findings, Severity.Error));
        Assert.Equal(Sorted(
            // 5,104 + 293,343 = 298,447 ≠ 298,448: the difference the published document's note warns of.
            "T-ROUNDING Warning 表 3 支出总表 › 深圳市社会保险基金管理局本级 › 支出总计 | 298,448 → 298,447",
            "T-ROUNDING Warning 表 3 支出总表 › 深圳市社会保险基金管理局本级 › 基本支出 | 5,104 → 5,105",
            "T-ROUNDING Warning 表 2 收入总表 › 深圳市人力资源和社会保障局 › 本年收入/政府预算拨款/一般公共预算拨款/小计 | 17,963 → 17,962",
            "T-ROUNDING Warning 表 2 收入总表 › 深圳市社会保险基金管理局本级 › 本年收入/政府预算拨款/一般公共预算拨款/小计 | 17,963 → 17,962",
            "T-ROUNDING Warning 表 4 基本支出总表 › 商品和服务支出 › 总计 | 396 → 397",
            "T-ROUNDING Warning 表 4 基本支出总表 › 商品和服务支出 › 政府预算拨款/小计 | 396 → 397",
            "T-ROUNDING Warning 表 4 基本支出总表 › 商品和服务支出 › 政府预算拨款/一般公共预算拨款 | 396 → 397",
            "T-ROUNDING Warning 表 4 基本支出总表 › 对个人和家庭的补助 › 总计 | 636 → 637",
            "T-ROUNDING Warning 表 4 基本支出总表 › 对个人和家庭的补助 › 政府预算拨款/小计 | 636 → 637",
            "T-ROUNDING Warning 表 4 基本支出总表 › 对个人和家庭的补助 › 政府预算拨款/一般公共预算拨款 | 636 → 637",
            "T-ROUNDING Warning 表 7 一般公共预算支出表（按功能分类） › 深圳市社会保险基金管理局本级 › 基本支出 | 5,104 → 5,105",
            "T-ROUNDING Warning 表 7 一般公共预算支出表（按功能分类） › 深圳市人力资源和社会保障局 › 支出总计 | 17,963 → 17,962",
            "T-ROUNDING Warning 表 7 一般公共预算支出表（按功能分类） › 深圳市社会保险基金管理局本级 › 支出总计 | 17,963 → 17,962",
            "T-ROUNDING Warning 表 8 一般公共预算支出表（按经济分类） › 302 商品和服务支出 › 支出总计 | 4,410 → 4,411",
            "T-ROUNDING Warning 表 8 一般公共预算支出表（按经济分类） › 302 商品和服务支出 › 基本支出 | 396 → 397",
            "T-ROUNDING Warning 表 8 一般公共预算支出表（按经济分类） › 303 对个人和家庭的补助 › 支出总计 | 4,224 → 4,225",
            "T-ROUNDING Warning 表 8 一般公共预算支出表（按经济分类） › 303 对个人和家庭的补助 › 基本支出 | 636 → 637",
            // The unit's 17,963 against Σ 类 (17,962) and against 基本 + 项目 (17,962): two relations, two warnings.
            "T-ROUNDING Warning 表 8 一般公共预算支出表（按经济分类） › 深圳市社会保险基金管理局本级 › 支出总计 | 17,963 → 17,962",
            "T-ROUNDING Warning 表 8 一般公共预算支出表（按经济分类） › 深圳市社会保险基金管理局本级 › 支出总计 | 17,963 → 17,962",
            "T-ROUNDING Warning 表 8 一般公共预算支出表（按经济分类） › 深圳市人力资源和社会保障局 › 支出总计 | 17,963 → 17,962"),
            Sorted(Lines(findings)));
    }

    [Fact]
    public void Shenzhen_rounding_warning_names_the_parts_and_the_policy()
    {
        var f = Check(Sample("shenzhen-2023")).Single(f => f.Place.ToString() == "表 3 支出总表 › 深圳市社会保险基金管理局本级 › 支出总计");
        Assert.Equal("T-ROUNDING", f.RuleId);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("298,448", f.Printed);
        Assert.Equal("298,447", f.Expected);
        Assert.StartsWith("尾数差：支出总计 = 基本支出 + 项目支出，印出的数比分项之和多 1", f.Message);
        Assert.Contains("largest-remainder", f.Hint);
    }

    [Fact]
    public void Department_rounding_differences_are_warnings_at_each_total()
    {
        var findings = Check(Sample("department-2025"));
        Assert.Empty(Lines(findings, Severity.Error));
        const string economic = "附表 5 财政拨款支出预算表（部门经济分类科目）";
        Assert.Equal(Sorted(
            // 附表 1 / 附表 4 spending by 类 vs the 支出总表 and 一般公共预算支出表 项 rows of every unit (T-CROSS-TABLE).
            "T-ROUNDING Warning 附表 1 部门收支总表 › 十三、农林水支出 › 支 出/预算数 | 1,927.71 → 1,927.72",
            "T-ROUNDING Warning 附表 1 部门收支总表 › 二十、住房保障支出 › 支 出/预算数 | 167.22 → 167.23",
            "T-ROUNDING Warning 附表 4 财政拨款收支预算总表 › 农林水支出 › 支 出/一般公共预算 | 1,878.94 → 1,878.95",
            "T-ROUNDING Warning 附表 4 财政拨款收支预算总表 › 住房保障支出 › 支 出/一般公共预算 | 167.22 → 167.23",
            // 附表 4 合计 by 类 = 附表 6 + 附表 10 + 附表 12 (§8.4): the same 尾数差 seen from the 合计 column.
            "T-ROUNDING Warning 附表 4 财政拨款收支预算总表 › 农林水支出 › 支 出/合计 | 1,878.94 → 1,878.95",
            "T-ROUNDING Warning 附表 4 财政拨款收支预算总表 › 住房保障支出 › 支 出/合计 | 167.22 → 167.23",
            // 附表 1 / 附表 4 balance: 本年支出 = Σ 类; 附表 4 合计 = 一般公共 + 政府性基金 + 国有资本.
            "T-ROUNDING Warning 附表 1 部门收支总表 › 本年支出合计 › 支 出/预算数 | 2,601.52 → 2,601.51",
            "T-ROUNDING Warning 附表 4 财政拨款收支预算总表 › 一、本年支出 › 支 出/合计 | 2,552.75 → 2,552.74",
            "T-ROUNDING Warning 附表 4 财政拨款收支预算总表 › 一、本年支出 › 支 出/合计 | 2,552.75 → 2,552.74",
            "T-ROUNDING Warning 附表 4 财政拨款收支预算总表 › 支出总计 › 支 出/合计 | 2,552.75 → 2,552.74",
            // 附表 3: unit = Σ 项, 合计 = Σ units, 合计 = 基本 + 项目.
            "T-ROUNDING Warning 附表 3 部门支出总表 › 801001 某市农业农村局机关 › 合计 | 1,123.43 → 1,123.44",
            "T-ROUNDING Warning 附表 3 部门支出总表 › 801001 某市农业农村局机关 › 基本支出 | 1,066.24 → 1,066.23",
            "T-ROUNDING Warning 附表 3 部门支出总表 › 801003 某市农业技术推广中心 › 合计 | 665.79 → 665.80",
            "T-ROUNDING Warning 附表 3 部门支出总表 › 801003 某市农业技术推广中心 › 基本支出 | 537.15 → 537.16",
            "T-ROUNDING Warning 附表 3 部门支出总表 › 合 计 › 基本支出 | 2,311.76 → 2,311.77",
            "T-ROUNDING Warning 附表 3 部门支出总表 › 801 某市农业农村局 › 基本支出 | 2,311.76 → 2,311.77",
            // 附表 5: 302 = Σ its 款 (per unit), unit = Σ 类, 合计 = Σ units, 总计 = 当年 + 结转, 小计 = 基本 + 项目.
            $"T-ROUNDING Warning {economic} › 302 302 商品和服务支出（801002） › 总计 | 172.73 → 172.72",
            $"T-ROUNDING Warning {economic} › 302 302 商品和服务支出（801002） › 当年财政拨款安排/合计 | 172.73 → 172.72",
            $"T-ROUNDING Warning {economic} › 302 302 商品和服务支出（801002） › 当年财政拨款安排/一般公共预算拨款/小计 | 172.73 → 172.72",
            $"T-ROUNDING Warning {economic} › 302 302 商品和服务支出（801002） › 当年财政拨款安排/一般公共预算拨款/小计 | 172.73 → 172.72",
            $"T-ROUNDING Warning {economic} › 302 302 商品和服务支出（801003） › 总计 | 162.85 → 162.86",
            $"T-ROUNDING Warning {economic} › 302 302 商品和服务支出（801003） › 当年财政拨款安排/合计 | 126.79 → 126.80",
            $"T-ROUNDING Warning {economic} › 302 302 商品和服务支出（801003） › 当年财政拨款安排/一般公共预算拨款/小计 | 93.34 → 93.35",
            $"T-ROUNDING Warning {economic} › 302 302 商品和服务支出（801003） › 当年财政拨款安排/一般公共预算拨款/小计 | 93.34 → 93.35",
            $"T-ROUNDING Warning {economic} › 801001 某市农业农村局机关 › 当年财政拨款安排/一般公共预算拨款/基本支出 | 1,066.24 → 1,066.23",
            $"T-ROUNDING Warning {economic} › 801001 某市农业农村局机关 › 当年财政拨款安排/一般公共预算拨款/小计 | 1,123.43 → 1,123.44",
            $"T-ROUNDING Warning {economic} › 801002 某市农业综合行政执法支队 › 总计 | 812.30 → 812.31",
            $"T-ROUNDING Warning {economic} › 801002 某市农业综合行政执法支队 › 当年财政拨款安排/合计 | 812.30 → 812.31",
            $"T-ROUNDING Warning {economic} › 801002 某市农业综合行政执法支队 › 当年财政拨款安排/一般公共预算拨款/小计 | 812.30 → 812.31",
            $"T-ROUNDING Warning {economic} › 801003 某市农业技术推广中心 › 总计 | 617.02 → 617.01",
            $"T-ROUNDING Warning {economic} › 801003 某市农业技术推广中心 › 当年财政拨款安排/一般公共预算拨款/基本支出 | 509.79 → 509.80",
            $"T-ROUNDING Warning {economic} › 合 计 › 当年财政拨款安排/一般公共预算拨款/小计 | 2,483.24 → 2,483.23",
            $"T-ROUNDING Warning {economic} › 合 计 › 当年财政拨款安排/一般公共预算拨款/基本支出 | 2,284.40 → 2,284.41",
            $"T-ROUNDING Warning {economic} › 合 计 › 当年财政拨款安排/一般公共预算拨款/项目支出 | 198.83 → 198.84",
            $"T-ROUNDING Warning {economic} › 801 某市农业农村局 › 当年财政拨款安排/一般公共预算拨款/小计 | 2,483.24 → 2,483.23",
            $"T-ROUNDING Warning {economic} › 801 某市农业农村局 › 当年财政拨款安排/一般公共预算拨款/基本支出 | 2,284.40 → 2,284.41",
            $"T-ROUNDING Warning {economic} › 801 某市农业农村局 › 当年财政拨款安排/一般公共预算拨款/项目支出 | 198.83 → 198.84",
            // 附表 6: unit = Σ 项, 合计 = Σ units, 合计 = 当年 + 结转.
            "T-ROUNDING Warning 附表 6 一般公共预算支出预算表 › 801001 某市农业农村局机关 › 合计 | 1,123.43 → 1,123.44",
            "T-ROUNDING Warning 附表 6 一般公共预算支出预算表 › 801003 某市农业技术推广中心 › 合计 | 583.56 → 583.58",
            "T-ROUNDING Warning 附表 6 一般公共预算支出预算表 › 801003 某市农业技术推广中心 › 合计 | 583.56 → 583.57",
            "T-ROUNDING Warning 附表 6 一般公共预算支出预算表 › 801003 某市农业技术推广中心 › 当年财政拨款安排 | 547.51 → 547.52",
            "T-ROUNDING Warning 附表 6 一般公共预算支出预算表 › 合 计 › 合计 | 2,519.29 → 2,519.30",
            "T-ROUNDING Warning 附表 6 一般公共预算支出预算表 › 801 某市农业农村局 › 合计 | 2,519.29 → 2,519.30",
            // 附表 7: unit = Σ 类, 合计 = Σ units, 基本 = 人员 + 公用.
            "T-ROUNDING Warning 附表 7 一般公共预算基本支出预算表 › 801001 某市农业农村局机关 › 基本支出/合计 | 1,066.24 → 1,066.23",
            "T-ROUNDING Warning 附表 7 一般公共预算基本支出预算表 › 801001 某市农业农村局机关 › 基本支出/人员经费 | 914.21 → 914.20",
            "T-ROUNDING Warning 附表 7 一般公共预算基本支出预算表 › 801002 某市农业综合行政执法支队 › 基本支出/合计 | 708.38 → 708.37",
            "T-ROUNDING Warning 附表 7 一般公共预算基本支出预算表 › 801002 某市农业综合行政执法支队 › 基本支出/人员经费 | 603.57 → 603.58",
            "T-ROUNDING Warning 附表 7 一般公共预算基本支出预算表 › 801003 某市农业技术推广中心 › 基本支出/合计 | 509.79 → 509.80",
            "T-ROUNDING Warning 附表 7 一般公共预算基本支出预算表 › 801003 某市农业技术推广中心 › 基本支出/合计 | 509.79 → 509.80",
            "T-ROUNDING Warning 附表 7 一般公共预算基本支出预算表 › 合计 › 基本支出/合计 | 2,284.40 → 2,284.41",
            "T-ROUNDING Warning 附表 7 一般公共预算基本支出预算表 › 合计 › 基本支出/合计 | 2,284.40 → 2,284.41",
            // 附表 8: unit = Σ 项 rows; 附表 6 = 附表 7 + 附表 8 per unit.
            "T-ROUNDING Warning 附表 8 一般公共预算项目支出预算表 › 801003 某市农业技术推广中心 › 金额 | 73.77 → 73.78",
            "T-ROUNDING Warning 附表 8 一般公共预算项目支出预算表 › 801003 某市农业技术推广中心 › 金额 | 73.77 → 73.78"),
            Sorted(Lines(findings)));
    }

    [Fact]
    public void Every_profile_declaration_resolves_on_its_sample()
    {
        // A column or row a profile names but its tables do not print is reported as 无法核对; none may remain.
        foreach (var sample in new[] { "guangyuan-2025", "bazhong-2021", "shenzhen-2023", "department-2025" })
            Assert.DoesNotContain(Check(Sample(sample)), f => f.Message.StartsWith("无法核对", StringComparison.Ordinal));
    }

    internal static List<string> Sorted(params IEnumerable<string> lines) => lines.Order(StringComparer.Ordinal).ToList();
}

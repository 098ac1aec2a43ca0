using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Core.Targets;
using static Yusuan.Core.Tests.Targets.TargetFixtures;

namespace Yusuan.Core.Tests.Targets;

/// <summary>Each bundled profile's target forms, cell by cell, on the small budget of <see cref="TargetFixtures"/>.</summary>
public sealed class TargetFormLayoutTests
{
    private static FormCell Cell(Form form, int row, int column) =>
        form.Cells.SingleOrDefault(c => c.Row == row && c.Column == column) ?? throw new Xunit.Sdk.XunitException($"no cell starts at ({row}, {column})");

    private static (string Text, int RowSpan, int ColumnSpan) At(Form form, int row, int column)
    {
        var cell = Cell(form, row, column);
        return (form.Format(cell), cell.RowSpan, cell.ColumnSpan);
    }

    /// <summary>Every grid position is covered by exactly one cell.</summary>
    private static void AssertTiled(Form form)
    {
        var seen = new int[form.RowCount, form.ColumnCount];
        foreach (var c in form.Cells)
            for (var r = c.Row; r < c.Row + c.RowSpan; r++)
                for (var k = c.Column; k < c.Column + c.ColumnSpan; k++) seen[r, k]++;
        for (var r = 0; r < form.RowCount; r++)
            for (var k = 0; k < form.ColumnCount; k++)
                Assert.True(seen[r, k] == 1, $"{form.Title}: ({r}, {k}) covered {seen[r, k]} times");
    }

    [Fact]
    public void Sichuan_prints_one_table_with_a_block_of_rows_per_project()
    {
        var form = Assert.Single(TargetFormBuilder.Build(Budget()));
        AssertTiled(form);

        Assert.Equal(("表 13", "部门预算项目绩效目标表（2025 年度）", "", "金额单位：万元"), (form.Number, form.Title, form.Subject, form.UnitLabel));
        Assert.Equal(["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性"],
            form.RowTexts(0));
        Assert.Equal(1, form.HeaderRows);
        Assert.Equal(1 + 6 + 2, form.RowCount);
        // The project list's order, not the targets': 网络 (6 indicators), then 乡村振兴 (2).
        Assert.Equal(("342601-广元市社会保险事务中心", 6, 1), At(form, 1, 0));
        Assert.Equal((Network, 6, 1), At(form, 1, 1));
        Assert.Equal(("7.50", 6, 1), At(form, 1, 2));
        Assert.Equal(FormCellKind.Amount, Cell(form, 1, 2).Kind);
        Assert.Equal(75_000m, Cell(form, 1, 2).Value);
        Assert.Equal(["产出指标", "数量指标", "购置多功能打印机数量", "≥", "2", "台/套", "10", "正向指标"], form.RowTexts(1).Skip(4));
        Assert.Equal(FormCellKind.Number, Cell(form, 1, 10).Kind);
        Assert.Equal("", form.Text(5, 11)); // no direction: blank, not “指标”
        Assert.Equal(("3.64", 2, 1), At(form, 7, 2));
        Assert.Equal("反向指标", form.Text(4, 11));
    }

    [Fact]
    public void A_changed_line_changes_the_form()
    {
        var before = TargetFormBuilder.Build(Budget())[0];
        var after = TargetFormBuilder.Build(WithNetworkLine(Budget(), 80_000m))[0];
        Assert.Equal("7.50", before.Text(1, 2));
        Assert.Equal("10.50", after.Text(1, 2));
    }

    [Fact]
    public void A_stated_amount_is_not_printed()
    {
        var budget = Budget();
        var stated = budget with
        {
            Targets = budget.Targets with { Projects = budget.Targets.Projects.Select(t => t with { StatedAmount = 1m }).ToList() },
        };
        Assert.Equal("7.50", TargetFormBuilder.Build(stated)[0].Text(1, 2));
    }

    [Fact]
    public void Bazhong_declares_each_project_on_its_own_form_with_money_by_source()
    {
        var forms = TargetFormBuilder.Build(Budget("bazhong-2021", networkKind: "事业发展类", villageKind: "运转类"));
        Assert.Equal(["department-declaration", "project-declaration", "project-declaration-development"], forms.Select(f => f.Definition));
        Assert.All(forms, AssertTiled);

        var village = forms[1];
        Assert.Equal((Village, "巴中市2025年市级部门预算项目支出绩效目标申报表", "（运转类项目）"), (village.ProjectName, village.Title, village.Subtitle));
        Assert.Equal(["申报单位（盖章）：广元市社会保险事务中心", "申报时间：　　年　　月　　日"], village.Above.Single().Parts);
        Assert.Equal(["单位领导：", "科室负责人：", "经办人："], village.Below.Single().Parts);
        Assert.Equal(["项目名称", Village], village.RowTexts(0));
        Assert.Equal(["项目属性", "□新增项目　■延续项目", "项目期限", "□一次性　□经常性"], village.RowTexts(2));
        Assert.Equal(("项目资金预算", 3, 1), At(village, 4, 0));
        Assert.Equal(["年度资金总额：3.64万元", "其中：财政拨款3.64万元", "其中：政府采购万元"], village.RowTexts(4).Skip(1));
        Assert.Equal(("项目资金来源", 2, 1), At(village, 7, 0));
        Assert.Equal(["合计", "1.一般公共预算收入", "2.政府性基金预算收入", "3.国有资本经营预算收入", "4.社会保险基金收入", "5.其他收入"], village.RowTexts(7).Skip(1));
        Assert.Equal(["3.64", "3.64", "", "", "", ""], village.RowTexts(8));
        Assert.Equal(["总体目标", "切实抓好乡村振兴战略"], village.RowTexts(9));
        Assert.Equal(("绩效指标", 3, 1), At(village, 10, 0));
        Assert.Equal(["一级指标", "二级指标", "三级指标", "指标值（含数字及文字描述）"], village.RowTexts(10).Skip(1));
        Assert.Equal(["产出指标", "数量指标", "1. 贫困监测户数", "6户"], village.RowTexts(11));
        Assert.Equal(["满意度指标", "满意度指标", "1. 人民群众满意度", "≥95%"], village.RowTexts(12));

        // 事业发展类: its own layout; the 网络 project's money split by source: 其他收入 is what no other column names.
        var network = forms[2];
        Assert.Equal(Network, network.ProjectName);
        Assert.Equal(["项目属性", "■新增项目　□延续项目", "项目期限", "□一次性　□经常性"], network.RowTexts(2));
        Assert.Equal(["立项依据", "□法律法规　□市委市政府决定　□上级文件要求　□市委市政府领导指示　■其他"], network.RowTexts(3));
        Assert.Equal(["7.50", "5.50", "", "", "", "2.00"], network.RowTexts(9));
        Assert.Equal(["建成一体化经办系统", "维持社会保险费征收业务系统正常运行"], network.RowTexts(11));
        Assert.Equal(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值（含数字及文字描述）", "二级指标", "三级指标", "指标值（含数字及文字描述）"],
            network.RowTexts(12));
        // 一级 merged over its run; 二级 (both sides) merged within it; the 中长期 side stays empty.
        Assert.Equal(("产出指标", 3, 1), At(network, 13, 1));
        Assert.Equal(("数量指标", 2, 1), At(network, 13, 2));
        Assert.Equal(("数量指标", 2, 1), At(network, 13, 5));
        Assert.Equal(["产出指标", "数量指标", "", "", "数量指标", "购置多功能打印机数量", "≥2台/套"], network.RowTexts(13));
    }

    [Fact]
    public void Bazhong_department_form_prints_the_tasks_total_first()
    {
        var form = TargetFormBuilder.Build(Budget("bazhong-2021", networkKind: "事业发展类", villageKind: "运转类"))[0];
        Assert.Equal(("巴中市2025年市级部门整体支出绩效目标申报表", null), (form.Title, form.ProjectName));
        Assert.Equal(["部门（单位）名称", "广元市社会保险事务中心"], form.RowTexts(0));
        Assert.Equal(("年度主要任务", 6, 1), At(form, 1, 0));
        Assert.Equal(("预算金额（万元）", 1, 3), At(form, 1, 4));
        Assert.Equal(["合计", "财政拨款", "其他资金"], form.RowTexts(2));
        // 运转类: both 运转类 projects, with a target or not.
        Assert.Equal(["合计", "11.64", "11.64", ""], form.RowTexts(3).Skip(1));
        Assert.Equal(["人员支出", "在职人员工资", "6.00", "6.00", ""], form.RowTexts(4));
        Assert.Equal(["项目", "乡村振兴等项目", "4.64", "4.64", ""], form.RowTexts(6));
        Assert.Equal(["年度总体目标", "保障社保经办正常运转"], form.RowTexts(7));
        Assert.Equal(("年度绩效指标", 3, 1), At(form, 8, 0));
        Assert.Equal(("产出指标", 2, 1), At(form, 9, 1));
        Assert.Equal(["数量指标", "1. 参保人数", "≥49.56万人"], form.RowTexts(9).Skip(1));
        Assert.Equal(["时效指标", "1. 定期待遇发放时限", "每月10号前"], form.RowTexts(10));
    }

    [Fact]
    public void Shenzhen_prints_table_12_with_whole_wanyuan_and_the_total_last()
    {
        var form = Assert.Single(TargetFormBuilder.Build(Budget("shenzhen-2023", networkKind: "履职类", villageKind: "专项资金")));
        AssertTiled(form);
        Assert.Equal(("表 12", "部门（单位）整体支出绩效目标表", "2025年度", "单位：万元"), (form.Number, form.Title, form.Subject, form.UnitLabel));
        Assert.Equal(["部门（单位）名称", "广元市社会保险事务中心", "主管部门", "广元市人力资源和社会保障局"], form.RowTexts(0));
        Assert.Equal(("任务名称", 2, 2), At(form, 1, 1));
        Assert.Equal(["总额", "其中：财政拨款", "其中：其他资金"], form.RowTexts(2));
        Assert.Equal(["人员支出", "在职人员工资", "6", "6", "0"], form.RowTexts(3));
        Assert.Equal(["项目", "乡村振兴等项目", "5", "5", "0"], form.RowTexts(5));
        Assert.Equal(["金额合计", "12", "12", "0"], form.RowTexts(6).Skip(1));
        Assert.Equal(["一级指标", "二级指标", "三级指标", "目标值"], form.RowTexts(8).Skip(1));
    }

    [Fact]
    public void Shandong_approves_each_project_in_four_indicator_levels()
    {
        var forms = TargetFormBuilder.Build(Repo.Budget("shandong-2021"));
        Assert.Equal(["河湖长制工作经费", "水旱灾害防御物资储备", "小型水库工程运行维护"], forms.Select(f => f.ProjectName));
        Assert.All(forms, AssertTiled);
        Assert.Equal("2021年，某县水利局纳入绩效目标管理的项目3个，涉及资金76.00万元，占项目支出的100%。", forms[0].Preamble);
        Assert.Null(forms[1].Preamble);

        var form = forms[0];
        Assert.Equal("2021年度项目支出绩效目标批复表", form.Title);
        Assert.Equal(["项目名称", "河湖长制工作经费"], form.RowTexts(0));
        Assert.Equal(["主管部门", "某县水利局", "预算执行单位", "某县水利局机关"], form.RowTexts(1));
        Assert.Equal(["项目类型", "延续", "项目期限", "2021-01-01 至 2021-12-31"], form.RowTexts(2));
        Assert.Equal(("项目资金申请（万元）", 3, 1), At(form, 3, 0));
        Assert.Equal(["年度资金总额", "18.00"], form.RowTexts(3).Skip(1));
        Assert.Equal(["其中：财政拨款", "18.00"], form.RowTexts(4));
        Assert.Equal(["其他资金", ""], form.RowTexts(5));
        Assert.Equal(["一级指标", "二级指标", "三级指标", "四级指标", "指标值", "计量单位"], form.RowTexts(7));
        Assert.Equal(("产出", 5, 1), At(form, 8, 0));
        Assert.Equal(("项目产出", 5, 1), At(form, 8, 1));
        Assert.Equal(("数量指标", 2, 1), At(form, 8, 2));
        Assert.Equal(["县级河湖长巡河次数", "≥48", "次"], form.RowTexts(8).Skip(3));
        Assert.Equal(["河湖健康评价报告", "6", "份"], form.RowTexts(9));
        Assert.Equal(("效果", 3, 1), At(form, 13, 0));
        Assert.Equal(["其他说明", ""], form.RowTexts(form.RowCount - 1));
        Assert.Empty(form.Below);

        // The reservoir project: 22.00 一般公共预算 + 4.00 其他收入.
        Assert.Equal(["年度资金总额", "26.00"], forms[2].RowTexts(3).Skip(1));
        Assert.Equal(["其中：财政拨款", "22.00"], forms[2].RowTexts(4));
        Assert.Equal(["其他资金", "4.00"], forms[2].RowTexts(5));
    }

    [Fact]
    public void A_budget_without_targets_gets_no_forms()
    {
        var budget = Budget() with { Targets = PerformanceTargets.None };
        Assert.Empty(TargetFormBuilder.Build(budget));
        Assert.Equal(0, new TargetAmounts(budget).Coverage().Projects);
    }

    [Fact]
    public void A_form_kind_with_nothing_to_show_is_left_out()
    {
        // Only department targets: Sichuan prints no 表 13, Shenzhen its 表 12.
        var budget = Budget() with { Targets = Budget().Targets with { Projects = [] } };
        Assert.Empty(TargetFormBuilder.Build(budget));
        Assert.Single(TargetFormBuilder.Build(budget with { ProfileId = "shenzhen-2023", Projects = [] }));
    }

    [Fact]
    public void A_project_without_indicators_keeps_its_row()
    {
        var budget = Budget();
        budget = budget with
        {
            Targets = budget.Targets with { Projects = budget.Targets.Projects.Select(t => t.ProjectName == Village ? t with { Indicators = [] } : t).ToList() },
        };
        var form = TargetFormBuilder.Build(budget)[0];
        Assert.Equal(1 + 6 + 1, form.RowCount);
        Assert.Equal((Village, 1, 1), At(form, 7, 1));
        Assert.Equal("", form.Text(7, 4));
    }

    [Fact]
    public void A_broken_form_definition_is_refused_with_its_place()
    {
        var profile = ProfileLoader.Load("sichuan-2025");
        var broken = profile with
        {
            Targets = profile.Targets with { Forms = [profile.Targets.Forms[0] with { Kind = "poster" }] },
        };
        var e = Assert.Throws<InvalidDataException>(() => TargetFormBuilder.Build(Budget(), broken));
        Assert.Contains("targets › forms › project-targets", e.Message);
        Assert.Contains("poster", e.Message);
    }
}

using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Targets;

/// <summary>
/// A one-unit budget small enough to follow by hand, with three projects (two with targets) and a department-wide
/// target, in any profile: only the project kinds change.
/// </summary>
internal static class TargetFixtures
{
    public const string Unit = "342601";
    public const string Network = "社会保险信息网络建设维护费";
    public const string Village = "乡村振兴经费";
    public const string Untargeted = "无绩效目标的项目";

    private static ExpenditureLine Line(string economic, ExpenditureNature nature, string? project, IncomeSource source, decimal amount, bool carried = false) =>
        new(Unit, "2080109", economic, nature, project, source, carried, amount);

    public static Indicator I(string l1, string l2, string name, IndicatorNature nature, string value, string? measure, decimal? weight = null,
        IndicatorDirection? direction = null, string? level4 = null) =>
        new(l1, l2, name, nature, value, measure) { Weight = weight, Direction = direction, Level4 = level4 };

    /// <summary>
    /// 网络 project: 50,000 一般公共预算 + 5,000 上年结转 一般公共预算 + 20,000 其他收入 = 75,000 元; 乡村振兴: 36,400 一般公共预算;
    /// the untargeted project 10,000; basic: 人员经费 60,000, 公用经费 10,000.
    /// </summary>
    public static Budget Budget(string profile = "sichuan-2025", string networkKind = "特定目标类", string villageKind = "特定目标类", int year = 2025)
    {
        var gpb = IncomeSource.GeneralPublicBudget;
        return new Budget
        {
            Year = year,
            ProfileId = profile,
            Department = new Department("342", "广元市人力资源和社会保障局"),
            Units = [new BudgetUnit(Unit, "广元市社会保险事务中心", UnitType.CivilServiceManaged)],
            Income =
            [
                new IncomeLine(Unit, gpb, false, 156_400m),
                new IncomeLine(Unit, gpb, true, 5_000m),
                new IncomeLine(Unit, IncomeSource.Other, false, 20_000m),
            ],
            Projects =
            [
                new Project(Unit, Network, networkKind),
                new Project(Unit, Village, villageKind),
                new Project(Unit, Untargeted, villageKind),
            ],
            Expenditures =
            [
                Line("30101", ExpenditureNature.Personnel, null, gpb, 60_000m),
                Line("30201", ExpenditureNature.Public, null, gpb, 10_000m),
                Line("31002", ExpenditureNature.Project, Network, gpb, 50_000m),
                Line("31002", ExpenditureNature.Project, Network, gpb, 5_000m, carried: true),
                Line("30205", ExpenditureNature.Project, Network, IncomeSource.Other, 20_000m),
                Line("30211", ExpenditureNature.Project, Village, gpb, 36_400m),
                Line("30201", ExpenditureNature.Project, Untargeted, gpb, 10_000m),
            ],
            Targets = new PerformanceTargets
            {
                Projects =
                [
                    // Listed in the reverse of the project list: forms follow the project list.
                    new ProjectTarget(Unit, Village)
                    {
                        Attribute = "延续", AnnualGoal = "切实抓好乡村振兴战略",
                        Indicators =
                        [
                            I("产出指标", "数量指标", "贫困监测户数", IndicatorNature.Equal, "6", "户", 30, IndicatorDirection.Positive),
                            I("满意度指标", "满意度指标", "人民群众满意度", IndicatorNature.AtLeast, "95", "%", 60, IndicatorDirection.Positive),
                        ],
                    },
                    new ProjectTarget(Unit, Network)
                    {
                        Attribute = "新增", Period = "2025-01-01 至 2025-12-31", Basis = "其他",
                        AnnualGoal = "维持社会保险费征收业务系统正常运行", LongTermGoal = "建成一体化经办系统",
                        Indicators =
                        [
                            I("产出指标", "数量指标", "购置多功能打印机数量", IndicatorNature.AtLeast, "2", "台/套", 10, IndicatorDirection.Positive),
                            I("产出指标", "数量指标", "购置办公软件数量", IndicatorNature.AtLeast, "20", "套", 10, IndicatorDirection.Positive),
                            I("产出指标", "质量指标", "购置设备验收合格率", IndicatorNature.AtLeast, "100", "%", 10, IndicatorDirection.Positive),
                            I("成本指标", "经济成本指标", "软、硬件采购成本", IndicatorNature.AtMost, "7", "万元", 20, IndicatorDirection.Negative),
                            I("效益指标", "可持续影响指标", "信息化系统后续可拓展性", IndicatorNature.Qualitative, "优", "级", 30),
                            I("满意度指标", "满意度指标", "参保单位满意程度", IndicatorNature.AtLeast, "95", "%", 10, IndicatorDirection.Positive),
                        ],
                    },
                ],
                Departments =
                [
                    new DepartmentTarget(null)
                    {
                        Objective = "保障社保经办正常运转",
                        Tasks =
                        [
                            new TargetTask("人员支出", "人员经费") { Description = "在职人员工资" },
                            new TargetTask("公用经费", "公用经费") { Description = "日常办公" },
                            new TargetTask("项目", villageKind) { Description = "乡村振兴等项目", StatedAmount = 1m },
                        ],
                        Indicators =
                        [
                            I("产出指标", "数量指标", "参保人数", IndicatorNature.AtLeast, "49.56", "万人"),
                            I("产出指标", "时效指标", "定期待遇发放时限", IndicatorNature.Qualitative, "每月10号前", null),
                        ],
                    },
                ],
            },
        };
    }

    /// <summary>The budget with the 网络 project's 50,000 一般公共预算 line changed to <paramref name="amount"/>.</summary>
    public static Budget WithNetworkLine(Budget budget, decimal amount) => budget with
    {
        Expenditures = budget.Expenditures
            .Select(l => l.ProjectName == Network && l.Amount == 50_000m ? l with { Amount = amount } : l).ToList(),
    };
}

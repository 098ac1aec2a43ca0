using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Core.Targets;
using static Yusuan.Core.Tests.Targets.TargetFixtures;

namespace Yusuan.Core.Tests.Targets;

/// <summary>A target's money is its budget lines: by project and source, by task kind, and the coverage figures.</summary>
public sealed class TargetAmountsTests
{
    [Fact]
    public void A_projects_money_is_its_lines_by_source()
    {
        var amounts = new TargetAmounts(Budget());

        var network = amounts.Project(Unit, Network);
        Assert.Equal(75_000m, network.Total);
        Assert.Equal(55_000m, network.Of(IncomeSource.GeneralPublicBudget));
        Assert.Equal(20_000m, network.Of(IncomeSource.Other));
        Assert.Equal(55_000m, network.Fiscal);
        Assert.Equal(20_000m, network.Other);
        Assert.Equal(5_000m, network.CarriedOver);
        Assert.Equal(36_400m, amounts.Project(Unit, Village).Total);
        Assert.Equal(0m, amounts.Project(Unit, "不存在的项目").Total);
    }

    [Fact]
    public void Changing_a_line_changes_the_projects_money()
    {
        var amounts = new TargetAmounts(WithNetworkLine(Budget(), 80_000m));
        Assert.Equal(105_000m, amounts.Project(Unit, Network).Total);
        Assert.Equal(85_000m, amounts.Project(Unit, Network).Fiscal);
    }

    [Fact]
    public void Task_money_is_the_lines_of_its_kind_and_never_the_stated_amount()
    {
        var budget = Budget();
        var amounts = new TargetAmounts(budget);
        var target = budget.Targets.Departments[0];

        Assert.Equal(60_000m, amounts.Task(target, target.Tasks[0]).Total);
        Assert.Equal(10_000m, amounts.Task(target, target.Tasks[1]).Total);
        // 特定目标类: every project of that kind (with or without a target); the stated 1 元 is ignored.
        Assert.Equal(121_400m, amounts.Task(target, target.Tasks[2]).Total);
        Assert.Equal(191_400m, amounts.Tasks(target).Total);
        Assert.Equal(171_400m, amounts.Tasks(target).Fiscal);
    }

    [Fact]
    public void A_task_that_names_projects_takes_exactly_their_money_by_source()
    {
        var budget = Budget("shenzhen-2023", networkKind: "履职类", villageKind: "专项资金");
        var target = new DepartmentTarget(null)
        {
            Tasks =
            [
                // Named: the project's lines, whatever the task's kind; two projects add up.
                new TargetTask("网络", "履职类") { Projects = [Network] },
                new TargetTask("乡村振兴和其他", "专项资金") { Projects = [Village, Untargeted] },
                new TargetTask("基本支出", "基本支出"),
            ],
        };
        var amounts = new TargetAmounts(budget);

        var network = amounts.Task(target, target.Tasks[0]);
        Assert.Equal(amounts.Project(Unit, Network).BySource.OrderBy(kv => kv.Key), network.BySource.OrderBy(kv => kv.Key));
        Assert.Equal((75_000m, 55_000m, 20_000m, 5_000m), (network.Total, network.Fiscal, network.Other, network.CarriedOver));
        Assert.Equal(46_400m, amounts.Task(target, target.Tasks[1]).Total);
        Assert.Equal(70_000m, amounts.Task(target, target.Tasks[2]).Total);
        Assert.Equal([75_000m, 46_400m, 70_000m], amounts.TaskShares(target).Select(m => m!.Total));
        Assert.Equal(191_400m, amounts.Tasks(target).Total);

        // A unit-wide target takes only its unit's project of that name.
        var unit = new DepartmentTarget("999999") { Tasks = [new TargetTask("网络", "履职类") { Projects = [Network] }] };
        Assert.Equal(0m, amounts.Task(unit, unit.Tasks[0]).Total);
    }

    [Fact]
    public void A_task_by_kind_takes_what_the_tasks_naming_projects_leave_of_it()
    {
        // 专项资金: 乡村振兴 36,400 + the untargeted project 10,000. One task names 乡村振兴, the other takes the kind's rest;
        // a second task of the kind naming nothing prints blank (nothing says how to split), and the shares add to the 合计.
        var budget = Budget("shenzhen-2023", networkKind: "履职类", villageKind: "专项资金");
        var target = new DepartmentTarget(null)
        {
            Tasks =
            [
                new TargetTask("乡村振兴", "专项资金") { Projects = [Village] },
                new TargetTask("其他专项", "专项资金"),
                new TargetTask("再一项", "专项资金"),
                new TargetTask("履职", "履职类"),
            ],
        };
        var amounts = new TargetAmounts(budget);
        var shares = amounts.TaskShares(target);

        Assert.Equal(36_400m, shares[0]!.Total);
        Assert.Equal(10_000m, shares[1]!.Total);
        Assert.Equal(10_000m, amounts.Task(target, target.Tasks[1]).Total);
        Assert.Null(shares[2]);
        Assert.Equal(75_000m, shares[3]!.Total);  // alone of its kind: the kind's money
        Assert.Equal(20_000m, shares[3]!.Other);
        Assert.Equal(121_400m, amounts.Tasks(target).Total);
        // Without names the kind is not split by task names any more: the first task takes all of it.
        var unnamed = target with { Tasks = [new TargetTask(Village, "专项资金"), new TargetTask("其他专项", "专项资金")] };
        Assert.Equal(46_400m, amounts.TaskShares(unnamed)[0]!.Total);
        Assert.Null(amounts.TaskShares(unnamed)[1]);
    }

    [Fact]
    public void Shenzhen_form_prints_each_task_as_its_project_as_table_12_does()
    {
        // samples/shenzhen-2023/NOTES.md 绩效目标: 表12 prints 2,969 (the published mistake; the project has 2,970.15), 5,104,
        // 1,016, 8,661, 280,485, 211 and 金额合计 298,448. 社保专项资金 and 政府性基金 are projects whose names differ from the task's.
        var budget = Repo.Budget("shenzhen-2023");
        var target = Assert.Single(budget.Targets.Departments);
        var amounts = new TargetAmounts(budget);

        Assert.Equal([29_701_500.00m, 51_044_000.00m, 10_161_000.00m, 86_610_000.00m, 2_804_850_000.00m, 2_110_000.00m],
            amounts.TaskShares(target).Select(m => m!.Total));
        Assert.All(amounts.TaskShares(target), m => Assert.Equal(0m, m!.Other));

        var form = Assert.Single(TargetFormBuilder.Build(budget));
        string[][] rows =
        [
            ["社会保险业务管理", "2,970"], ["基本支出", "5,104"], ["社会保险综合管理", "1,016"], ["社保专项资金", "8,661"],
            ["政府性基金", "280,485"], ["预算准备金", "211"], ["金额合计", "298,448"],
        ];
        foreach (var row in rows)
        {
            var texts = Enumerable.Range(0, form.RowCount).Select(form.RowTexts).First(r => r.Contains(row[0]));
            var amount = texts.SkipWhile(t => t != row[0]).Skip(row[0] == "金额合计" ? 1 : 2).First();
            Assert.True(amount == row[1], $"{row[0]}: {string.Join(" | ", texts)}");
        }
    }

    [Fact]
    public void Task_money_of_the_department_sample_equals_its_tables()
    {
        // samples/department-2025/NOTES.md §2 and §7 (computed independently by compute_expected.py).
        var budget = Repo.Budget("department-2025");
        var amounts = new TargetAmounts(budget);
        var department = new DepartmentTarget(null)
        {
            Tasks =
            [
                new TargetTask("人员支出", "人员经费"), new TargetTask("公用经费", "公用经费"), new TargetTask("基本支出", "基本支出"),
                new TargetTask("运转类项目", "运转类"), new TargetTask("特定目标类项目", "特定目标类"), new TargetTask("项目支出", "项目支出"),
            ],
        };
        decimal Task(int i) => amounts.Task(department, department.Tasks[i]).Total;
        Assert.Equal(19_934_453.88m, Task(0));
        Assert.Equal(3_183_187.28m, Task(1));
        Assert.Equal(23_117_641.16m, Task(2));
        Assert.Equal(485_630.50m, Task(3));
        Assert.Equal(2_411_936.75m, Task(4));
        Assert.Equal(2_897_567.25m, Task(5));
        // Each line once, whatever tasks overlap: 基本 + 项目 = the department's spending.
        Assert.Equal(26_015_208.41m, amounts.Tasks(department).Total);

        var unit = new DepartmentTarget("801002") { Tasks = [new TargetTask("人员支出", "人员经费")] };
        Assert.Equal(6_035_718.02m, amounts.Task(unit, unit.Tasks[0]).Total);
    }

    [Fact]
    public void Coverage_counts_projects_with_targets_and_their_share_of_project_money()
    {
        var coverage = new TargetAmounts(Budget()).Coverage();

        Assert.Equal(2, coverage.Projects);
        Assert.Equal(111_400m, coverage.Amount);
        Assert.Equal(3, coverage.AllProjects);
        Assert.Equal(121_400m, coverage.AllProjectsAmount);
        Assert.Equal(111_400m / 121_400m, coverage.Share);
        var kind = Assert.Single(coverage.ByKind);
        Assert.Equal(new KindCoverage("特定目标类", 2, 111_400m), kind);
    }

    [Fact]
    public void Coverage_of_the_department_sample_splits_by_kind_in_the_profiles_order()
    {
        var coverage = TargetFormBuilder.Coverage(Repo.Budget("department-2025"));

        Assert.Equal((2, 618_380.90m, 9, 2_897_567.25m), (coverage.Projects, coverage.Amount, coverage.AllProjects, coverage.AllProjectsAmount));
        Assert.Equal([new KindCoverage("运转类", 1, 241_230.50m), new KindCoverage("特定目标类", 1, 377_150.40m)], coverage.ByKind);
    }

    [Fact]
    public void Coverage_sentence_is_written_as_the_profile_writes_it()
    {
        var budget = Budget();
        var coverage = new TargetAmounts(budget).Coverage();

        // As 002 line 170 puts it: 2025 广元市社会保险事务中心开展绩效目标管理的项目 18 个，涉及预算 1183.38 万元。其中：…
        Assert.Equal("2025 广元市社会保险事务中心开展绩效目标管理的项目 2 个，涉及预算 11.14 万元。其中：特定目标类项目 2 个，涉及预算 11.14 万元。",
            coverage.Sentence(ProfileLoader.Load("sichuan-2025"), 2025, TargetFormBuilder.Subject(budget)));
        Assert.Equal("2025 年广元市社会保险事务中心所有项目支出预算纳入部门预算绩效管理，涉及预算资金 12 万元，设置并编报 2 个项目绩效目标。",
            coverage.Sentence(ProfileLoader.Load("shenzhen-2023"), 2025, "广元市社会保险事务中心"));
        Assert.Equal("2025年，广元市社会保险事务中心纳入绩效目标管理的项目2个，涉及资金11.14万元，占项目支出的91.76%。",
            coverage.Sentence(ProfileLoader.Load("shandong-2021"), 2025, "广元市社会保险事务中心"));
    }

    [Fact]
    public void Thousands_are_separated_only_where_the_sentence_asks()
    {
        var big = Budget() with
        {
            Expenditures = Budget().Expenditures.Select(l => l.ProjectName == Village ? l with { Amount = 12_345_678.9m } : l).ToList(),
        };
        var coverage = new TargetAmounts(big).Coverage();
        var sentence = coverage.Sentence(ProfileLoader.Load("sichuan-2025"), 2025, "某单位");
        Assert.Contains("涉及预算 1242.07 万元", sentence);
        Assert.Contains("涉及预算资金 1,243 万元", coverage.Sentence(ProfileLoader.Load("shenzhen-2023"), 2025, "某单位"));
    }
}

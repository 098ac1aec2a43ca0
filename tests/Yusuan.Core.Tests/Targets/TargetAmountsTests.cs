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
    public void Tasks_of_one_kind_share_its_money_by_project_name()
    {
        // 深圳 lists its 履职类 projects one task each: a task named as a project takes that project's money.
        var budget = Budget("shenzhen-2023", networkKind: "履职类", villageKind: "专项资金");
        var target = new DepartmentTarget(null)
        {
            Tasks =
            [
                new TargetTask(Village, "专项资金"), new TargetTask("其他专项", "专项资金"), new TargetTask("再一项", "专项资金"),
                new TargetTask("履职", "履职类"),
            ],
        };
        var shares = new TargetAmounts(budget).TaskShares(target);

        Assert.Equal(36_400m, shares[0]!.Total);
        Assert.Equal(10_000m, shares[1]!.Total); // what is left of 专项资金 (the untargeted project)
        Assert.Null(shares[2]);                   // nothing left to print
        Assert.Equal(75_000m, shares[3]!.Total);  // alone of its kind: the kind's money
        Assert.Equal(20_000m, shares[3]!.Other);
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

using Yusuan.Core.Input;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;
using static Yusuan.Core.Tests.Targets.TargetFixtures;

namespace Yusuan.Core.Tests.Targets;

/// <summary>The profiles' <c>targets</c> section: rule settings for the checks, defaults, and the bundled regions' choices.</summary>
public sealed class TargetProfileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("yusuan-target-profile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_profile_without_targets_loads_with_the_defaults()
    {
        var path = Path.Combine(_dir, "bare.json");
        File.WriteAllText(path, """{ "id": "bare", "name": "无绩效目标设置的配置" }""");
        var targets = ProfileLoader.Load(path).Targets;

        Assert.Equal(100m, targets.WeightTotal);
        Assert.Equal(["产出指标·数量指标", "产出指标·质量指标或时效指标", "效益指标", "满意度指标"], targets.RequiredCategories.Select(c => c.Name));
        Assert.Empty(targets.Forms);
        Assert.Empty(TargetFormBuilder.Build(Budget(), ProfileLoader.Load(path)));
    }

    [Fact]
    public void Bundled_profiles_state_their_weight_rule_and_forms()
    {
        Assert.Equal(90m, ProfileLoader.Load("sichuan-2025").Targets.WeightTotal);
        Assert.Null(ProfileLoader.Load("bazhong-2021").Targets.WeightTotal);
        Assert.Null(ProfileLoader.Load("shenzhen-2023").Targets.WeightTotal);
        Assert.Null(ProfileLoader.Load("shandong-2021").Targets.WeightTotal);
        Assert.Equal(["project-targets"], ProfileLoader.Load("sichuan-2025").Targets.Forms.Select(f => f.Id));
        Assert.Equal(["department-declaration", "project-declaration", "project-declaration-development"],
            ProfileLoader.Load("bazhong-2021").Targets.Forms.Select(f => f.Id));
        Assert.Equal(["department-targets"], ProfileLoader.Load("shenzhen-2023").Targets.Forms.Select(f => f.Id));
        Assert.Equal(["project-approval"], ProfileLoader.Load("shandong-2021").Targets.Forms.Select(f => f.Id));
    }

    [Fact]
    public void Weight_rule_and_categories_are_read_from_a_bureaus_file()
    {
        var path = Path.Combine(_dir, "bureau.json");
        File.WriteAllText(path, """
            { "id": "bureau", "name": "某局",
              "targets": { "weightTotal": null,
                "requiredCategories": [ { "level1": "产出指标", "level2": ["数量指标", "质量指标"] }, { "label": "满意度", "level1": "满意度指标" } ] } }
            """);
        var targets = ProfileLoader.Load(path).Targets;
        Assert.Null(targets.WeightTotal);
        Assert.Equal(["产出指标", "数量指标", "质量指标"], targets.RequiredCategories[0].Level1.Concat(targets.RequiredCategories[0].Level2));
        Assert.Equal("产出指标·数量指标或质量指标", targets.RequiredCategories[0].Name);
        Assert.Equal("满意度", targets.RequiredCategories[1].Name);
    }

    [Theory]
    [InlineData("满意度指标", "服务对象满意度指标", "满意度", true)]
    [InlineData("满意度指标", "帮扶对象满意度指标", "满意度", true)]
    [InlineData("效益指标", "社会效益指标", "效益", true)]
    [InlineData("效益指标", "可持续影响指标", "效益", true)]
    [InlineData("产出指标", "质量指标", "质量指标或时效指标", true)]
    [InlineData("产出指标", "成本指标", "质量指标或时效指标", false)]
    [InlineData("成本指标", "经济成本指标", "效益", false)]
    public void Required_categories_match_names_without_their_suffix(string level1, string level2, string group, bool fits)
    {
        var category = ProfileLoader.Load("sichuan-2025").Targets.RequiredCategories.Single(c => c.Name.Contains(group));
        Assert.Equal(fits, category.Matches(I(level1, level2, "某指标", IndicatorNature.AtLeast, "1", "个")));
    }

    [Fact]
    public void Shandong_categories_sit_at_the_third_level()
    {
        var categories = ProfileLoader.Load("shandong-2021").Targets.RequiredCategories;
        var budget = BudgetReader.Read(Repo.Sample("shandong-2021"));
        foreach (var target in budget.Targets.Projects)
            Assert.All(categories, c => Assert.True(c.IsMetBy(target.Indicators), $"{target.ProjectName}: {c.Name}"));
        Assert.False(categories[2].Matches(I("产出", "项目产出", "数量指标", IndicatorNature.AtLeast, "1", "个", level4: "某数量")));
    }

    [Fact]
    public void Shandong_sample_builds_its_tables_and_forms()
    {
        var budget = BudgetReader.Read(Repo.Sample("shandong-2021"));
        Assert.Equal("shandong-2021", budget.ProfileId);
        var tables = TableSetBuilder.Build(budget);
        Assert.Equal(14, tables.Count);
        Assert.Equal(("表1", "收支总表"), (tables[0].Number, tables[0].Title));
        Assert.All(budget.Targets.Projects, t => Assert.All(t.Indicators, i => Assert.NotNull(i.Level4)));
        var coverage = TargetFormBuilder.Coverage(budget);
        Assert.Equal((3, 760_000m, 3, 760_000m), (coverage.Projects, coverage.Amount, coverage.AllProjects, coverage.AllProjectsAmount));
        Assert.Equal(3, TargetFormBuilder.Build(budget).Count);
    }

    [Fact]
    public void Department_sample_targets_follow_the_sichuan_rules()
    {
        var budget = Repo.Budget("department-2025");
        var profile = ProfileLoader.Load("sichuan-2025");
        Assert.Equal(2, budget.Targets.Projects.Count);
        foreach (var target in budget.Targets.Projects)
        {
            Assert.Equal(profile.Targets.WeightTotal, target.Indicators.Sum(i => i.Weight));
            Assert.All(profile.Targets.RequiredCategories, c => Assert.True(c.IsMetBy(target.Indicators), $"{target.ProjectName}: {c.Name}"));
        }
    }
}

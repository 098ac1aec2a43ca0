using System.Text.Json.Nodes;
using Yusuan.Checks.Rules;
using Yusuan.Checks.Rules.Targets;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Input;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;

namespace Yusuan.Checks.Tests.Rules;

/// <summary>
/// The 绩效目标 rules (P-) on a small sichuan-2025 budget in 万元 (two projects with good targets whose weights add to 90,
/// and a department-wide target), changed in one place: each rule reports exactly that place with its message, and
/// nothing on the budget as it is.
/// </summary>
public sealed class TargetRuleTests : IDisposable
{
    private const string Good = """
        {
          "year": 2025, "profile": "sichuan-2025", "amountUnit": "万元",
          "department": { "code": "342", "name": "广元市人力资源和社会保障局" },
          "units": [ { "code": "342601", "name": "广元市社会保险事务中心", "type": "参公" } ],
          "income": [ { "unit": "342601", "source": "一般公共预算拨款收入", "amount": 30.00 } ],
          "projects": [
            { "unit": "342601", "name": "乡村振兴经费", "kind": "特定目标类" },
            { "unit": "342601", "name": "党建工作经费", "kind": "运转类" }
          ],
          "expenditures": [
            { "unit": "342601", "functional": "2080109", "economic": "30101", "amount": 20.00 },
            { "unit": "342601", "functional": "2080109", "economic": "30201", "amount": 3.46 },
            { "unit": "342601", "functional": "2080109", "economic": "30211", "project": "乡村振兴经费", "amount": 3.64 },
            { "unit": "342601", "functional": "2080109", "economic": "30201", "project": "党建工作经费", "amount": 2.90 }
          ],
          "targets": {
            "projects": [
              {
                "unit": "342601", "project": "乡村振兴经费", "attribute": "延续", "period": "2025-01-01 至 2025-12-31",
                "annualGoal": "开展促进乡村产业振兴工作，2025年底前完成帮扶任务。",
                "indicators": [
                  { "level1": "产出指标", "level2": "数量指标", "name": "帮扶村数量", "nature": "≥", "value": "1", "measure": "个", "weight": 20, "direction": "正向" },
                  { "level1": "产出指标", "level2": "质量指标", "name": "帮扶项目验收合格率", "nature": "=", "value": "100", "measure": "%", "weight": 10, "direction": "正向" },
                  { "level1": "产出指标", "level2": "时效指标", "name": "帮扶项目完成时间", "nature": "≤", "value": "1", "measure": "年", "weight": 10, "direction": "反向" },
                  { "level1": "成本指标", "level2": "经济成本指标", "name": "驻村工作队员工作经费", "nature": "≤", "value": "3.64", "measure": "万元", "weight": 20, "direction": "反向" },
                  { "level1": "效益指标", "level2": "社会效益指标", "name": "带动脱贫户增收", "nature": "定性", "value": "优", "measure": "级", "weight": 20, "direction": "正向" },
                  { "level1": "满意度指标", "level2": "满意度指标", "name": "帮扶对象满意度", "nature": "≥", "value": "95", "measure": "%", "weight": 10, "direction": "正向" }
                ]
              },
              {
                "unit": "342601", "project": "党建工作经费", "attribute": "延续",
                "indicators": [
                  { "level1": "产出指标", "level2": "数量指标", "name": "党报征订份数", "nature": "=", "value": "10", "measure": "份", "weight": 20 },
                  { "level1": "产出指标", "level2": "数量指标", "name": "党建活动开展次数", "nature": "≥", "value": "4", "measure": "次", "weight": 10 },
                  { "level1": "产出指标", "level2": "时效指标", "name": "报刊征订完成时间", "nature": "定性", "value": "2025年12月31日前", "weight": 10 },
                  { "level1": "成本指标", "level2": "经济成本指标", "name": "党报每份费用", "nature": "≤", "value": "500", "measure": "元", "weight": 10 },
                  { "level1": "成本指标", "level2": "经济成本指标", "name": "党建活动每次费用", "nature": "≤", "value": "4000", "measure": "元", "weight": 10 },
                  { "level1": "效益指标", "level2": "社会效益指标", "name": "党员理论水平提高率", "nature": "≥", "value": "10", "measure": "%", "weight": 20 },
                  { "level1": "满意度指标", "level2": "满意度指标", "name": "党员满意度", "nature": "≥", "value": "90", "measure": "%", "weight": 10 }
                ]
              }
            ],
            "departments": [ {
              "objective": "保障社保经办正常运转，到2025年底完成各项社会保险经办任务。",
              "tasks": [
                { "name": "人员支出", "kind": "人员支出", "statedAmount": 20.00 },
                { "name": "公用经费", "kind": "公用经费", "statedAmount": 3.46 },
                { "name": "特定目标类项目", "kind": "特定目标类", "statedAmount": 3.64 },
                { "name": "运转类项目", "kind": "运转类", "statedAmount": 2.9 }
              ],
              "indicators": [
                { "level1": "产出指标", "level2": "数量指标", "name": "在职人员人数", "nature": "=", "value": "32", "measure": "人" },
                { "level1": "产出指标", "level2": "时效指标", "name": "工资按时发放率", "nature": "=", "value": "100", "measure": "%" },
                { "level1": "成本指标", "level2": "经济成本指标", "name": "日常公用经费", "nature": "≤", "value": "3.46", "measure": "万元" },
                { "level1": "效益指标", "level2": "社会效益指标", "name": "社保经办服务水平", "nature": "定性", "value": "明显提高" },
                { "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "参保群众满意度", "nature": "≥", "value": "90", "measure": "%" }
              ]
            } ]
          }
        }
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "yusuan-target-rule-tests", Guid.NewGuid().ToString("N"));

    public TargetRuleTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }

    private Budget Read(Action<JsonObject>? change = null)
    {
        var doc = JsonNode.Parse(Good)!.AsObject();
        change?.Invoke(doc);
        var path = Path.Combine(_dir, "budget.json");
        File.WriteAllText(path, doc.ToJsonString());
        return BudgetReader.Read(path);
    }

    private static JsonObject Project(JsonObject d, int i) => d["targets"]!["projects"]![i - 1]!.AsObject();
    private static JsonObject Indicator(JsonObject d, int project, int i) => Project(d, project)["indicators"]![i - 1]!.AsObject();
    private static JsonObject Department(JsonObject d) => d["targets"]!["departments"]![0]!.AsObject();
    private static JsonArray Indicators(JsonObject d, int project) => Project(d, project)["indicators"]!.AsArray();

    private static IReadOnlyList<Finding> Run(IBudgetRule rule, Budget budget, Profile? profile = null) =>
        rule.Check(new BudgetCheckContext(budget, CatalogLoader.Load(budget.Year), profile ?? ProfileLoader.Load(budget.ProfileId))).ToList();

    /// <summary>The single finding of <paramref name="rule"/> on the changed budget; the good budget gives none.</summary>
    private Finding Single(IBudgetRule rule, Action<JsonObject> change)
    {
        Assert.Empty(Run(rule, Read()));
        var finding = Assert.Single(Run(rule, Read(change)));
        Assert.Equal(rule.Rule.Id, finding.RuleId);
        Assert.Equal(rule.Rule.DefaultSeverity, finding.Severity);
        return finding;
    }

    [Fact]
    public void The_good_budget_passes_every_target_rule()
    {
        var budget = Read();
        foreach (var rule in RuleSet.Default.BudgetRules.Where(r => r.Rule.Id.StartsWith("P-", StringComparison.Ordinal)))
            Assert.Empty(Run(rule, budget));
    }

    // ---- money -------------------------------------------------------------------------------------------------

    [Fact]
    public void Stated_amount_other_than_the_project_budget_is_an_error_beyond_its_last_digit()
    {
        var f = Single(new TargetAmountRule(), d => Project(d, 1)["statedAmount"] = 3.74m);

        Assert.Equal("budget.json › targets.projects › 第 1 行 › statedAmount", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的绩效目标金额 3.74 万元，与该项目的预算 3.64 万元不符（多 0.10 万元）", f.Message);
        Assert.Equal(("3.74 万元", "3.64 万元"), (f.Printed, f.Expected));
        // A form printed with one decimal states 3.6 for 3.64: within half a unit of its last digit.
        Assert.Empty(Run(new TargetAmountRule(), Read(d => Project(d, 1)["statedAmount"] = 3.6m)));
        Assert.Single(Run(new TargetAmountRule(), Read(d => Project(d, 1)["statedAmount"] = 3.7m)));
    }

    [Fact]
    public void Project_with_money_and_no_target_is_a_warning_once_targets_are_entered()
    {
        var f = Single(new ProjectWithoutTargetRule(), d => d["targets"]!["projects"]!.AsArray().RemoveAt(1));

        Assert.Equal("budget.json › projects › 第 2 行 › name", f.Place.ToString());
        Assert.Equal("项目“党建工作经费”（342601 广元市社会保险事务中心）有预算 2.90 万元，没有绩效目标", f.Message);
        // A budget without any project target keeps its targets elsewhere: nothing to ask.
        Assert.Empty(Run(new ProjectWithoutTargetRule(), Read(d => d["targets"]!["projects"] = new JsonArray())));
    }

    [Fact]
    public void Target_of_a_project_without_money_is_an_error()
    {
        var f = Single(new TargetWithoutMoneyRule(), d => d["expenditures"]![3]!["amount"] = 0);

        Assert.Equal("budget.json › targets.projects › 第 2 行 › project", f.Place.ToString());
        Assert.Equal("项目“党建工作经费”（342601 广元市社会保险事务中心）有绩效目标，但没有预算（支出明细合计为 0）", f.Message);

        // A published form for a project that is in no table (巴中 依法治市工作经费) is kept by the reader for this rule.
        var outside = Assert.Single(Run(new TargetWithoutMoneyRule(), Read(d =>
        {
            Project(d, 2)["project"] = "依法治市工作经费";
            Project(d, 2)["statedAmount"] = 2.00m;
        })));
        Assert.Equal("budget.json › targets.projects › 第 2 行 › project", outside.Place.ToString());
        Assert.Equal("项目“依法治市工作经费”（342601 广元市社会保险事务中心）有绩效目标，但不在项目表中，没有预算，目标表填写的金额是 2.00 万元",
            outside.Message);
    }

    [Fact]
    public void Stated_total_other_than_the_sum_of_the_tasks_is_an_error_beyond_their_last_digits()
    {
        // 20.00 + 3.46 + 3.64 + 2.9 = 30.00, as is the budget.
        Assert.Empty(Run(new TaskTotalRule(), Read(d => Department(d)["statedTotal"] = 30.00m)));
        // Allowance: 0.005 for the total and each two-decimal task, 0.05 for 2.9: 0.07 in all. 30.07 is the tasks' sum
        // within their rounding, but the total itself is printed to ±0.005 and the budget's is 30.00: that is said instead.
        var budget = Assert.Single(Run(new TaskTotalRule(), Read(d => Department(d)["statedTotal"] = 30.07m)));
        Assert.Equal("部门整体支出绩效目标的金额合计 30.07 万元，预算中各项任务的金额合计为 30.00 万元（多 0.07 万元）", budget.Message);

        var f = Single(new TaskTotalRule(), d => Department(d)["statedTotal"] = 30.10m);
        Assert.Equal("budget.json › targets.departments › 第 1 行 › statedTotal", f.Place.ToString());
        Assert.Equal("部门整体支出绩效目标的金额合计 30.10 万元，各项任务金额之和为 30.00 万元（多 0.10 万元）", f.Message);
        Assert.Equal(("30.10 万元", "30.00 万元"), (f.Printed, f.Expected));
    }

    [Fact]
    public void Stated_total_of_tasks_without_amounts_is_compared_with_the_budget()
    {
        Assert.Empty(Run(new TaskTotalRule(), Read(d =>
        {
            Department(d)["statedTotal"] = 30.00m;
            Department(d)["tasks"]![1]!.AsObject().Remove("statedAmount");
        })));
        var f = Single(new TaskTotalRule(), d =>
        {
            Department(d)["statedTotal"] = 29.00m;
            Department(d)["tasks"]![1]!.AsObject().Remove("statedAmount");
        });
        Assert.Equal("budget.json › targets.departments › 第 1 行 › statedTotal", f.Place.ToString());
        Assert.Equal("部门整体支出绩效目标的金额合计 29.00 万元，预算中各项任务的金额合计为 30.00 万元（少 1.00 万元）", f.Message);
        Assert.Equal(("29.00 万元", "30.00 万元"), (f.Printed, f.Expected));
    }

    [Fact]
    public void Task_amount_other_than_the_budget_figure_of_its_kind_is_an_error()
    {
        var f = Single(new TaskAmountRule(), d => Department(d)["tasks"]![0]!["statedAmount"] = 20.40m);

        Assert.Equal("budget.json › targets.departments[1].tasks › 第 1 行 › statedAmount", f.Place.ToString());
        Assert.Equal("部门整体支出绩效目标的任务“人员支出”金额 20.40 万元，预算中部门的人员经费为 20.00 万元", f.Message);
        Assert.Equal(("20.40 万元", "20.00 万元"), (f.Printed, f.Expected));

        var kind = Single(new TaskAmountRule(), d => Department(d)["tasks"]![3]!["statedAmount"] = 3.00m);
        Assert.Equal("部门整体支出绩效目标的任务“运转类项目”金额 3.00 万元，预算中部门的运转类项目为 2.90 万元", kind.Message);

        // Two tasks of one kind share its money: 2.00 + 0.90 = 2.90 passes, 2.00 + 1.00 does not.
        var split = JsonNode.Parse("""{ "name": "党建", "kind": "运转类", "statedAmount": 2.00 }""")!;
        Assert.Empty(Run(new TaskAmountRule(), Read(d =>
        {
            Department(d)["tasks"]![3]!["statedAmount"] = 0.90m;
            Department(d)["tasks"]!.AsArray().Add(split.DeepClone());
        })));
        var shared = Assert.Single(Run(new TaskAmountRule(), Read(d =>
        {
            Department(d)["tasks"]![3]!["statedAmount"] = 1.00m;
            Department(d)["tasks"]!.AsArray().Add(split.DeepClone());
        })));
        Assert.Equal("budget.json › targets.departments[1].tasks › 第 4 行 › statedAmount", shared.Place.ToString());
        Assert.Equal("部门整体支出绩效目标的任务“运转类项目”“党建”（均为运转类项目）合计 3.00 万元，预算中部门的运转类项目为 2.90 万元", shared.Message);

        // A unit-wide target is held to its unit's figures.
        var unit = Single(new TaskAmountRule(), d =>
        {
            Department(d)["unit"] = "342601";
            Department(d)["tasks"]![1]!["statedAmount"] = 3.50m;
        });
        Assert.Equal("342601 广元市社会保险事务中心 的整体支出绩效目标的任务“公用经费”金额 3.50 万元，"
            + "预算中342601 广元市社会保险事务中心 的公用经费为 3.46 万元", unit.Message);
    }

    [Fact]
    public void Task_that_names_projects_is_compared_with_their_money_alone()
    {
        // 深圳 lists one task per project: each is held to its own project, so a task off by more than its rounding is
        // reported even when the tasks of the kind still add up within the rounding of all of them.
        var split = JsonNode.Parse("""{ "name": "党建", "kind": "运转类", "projects": ["党建工作经费"], "statedAmount": 3 }""")!;
        var f = Single(new TaskAmountRule(), d =>
        {
            Department(d)["tasks"]![2]!["projects"] = new JsonArray("乡村振兴经费");
            Department(d)["tasks"]![2]!["statedAmount"] = 4.00m;
            Department(d)["tasks"]!.AsArray().RemoveAt(3);
            Department(d)["tasks"]!.AsArray().Add(split.DeepClone());
        });
        Assert.Equal("budget.json › targets.departments[1].tasks › 第 3 行 › statedAmount", f.Place.ToString());
        Assert.Equal("部门整体支出绩效目标的任务“特定目标类项目”金额 4.00 万元，其对应项目“乡村振兴经费”的预算为 3.64 万元（多 0.36 万元）", f.Message);
        Assert.Equal(("4.00 万元", "3.64 万元"), (f.Printed, f.Expected));

        // Whole 万元 allows ±0.5 万元: 3 for 2.90 and 4 for 3.64 pass; two projects add up (3.64 + 2.90 = 6.54 ≈ 7).
        Assert.Empty(Run(new TaskAmountRule(), Read(d =>
        {
            Department(d)["tasks"]![2]!["projects"] = new JsonArray("乡村振兴经费");
            Department(d)["tasks"]![3]!["projects"] = new JsonArray("党建工作经费");
            Department(d)["tasks"]![3]!["statedAmount"] = 3;
        })));
        Assert.Empty(Run(new TaskAmountRule(), Read(d =>
        {
            Department(d)["tasks"]![2]!["projects"] = new JsonArray("乡村振兴经费", "党建工作经费");
            Department(d)["tasks"]![2]!["statedAmount"] = 7;
            Department(d)["tasks"]!.AsArray().RemoveAt(3);
        })));

        // A task by kind beside one that names a project of that kind is held to the rest of the kind.
        var rest = Single(new TaskAmountRule(), d =>
        {
            Department(d)["tasks"]![3]!["projects"] = new JsonArray("党建工作经费");
            Department(d)["tasks"]!.AsArray().Add(JsonNode.Parse("""{ "name": "其他运转类", "kind": "运转类", "statedAmount": 1.00 }"""));
        });
        Assert.Equal("budget.json › targets.departments[1].tasks › 第 5 行 › statedAmount", rest.Place.ToString());
        Assert.Equal("部门整体支出绩效目标的任务“其他运转类”金额 1.00 万元，预算中部门的运转类项目（不含其他任务所列的项目）为 0.00 万元", rest.Message);
    }

    // ---- indicators --------------------------------------------------------------------------------------------

    [Fact]
    public void Project_without_a_required_category_is_an_error_naming_it()
    {
        var f = Single(new CategoriesRule(), d => Indicators(d, 1).RemoveAt(5));

        Assert.Equal("budget.json › targets.projects › 第 1 行 › indicators", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的绩效指标缺少满意度指标", f.Message);

        // 质量 or 时效: either is enough; without both the group is missing.
        Assert.Empty(Run(new CategoriesRule(), Read(d => Indicators(d, 1).RemoveAt(1))));
        var both = Assert.Single(Run(new CategoriesRule(), Read(d => { Indicators(d, 1).RemoveAt(2); Indicators(d, 1).RemoveAt(1); })));
        Assert.Equal("项目“乡村振兴经费”的绩效指标缺少产出指标·质量指标或时效指标", both.Message);

        // Dashes where a category has no indicator do not count for it.
        var dashes = Assert.Single(Run(new CategoriesRule(), Read(d =>
        {
            Indicator(d, 1, 5)["name"] = "-----";
            Indicator(d, 1, 5)["value"] = "-----";
        })));
        Assert.Equal("项目“乡村振兴经费”的绩效指标缺少效益指标", dashes.Message);
    }

    [Fact]
    public void Weights_that_do_not_add_to_the_profile_total_are_an_error()
    {
        var f = Single(new WeightTotalRule(), d => Indicator(d, 1, 1)["weight"] = 25);

        Assert.Equal("budget.json › targets.projects › 第 1 行 › indicators", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的指标权重合计 95，应为 90", f.Message);
        Assert.Equal(("95", "90"), (f.Printed, f.Expected));

        var missing = Assert.Single(Run(new WeightTotalRule(), Read(d => Indicator(d, 2, 7).Remove("weight"))));
        Assert.Equal("项目“党建工作经费”的指标权重合计 80，应为 90（1 个指标未填权重）", missing.Message);

        // A profile without a weight rule, or a form without weights: nothing to check.
        var sichuan = ProfileLoader.Load("sichuan-2025");
        Assert.Empty(Run(new WeightTotalRule(), Read(d => Indicator(d, 1, 1)["weight"] = 25), sichuan with { Targets = sichuan.Targets with { WeightTotal = null } }));
        Assert.Empty(Run(new WeightTotalRule(), Read(d => { foreach (var i in Indicators(d, 1)) i!.AsObject().Remove("weight"); })));
    }

    [Fact]
    public void Indicator_without_a_value_is_an_error()
    {
        var f = Single(new ValueMissingRule(), d => Indicator(d, 1, 1)["value"] = "");

        Assert.Equal("budget.json › targets.projects[1].indicators › 第 1 行 › value", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的指标“帮扶村数量”没有指标值", f.Message);
        Assert.Single(Run(new ValueMissingRule(), Read(d => Indicator(d, 1, 1)["value"] = "-----")));
    }

    [Fact]
    public void Quantitative_indicator_with_words_for_a_value_is_an_error()
    {
        var f = Single(new ValueNumberRule(), d => Indicator(d, 1, 2)["value"] = "较高");

        Assert.Equal("budget.json › targets.projects[1].indicators › 第 2 行 › value", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的指标“帮扶项目验收合格率”性质为“=”，指标值“较高”不是数值", f.Message);
        // A number with its unit, or with a sign, is a number.
        Assert.Empty(Run(new ValueNumberRule(), Read(d => Indicator(d, 1, 2)["value"] = "100%")));
        Assert.Empty(Run(new ValueNumberRule(), Read(d => Indicator(d, 1, 2)["value"] = "≥2.7万份")));
    }

    [Fact]
    public void Sign_written_into_the_value_is_a_warning()
    {
        var f = Single(new ValueSignRule(), d => Indicator(d, 1, 6)["value"] = "≥95");

        Assert.Equal("budget.json › targets.projects[1].indicators › 第 6 行 › value", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的指标“帮扶对象满意度”指标值“≥95”写了比较符号“≥”，指标性质已是“≥”", f.Message);

        var contrary = Assert.Single(Run(new ValueSignRule(), Read(d => Indicator(d, 1, 6)["value"] = "≤95")));
        Assert.EndsWith("写了比较符号“≤”，与指标性质“≥”不一致", contrary.Message);
    }

    [Fact]
    public void Qualitative_indicator_needs_a_grade_where_the_form_prints_its_nature()
    {
        var f = Single(new QualitativeGradeRule(), d => Indicator(d, 1, 5)["value"] = "长期");

        Assert.Equal("budget.json › targets.projects[1].indicators › 第 5 行 › value", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的指标“带动脱贫户增收”是定性指标，指标值“长期”不是等级", f.Message);

        var number = Assert.Single(Run(new QualitativeGradeRule(), Read(d => Indicator(d, 1, 5)["value"] = "95%")));
        Assert.Equal("项目“乡村振兴经费”的指标“带动脱贫户增收”是定性指标，指标值“95%”是数值", number.Message);

        // Grades, trend phrases and deadlines pass (the good budget has 优, 明显提高 and 2025年12月31日前).
        Assert.Empty(Run(new QualitativeGradeRule(), Read(d => Indicator(d, 1, 5)["value"] = "有所提高")));
        Assert.Empty(Run(new QualitativeGradeRule(), Read(d => Indicator(d, 1, 5)["value"] = "7个工作日内")));

        // Bazhong's forms print the value only (≥90%, 长期): words are how they state a 定性 indicator, a number is still one.
        var bazhong = ProfileLoader.Load("bazhong-2021");
        Assert.Empty(Run(new QualitativeGradeRule(), Read(d => Indicator(d, 1, 5)["value"] = "长期"), bazhong));
        Assert.Single(Run(new QualitativeGradeRule(), Read(d => Indicator(d, 1, 5)["value"] = "95%"), bazhong));
    }

    [Fact]
    public void Direction_against_the_nature_is_an_error()
    {
        var f = Single(new DirectionRule(), d => Indicator(d, 1, 1)["direction"] = "反向");

        Assert.Equal("budget.json › targets.projects[1].indicators › 第 1 行 › direction", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的指标“帮扶村数量”性质为“≥”，方向应为正向，填的是反向", f.Message);
        Assert.Equal(("反向", "正向"), (f.Printed, f.Expected));
        Assert.Single(Run(new DirectionRule(), Read(d => Indicator(d, 1, 3)["direction"] = "正向")));
        Assert.Empty(Run(new DirectionRule(), Read(d => Indicator(d, 1, 2)["direction"] = "反向"))); // = takes either
    }

    // ---- units -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("工伤保险参保人数", "23.33", "%", "measure", "项目“乡村振兴经费”的指标“工伤保险参保人数”是人数，度量单位“%”不适用")]
    [InlineData("在职参保人数", "34.14", "次", "measure", "项目“乡村振兴经费”的指标“在职参保人数”是人数，度量单位“次”不适用")]
    [InlineData("参保人数", "49.56万人、15.97亿元", null, "value", "项目“乡村振兴经费”的指标“参保人数”是人数，指标值中“15.97亿元”的单位“亿元”不适用")]
    [InlineData("帮扶村数量", "1", "%", "measure", "项目“乡村振兴经费”的指标“帮扶村数量”是数量，度量单位“%”不适用")]
    [InlineData("帮扶资金", "3", "个", "measure", "项目“乡村振兴经费”的指标“帮扶资金”是金额，度量单位“个”不适用")]
    [InlineData("投诉案件", "50", "次", "measure", "项目“乡村振兴经费”的指标“投诉案件”是案件数，度量单位“次”不适用")]
    [InlineData("帮扶户覆盖率", "95", "户", "measure", "项目“乡村振兴经费”的指标“帮扶户覆盖率”是比率，度量单位“户”不适用")]
    public void Unit_that_does_not_fit_the_indicator_is_an_error(string name, string value, string? measure, string field, string message)
    {
        var f = Single(new UnitFitRule(), d =>
        {
            Indicator(d, 1, 1)["name"] = name;
            Indicator(d, 1, 1)["value"] = value;
            Indicator(d, 1, 1)["measure"] = measure;
        });

        Assert.Equal($"budget.json › targets.projects[1].indicators › 第 1 行 › {field}", f.Place.ToString());
        Assert.Equal(message, f.Message);
    }

    [Theory]
    [InlineData("参保人数", "189.45", "万人")]
    [InlineData("养老保险关系转移人次数", "5000", "人次")]
    [InlineData("参保人数增长率", "5", "%")]
    [InlineData("每人每次费用", "50", "元")]
    [InlineData("购置打印机数量", "2", "台/套")]
    [InlineData("采购设备项目完成时间", "1", "年")]
    [InlineData("快递业务送达时效", "7天内", null)]
    [InlineData("派出第一书记人数", "1名", null)]
    public void Units_that_fit_pass(string name, string value, string? measure) =>
        Assert.Empty(Run(new UnitFitRule(), Read(d =>
        {
            Indicator(d, 1, 1)["name"] = name;
            Indicator(d, 1, 1)["value"] = value;
            Indicator(d, 1, 1)["measure"] = measure;
        })));

    [Fact]
    public void Cost_indicator_in_money_fits_whatever_its_name_says() =>
        // 广元 离退休: a cost named after an activity (对…离退休人员开展上门认证、核查 ≤ 2.82 万元).
        Assert.Empty(Run(new UnitFitRule(), Read(d => Indicator(d, 1, 4)["name"] = "对离退休人员开展上门认证、核查")));

    [Fact]
    public void Rate_without_a_percent_sign_is_a_warning()
    {
        var f = Single(new RatePercentRule(), d => { Indicator(d, 1, 2)["value"] = "1"; Indicator(d, 1, 2)["measure"] = null; });

        Assert.Equal("budget.json › targets.projects[1].indicators › 第 2 行 › value", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的指标“帮扶项目验收合格率”是比率，指标值 1 没有 %（是 100% 还是 1%？）", f.Message);
        Assert.Equal("若指 100%，指标值填 100，度量单位填 %", f.Hint);

        var fraction = Assert.Single(Run(new RatePercentRule(), Read(d => { Indicator(d, 1, 2)["value"] = "0.003"; Indicator(d, 1, 2)["measure"] = null; })));
        Assert.Equal("项目“乡村振兴经费”的指标“帮扶项目验收合格率”是比率，指标值 0.003 没有 %（是 0.3% 还是 0.003%？）", fraction.Message);

        var plain = Assert.Single(Run(new RatePercentRule(), Read(d => Indicator(d, 1, 6)["measure"] = null)));
        Assert.Equal("budget.json › targets.projects[1].indicators › 第 6 行 › measure", plain.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的指标“帮扶对象满意度”是比率，指标值 95 没有 %", plain.Message);

        // 0 is 0 in any unit; a % after the number will do.
        Assert.Empty(Run(new RatePercentRule(), Read(d => { Indicator(d, 1, 2)["value"] = "0"; Indicator(d, 1, 2)["measure"] = null; })));
        Assert.Empty(Run(new RatePercentRule(), Read(d => { Indicator(d, 1, 2)["value"] = "100%"; Indicator(d, 1, 2)["measure"] = null; })));
    }

    [Fact]
    public void Quantity_without_a_unit_is_a_warning()
    {
        var f = Single(new UnitMissingRule(), d => Indicator(d, 1, 1)["measure"] = null);

        Assert.Equal("budget.json › targets.projects[1].indicators › 第 1 行 › measure", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的指标“帮扶村数量”指标值 1 没有度量单位", f.Message);
        Assert.Empty(Run(new UnitMissingRule(), Read(d => { Indicator(d, 1, 1)["measure"] = null; Indicator(d, 1, 1)["value"] = "1个"; })));
    }

    [Fact]
    public void Zero_without_a_unit_is_a_warning()
    {
        var f = Single(new ZeroUnitRule(), d => { Indicator(d, 1, 1)["value"] = "0"; Indicator(d, 1, 1)["measure"] = null; });

        Assert.Equal("budget.json › targets.projects[1].indicators › 第 1 行 › measure", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的指标“帮扶村数量”指标值 0 没有度量单位", f.Message);
        Assert.Equal("填写度量单位（0次、0起、0个 …）", f.Hint);

        // 深圳 快递业务邮寄差错率 0: a rate too (P-RATE-PERCENT leaves 0 alone).
        var rate = Assert.Single(Run(new ZeroUnitRule(), Read(d => { Indicator(d, 1, 2)["value"] = "0"; Indicator(d, 1, 2)["measure"] = null; })));
        Assert.Equal("budget.json › targets.projects[1].indicators › 第 2 行 › measure", rate.Place.ToString());
        Assert.Equal("比率填 0%（度量单位填 %）", rate.Hint);

        // A unit after the 0 or in 度量单位 will do; a 定性 indicator is not read.
        Assert.Empty(Run(new ZeroUnitRule(), Read(d => { Indicator(d, 1, 1)["value"] = "0个"; Indicator(d, 1, 1)["measure"] = null; })));
        Assert.Empty(Run(new ZeroUnitRule(), Read(d => Indicator(d, 1, 1)["value"] = "0")));
        Assert.Empty(Run(new ZeroUnitRule(), Read(d => Indicator(d, 1, 5)["value"] = "0")));
    }

    [Fact]
    public void Count_of_people_with_decimals_is_a_warning_that_its_wan_may_be_missing()
    {
        var f = Single(new CountDecimalRule(), d =>
        {
            Indicator(d, 1, 1)["name"] = "参保人数";
            Indicator(d, 1, 1)["value"] = "49.56万人、119.64人";
            Indicator(d, 1, 1)["measure"] = null;
        });

        Assert.Equal("budget.json › targets.projects[1].indicators › 第 1 行 › value", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的指标“参保人数”指标值中“119.64人”以“人”计却有小数，计量单位可能漏了“万”", f.Message);
        Assert.Equal("核对数值和单位：若指 119.64万人，单位填“万人”", f.Hint);

        // The unit in 度量单位: the place is that column.
        var measure = Assert.Single(Run(new CountDecimalRule(), Read(d => Indicator(d, 1, 1)["value"] = "1.5")));
        Assert.Equal("budget.json › targets.projects[1].indicators › 第 1 行 › measure", measure.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的指标“帮扶村数量”指标值“1.5个”以“个”计却有小数，计量单位可能漏了“万”", measure.Message);

        // 万人 may have decimals; so may an average, a time or an amount.
        Assert.Empty(Run(new CountDecimalRule(), Read(d => { Indicator(d, 1, 1)["value"] = "119.64"; Indicator(d, 1, 1)["measure"] = "万人"; })));
        Assert.Empty(Run(new CountDecimalRule(), Read(d =>
        {
            Indicator(d, 1, 1)["name"] = "户均帮扶人数";
            Indicator(d, 1, 1)["value"] = "2.5";
            Indicator(d, 1, 1)["measure"] = "人";
        })));
        Assert.Empty(Run(new CountDecimalRule(), Read(d => Indicator(d, 1, 3)["value"] = "1.5")));
    }

    // ---- cost --------------------------------------------------------------------------------------------------

    [Fact]
    public void Cost_indicator_over_the_project_money_is_an_error_alone_or_together()
    {
        var f = Single(new CostExceedsRule(), d => Indicator(d, 1, 4)["value"] = "3.74");

        Assert.Equal("budget.json › targets.projects[1].indicators › 第 4 行 › value", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的成本指标“驻村工作队员工作经费”为 3.74 万元，超过项目预算 3.64 万元", f.Message);
        Assert.Equal(("3.74 万元", "不超过 3.64 万元"), (f.Printed, f.Expected));

        var together = Assert.Single(Run(new CostExceedsRule(), Read(d =>
        {
            Indicator(d, 1, 4)["value"] = "3";
            Indicators(d, 1).Add(new JsonObject
            {
                ["level1"] = "成本指标", ["level2"] = "经济成本指标", ["name"] = "宣传资料印制费", ["nature"] = "≤", ["value"] = "6500", ["measure"] = "元",
            });
        })));
        Assert.Equal("budget.json › targets.projects[1].indicators › 第 4 行 › value", together.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的成本指标合计 3.65 万元（驻村工作队员工作经费 3.00 万元、宣传资料印制费 0.65 万元），超过项目预算 3.64 万元",
            together.Message);
    }

    [Fact]
    public void Cost_indicators_of_a_department_target_are_held_to_everything_it_spends()
    {
        var f = Single(new CostExceedsRule(), d => Department(d)["indicators"]![2]!["value"] = "30.5");

        Assert.Equal("budget.json › targets.departments[1].indicators › 第 3 行 › value", f.Place.ToString());
        Assert.Equal("部门整体支出绩效目标的成本指标“日常公用经费”为 30.50 万元，超过部门支出预算 30.00 万元", f.Message);
    }

    [Fact]
    public void Quantity_times_unit_price_over_the_money_is_an_error()
    {
        var f = Single(new CostQuantityPriceRule(), d => Indicator(d, 2, 1)["value"] = "60");

        Assert.Equal("budget.json › targets.projects[2].indicators › 第 4 行 › value", f.Place.ToString());
        Assert.Equal("项目“党建工作经费”：“党报每份费用”500元 × “党报征订份数”60份 = 3.00 万元，超过项目预算 2.90 万元", f.Message);

        // 巴中 党建工作经费: each product fits, together they do not (5,000 + 26,000 > 29,000).
        var together = Assert.Single(Run(new CostQuantityPriceRule(), Read(d => Indicator(d, 2, 5)["value"] = "6500")));
        Assert.Equal("budget.json › targets.projects[2].indicators › 第 4 行 › value", together.Place.ToString());
        Assert.Equal("项目“党建工作经费”按单价推算的成本合计 3.10 万元（“党报每份费用”500元 × “党报征订份数”10份 = 0.50 万元；"
            + "“党建活动每次费用”6500元 × “党建活动开展次数”4次 = 2.60 万元），超过项目预算 2.90 万元", together.Message);

        // The unit may say what the price is per, and 万 counts: 0.1 元/份 × 2.7万份 = 2,700 元.
        Assert.Single(Run(new CostQuantityPriceRule(), Read(d =>
        {
            Indicator(d, 2, 1)["value"] = "30万份";
            Indicator(d, 2, 4)["name"] = "征订成本";
            Indicator(d, 2, 4)["value"] = "0.1";
            Indicator(d, 2, 4)["measure"] = "元/份";
        })));
    }

    [Fact]
    public void Monthly_rate_times_twelve_over_the_money_is_an_error()
    {
        var f = Single(new CostMonthlyRule(), d => Indicators(d, 2).Add(new JsonObject
        {
            ["level1"] = "成本指标", ["level2"] = "经济成本指标", ["name"] = "物管费每月", ["nature"] = "≤", ["value"] = "2500", ["measure"] = "元/月",
        }));

        Assert.Equal("budget.json › targets.projects[2].indicators › 第 8 行 › value", f.Place.ToString());
        Assert.Equal("项目“党建工作经费”：“物管费每月”2500元/月 × 12 个月 = 3.00 万元，超过项目预算 2.90 万元", f.Message);
        // Per year is the year's amount, not a rate.
        Assert.Empty(Run(new CostMonthlyRule(), Read(d => Indicators(d, 2).Add(new JsonObject
        {
            ["level1"] = "成本指标", ["level2"] = "经济成本指标", ["name"] = "征缴工作经费", ["nature"] = "≤", ["value"] = "2", ["measure"] = "万元/年",
        }))));
    }

    private static JsonObject Row(string level1, string level2, string name, string value, string? measure) => new()
    {
        ["level1"] = level1, ["level2"] = level2, ["name"] = name, ["nature"] = "=", ["value"] = value, ["measure"] = measure,
    };

    [Fact]
    public void Cost_rate_times_the_amount_it_applies_to_over_the_money_is_an_error()
    {
        // 巴中 审计: 稽核费用率 0.003 × 实地稽核应缴费用金额 1.1亿元 = 33 万元 for a project of 24.40.
        void Add(JsonObject d, string rate, string? measure)
        {
            Indicators(d, 1).Add(Row("产出指标", "数量指标", "实地稽核应缴费用金额", "1000", "万元"));
            Indicators(d, 1).Add(Row("成本指标", "经济成本指标", "稽核费用率", rate, measure));
        }
        var f = Single(new RateBaseRule(), d => Add(d, "0.5", "%"));

        Assert.Equal("budget.json › targets.projects[1].indicators › 第 8 行 › value", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”：“稽核费用率”0.5% × “实地稽核应缴费用金额”1000万元 = 5.00 万元，超过项目预算 3.64 万元", f.Message);
        Assert.Equal(("5.00 万元", "不超过 3.64 万元"), (f.Printed, f.Expected));

        // A bare figure up to 1 is a fraction, as P-RATE-PERCENT reads it.
        var bare = Assert.Single(Run(new RateBaseRule(), Read(d => Add(d, "0.005", null))));
        Assert.Equal("项目“乡村振兴经费”：“稽核费用率”0.005（按 0.5% 计） × “实地稽核应缴费用金额”1000万元 = 5.00 万元，超过项目预算 3.64 万元",
            bare.Message);

        // Within the money, or a rate that is not a 成本指标, passes.
        Assert.Empty(Run(new RateBaseRule(), Read(d => Add(d, "0.3", "%"))));
        Assert.Empty(Run(new RateBaseRule(), Read(d =>
        {
            Add(d, "0.5", "%");
            Indicators(d, 1)[^1]!["level1"] = "产出指标";
            Indicators(d, 1)[^1]!["level2"] = "质量指标";
        })));
    }

    [Fact]
    public void Spending_named_in_an_output_indicator_over_the_money_is_a_warning()
    {
        // 巴中 工伤预防: 工伤预防费支出 150万元 as a 数量指标 of a 5万 project.
        var f = Single(new MoneyExceedsRule(), d => Indicators(d, 1).Add(Row("产出指标", "数量指标", "工伤预防费支出", "150", "万元")));

        Assert.Equal("budget.json › targets.projects[1].indicators › 第 7 行 › value", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的指标“工伤预防费支出”（数量指标）为 150.00 万元，超过项目预算 3.64 万元", f.Message);
        Assert.Equal(("150.00 万元", "不超过 3.64 万元"), (f.Printed, f.Expected));

        // Collections and a fund's money are not the budget's: 征收工伤保险费 0.59亿元, 实地稽核应缴费用金额 1.1亿元.
        Assert.Empty(Run(new MoneyExceedsRule(), Read(d => Indicators(d, 1).Add(Row("产出指标", "数量指标", "全市征收工伤保险费", "0.59", "亿元")))));
        Assert.Empty(Run(new MoneyExceedsRule(), Read(d => Indicators(d, 1).Add(Row("产出指标", "数量指标", "实地稽核应缴费用金额", "1.1", "亿元")))));
        Assert.Empty(Run(new MoneyExceedsRule(), Read(d => Indicators(d, 1).Add(Row("产出指标", "数量指标", "工伤预防费支出", "3", "万元")))));
    }

    // ---- dates -------------------------------------------------------------------------------------------------

    [Fact]
    public void Target_date_before_the_budget_year_is_a_warning()
    {
        var f = Single(new PastDateRule(), d => Project(d, 1)["annualGoal"] = "开展促进乡村产业振兴工作，力争到2024年底完成帮扶任务。");

        Assert.Equal("budget.json › targets.projects › 第 1 行 › annualGoal", f.Place.ToString());
        Assert.Equal("项目“乡村振兴经费”的年度目标写“到2024年底”，早于预算年度 2025 年", f.Message);

        var objective = Assert.Single(Run(new PastDateRule(), Read(d => Department(d)["objective"] = "力争到2024年底前实现法定人群全覆盖")));
        Assert.Equal("budget.json › targets.departments › 第 1 行 › objective", objective.Place.ToString());

        var value = Assert.Single(Run(new PastDateRule(), Read(d => Indicator(d, 2, 3)["value"] = "2024年12月31日前")));
        Assert.Equal("budget.json › targets.projects[2].indicators › 第 3 行 › value", value.Place.ToString());
        Assert.Equal("项目“党建工作经费”的指标“报刊征订完成时间”指标值写“2024年12月31日前”，早于预算年度 2025 年", value.Message);

        var period = Assert.Single(Run(new PastDateRule(), Read(d => Project(d, 1)["period"] = "2024-01-01 至 2024-12-31")));
        Assert.Equal("budget.json › targets.projects › 第 1 行 › period", period.Place.ToString());

        // A year mentioned, not set as a deadline, is not one.
        Assert.Empty(Run(new PastDateRule(), Read(d => Project(d, 1)["annualGoal"] = "在2024年基础上巩固脱贫成果。")));
    }

    // ---- registry ----------------------------------------------------------------------------------------------

    private static readonly string[] Ids =
    [
        "P-TARGET-AMOUNT", "P-PROJECT-NO-TARGET", "P-TARGET-NO-MONEY", "P-TASK-AMOUNT", "P-TASK-TOTAL", "P-CATEGORIES", "P-WEIGHT-TOTAL",
        "P-VALUE-MISSING", "P-VALUE-NUMBER", "P-VALUE-SIGN", "P-QUALITATIVE-GRADE", "P-DIRECTION", "P-UNIT-FIT", "P-RATE-PERCENT",
        "P-UNIT-MISSING", "P-ZERO-NO-UNIT", "P-COUNT-DECIMAL", "P-COST-EXCEEDS", "P-COST-QUANTITY-PRICE", "P-COST-MONTHLY",
        "P-RATE-BASE", "P-MONEY-EXCEEDS", "P-PAST-DATE",
    ];

    [Fact]
    public void Target_rules_are_registered_after_the_budget_rules_and_documented()
    {
        var rules = RuleSet.Default.BudgetRules.Select(r => r.Rule).ToList();
        Assert.Equal(Ids, rules.Where(r => r.Id.StartsWith("P-", StringComparison.Ordinal)).Select(r => r.Id));
        Assert.All(rules.SkipWhile(r => !r.Id.StartsWith("P-", StringComparison.Ordinal)), r => Assert.StartsWith("P-", r.Id));
        var warnings = new[] { "P-PROJECT-NO-TARGET", "P-VALUE-SIGN", "P-QUALITATIVE-GRADE", "P-RATE-PERCENT", "P-UNIT-MISSING",
            "P-ZERO-NO-UNIT", "P-COUNT-DECIMAL", "P-MONEY-EXCEEDS", "P-PAST-DATE" };
        Assert.All(rules.Where(r => r.Id.StartsWith("P-", StringComparison.Ordinal)),
            r => Assert.Equal(warnings.Contains(r.Id) ? Severity.Warning : Severity.Error, r.DefaultSeverity));

        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "rules.md"));
        var start = doc.IndexOf("## 绩效目标规则（P-）", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/rules.md has no P- section");
        var section = doc[start..doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
        foreach (var id in Ids) Assert.Contains($"| `{id}` |", section);
        // The unit table of the doc is the one the rule uses.
        foreach (var kind in IndicatorUnits.Table) Assert.Contains($"| {kind.Name} |", section);
        // So are the word and unit lists of the rules that read them.
        Assert.Contains(string.Join(", ", CountDecimalRule.CountUnits), section);
        Assert.Contains(string.Join(", ", MoneyExceedsRule.SpendingHeads), section);
        Assert.Contains(string.Join(", ", MoneyExceedsRule.Outside), section);
    }

    [Fact]
    public void Project_with_no_target_can_be_made_an_error_by_settings()
    {
        var settings = new CheckSettings(new Dictionary<string, Severity?> { ["P-PROJECT-NO-TARGET"] = Severity.Error });
        var report = new Checker(new RuleSet([new ProjectWithoutTargetRule()], []), settings)
            .Check(Read(d => d["targets"]!["projects"]!.AsArray().RemoveAt(1)));

        Assert.Equal(Severity.Error, Assert.Single(report.Findings).Severity);
    }
}

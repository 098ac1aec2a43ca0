using System.Text.Json.Nodes;
using Yusuan.Core.Input;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests;

/// <summary>绩效目标 in the JSON input: read into the model, and refused with a located error when unreadable.</summary>
public sealed class TargetInputTests : IDisposable
{
    private const string File = "budget.json";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "yusuan-target-tests", Guid.NewGuid().ToString("N"));

    public TargetInputTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }

    private const string Minimal = """
        {
          "year": 2025, "profile": "sichuan-2025", "amountUnit": "万元",
          "department": { "code": "342", "name": "广元市人力资源和社会保障局" },
          "units": [ { "code": "342601", "name": "广元市社会保险事务中心", "type": "参公" } ],
          "income": [ { "unit": "342601", "source": "一般公共预算拨款收入", "amount": 10.00 } ],
          "projects": [ { "unit": "342601", "name": "乡村振兴经费", "kind": "特定目标类" } ],
          "expenditures": [
            { "unit": "342601", "functional": "2080109", "economic": "30101", "amount": 6.36 },
            { "unit": "342601", "functional": "2080109", "economic": "30211", "project": "乡村振兴经费", "amount": 3.64 }
          ],
          "targets": {
            "projects": [ {
              "unit": "342601", "project": "乡村振兴经费", "attribute": "延续", "annualGoal": "完成帮扶村各项帮扶工作",
              "indicators": [
                { "level1": "产出指标", "level2": "数量指标", "name": "帮扶村数量", "nature": "≥", "value": "1", "measure": "个", "weight": 30, "direction": "正向" },
                { "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "群众满意度", "nature": "≥", "value": 90, "measure": "%", "weight": 60 }
              ]
            } ],
            "departments": [ {
              "objective": "保障社保经办正常运转",
              "tasks": [
                { "name": "人员支出", "kind": "人员支出", "description": "保障在职人员工资" },
                { "name": "特定目标类项目", "kind": "特定目标类", "statedAmount": 3.64 }
              ],
              "indicators": [ { "level1": "产出指标", "level2": "时效指标", "name": "工资按时发放率", "nature": "=", "value": "100", "measure": "%" } ]
            } ]
          }
        }
        """;

    private string Write(Action<JsonObject>? change = null)
    {
        var doc = JsonNode.Parse(Minimal)!.AsObject();
        change?.Invoke(doc);
        var path = Path.Combine(_dir, File);
        System.IO.File.WriteAllText(path, doc.ToJsonString());
        return path;
    }

    private static JsonObject Target(JsonObject d) => d["targets"]!["projects"]![0]!.AsObject();

    [Fact]
    public void Targets_are_read_into_the_model()
    {
        var budget = BudgetReader.Read(Write());

        var target = Assert.Single(budget.Targets.Projects);
        Assert.Equal(("342601", "乡村振兴经费", "延续"), (target.UnitCode, target.ProjectName, target.Attribute));
        Assert.Null(target.StatedAmount);
        Assert.Equal(2, target.Indicators.Count);
        var first = target.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "帮扶村数量", IndicatorNature.AtLeast, "1", "个"),
            (first.Level1, first.Level2, first.Name, first.Nature, first.Value, first.Measure));
        Assert.Equal(30m, first.Weight);
        Assert.Equal(IndicatorDirection.Positive, first.Direction);
        Assert.Equal("90", target.Indicators[1].Value);
        Assert.Null(target.Indicators[1].Direction);
        Assert.Equal(new SourceLocation(File, "targets.projects[1].indicators", 2), target.Indicators[1].Location);

        var department = Assert.Single(budget.Targets.Departments);
        Assert.Null(department.UnitCode);
        Assert.Equal(["人员经费", "特定目标类"], department.Tasks.Select(t => t.Kind));
        // A stated amount is money like any other: 万元 in, 元 inside.
        Assert.Equal(36_400m, department.Tasks[1].StatedAmount);
        Assert.Null(department.StatedTotal);
    }

    [Fact]
    public void A_stated_total_of_a_department_target_is_money()
    {
        // The 金额合计 a form made elsewhere prints (深圳 表12: 298,448 万元), 万元 in, 元 inside.
        var budget = BudgetReader.Read(Write(d => d["targets"]!["departments"]![0]!["statedTotal"] = 298448));
        Assert.Equal(2_984_480_000m, Assert.Single(budget.Targets.Departments).StatedTotal);

        var wrong = Assert.Throws<BudgetInputException>(() =>
            BudgetReader.Read(Write(d => d["targets"]!["departments"]![0]!["statedTotal"] = "许多")));
        Assert.Contains(wrong.Errors, e => e.Location.Field == "statedTotal");
    }

    [Fact]
    public void Target_of_a_project_outside_the_budget_is_kept_for_the_checks()
    {
        // Published forms include targets for projects the budget does not fund; the reader keeps them so that
        // `yusuan check` can report a target without money, located, instead of refusing the whole budget.
        var budget = BudgetReader.Read(Write(d => Target(d)["project"] = "依法治市工作经费"));
        var target = Assert.Single(budget.Targets.Projects);
        Assert.Equal("依法治市工作经费", target.ProjectName);
        Assert.DoesNotContain(budget.Projects, p => p.Name == "依法治市工作经费");
    }

    [Fact]
    public void Target_of_an_unknown_unit_is_located()
    {
        var e = Assert.Throws<BudgetInputException>(() => BudgetReader.Read(Write(d => Target(d)["unit"] = "999999")));
        var error = Assert.Single(e.Errors);
        Assert.Equal(new SourceLocation(File, "targets.projects", 1, "unit"), error.Location);
        Assert.Contains("999999", error.Problem);
    }

    [Fact]
    public void Unknown_indicator_nature_and_text_weight_are_located()
    {
        var e = Assert.Throws<BudgetInputException>(() => BudgetReader.Read(Write(d =>
        {
            var indicator = Target(d)["indicators"]![0]!.AsObject();
            indicator["nature"] = "大约";
            indicator["weight"] = "三十";
        })));
        Assert.Equal(2, e.Errors.Count);
        Assert.Equal(new SourceLocation(File, "targets.projects[1].indicators", 1, "nature"), e.Errors[0].Location);
        Assert.Contains("≥、≤、=、定性", e.Errors[0].Allowed);
        Assert.Equal(new SourceLocation(File, "targets.projects[1].indicators", 1, "weight"), e.Errors[1].Location);
    }

    [Fact]
    public void Unknown_task_kind_lists_the_profile_kinds()
    {
        var e = Assert.Throws<BudgetInputException>(() => BudgetReader.Read(Write(d => d["targets"]!["departments"]![0]!["tasks"]![1]!["kind"] = "履职类")));
        var error = Assert.Single(e.Errors);
        Assert.Equal(new SourceLocation(File, "targets.departments[1].tasks", 2, "kind"), error.Location);
        Assert.Contains("特定目标类", error.Allowed);
    }

    private static JsonObject Task(JsonObject d, int i) => d["targets"]!["departments"]![0]!["tasks"]![i]!.AsObject();

    /// <summary>A second unit with a project of its own, for the scope of a task's projects.</summary>
    private static void SecondUnit(JsonObject d)
    {
        d["units"]!.AsArray().Add(JsonNode.Parse("""{ "code": "342602", "name": "广元市就业服务中心", "type": "事业" }"""));
        d["projects"]!.AsArray().Add(JsonNode.Parse("""{ "unit": "342602", "name": "就业见习补贴", "kind": "特定目标类" }"""));
    }

    [Fact]
    public void Task_projects_are_read_as_a_list_of_names()
    {
        var budget = BudgetReader.Read(Write(d =>
        {
            SecondUnit(d);
            // A department-wide target may name a project of any unit; a name listed twice is taken once.
            Task(d, 1)["projects"] = new JsonArray(" 乡村振兴经费 ", "就业见习补贴", "乡村振兴经费");
        }));

        var tasks = Assert.Single(budget.Targets.Departments).Tasks;
        Assert.Empty(tasks[0].Projects);
        Assert.Equal(["乡村振兴经费", "就业见习补贴"], tasks[1].Projects);
    }

    [Fact]
    public void Unknown_task_project_is_located()
    {
        var e = Assert.Throws<BudgetInputException>(() => BudgetReader.Read(Write(d => Task(d, 1)["projects"] = new JsonArray("乡村振兴经", "乡村振兴经费"))));
        var error = Assert.Single(e.Errors);
        Assert.Equal(new SourceLocation(File, "targets.departments[1].tasks", 2, "projects"), error.Location);
        Assert.Equal("budget.json › targets.departments[1].tasks › 第 2 行 › projects", error.Location.ToString());
        Assert.Contains("“乡村振兴经”", error.Problem);
        Assert.Contains("乡村振兴经费", error.Allowed);
    }

    [Fact]
    public void A_unit_wide_task_names_only_projects_of_its_unit()
    {
        var e = Assert.Throws<BudgetInputException>(() => BudgetReader.Read(Write(d =>
        {
            SecondUnit(d);
            d["targets"]!["departments"]![0]!["unit"] = "342601";
            Task(d, 1)["projects"] = new JsonArray("乡村振兴经费", "就业见习补贴");
        })));
        var error = Assert.Single(e.Errors);
        Assert.Equal(new SourceLocation(File, "targets.departments[1].tasks", 2, "projects"), error.Location);
        Assert.Contains("“就业见习补贴”不在单位 342601 的项目表中", error.Problem);
    }

    [Fact]
    public void Task_projects_that_are_not_a_list_of_names_are_located()
    {
        var e = Assert.Throws<BudgetInputException>(() => BudgetReader.Read(Write(d =>
        {
            Task(d, 0)["projects"] = "乡村振兴经费";
            Task(d, 1)["projects"] = new JsonArray("乡村振兴经费", 3);
        })));
        Assert.Equal([new SourceLocation(File, "targets.departments[1].tasks", 1, "projects"), new SourceLocation(File, "targets.departments[1].tasks", 2, "projects")],
            e.Errors.Select(x => x.Location));
        Assert.Contains("数组", e.Errors[0].Problem);
    }

    [Fact]
    public void Duplicated_target_is_refused()
    {
        var e = Assert.Throws<BudgetInputException>(() => BudgetReader.Read(Write(d =>
            d["targets"]!["projects"]!.AsArray().Add(Target(d).DeepClone()))));
        var error = Assert.Single(e.Errors);
        Assert.Equal(new SourceLocation(File, "targets.projects", 2, "project"), error.Location);
    }
}

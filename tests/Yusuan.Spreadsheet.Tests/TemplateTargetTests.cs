using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Yusuan.Checks;
using Yusuan.Core.Input;
using Yusuan.Core.Model;

namespace Yusuan.Spreadsheet.Tests;

/// <summary>
/// 绩效目标 in the xlsx template: a budget's targets written into the sheets 绩效目标, 绩效指标, 整体目标, 整体任务 and 整体指标
/// read back to the same targets; what a clerk gets wrong there is located by sheet, row and column header; a workbook
/// without those sheets reads as a budget without targets.
/// </summary>
public sealed class TemplateTargetTests : IDisposable
{
    private readonly string _dir = TemplateTestFiles.TempDir();

    public void Dispose() => TemplateTestFiles.Delete(_dir);

    // The minimal budget of tests/Yusuan.Core.Tests/TargetInputTests.cs, with a second project whose target has Shandong's
    // 四级 level and no weights, and a unit-wide target beside the department's.
    private const string Budget = """
        {
          "year": 2025, "profile": "sichuan-2025", "amountUnit": "万元",
          "department": { "code": "342", "name": "广元市人力资源和社会保障局" },
          "units": [ { "code": "342601", "name": "广元市社会保险事务中心", "type": "参公" } ],
          "income": [ { "unit": "342601", "source": "一般公共预算拨款收入", "amount": 11.00 } ],
          "projects": [
            { "unit": "342601", "name": "乡村振兴经费", "kind": "特定目标类" },
            { "unit": "342601", "name": "社保经办运行经费", "kind": "运转类" }
          ],
          "expenditures": [
            { "unit": "342601", "functional": "2080109", "economic": "30101", "amount": 6.36 },
            { "unit": "342601", "functional": "2080109", "economic": "30211", "project": "乡村振兴经费", "amount": 3.64 },
            { "unit": "342601", "functional": "2080109", "economic": "30201", "project": "社保经办运行经费", "amount": 1.00 }
          ],
          "targets": {
            "projects": [
              {
                "unit": "342601", "project": "乡村振兴经费", "attribute": "延续", "period": "2025-01-01 至 2025-12-31",
                "basis": "《关于做好2025年乡村振兴工作的通知》", "annualGoal": "完成帮扶村各项帮扶工作", "longTermGoal": "巩固拓展脱贫攻坚成果",
                "statedAmount": 3.64,
                "indicators": [
                  { "level1": "产出指标", "level2": "数量指标", "name": "帮扶村数量", "nature": "≥", "value": "1", "measure": "个", "weight": 30, "direction": "正向" },
                  { "level1": "产出指标", "level2": "质量指标", "name": "资金使用合规率", "nature": "=", "value": "100", "measure": "%", "weight": 20.5 },
                  { "level1": "效益指标", "level2": "社会效益指标", "name": "群众生活水平", "nature": "定性", "value": "明显提高", "weight": 10 },
                  { "level1": "成本指标", "level2": "经济成本指标", "name": "人均帮扶成本", "nature": "≤", "value": "0.5", "measure": "万元/人", "weight": 9.5, "direction": "反向" },
                  { "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "群众满意度", "nature": "≥", "value": 90, "measure": "%", "weight": 20 }
                ]
              },
              {
                "unit": "342601", "project": "社保经办运行经费", "attribute": "新增", "period": "1年", "annualGoal": "保障经办大厅正常运行",
                "indicators": [
                  { "level1": "产出", "level2": "项目产出", "name": "数量指标", "level4": "窗口开放天数", "nature": "≥", "value": "250", "measure": "天" },
                  { "level1": "效果", "level2": "项目效益", "name": "社会公众或服务对象满意度", "level4": "办事群众满意度", "nature": "≥", "value": "95", "measure": "%" }
                ]
              }
            ],
            "departments": [
              {
                "objective": "保障社保经办正常运转", "longTermObjective": "建成覆盖全民的社会保险经办服务体系",
                "tasks": [
                  { "name": "人员支出", "kind": "人员支出", "description": "保障在职人员工资" },
                  { "name": "公用经费", "kind": "公用经费" },
                  { "name": "特定目标类项目", "kind": "特定目标类", "projects": ["乡村振兴经费"], "description": "乡村振兴帮扶", "statedAmount": 3.64 }
                ],
                "indicators": [
                  { "level1": "产出指标", "level2": "时效指标", "name": "工资按时发放率", "nature": "=", "value": "100", "measure": "%", "weight": 50 },
                  { "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "参保群众满意度", "nature": "≥", "value": "90", "measure": "%", "weight": 40 }
                ]
              },
              {
                "unit": "342601",
                "tasks": [ { "name": "运转类项目", "kind": "运转类", "projects": ["社保经办运行经费"] } ],
                "indicators": [ { "level1": "效益指标", "level2": "可持续影响指标", "name": "经办服务水平", "nature": "定性", "value": "持续提升" } ]
              }
            ]
          }
        }
        """;

    private Budget Original(Action<JsonObject>? change = null)
    {
        var doc = JsonNode.Parse(Budget)!.AsObject();
        change?.Invoke(doc);
        var json = Path.Combine(_dir, "budget.json");
        File.WriteAllText(json, doc.ToJsonString());
        return BudgetReader.Read(json);
    }

    private string Filled(Budget budget)
    {
        var path = Path.Combine(_dir, "budget.xlsx");
        TemplateWriter.Write(path, budget.Year, budget.ProfileId, budget);
        return path;
    }

    private string Filled(Action<JsonObject>? change = null) => Filled(Original(change));

    private static Budget ReadBack(string path) => new BudgetAssembler().Assemble(TemplateReader.Read(path));

    private static BudgetInputException AssembleFails(string path) =>
        Assert.Throws<BudgetInputException>(() => ReadBack(path));

    // ---- round trip ----

    [Fact]
    public void Targets_survive_the_template()
    {
        var original = Original();
        Assert.Equal(2, original.Targets.Projects.Count);
        Assert.Equal(2, original.Targets.Departments.Count);

        var back = ReadBack(Filled(original));

        TargetAssert.Same(original.Targets, back.Targets);
        // The rest of the budget is unaffected by the new sheets.
        Assert.Equal(original.Expenditures.Count, back.Expenditures.Count);
    }

    [Fact]
    public void The_minimal_targets_of_the_json_tests_survive_the_template()
    {
        // TargetInputTests' minimal budget: one project target, one department-wide target, no unit-wide one.
        var original = Original(d =>
        {
            var targets = d["targets"]!.AsObject();
            targets["projects"]!.AsArray().RemoveAt(1);
            targets["departments"]!.AsArray().RemoveAt(1);
        });

        TargetAssert.Same(original.Targets, ReadBack(Filled(original)).Targets);
    }

    [Fact]
    public void A_stated_total_survives_the_template_in_its_own_column()
    {
        // 金额合计 as a form made elsewhere prints it: 33.10 万元 in the JSON, 331000 元 in the workbook.
        var original = Original(d =>
        {
            var department = d["targets"]!["departments"]!.AsArray();
            department[0]!["statedTotal"] = 33.10m;
            department[1]!["statedTotal"] = 2;
        });
        Assert.Equal(331_000m, original.Targets.Departments[0].StatedTotal);
        var path = Filled(original);

        Assert.Equal("原表金额合计(选填)", TemplateTestFiles.Text(path, "整体目标", "D1"));
        Assert.Equal("331000", TemplateTestFiles.StoredValue(path, "整体目标", "D2"));
        Assert.Equal("20000", TemplateTestFiles.StoredValue(path, "整体目标", "D3"));
        var back = ReadBack(path);
        TargetAssert.Same(original.Targets, back.Targets);
        Assert.Equal(331_000m, back.Targets.Departments[0].StatedTotal);
        Assert.Equal("budget.xlsx › 整体目标 › 第 2 行 › 原表金额合计(选填)",
            back.Targets.Departments[0].Location!.WithField("statedTotal").ToString());

        // Without a total the column stays empty.
        Assert.Null(TemplateTestFiles.Text(Filled(), "整体目标", "D2"));
    }

    [Fact]
    public void A_department_target_without_objective_is_made_by_its_tasks()
    {
        var original = Original(d =>
        {
            var department = d["targets"]!["departments"]!.AsArray();
            department.RemoveAt(1);
            department[0]!.AsObject().Remove("objective");
            department[0]!.AsObject().Remove("longTermObjective");
        });
        var path = Filled(original);

        // 整体目标 has no row (it would be empty), yet the department-wide target comes back with its tasks.
        Assert.Null(TemplateTestFiles.Text(path, "整体目标", "A2"));
        Assert.Null(TemplateTestFiles.Text(path, "整体目标", "B2"));
        var back = ReadBack(path);
        TargetAssert.Same(original.Targets, back.Targets);
        Assert.Equal(new SourceLocation("budget.xlsx", "整体任务", 2), back.Targets.Departments[0].Location);
    }

    [Fact]
    public void Sheets_hold_one_row_per_target_task_and_indicator()
    {
        var path = Filled();

        Assert.Equal("乡村振兴经费", TemplateTestFiles.Text(path, "绩效目标", "B2"));
        Assert.Equal("社保经办运行经费", TemplateTestFiles.Text(path, "绩效目标", "B3"));
        // statedAmount: 3.64 万元 in the JSON, 36400 元 in the workbook.
        Assert.Equal("36400", TemplateTestFiles.StoredValue(path, "绩效目标", "H2"));
        Assert.Null(TemplateTestFiles.Text(path, "绩效目标", "H3"));

        AssertRow(path, "绩效指标", 2, "342601", "乡村振兴经费", "产出指标", "数量指标", "帮扶村数量", null, "≥", "1", "个", "30", "正向");
        AssertRow(path, "绩效指标", 7, "342601", "社保经办运行经费", "产出", "项目产出", "数量指标", "窗口开放天数", "≥", "250", "天", null, null);
        Assert.Null(TemplateTestFiles.Text(path, "绩效指标", "A9"));

        // The department-wide target's 单位编码 is blank; the unit-wide one's is the unit.
        AssertRow(path, "整体目标", 2, null, "保障社保经办正常运转", "建成覆盖全民的社会保险经办服务体系");
        AssertRow(path, "整体目标", 3, "342601", null, null);
        AssertRow(path, "整体任务", 2, null, "人员支出", "人员经费", null, "保障在职人员工资", null);
        AssertRow(path, "整体任务", 4, null, "特定目标类项目", "特定目标类", "乡村振兴经费", "乡村振兴帮扶", "36400");
        AssertRow(path, "整体任务", 5, "342601", "运转类项目", "运转类", "社保经办运行经费", null, null);
        AssertRow(path, "整体指标", 2, null, "产出指标", "时效指标", "工资按时发放率", null, "=", "100", "%", "50", null);
        Assert.Equal("342601", TemplateTestFiles.Text(path, "整体指标", "A4"));
    }

    [Fact]
    public void Targets_read_back_are_located_in_the_workbook()
    {
        var back = ReadBack(Filled());

        var project = back.Targets.Projects[1];
        Assert.Equal(new SourceLocation("budget.xlsx", "绩效目标", 3), project.Location);
        Assert.Equal(new SourceLocation("budget.xlsx", "绩效指标", 8), project.Indicators[1].Location);
        // A check that finds fault with a field names the column the clerk typed into.
        Assert.Equal("budget.xlsx › 绩效目标 › 第 3 行 › 年度目标", project.Location!.WithField("annualGoal").ToString());
        Assert.Equal("budget.xlsx › 绩效指标 › 第 8 行 › 度量单位", project.Indicators[1].Location!.WithField("measure").ToString());
        Assert.Equal("budget.xlsx › 绩效目标 › 第 2 行 › 原表金额(选填)",
            back.Targets.Projects[0].Location!.WithField("statedAmount").ToString());
        // A check about a target's indicators as a whole (a category missing, the weights' total) points at its row.
        Assert.Equal("budget.xlsx › 绩效目标 › 第 3 行 › 指标（“绩效指标”表）", project.Location.WithField("indicators").ToString());

        var department = back.Targets.Departments[0];
        Assert.Equal("budget.xlsx › 整体目标 › 第 2 行 › 年度总体目标", department.Location!.WithField("objective").ToString());
        Assert.Equal("budget.xlsx › 整体目标 › 第 2 行 › 任务（“整体任务”表）", department.Location.WithField("tasks").ToString());
        Assert.Equal("budget.xlsx › 整体任务 › 第 3 行 › 任务类别", department.Tasks[1].Location!.WithField("kind").ToString());
        Assert.Equal("budget.xlsx › 整体任务 › 第 4 行 › 对应项目(选填)", department.Tasks[2].Location!.WithField("projects").ToString());
        Assert.Equal("budget.xlsx › 整体指标 › 第 3 行 › 权重", department.Indicators[1].Location!.WithField("weight").ToString());
        Assert.Equal(new SourceLocation("budget.xlsx", "整体指标", 4), back.Targets.Departments[1].Indicators[0].Location);
    }

    [Fact]
    public void Task_projects_are_one_cell_separated_by_enumeration_commas_or_semicolons()
    {
        // A task naming two projects; one name itself holds a 、, so the cell separates them with ；.
        var original = Original(d =>
        {
            d["projects"]!.AsArray().Add(JsonNode.Parse("""{ "unit": "342601", "name": "档案整理、数字化经费", "kind": "运转类" }"""));
            d["expenditures"]!.AsArray().Add(JsonNode.Parse(
                """{ "unit": "342601", "functional": "2080109", "economic": "30201", "project": "档案整理、数字化经费", "amount": 0.50 }"""));
            d["income"]![0]!["amount"] = 11.50m;
            d["targets"]!["departments"]![1]!["tasks"]![0]!["projects"] = new JsonArray("社保经办运行经费", "档案整理、数字化经费");
        });
        var path = Filled(original);

        Assert.Equal("社保经办运行经费；档案整理、数字化经费", TemplateTestFiles.Text(path, "整体任务", "D5"));
        var back = ReadBack(path);
        TargetAssert.Same(original.Targets, back.Targets);
        Assert.Equal(["社保经办运行经费", "档案整理、数字化经费"], back.Targets.Departments[1].Tasks[0].Projects);

        // Typed by a clerk: 、 between names, a name with 、 recognised whole, a repeated name taken once.
        TemplateTestFiles.SetCell(path, "整体任务", "D4", "乡村振兴经费、档案整理、数字化经费；乡村振兴经费");
        Assert.Equal(["乡村振兴经费", "档案整理、数字化经费"], ReadBack(path).Targets.Departments[0].Tasks[2].Projects);
    }

    [Fact]
    public void Unknown_task_project_is_located_at_its_column()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, "整体任务", "D4", "乡村振兴经费、不存在的项目");

        var error = Assert.Single(AssembleFails(path).Errors);

        Assert.Equal("budget.xlsx › 整体任务 › 第 4 行 › 对应项目(选填)", error.Location.ToString());
        Assert.Contains("“不存在的项目”", error.Problem);
        Assert.Contains("乡村振兴经费", error.Allowed);
    }

    // ---- without the sheets ----

    [Fact]
    public void A_workbook_without_the_target_sheets_reads_as_no_targets()
    {
        var original = Original();
        var path = Filled(original);
        foreach (var sheet in new[] { "绩效目标", "绩效指标", "整体目标", "整体任务", "整体指标" })
            TemplateTestFiles.RemoveSheet(path, sheet);

        var back = ReadBack(path);

        Assert.Empty(back.Targets.Projects);
        Assert.Empty(back.Targets.Departments);
        Assert.Equal(original.Expenditures.Count, back.Expenditures.Count);
        Assert.Equal(original.Projects.Count, back.Projects.Count);
    }

    [Fact]
    public void A_fresh_template_has_empty_target_sheets_that_read_as_no_targets()
    {
        var path = Path.Combine(_dir, "budget.xlsx");
        TemplateWriter.Write(path, 2025, "sichuan-2025");

        var raw = TemplateReader.Read(path);

        Assert.Empty(raw.ProjectTargets);
        Assert.Empty(raw.DepartmentTargets);
        Assert.Empty(raw.ReadErrors);
    }

    [Fact]
    public void Indicators_without_a_target_row_make_the_projects_target_there()
    {
        var path = Filled();
        TemplateTestFiles.RemoveSheet(path, "绩效目标");

        var back = ReadBack(path);

        Assert.Equal(["乡村振兴经费", "社保经办运行经费"], back.Targets.Projects.Select(t => t.ProjectName));
        var target = back.Targets.Projects[1];
        Assert.Null(target.AnnualGoal);
        Assert.Equal(2, target.Indicators.Count);
        // Located at the first indicator row; its own fields are named as the columns of the sheet they belong in.
        Assert.Equal(new SourceLocation("budget.xlsx", "绩效指标", 7), target.Location);
        Assert.Equal("budget.xlsx › 绩效指标 › 第 7 行 › 年度目标（“绩效目标”表）", target.Location!.WithField("annualGoal").ToString());
        Assert.Equal("budget.xlsx › 绩效指标 › 第 7 行 › 项目名称", target.Location.WithField("project").ToString());
        Assert.Equal("budget.xlsx › 绩效指标 › 第 7 行 › 指标（“绩效指标”表）", target.Location.WithField("indicators").ToString());
    }

    // ---- bad input, located ----

    [Fact]
    public void Unknown_indicator_nature_is_located_at_its_column()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, "绩效指标", "G3", "大约");

        var error = Assert.Single(AssembleFails(path).Errors);

        Assert.Equal("budget.xlsx › 绩效指标 › 第 3 行 › 指标性质", error.Location.ToString());
        Assert.Contains("大约", error.Problem);
        Assert.Contains("≥、≤、=、定性", error.Allowed);
    }

    [Fact]
    public void Text_in_the_weight_column_is_located()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, "绩效指标", "J3", "三十");
        TemplateTestFiles.SetCell(path, "整体指标", "I2", "-5", number: true);

        var errors = AssembleFails(path).Errors;

        Assert.Equal(["budget.xlsx › 绩效指标 › 第 3 行 › 权重", "budget.xlsx › 整体指标 › 第 2 行 › 权重"],
            errors.Select(e => e.Location.ToString()));
        Assert.Contains("三十", errors[0].Problem);
        Assert.Contains("负数", errors[1].Problem);
    }

    [Fact]
    public void Unknown_direction_and_missing_levels_are_located()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, "绩效指标", "K2", "向上");
        TemplateTestFiles.SetCell(path, "整体指标", "C3", null);

        var errors = AssembleFails(path).Errors;

        Assert.Equal(["budget.xlsx › 绩效指标 › 第 2 行 › 指标方向", "budget.xlsx › 整体指标 › 第 3 行 › 二级指标"],
            errors.Select(e => e.Location.ToString()));
    }

    [Fact]
    public void Target_of_a_project_not_in_the_project_sheet_is_located()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, "绩效目标", "B3", "不存在的项目");

        Assert.Equal("budget.xlsx › 绩效目标 › 第 3 行 › 项目名称", ReportedAt(path, "“不存在的项目”"));
    }

    [Fact]
    public void Misspelt_project_of_an_indicator_is_located_at_the_indicator()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, "绩效指标", "B4", "乡村振兴经");

        Assert.Equal("budget.xlsx › 绩效指标 › 第 4 行 › 项目名称", ReportedAt(path, "“乡村振兴经”"));
    }

    /// <summary>
    /// Where a mistake about the project <paramref name="mentioning"/> is reported: on reading (an input error), or by the
    /// checks at its 项目名称 when the reader keeps the record (a target for a project without money is read, then reported).
    /// </summary>
    private static string ReportedAt(string path, string mentioning)
    {
        Budget budget;
        try { budget = ReadBack(path); }
        catch (BudgetInputException e) { return Assert.Single(e.Errors, x => x.Problem.Contains(mentioning)).Location.ToString(); }
        return Assert.Single(new Checker().Check(budget).Findings, f => f.Message.Contains(mentioning) && f.Place.Field == "项目名称")
            .Place.ToString();
    }

    [Fact]
    public void Second_row_for_a_project_is_refused()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, "绩效目标", "B3", "乡村振兴经费");

        var error = Assert.Single(AssembleFails(path).Errors);

        Assert.Equal("budget.xlsx › 绩效目标 › 第 3 行 › 项目名称", error.Location.ToString());
        Assert.Contains("重复", error.Problem);
    }

    [Fact]
    public void Unknown_task_kind_and_unit_are_located()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, "整体任务", "C3", "履职类");
        TemplateTestFiles.SetCell(path, "整体目标", "A3", "999999");

        var errors = AssembleFails(path).Errors;

        Assert.Contains(errors, e => e.Location.ToString() == "budget.xlsx › 整体任务 › 第 3 行 › 任务类别" && e.Allowed!.Contains("特定目标类"));
        Assert.Contains(errors, e => e.Location.ToString() == "budget.xlsx › 整体目标 › 第 3 行 › 单位编码" && e.Problem.Contains("999999"));
    }

    [Fact]
    public void Text_stated_amount_is_located()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, "绩效目标", "H2", "三万六");

        var error = Assert.Single(AssembleFails(path).Errors);

        Assert.Equal("budget.xlsx › 绩效目标 › 第 2 行 › 原表金额(选填)", error.Location.ToString());
    }

    [Fact]
    public void Changed_header_of_a_target_sheet_is_located()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, "绩效指标", "G1", "性质");

        var e = Assert.Throws<BudgetInputException>(() => TemplateReader.Read(path));

        Assert.True(e.Unreadable);
        Assert.Equal("budget.xlsx › 绩效指标 › 第 1 行 › G 列", Assert.Single(e.Errors).Location.ToString());
    }

    // ---- values as a spreadsheet stores them ----

    [Theory]
    [InlineData("90", "90")]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("1E-3", "0.001")]
    public void A_value_typed_into_a_number_cell_is_its_digits(string stored, string expected)
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, "绩效指标", "H2", stored, number: true);

        Assert.Equal(expected, ReadBack(path).Targets.Projects[0].Indicators[0].Value);
    }

    [Fact]
    public void A_value_pasted_as_a_percentage_keeps_its_percent_sign()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, "绩效指标", "H6", "0.95", number: true);
        using (var doc = SpreadsheetDocument.Open(path, true))
        {
            var formats = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!;
            formats.Append(new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true });
            var index = (uint)formats.Elements<CellFormat>().Count() - 1;
            formats.Count = index + 1;
            TemplateTestFiles.FindCell(doc, "绩效指标", "H6")!.StyleIndex = index;
        }

        Assert.Equal("95%", ReadBack(path).Targets.Projects[0].Indicators[4].Value);
    }

    [Fact]
    public void Nature_written_as_a_word_is_read()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, "绩效指标", "G2", "不低于");
        TemplateTestFiles.SetCell(path, "绩效指标", "K2", "正向指标");

        var indicator = ReadBack(path).Targets.Projects[0].Indicators[0];

        Assert.Equal((IndicatorNature.AtLeast, IndicatorDirection.Positive), (indicator.Nature, indicator.Direction));
    }

    /// <summary>The cells A, B, … of a row, as text (∅ for an empty cell).</summary>
    private static void AssertRow(string path, string sheet, int row, params string?[] expected) =>
        Assert.Equal(string.Join(" | ", expected.Select(x => x ?? "∅")),
            string.Join(" | ", expected.Select((_, c) => TemplateTestFiles.Text(path, sheet, $"{(char)('A' + c)}{row}") ?? "∅")));
}

/// <summary>Targets compared record by record, ignoring where they were read from.</summary>
internal static class TargetAssert
{
    private static readonly IReadOnlyList<Indicator> NoIndicators = [];
    private static readonly IReadOnlyList<TargetTask> NoTasks = [];
    private static readonly IReadOnlyList<string> NoProjects = [];

    public static void Same(PerformanceTargets expected, PerformanceTargets actual)
    {
        Assert.Equal(expected.Projects.Count, actual.Projects.Count);
        for (var i = 0; i < expected.Projects.Count; i++)
        {
            var (e, a) = (expected.Projects[i], actual.Projects[i]);
            Assert.Equal(e with { Location = null, Indicators = NoIndicators }, a with { Location = null, Indicators = NoIndicators });
            Same(e.Indicators, a.Indicators);
        }
        Assert.Equal(expected.Departments.Count, actual.Departments.Count);
        for (var i = 0; i < expected.Departments.Count; i++)
        {
            var (e, a) = (expected.Departments[i], actual.Departments[i]);
            Assert.Equal(e with { Location = null, Indicators = NoIndicators, Tasks = NoTasks },
                a with { Location = null, Indicators = NoIndicators, Tasks = NoTasks });
            Assert.Equal(e.Tasks.Select(t => t with { Location = null, Projects = NoProjects }), a.Tasks.Select(t => t with { Location = null, Projects = NoProjects }));
            Assert.Equal(e.Tasks.Select(t => string.Join(" | ", t.Projects)), a.Tasks.Select(t => string.Join(" | ", t.Projects)));
            Same(e.Indicators, a.Indicators);
        }
    }

    private static void Same(IReadOnlyList<Indicator> expected, IReadOnlyList<Indicator> actual) =>
        Assert.Equal(expected.Select(i => i with { Location = null }), actual.Select(i => i with { Location = null }));
}

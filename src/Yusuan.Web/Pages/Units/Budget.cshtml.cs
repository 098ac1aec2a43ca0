using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Yusuan.Checks;
using Yusuan.Core.Input;
using Yusuan.Web.Budgets;
using Yusuan.Web.Data;

namespace Yusuan.Web.Pages.Units;

/// <summary>
/// One unit's budget of one year: its findings, the lines grid, uploads, the derived tables and forms, history; the unit
/// edits and submits it, the 主管部门 reads and returns it, 财政 reads it.
/// </summary>
public sealed class BudgetModel(CurrentUser current, BudgetService budgets, Workflow workflow) : YusuanPage(current)
{
    public UnitBudget Budget { get; private set; } = null!;
    public DepartmentBudget Department => Budget.DepartmentBudget!;
    public Evaluation Evaluation { get; private set; } = null!;
    public JsonObject Data { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanReturn { get; private set; }
    public List<Comment> Comments { get; private set; } = [];
    public List<AuditEntry> History { get; private set; } = [];
    public List<Snapshot> Snapshots { get; private set; } = [];
    /// <summary>The unit's explanation of each warning at its latest submission, for the reviewer.</summary>
    public List<(string Rule, string Place, string Message, string Explanation)> Explanations { get; } = [];
    public Snapshot? LastSubmission { get; private set; }
    [BindProperty(SupportsGet = true)] public string Tab { get; set; } = "overview";
    /// <summary>Problems with what was just posted (an upload that could not be read …), shown at the form.</summary>
    public List<string> Problems { get; } = [];
    /// <summary>After a save that met a newer version: each field where the other person's value and yours differ.</summary>
    public List<FieldChange>? Conflict { get; private set; }
    /// <summary>The grid as posted, kept on a conflict so nothing typed is lost.</summary>
    public JsonObject? Posted { get; private set; }

    public static readonly (string Key, string Label)[] Tabs =
    [
        ("overview", "检查与提交"), ("expenditures", "支出明细"), ("income", "收入"), ("projects", "项目"), ("threePublicPrevious", "三公上年数"),
        ("upload", "上传与下载"), ("tables", "公开表格"), ("forms", "绩效目标表"), ("history", "历史"),
    ];

    public GridSpec Grid(string list) => list switch
    {
        "income" => GridSpec.Income,
        "threePublicPrevious" => GridSpec.ThreePublicPrevious,
        "projects" => GridSpec.Projects(Evaluation.Profile?.ProjectKinds ?? []),
        _ => GridSpec.Expenditures(BudgetContent.List(Data, "projects").Select(p => p?["name"]?.ToString() ?? "").Where(n => n.Length > 0).ToList()),
    };

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await UserAsync() is not { } user) return Challenge();
        if (await budgets.UnitBudgetAsync(id) is not { } budget) return NotFound();
        if (!Access.CanView(user, budget, budget.Unit!, budget.DepartmentBudget!.Department!)) return Denied();
        Budget = budget;
        Data = BudgetService.Normalized(budget, budget.DepartmentBudget);
        Evaluation = budgets.EvaluateUnit(budget);
        CanEdit = Access.CanEdit(user, budget, budget.DepartmentBudget);
        CanReturn = Access.IsDepartmentOf(user, budget.DepartmentBudget) && budget.Stage == UnitStage.Submitted
            && budget.DepartmentBudget.Stage is DepartmentStage.Preparing or DepartmentStage.Returned;
        var db = budgets.Db;
        Comments = await db.Comments.Where(c => c.DepartmentBudgetId == budget.DepartmentBudgetId && (c.UnitBudgetId == budget.Id || c.UnitBudgetId == null))
            .OrderByDescending(c => c.At).ToListAsync();
        LastSubmission = await db.Snapshots.Where(s => s.UnitBudgetId == budget.Id && s.Kind == "单位提交").OrderByDescending(s => s.Id).FirstOrDefaultAsync();
        if (LastSubmission?.Notes is { } notes && JsonNode.Parse(notes) is JsonArray items)
            foreach (var item in items)
                Explanations.Add((item?["rule"]?.ToString() ?? "", item?["place"]?.ToString() ?? "", item?["message"]?.ToString() ?? "", item?["explanation"]?.ToString() ?? ""));
        if (Tab == "history")
        {
            History = await db.AuditEntries.Where(a => a.UnitBudgetId == budget.Id).OrderByDescending(a => a.Id).Take(500).ToListAsync();
            Snapshots = await db.Snapshots.Where(s => s.UnitBudgetId == budget.Id).OrderByDescending(s => s.Id).ToListAsync();
        }
        return null;
    }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    /// <summary>The grid of one list posted whole: each row's fields, rows marked for deletion, blank new rows ignored.</summary>
    public async Task<IActionResult> OnPostSaveAsync(int id, string list, int version)
    {
        if (await LoadAsync(id) is { } denied) return denied;
        if (!CanEdit) return Denied();
        if (list is not ("expenditures" or "income" or "projects" or "threePublicPrevious")) return BadRequest();
        Tab = list;
        var spec = Grid(list);
        var form = Request.Form;
        var existing = BudgetContent.List(Data, list);
        var rows = new JsonArray();
        var count = int.TryParse(form["count"], out var n) ? Math.Clamp(n, 0, 100_000) : 0;
        for (var i = 0; i < count; i++)
        {
            if (form[$"del_{i}"] == "on") continue;
            var record = i < existing.Count && existing[i] is JsonObject old ? (JsonObject)old.DeepClone() : new JsonObject();
            var blank = true;
            foreach (var column in spec.Columns)
            {
                var value = form[$"f_{i}_{column.Field}"].ToString();
                if (!string.IsNullOrWhiteSpace(value) && !(column.Kind == GridColumnKind.Flag)) blank = false;
                GridSpec.Set(record, column, value);
            }
            if (blank && i >= existing.Count) continue;
            if (list != "projects" || !record.ContainsKey("unit")) record["unit"] = Budget.Unit!.Code;
            rows.Add(record);
        }
        var updated = (JsonObject)Data.DeepClone();
        updated[list] = rows;
        return await SaveAsync(updated, version, "编辑", $"已保存{spec.Title}");
    }

    /// <summary>The whole content as JSON (everything the grids do not show: 三公, 政府采购, 购买服务, 绩效目标 …).</summary>
    public async Task<IActionResult> OnPostJsonAsync(int id, string json, int version)
    {
        if (await LoadAsync(id) is { } denied) return denied;
        if (!CanEdit) return Denied();
        Tab = "upload";
        JsonObject parsed;
        try { parsed = BudgetContent.Parse(json); }
        catch (JsonException e)
        {
            Problems.Add($"不是有效的 JSON：{e.Message}");
            return Page();
        }
        if (Foreign(parsed) is { } foreign)
        {
            Problems.Add(foreign);
            return Page();
        }
        return await SaveAsync(parsed, version, "编辑", "已保存");
    }

    /// <summary>An upload (the xlsx template or a JSON budget) replaces this unit's content; the reader's errors refuse it whole.</summary>
    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file, int version)
    {
        if (await LoadAsync(id) is { } denied) return denied;
        if (!CanEdit) return Denied();
        Tab = "upload";
        if (file is null || file.Length == 0)
        {
            Problems.Add("请选择要上传的文件（yusuan 模板 .xlsx 或 .json）");
            return Page();
        }
        if (file.Length > 50 * 1024 * 1024)
        {
            Problems.Add("文件超过 50 MB");
            return Page();
        }
        var name = Path.GetFileName(file.FileName);
        var ext = Path.GetExtension(name).ToLowerInvariant();
        RawBudget raw;
        var temp = Path.Combine(Path.GetTempPath(), $"yusuan-upload-{Guid.NewGuid():N}{ext}");
        try
        {
            await using (var stream = System.IO.File.Create(temp)) await file.CopyToAsync(stream);
            raw = ext switch
            {
                ".json" => BudgetJsonReader.ReadText(await System.IO.File.ReadAllTextAsync(temp), name),
                ".xlsx" => Spreadsheet.TemplateReader.Read(temp),
                _ => throw new BudgetInputException([new InputError(new Core.Model.SourceLocation(name), $"无法读取“{ext}”格式的文件", "请上传 yusuan 模板（.xlsx）或 JSON 预算数据（.json）")]),
            };
        }
        catch (BudgetInputException e)
        {
            Problems.AddRange(e.Errors.Select(x => Rename(x.ToString(), temp, name)));
            return Page();
        }
        finally { System.IO.File.Delete(temp); }
        if (raw.ReadErrors.Count > 0)
        {
            Problems.Add("文件中有无法读取的单元格，未导入：");
            Problems.AddRange(raw.ReadErrors.Select(x => Rename(x.ToString(), temp, name)));
            return Page();
        }
        var whole = BudgetContent.Parse(BudgetJsonWriter.Write(raw));
        if (whole["year"] is { } year && year.ToString() != Department.Year.ToString())
        {
            Problems.Add($"{name}：预算年度是 {year}，本预算是 {Department.Year} 年，未导入");
            return Page();
        }
        var (_, units) = BudgetContent.Split(whole);
        var others = units.Keys.Where(k => k != Budget.Unit!.Code).ToList();
        if (!units.TryGetValue(Budget.Unit!.Code, out var mine))
        {
            Problems.Add($"{name}：文件中没有本单位（{Budget.Unit.Code} {Budget.Unit.Name}）的数据，未导入");
            return Page();
        }
        if (others.Count > 0)
        {
            Problems.Add($"{name}：文件还含有其他单位（{string.Join("、", others)}）的数据，只能上传本单位的数据，未导入");
            return Page();
        }
        var result = await SaveAsync(mine, version, "上传", $"已导入 {name}", reason: name);
        if (result is RedirectResult)
        {
            var after = budgets.EvaluateUnit(Budget);
            Flash(after.Errors + after.Warnings == 0 ? $"已导入 {name}，没有发现问题"
                : $"已导入 {name}：检查发现 {after.Errors} 个错误、{after.Warnings} 个警告，见下方；改正后才能提交");
            return Redirect($"/units/{Budget.Id}");
        }
        return result;
    }

    /// <summary>Starts this year's lines from last year's approved budget of the unit (approved or published).</summary>
    public async Task<IActionResult> OnPostCopyLastYearAsync(int id, int version)
    {
        if (await LoadAsync(id) is { } denied) return denied;
        if (!CanEdit) return Denied();
        var last = await budgets.Db.UnitBudgets.Include(u => u.DepartmentBudget)
            .Where(u => u.UnitId == Budget.UnitId && u.DepartmentBudget!.Year == Department.Year - 1
                && (u.DepartmentBudget.Stage == DepartmentStage.Approved || u.DepartmentBudget.Stage == DepartmentStage.Published))
            .FirstOrDefaultAsync();
        if (last is null)
        {
            FlashError($"没有 {Department.Year - 1} 年已批复的本单位预算可以复制");
            return Redirect($"/units/{id}?tab=expenditures");
        }
        var copy = BudgetContent.Parse(last.Content);
        return await SaveAsync(copy, version, "复制上年", $"已复制 {Department.Year - 1} 年批复的明细，请按本年调整", reason: $"{Department.Year - 1} 年批复");
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id)
    {
        if (await LoadAsync(id) is { } denied) return denied;
        if (Me!.Role != UserRole.Unit) return Denied();
        var explanations = Request.Form.Keys.Where(k => k.StartsWith("explain_", StringComparison.Ordinal))
            .ToDictionary(k => k["explain_".Length..], k => Request.Form[k].ToString());
        try
        {
            await workflow.SubmitUnitAsync(Me!, Budget, explanations);
            Flash("已提交主管部门审核");
            return Redirect($"/units/{id}");
        }
        catch (WorkflowException e)
        {
            Problems.Add(e.Message);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostReturnAsync(int id)
    {
        if (await LoadAsync(id) is { } denied) return denied;
        if (!CanReturn) return Denied();
        var comments = new List<ReviewComment>();
        for (var i = 0; i < 20; i++)
        {
            var text = Request.Form[$"comment_{i}"].ToString();
            if (string.IsNullOrWhiteSpace(text)) continue;
            comments.Add(new ReviewComment(Request.Form[$"target_{i}"].ToString(), text));
        }
        try
        {
            await workflow.ReturnUnitAsync(Me!, Budget, comments);
            Flash($"已退回 {Budget.Unit!.Name}");
            return Redirect($"/departments/{Budget.DepartmentBudgetId}");
        }
        catch (WorkflowException e)
        {
            Problems.Add(e.Message);
            return Page();
        }
    }

    private async Task<IActionResult> SaveAsync(JsonObject content, int version, string action, string done, string? reason = null)
    {
        try
        {
            await budgets.SaveUnitAsync(Budget, version, content, Me!.UserName!, reason, action);
        }
        catch (ConcurrencyConflictException e)
        {
            // Show the other person's values beside ours; the form keeps ours, now against the newer version.
            var theirs = BudgetContent.Parse(e.CurrentContent);
            Budget = (await budgets.UnitBudgetAsync(Budget.Id))!;
            Data = BudgetService.Normalized(Budget, Department);
            Evaluation = budgets.EvaluateUnit(Budget);
            Conflict = AuditDiff.Between(theirs, content);
            Posted = content;
            return Page();
        }
        Flash(done);
        return Redirect($"/units/{Budget.Id}?tab={Tab}");
    }

    /// <summary>A JSON edit may not move records to another unit.</summary>
    private string? Foreign(JsonObject content)
    {
        foreach (var list in BudgetContent.UnitLists.Append("targets.projects"))
            foreach (var (record, i) in BudgetContent.List(content, list).Select((r, i) => (r, i)))
                if (record?["unit"] is { } unit && unit.ToString() != Budget.Unit!.Code)
                    return $"{list} 第 {i + 1} 行的单位是 {unit}，只能填写本单位（{Budget.Unit.Code}）";
        return null;
    }

    private static string Rename(string message, string temp, string name) => message.Replace(Path.GetFileName(temp), name);

    public IEnumerable<Finding> FindingsFor(string list, int row) => Evaluation.For(list, row);

    public IEnumerable<Finding> OtherFindings => Evaluation.Findings.Where(f => f.Place.Sheet is not ("expenditures" or "income" or "projects" or "threePublicPrevious") || f.Place.Row is null);

    public static string KeyOf(Finding f) => Workflow.KeyOf(f);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Yusuan.Checks;
using Yusuan.Core.Model;
using Yusuan.Web.Budgets;
using Yusuan.Web.Data;

namespace Yusuan.Web.Pages.Departments;

/// <summary>
/// A department's budget of one year: its units and where each stands, the consolidated budget (live Σ units) with its
/// findings, tables and forms, the department's own texts, the stage snapshots and what changed between them. The 主管部门
/// forwards it; 财政 sets 控制数, returns, approves and publishes it.
/// </summary>
public sealed class BudgetModel(CurrentUser current, BudgetService budgets, Workflow workflow) : YusuanPage(current)
{
    public DepartmentBudget Budget { get; private set; } = null!;
    public Evaluation Evaluation { get; private set; } = null!;
    public RecordOrigins Origins { get; private set; } = null!;
    public Dictionary<int, Evaluation> UnitEvaluations { get; } = [];
    public bool IsDepartment { get; private set; }
    public bool IsBureau { get; private set; }
    public bool CanEditTexts { get; private set; }
    public List<Comment> Comments { get; private set; } = [];
    public List<Snapshot> Snapshots { get; private set; } = [];
    public List<AuditEntry> History { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public List<ControlExcess> Excess { get; private set; } = [];
    public Dictionary<(string Source, string Kind), decimal> Planned { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string Tab { get; set; } = "overview";
    [BindProperty(SupportsGet = true)] public int? A { get; set; }
    [BindProperty(SupportsGet = true)] public int? B { get; set; }
    public (Snapshot A, Snapshot B, List<FieldChange> Changes, Dictionary<(string, string), decimal> TotalsA, Dictionary<(string, string), decimal> TotalsB)? Comparison { get; private set; }

    public static readonly (string Key, string Label)[] Tabs =
    [
        ("overview", "单位与审核"), ("tables", "部门公开表格"), ("forms", "绩效目标表"), ("texts", "部门说明"),
        ("compare", "阶段对比"), ("history", "历史"),
    ];

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await UserAsync() is not { } user) return Challenge();
        if (await budgets.DepartmentBudgetAsync(id) is not { } budget) return NotFound();
        if (!Access.CanView(user, budget.Department!)) return Denied();
        Budget = budget;
        IsDepartment = Access.IsDepartmentOf(user, budget);
        IsBureau = Access.IsBureauOf(user, budget.Department!);
        CanEditTexts = Access.CanEditDepartment(user, budget);
        (Evaluation, Origins) = budgets.EvaluateDepartment(budget);
        foreach (var unit in budget.Units) UnitEvaluations[unit.Id] = budgets.EvaluateUnit(unit);
        Excess = ControlCheck.Over(budget, Evaluation);
        if (Evaluation.Budget is { } merged) Planned = ControlCheck.Planned(merged, budget.AmountUnit);
        var db = budgets.Db;
        Comments = await db.Comments.Where(c => c.DepartmentBudgetId == id).OrderByDescending(c => c.At).ToListAsync();
        Snapshots = await db.Snapshots.Where(s => s.DepartmentBudgetId == id && s.UnitBudgetId == null).OrderBy(s => s.Id).ToListAsync();
        if (Tab == "history")
            History = await db.AuditEntries.Where(a => a.DepartmentBudgetId == id).OrderByDescending(a => a.Id).Take(1000).ToListAsync();
        if (Tab == "compare") Compare();
        return null;
    }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    /// <summary>Where a finding of the merged budget is in its unit's own budget: 单位名 › 支出明细 第 3 行.</summary>
    public string PlaceOf(Finding finding)
    {
        if (finding.Place.Sheet is { } list && finding.Place.Row is { } row && Origins.Of(list, row) is { } origin)
        {
            var unit = Budget.Units.FirstOrDefault(u => u.Unit!.Code == origin.Unit);
            return PlaceText.Of(finding.Place, unit?.Unit!.Name ?? origin.Unit, origin.Row);
        }
        return PlaceText.Of(finding.Place);
    }

    public async Task<IActionResult> OnPostForwardAsync(int id) =>
        await Step(id, () => IsDepartment, u => workflow.ForwardAsync(u, Budget), "已汇总上报财政");

    public async Task<IActionResult> OnPostApproveAsync(int id) => await Step(id, () => IsBureau, u => workflow.ApproveAsync(u, Budget), "已批复");

    public async Task<IActionResult> OnPostPublishAsync(int id) =>
        await Step(id, () => IsBureau, u => workflow.PublishAsync(u, Budget), "已公开：公开目录中可下载");

    public async Task<IActionResult> OnPostReturnAsync(int id, string? target, string? comment) =>
        await Step(id, () => IsBureau, u => workflow.ReturnDepartmentAsync(u, Budget, [new ReviewComment(target ?? "", comment ?? "")]), "已退回主管部门");

    public async Task<IActionResult> OnPostControlAsync(int id)
    {
        if (await LoadAsync(id) is { } denied) return denied;
        if (!IsBureau) return Denied();
        var figures = new List<ControlFigure>();
        foreach (var key in Request.Form.Keys.Where(k => k.StartsWith("cf|", StringComparison.Ordinal)))
        {
            var parts = key.Split('|');
            var text = Request.Form[key].ToString().Trim().Replace(",", "");
            if (text.Length == 0) continue;
            if (parts.Length != 3 || !IncomeSources.AllNames.Contains(parts[1]) || !ControlCheck.Kinds.Contains(parts[2])
                || !decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var amount))
            {
                Problems.Add($"控制数“{string.Join(" ", parts.Skip(1))}”应为不小于 0 的数字（{Budget.AmountUnit}），现为“{text}”");
                continue;
            }
            figures.Add(new ControlFigure { Source = parts[1], Kind = parts[2], Amount = amount });
        }
        if (Problems.Count > 0) return Page();
        return await Step(id, () => true, u => workflow.SetControlFiguresAsync(u, Budget, figures), "已下达控制数", loaded: true);
    }

    /// <summary>The department's own parts (公开文本 texts, 上年数 and reasons, department-wide 绩效目标) as JSON.</summary>
    public async Task<IActionResult> OnPostTextsAsync(int id, string json, int version)
    {
        if (await LoadAsync(id) is { } denied) return denied;
        if (!CanEditTexts) return Denied();
        Tab = "texts";
        JsonObject parsed;
        try { parsed = BudgetContent.Parse(json); }
        catch (JsonException e)
        {
            Problems.Add($"不是有效的 JSON：{e.Message}");
            return Page();
        }
        try { await budgets.SaveDepartmentAsync(Budget, version, parsed, Me!.UserName!); }
        catch (ConcurrencyConflictException)
        {
            Problems.Add("另一位用户已修改部门说明：请复制你的修改，刷新后再保存");
            return Page();
        }
        Flash("已保存部门说明");
        return Redirect($"/departments/{id}?tab=texts");
    }

    /// <summary>A workflow step: the role is checked first (403), then the stage and findings (a message on the page).</summary>
    private async Task<IActionResult> Step(int id, Func<bool> mayAct, Func<AppUser, Task> step, string done, bool loaded = false)
    {
        if (!loaded && await LoadAsync(id) is { } denied) return denied;
        if (!mayAct()) return Denied();
        try
        {
            await step(Me!);
            Flash(done);
            return Redirect($"/departments/{id}");
        }
        catch (WorkflowException e)
        {
            Problems.Add(e.Message);
            return Page();
        }
    }

    private void Compare()
    {
        if (Snapshots.Count < 1) return;
        var a = Snapshots.FirstOrDefault(s => s.Id == A) ?? (Snapshots.Count > 1 ? Snapshots[^2] : Snapshots[^1]);
        var b = Snapshots.FirstOrDefault(s => s.Id == B) ?? Snapshots[^1];
        var changes = AuditDiff.Between(BudgetContent.Parse(a.Content), BudgetContent.Parse(b.Content));
        var ea = budgets.Evaluator.Evaluate(a.Content);
        var eb = budgets.Evaluator.Evaluate(b.Content);
        Comparison = (a, b, changes,
            ea.Budget is null ? [] : ControlCheck.Planned(ea.Budget, Budget.AmountUnit),
            eb.Budget is null ? [] : ControlCheck.Planned(eb.Budget, Budget.AmountUnit));
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yusuan.Checks;
using Yusuan.Web.Data;

namespace Yusuan.Web.Budgets;

/// <summary>A comment a reviewer attaches when returning: to the whole budget (""), a table, or one record.</summary>
public sealed record ReviewComment(string Target, string Text);

/// <summary>
/// The steps of the 编报 → 审核 → 批复 → 公开 workflow. Each checks the stage and the user's role, records a snapshot where the
/// step is one reviewers compare (单位提交, 一上, 控制数, 二上, 批复) and an audit entry with who, when and why.
/// </summary>
public sealed class Workflow(BudgetService budgets)
{
    private YusuanDb Db => budgets.Db;

    /// <summary>
    /// A warning's key for its explanation: its rule. Warnings of one rule share a cause (eleven 尾数差 of one rounding), so
    /// the unit explains them together; each warning is stored with that explanation.
    /// </summary>
    public static string KeyOf(Finding finding) => finding.RuleId;

    /// <summary>编制 → 提交: refused while the checks find errors; each warning needs the unit's explanation.</summary>
    public async Task SubmitUnitAsync(AppUser user, UnitBudget budget, IReadOnlyDictionary<string, string> explanations)
    {
        var department = budget.DepartmentBudget!;
        if (!Access.CanEdit(user, budget, department)) throw new WorkflowException("此预算当前不能由你提交");
        var evaluation = budgets.EvaluateUnit(budget);
        if (evaluation.Errors > 0) throw new WorkflowException($"检查发现 {evaluation.Errors} 个错误，改正后才能提交");
        var warnings = evaluation.Findings.Where(f => f.Severity == Severity.Warning).ToList();
        var missing = warnings.Where(w => !explanations.TryGetValue(KeyOf(w), out var text) || string.IsNullOrWhiteSpace(text)).ToList();
        if (missing.Count > 0) throw new WorkflowException($"还有 {missing.Select(KeyOf).Distinct().Count()} 类警告（{missing.Count} 个）没有说明：每类警告都要写明原因才能提交");

        var notes = JsonSerializer.Serialize(warnings.Select(w => new
        {
            rule = w.RuleId, place = w.Place.ToString(), message = w.Message, explanation = explanations[KeyOf(w)].Trim(),
        }), JsonOptions);
        Db.Snapshots.Add(new Snapshot
        {
            DepartmentBudgetId = department.Id, UnitBudgetId = budget.Id, Kind = "单位提交",
            Content = BudgetContent.Write(BudgetService.Normalized(budget, department)), Notes = notes, By = user.UserName!, At = budgets.Now,
        });
        await CloseCommentsAsync(department.Id, budget.Id);
        var old = budget.Stage;
        budget.Stage = UnitStage.Submitted;
        budget.Version++;
        budgets.Audit(user.UserName!, "提交", department, budget, warnings.Count == 0 ? null : $"{warnings.Count} 个警告已说明",
            "状态", old.Chinese(), UnitStage.Submitted.Chinese());
        await Db.SaveChangesAsync();
    }

    /// <summary>主管部门 returns a submitted unit budget with its comments.</summary>
    public async Task ReturnUnitAsync(AppUser user, UnitBudget budget, IReadOnlyList<ReviewComment> comments)
    {
        var department = budget.DepartmentBudget!;
        if (!Access.IsDepartmentOf(user, department)) throw new WorkflowException("只有本部门的主管部门可以退回");
        if (budget.Stage != UnitStage.Submitted || department.Stage is not (DepartmentStage.Preparing or DepartmentStage.Returned))
            throw new WorkflowException("只有已提交、尚未上报财政的单位预算可以退回");
        if (comments.Count == 0 || comments.All(c => string.IsNullOrWhiteSpace(c.Text))) throw new WorkflowException("退回时请写明意见");
        AddComments(user, department, budget, comments, "主管部门");
        budget.Stage = UnitStage.Returned;
        budget.Version++;
        budgets.Audit(user.UserName!, "退回", department, budget, string.Join("；", comments.Select(c => c.Text.Trim())),
            "状态", UnitStage.Submitted.Chinese(), UnitStage.Returned.Chinese());
        await Db.SaveChangesAsync();
    }

    /// <summary>主管部门 汇总上报: every unit submitted, the department's budget without errors and within its 控制数.</summary>
    public async Task ForwardAsync(AppUser user, DepartmentBudget budget)
    {
        if (!Access.CanEditDepartment(user, budget)) throw new WorkflowException("此部门预算当前不能由你上报");
        var pending = budget.Units.Where(u => u.Stage != UnitStage.Submitted).Select(u => u.Unit!.Name).ToList();
        if (pending.Count > 0) throw new WorkflowException($"还有单位未提交：{string.Join("、", pending)}");
        var (evaluation, _) = budgets.EvaluateDepartment(budget);
        if (evaluation.Errors > 0) throw new WorkflowException($"部门汇总后检查发现 {evaluation.Errors} 个错误，请退回单位改正");
        var over = ControlCheck.Over(budget, evaluation);
        if (over.Count > 0) throw new WorkflowException("超出财政下达的控制数：" + string.Join("；", over.Select(o => o.ToString())));

        var kind = budget.Round == 1 ? "一上" : "二上";
        Db.Snapshots.Add(new Snapshot
        {
            DepartmentBudgetId = budget.Id, Kind = kind, Content = budgets.Merge(budget).Content, By = user.UserName!, At = budgets.Now,
            Notes = JsonSerializer.Serialize(new { errors = evaluation.Errors, warnings = evaluation.Warnings }, JsonOptions),
        });
        await CloseCommentsAsync(budget.Id, null);
        var old = budget.Stage;
        budget.Stage = DepartmentStage.Forwarded;
        budget.Version++;
        budgets.Audit(user.UserName!, "上报", budget, null, kind, "状态", old.Chinese(), budget.Stage.Chinese());
        await Db.SaveChangesAsync();
    }

    /// <summary>财政 sets the 控制数 (ceilings by source, basic and project) on a forwarded department budget.</summary>
    public async Task SetControlFiguresAsync(AppUser user, DepartmentBudget budget, IReadOnlyList<ControlFigure> figures)
    {
        if (!Access.IsBureauOf(user, budget.Department!)) throw new WorkflowException("只有本级财政可以下达控制数");
        if (budget.Stage is not (DepartmentStage.Forwarded or DepartmentStage.Returned)) throw new WorkflowException("部门预算上报后才能下达控制数");
        foreach (var figure in figures)
        {
            var existing = budget.ControlFigures.FirstOrDefault(c => c.Source == figure.Source && c.Kind == figure.Kind);
            var old = existing?.Amount;
            if (old == figure.Amount) continue;
            if (existing is null) budget.ControlFigures.Add(new ControlFigure { Source = figure.Source, Kind = figure.Kind, Amount = figure.Amount, DepartmentBudgetId = budget.Id });
            else existing.Amount = figure.Amount;
            budgets.Audit(user.UserName!, "控制数", budget, null, null, $"控制数 {figure.Source} {figure.Kind}",
                old?.ToString("0.00"), figure.Amount.ToString("0.00"));
        }
        Db.Snapshots.Add(new Snapshot
        {
            DepartmentBudgetId = budget.Id, Kind = "控制数", Content = budgets.Merge(budget).Content, By = user.UserName!, At = budgets.Now,
            Notes = JsonSerializer.Serialize(budget.ControlFigures.Select(c => new { c.Source, c.Kind, c.Amount }), JsonOptions),
        });
        budget.Version++;
        await Db.SaveChangesAsync();
    }

    /// <summary>财政 退回: the department (and its units) edit again; after 控制数 the next submission is 二上.</summary>
    public async Task ReturnDepartmentAsync(AppUser user, DepartmentBudget budget, IReadOnlyList<ReviewComment> comments)
    {
        if (!Access.IsBureauOf(user, budget.Department!)) throw new WorkflowException("只有本级财政可以退回部门预算");
        if (budget.Stage != DepartmentStage.Forwarded) throw new WorkflowException("只有已上报财政的部门预算可以退回");
        if (comments.Count == 0 || comments.All(c => string.IsNullOrWhiteSpace(c.Text))) throw new WorkflowException("退回时请写明意见");
        AddComments(user, budget, null, comments, "财政");
        budget.Stage = DepartmentStage.Returned;
        if (budget.ControlFigures.Count > 0) budget.Round = 2;
        foreach (var unit in budget.Units) { unit.Stage = UnitStage.Returned; unit.Version++; }
        budget.Version++;
        budgets.Audit(user.UserName!, "退回", budget, null, string.Join("；", comments.Select(c => c.Text.Trim())),
            "状态", DepartmentStage.Forwarded.Chinese(), DepartmentStage.Returned.Chinese());
        await Db.SaveChangesAsync();
    }

    /// <summary>财政 批复: the forwarded budget, without errors and within its 控制数, becomes the approved one.</summary>
    public async Task ApproveAsync(AppUser user, DepartmentBudget budget)
    {
        if (!Access.IsBureauOf(user, budget.Department!)) throw new WorkflowException("只有本级财政可以批复");
        if (budget.Stage != DepartmentStage.Forwarded) throw new WorkflowException("只有已上报财政的部门预算可以批复");
        var (evaluation, _) = budgets.EvaluateDepartment(budget);
        if (evaluation.Errors > 0) throw new WorkflowException($"检查发现 {evaluation.Errors} 个错误，不能批复");
        if (ControlCheck.Over(budget, evaluation) is { Count: > 0 } over)
            throw new WorkflowException("超出控制数，不能批复：" + string.Join("；", over.Select(o => o.ToString())));
        Db.Snapshots.Add(new Snapshot
        {
            DepartmentBudgetId = budget.Id, Kind = "批复", Content = budgets.Merge(budget).Content, By = user.UserName!, At = budgets.Now,
        });
        budget.Stage = DepartmentStage.Approved;
        budget.Version++;
        budgets.Audit(user.UserName!, "批复", budget, null, null, "状态", DepartmentStage.Forwarded.Chinese(), DepartmentStage.Approved.Chinese());
        await Db.SaveChangesAsync();
    }

    /// <summary>财政 公开: the approved package goes on the public page.</summary>
    public async Task PublishAsync(AppUser user, DepartmentBudget budget)
    {
        if (!Access.IsBureauOf(user, budget.Department!)) throw new WorkflowException("只有本级财政可以公开");
        if (budget.Stage != DepartmentStage.Approved) throw new WorkflowException("批复后才能公开");
        budget.Stage = DepartmentStage.Published;
        budget.PublishedAt = budgets.Now;
        budget.Version++;
        budgets.Audit(user.UserName!, "公开", budget, null, null, "状态", DepartmentStage.Approved.Chinese(), DepartmentStage.Published.Chinese());
        await Db.SaveChangesAsync();
    }

    private void AddComments(AppUser user, DepartmentBudget department, UnitBudget? unit, IEnumerable<ReviewComment> comments, string role)
    {
        foreach (var c in comments.Where(c => !string.IsNullOrWhiteSpace(c.Text)))
            Db.Comments.Add(new Comment
            {
                DepartmentBudgetId = department.Id, UnitBudgetId = unit?.Id, Target = c.Target.Trim(), Text = c.Text.Trim(),
                Author = user.DisplayName, AuthorRole = role, At = budgets.Now,
            });
    }

    private async Task CloseCommentsAsync(int departmentBudgetId, int? unitBudgetId)
    {
        var open = await Db.Comments.Where(c => c.DepartmentBudgetId == departmentBudgetId && c.UnitBudgetId == unitBudgetId && !c.Closed).ToListAsync();
        foreach (var c in open) c.Closed = true;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Yusuan.Web.Data;

namespace Yusuan.Web.Budgets;

/// <summary>
/// Loads, merges and saves budgets. Every save goes through <see cref="SaveUnitAsync"/> or <see cref="SaveDepartmentAsync"/>:
/// optimistic concurrency on the budget's version, one audit entry per changed field, the header kept to the database's
/// department and unit (a unit's content can never claim another unit).
/// </summary>
public sealed class BudgetService(YusuanDb db, BudgetEvaluator evaluator, TimeProvider clock)
{
    public YusuanDb Db => db;
    public BudgetEvaluator Evaluator => evaluator;
    public DateTimeOffset Now => clock.GetUtcNow();

    public Task<UnitBudget?> UnitBudgetAsync(int id) => db.UnitBudgets
        .Include(u => u.Unit)
        .Include(u => u.DepartmentBudget).ThenInclude(d => d!.Department)
        .FirstOrDefaultAsync(u => u.Id == id);

    public Task<DepartmentBudget?> DepartmentBudgetAsync(int id) => db.DepartmentBudgets
        .Include(d => d.Department).ThenInclude(d => d!.Region)
        .Include(d => d.Units).ThenInclude(u => u.Unit)
        .Include(d => d.ControlFigures)
        .AsSplitQuery()
        .FirstOrDefaultAsync(d => d.Id == id);

    /// <summary>The department's budget as one input-format document: its units in code order, then its own parts.</summary>
    public (string Content, RecordOrigins Origins) Merge(DepartmentBudget budget)
    {
        var units = budget.Units.OrderBy(u => u.Unit!.Code, StringComparer.Ordinal)
            .Select(u => (u.Unit!.Code, Normalized(u, budget))).ToList();
        var merged = BudgetContent.Merge(budget.Year, budget.ProfileId, budget.AmountUnit, budget.Department!.Code, budget.Department.Name,
            BudgetContent.Parse(budget.Content), units, out var origins);
        FillPreviousYear(merged, budget);
        return (BudgetContent.Write(merged), origins);
    }

    /// <summary>
    /// Last year's figures come from last year's approved budget of the department (its 批复), not typed again: every
    /// previousYear key the department did not state itself is filled from there, in the department's amount unit.
    /// </summary>
    private void FillPreviousYear(JsonObject merged, DepartmentBudget budget)
    {
        var approved = db.Snapshots.AsNoTracking()
            .Where(s => s.Kind == "批复" && db.DepartmentBudgets.Any(d => d.Id == s.DepartmentBudgetId && d.DepartmentId == budget.DepartmentId
                && d.Year == budget.Year - 1 && (d.Stage == DepartmentStage.Approved || d.Stage == DepartmentStage.Published)))
            .OrderByDescending(s => s.Id).Select(s => s.Content).FirstOrDefault();
        if (approved is null) return;
        var figures = evaluator.PreviousYear(approved, budget.ProfileId);
        if (figures.Count == 0) return;
        if (merged["previousYear"] is not JsonObject previous) merged["previousYear"] = previous = new JsonObject();
        var scale = budget.AmountUnit == "万元" ? 10000m : 1m;
        foreach (var (key, yuan) in figures)
            if (!previous.ContainsKey(key)) previous[key] = yuan / scale;
    }

    /// <summary>What the public sees of a published department: its 批复 as approved (the live merge only if none was kept).</summary>
    public async Task<string> PublishedContentAsync(DepartmentBudget budget) =>
        await db.Snapshots.Where(s => s.DepartmentBudgetId == budget.Id && s.Kind == "批复").OrderByDescending(s => s.Id)
            .Select(s => s.Content).FirstOrDefaultAsync() ?? Merge(budget).Content;

    public Evaluation EvaluateUnit(UnitBudget budget) =>
        evaluator.Evaluate(BudgetContent.Write(Normalized(budget, budget.DepartmentBudget!)), "budget.json");

    public (Evaluation Evaluation, RecordOrigins Origins) EvaluateDepartment(DepartmentBudget budget)
    {
        var (content, origins) = Merge(budget);
        return (evaluator.Evaluate(content, "budget.json"), origins);
    }

    /// <summary>A unit's content with its header set from the database: year, profile, unit of amounts, department, the unit itself.</summary>
    public static JsonObject Normalized(UnitBudget budget, DepartmentBudget department)
    {
        var content = BudgetContent.Parse(budget.Content);
        SetHeader(content, budget, department);
        return content;
    }

    private static void SetHeader(JsonObject content, UnitBudget budget, DepartmentBudget department)
    {
        var unit = budget.Unit!;
        var dept = department.Department!;
        var ordered = new JsonObject
        {
            ["year"] = department.Year,
            ["profile"] = department.ProfileId,
            ["amountUnit"] = department.AmountUnit,
            ["department"] = new JsonObject { ["code"] = dept.Code, ["name"] = dept.Name },
            ["units"] = new JsonArray(new JsonObject { ["code"] = unit.Code, ["name"] = unit.Name, ["type"] = unit.Type }),
        };
        foreach (var (key, value) in content.ToList())
        {
            if (ordered.ContainsKey(key)) continue;
            content.Remove(key);
            ordered[key] = value;
        }
        content.Clear();
        foreach (var (key, value) in ordered.ToList())
        {
            ordered.Remove(key);
            content[key] = value;
        }
    }

    /// <summary>
    /// Saves a unit's new content if the budget is still at <paramref name="expectedVersion"/>; otherwise throws
    /// <see cref="ConcurrencyConflictException"/> with the newer content. Each changed field is one audit entry.
    /// </summary>
    public async Task SaveUnitAsync(UnitBudget budget, int expectedVersion, JsonObject content, string user, string? reason = null, string action = "编辑")
    {
        var department = budget.DepartmentBudget!;
        if (budget.Version != expectedVersion)
            throw new ConcurrencyConflictException("另一位用户已修改此预算", budget.Version, budget.Content);
        SetHeader(content, budget, department);
        var before = Normalized(budget, department);
        var changes = AuditDiff.Between(before, content);
        if (changes.Count == 0) return;

        budget.Content = BudgetContent.Write(content);
        budget.Version = expectedVersion + 1;
        budget.UpdatedAt = Now;
        budget.UpdatedBy = user;
        db.Entry(budget).Property(b => b.Version).OriginalValue = expectedVersion;
        foreach (var change in changes)
            db.AuditEntries.Add(new AuditEntry
            {
                At = Now, User = user, Action = action == "编辑" ? change.Action : action, DepartmentBudgetId = department.Id, UnitBudgetId = budget.Id,
                Field = change.Field, OldValue = Clip(change.Old), NewValue = Clip(change.New), Reason = reason,
            });
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.UnitBudgets.AsNoTracking().FirstAsync(b => b.Id == budget.Id);
            throw new ConcurrencyConflictException("另一位用户已修改此预算", current.Version, current.Content);
        }
    }

    /// <summary>Saves the department's own parts (公开文本 texts, last year's figures, department-wide targets) as <see cref="SaveUnitAsync"/> does.</summary>
    public async Task SaveDepartmentAsync(DepartmentBudget budget, int expectedVersion, JsonObject content, string user)
    {
        if (budget.Version != expectedVersion)
            throw new ConcurrencyConflictException("另一位用户已修改部门内容", budget.Version, budget.Content);
        var keep = new JsonObject();
        foreach (var part in BudgetContent.DepartmentParts)
            if (content[part] is { } node) keep[part] = node.DeepClone();
        if (content["targets"]?["departments"] is { } targets) keep["targets"] = new JsonObject { ["departments"] = targets.DeepClone() };
        var changes = AuditDiff.Between(BudgetContent.Parse(budget.Content), keep);
        if (changes.Count == 0) return;
        budget.Content = BudgetContent.Write(keep);
        budget.Version = expectedVersion + 1;
        db.Entry(budget).Property(b => b.Version).OriginalValue = expectedVersion;
        foreach (var change in changes)
            db.AuditEntries.Add(new AuditEntry
            {
                At = Now, User = user, Action = change.Action, DepartmentBudgetId = budget.Id,
                Field = change.Field, OldValue = Clip(change.Old), NewValue = Clip(change.New),
            });
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.DepartmentBudgets.AsNoTracking().FirstAsync(b => b.Id == budget.Id);
            throw new ConcurrencyConflictException("另一位用户已修改部门内容", current.Version, current.Content);
        }
    }

    public void Audit(string user, string action, DepartmentBudget department, UnitBudget? unit = null, string? reason = null,
        string? field = null, string? oldValue = null, string? newValue = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = Now, User = user, Action = action, DepartmentBudgetId = department.Id, UnitBudgetId = unit?.Id,
            Field = field, OldValue = oldValue, NewValue = newValue, Reason = reason,
        });

    /// <summary>Very long values (a whole pasted text) are kept in full in the content; the log keeps enough to recognise them.</summary>
    private static string? Clip(string? value) => value is { Length: > 4000 } ? value[..4000] + "…" : value;
}

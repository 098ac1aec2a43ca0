using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Antiforgery;
using Yusuan.Web.Budgets;
using Yusuan.Web.Data;

namespace Yusuan.Web.Api;

/// <summary>A change to one record: the version the client last saw, and the record (omitted for a deletion).</summary>
public sealed record RecordChange(int Version, JsonObject? Record);

/// <summary>
/// The HTTP API for scripts and the grid: read a unit budget with its findings, change, add or delete one record. Every
/// change carries the version it was made against; a stale one gets 409 with both values, never a silent overwrite.
/// Writes need the antiforgery token in the X-CSRF-TOKEN header (GET /api/antiforgery gives it).
/// </summary>
public static class BudgetApi
{
    private static readonly HashSet<string> Lists = [.. BudgetContent.UnitLists, "targets.projects"];

    public static void MapBudgetApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().DisableAntiforgery();

        api.MapGet("/antiforgery", (HttpContext ctx, IAntiforgery antiforgery) =>
            Results.Json(new { token = antiforgery.GetAndStoreTokens(ctx).RequestToken, header = "X-CSRF-TOKEN" }));

        api.MapGet("/unit-budgets/{id:int}", async (int id, BudgetService budgets, CurrentUser current) =>
        {
            var (budget, denied) = await LoadAsync(id, budgets, current, write: false);
            if (denied is not null) return denied;
            var evaluation = budgets.EvaluateUnit(budget!);
            return Results.Json(new
            {
                id = budget!.Id, version = budget.Version, stage = budget.Stage.Chinese(),
                content = BudgetService.Normalized(budget, budget.DepartmentBudget!),
                findings = evaluation.Findings.Select(f => new
                {
                    rule = f.RuleId, severity = f.Severity.ToString().ToLowerInvariant(), place = f.Place.ToString(),
                    list = f.Place.Sheet, row = f.Place.Row, field = f.Place.Field, message = f.Message, printed = f.Printed, expected = f.Expected,
                }),
            });
        });

        api.MapPut("/unit-budgets/{id:int}/records/{list}/{row:int}", (int id, string list, int row, RecordChange change, HttpContext ctx,
            BudgetService budgets, CurrentUser current, IAntiforgery antiforgery) =>
            ChangeAsync(id, list, change, ctx, budgets, current, antiforgery, records =>
            {
                if (row < 1 || row > records.Count) return $"{list} 没有第 {row} 行（共 {records.Count} 行）";
                if (change.Record is null) return "缺少 record";
                records[row - 1] = change.Record.DeepClone();
                return null;
            }, row));

        api.MapPost("/unit-budgets/{id:int}/records/{list}", (int id, string list, RecordChange change, HttpContext ctx,
            BudgetService budgets, CurrentUser current, IAntiforgery antiforgery) =>
            ChangeAsync(id, list, change, ctx, budgets, current, antiforgery, records =>
            {
                if (change.Record is null) return "缺少 record";
                records.Add(change.Record.DeepClone());
                return null;
            }, null));

        api.MapDelete("/unit-budgets/{id:int}/records/{list}/{row:int}", (int id, string list, int row, int version, HttpContext ctx,
            BudgetService budgets, CurrentUser current, IAntiforgery antiforgery) =>
            ChangeAsync(id, list, new RecordChange(version, null), ctx, budgets, current, antiforgery, records =>
            {
                if (row < 1 || row > records.Count) return $"{list} 没有第 {row} 行（共 {records.Count} 行）";
                records.RemoveAt(row - 1);
                return null;
            }, row));
    }

    private static async Task<IResult> ChangeAsync(int id, string list, RecordChange change, HttpContext ctx, BudgetService budgets, CurrentUser current,
        IAntiforgery antiforgery, Func<JsonArray, string?> apply, int? row)
    {
        if (!await antiforgery.IsRequestValidAsync(ctx)) return Results.Problem("缺少或错误的防伪令牌（X-CSRF-TOKEN）", statusCode: 400);
        if (!Lists.Contains(list)) return Results.Problem($"不认识的列表“{list}”（可用：{string.Join("、", Lists)}）", statusCode: 400);
        var (budget, denied) = await LoadAsync(id, budgets, current, write: true);
        if (denied is not null) return denied;
        var user = (await current.GetAsync())!;
        if (budget!.Version != change.Version) return Conflict(budget, list, row, change);
        var content = BudgetService.Normalized(budget, budget.DepartmentBudget!);
        var records = BudgetContent.List(content, list);
        if (apply(records) is { } problem) return Results.Problem(problem, statusCode: 400);
        try { await budgets.SaveUnitAsync(budget, change.Version, content, user.UserName!); }
        catch (ConcurrencyConflictException)
        {
            var fresh = await budgets.UnitBudgetAsync(id);
            return Conflict(fresh!, list, row, change);
        }
        return Results.Json(new { version = budget.Version });
    }

    /// <summary>409 with what is stored now (the record at that row, and the version) beside what the client sent.</summary>
    private static IResult Conflict(UnitBudget budget, string list, int? row, RecordChange change)
    {
        var records = BudgetContent.List(BudgetContent.Parse(budget.Content), list);
        var theirs = row is { } r && r >= 1 && r <= records.Count ? records[r - 1] : null;
        return Results.Json(new
        {
            message = "另一位用户已修改此预算：请比较两边的值后再保存",
            currentVersion = budget.Version,
            current = theirs?.DeepClone(),
            yours = change.Record,
        }, statusCode: StatusCodes.Status409Conflict);
    }

    private static async Task<(UnitBudget?, IResult?)> LoadAsync(int id, BudgetService budgets, CurrentUser current, bool write)
    {
        if (await current.GetAsync() is not { } user) return (null, Results.Unauthorized());
        var budget = await budgets.UnitBudgetAsync(id);
        if (budget is null) return (null, Results.NotFound());
        if (!Access.CanView(user, budget, budget.Unit!, budget.DepartmentBudget!.Department!)) return (null, Results.StatusCode(StatusCodes.Status403Forbidden));
        if (write && !Access.CanEdit(user, budget, budget.DepartmentBudget))
            return (null, Results.Problem("此预算当前不能由你修改（只有本单位在编制或退回时可以修改）", statusCode: StatusCodes.Status403Forbidden));
        return (budget, null);
    }
}

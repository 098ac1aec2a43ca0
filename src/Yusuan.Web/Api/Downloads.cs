using Microsoft.EntityFrameworkCore;
using Yusuan.Web.Budgets;
using Yusuan.Web.Data;

namespace Yusuan.Web.Api;

/// <summary>
/// Downloads: a unit's or a department's package (xlsx, CSV, PDF, DOCX, HTML, all as zip) and the prefilled input template,
/// for those who may see the budget; the published package of a department for everyone.
/// </summary>
public static class Downloads
{
    public static void MapDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/download/unit/{id:int}/{format}", async (int id, string format, BudgetService budgets, CurrentUser current, PackageCache cache) =>
        {
            if (await current.GetAsync() is not { } user) return Results.Unauthorized();
            if (await budgets.UnitBudgetAsync(id) is not { } budget) return Results.NotFound();
            if (!Access.CanView(user, budget, budget.Unit!, budget.DepartmentBudget!.Department!)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var content = BudgetContent.Write(BudgetService.Normalized(budget, budget.DepartmentBudget));
            if (format == "template") return Template(budgets.Evaluator.Evaluate(content), budget.DepartmentBudget, $"{budget.Unit!.Name}{budget.DepartmentBudget.Year}年预算录入模板.xlsx");
            return Serve(content, budgets.Evaluator.Evaluate(content), format, cache, $"{budget.Unit!.Name}{budget.DepartmentBudget.Year}年预算");
        }).RequireAuthorization();

        app.MapGet("/download/department/{id:int}/{format}", async (int id, string format, BudgetService budgets, CurrentUser current, PackageCache cache) =>
        {
            if (await current.GetAsync() is not { } user) return Results.Unauthorized();
            if (await budgets.DepartmentBudgetAsync(id) is not { } budget) return Results.NotFound();
            if (!Access.CanView(user, budget.Department!)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var (content, _) = budgets.Merge(budget);
            return Serve(content, budgets.Evaluator.Evaluate(content), format, cache, $"{budget.Department!.Name}{budget.Year}年部门预算");
        }).RequireAuthorization();

        // The published package is the 批复 as approved: what the public downloads cannot change after publication.
        app.MapGet("/public/{id:int}/download/{format}", async (int id, string format, BudgetService budgets, PackageCache cache) =>
        {
            if (await budgets.DepartmentBudgetAsync(id) is not { Stage: DepartmentStage.Published } budget) return Results.NotFound();
            var content = await budgets.PublishedContentAsync(budget);
            return Serve(content, budgets.Evaluator.Evaluate(content), format, cache, $"{budget.Department!.Name}{budget.Year}年部门预算");
        });
    }

    private static IResult Serve(string content, Evaluation evaluation, string format, PackageCache cache, string name)
    {
        if (!PackageCache.Formats.TryGetValue(format, out var f)) return Results.NotFound();
        if (!evaluation.Readable) return Results.Problem("预算数据不符合录入规则，无法生成表格", statusCode: StatusCodes.Status409Conflict);
        var path = cache.FileOf(content, evaluation, format);
        if (path is null) return Results.Problem("服务器缺少中文字体，无法生成 PDF", statusCode: StatusCodes.Status503ServiceUnavailable);
        return Results.File(path, f.ContentType, name + Path.GetExtension(f.File));
    }

    /// <summary>The input template of the year and profile, prefilled with the budget when it can be read.</summary>
    private static IResult Template(Evaluation evaluation, DepartmentBudget department, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-template-{Guid.NewGuid():N}.xlsx");
        try
        {
            Spreadsheet.TemplateWriter.Write(path, department.Year, department.ProfileId, evaluation.Budget);
            var bytes = File.ReadAllBytes(path);
            return Results.File(bytes, PackageCache.Formats["xlsx"].ContentType, name);
        }
        finally { File.Delete(path); }
    }
}

namespace Yusuan.Checks.Rules;

/// <summary>
/// B-CATALOG-YEAR: the budget year is past the newest catalog (the bundled ones cover 2019–2025), so the newest is used:
/// its codes and names may not be that year's. A warning naming the catalog year, once, at the budget's year.
/// </summary>
internal sealed class CatalogYearRule : IBudgetRule
{
    public Rule Rule { get; } = new("B-CATALOG-YEAR", "预算年度晚于最新的科目表", Severity.Warning, RuleTarget.Budget,
        "预算年度晚于内置科目表（及财政部门科目文件）的最新年度时，按最新年度的科目检查和生成表格，并报告这一警告；"
        + "该年度新增、改名或停用的科目不会被发现（见 docs/rules.md#b-catalog-year）。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var catalogs = context.Catalogs;
        if (!catalogs.PastNewest) yield break;
        var file = context.Budget.Expenditures.Select(l => l.Location?.File).FirstOrDefault(f => f is not null);
        // At the budget's year: budget.json › year, or the template's 基本信息 › 年度.
        var place = file is not null && file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? new Place { File = file, Sheet = "基本信息", Field = "年度" }
            : new Place { File = file, Field = "year" };
        yield return new Finding(Rule.Id, Rule.DefaultSeverity, place,
            $"预算年度 {catalogs.PastNewestNotice}")
        {
            Hint = $"财政部门有 {catalogs.Year} 年的科目时，用 --catalog 指定其科目文件夹",
        };
    }
}

using Yusuan.Core.Catalogs;

namespace Yusuan.Checks.Rules.Tables;

/// <summary>
/// T-CATALOG-NAME (domain.md §8.12): the name printed for a code is that year's name (or an accepted local variant,
/// catalogs/name-variants.csv); an outdated name (医疗卫生与计划生育支出 for 210 after 2018) is reported as such.
/// </summary>
internal sealed class CatalogNameRule : ITableRule
{
    public static readonly Rule Definition = new(
        "T-CATALOG-NAME", "科目名称与年度一致", Severity.Error, RuleTarget.Tables,
        "表中科目名称应为当年科目表的名称（或已登记的地方名称），过时名称（如 2019 年后仍印“医疗卫生与计划生育支出”）和写错的名称都报出（docs/rules.md#t-catalog-name）。");

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(TableCheckContext context)
    {
        var run = TableRun.Of(context);
        if (run.Catalogs is not { } catalogs) yield break;
        foreach (var row in CatalogRows.Of(run))
        {
            if (row.Name is not { } name || row.Catalog.Find(row.Node.Code!) is not { } entry) continue;
            if (catalogs.AcceptsName(row.Catalog, entry.Code, name)) continue;
            var normalized = CatalogSet.Normalize(name);
            var old = row.Catalog.History(entry.Code).FirstOrDefault(h => CatalogSet.Normalize(h.Name) == normalized);
            var message = old is not null
                ? $"“{name}”是科目 {entry.Code} 的旧名称（{CatalogCodeRule.Years(old.From, old.To)}），{catalogs.Year} 年为“{entry.Name}”"
                : $"科目 {entry.Code} 的名称与 {catalogs.Year} 年{row.Catalog.Name}不符，应为“{entry.Name}”";
            yield return new Finding(Definition.Id, Severity.Error, Places.Of(row.Shape, row.Node.Index, row.NameColumn), message)
            {
                Printed = name,
                Expected = entry.Name,
                Hint = old is not null ? $"改用 {catalogs.Year} 年的科目名称" : "按当年科目表改正名称；确属地方规定的名称，可登记在 name-variants.csv",
            };
        }
    }
}

namespace Yusuan.Checks.Rules.Tables;

/// <summary>
/// T-CATALOG-CODE (domain.md §8.12): every code printed in a table exists in that year's catalog (功能分类 for
/// functional tables and the spending side of balance tables, 部门 or 政府经济分类 for economic tables), and a
/// functional table that prints 项 carries its money at 项 level.
/// </summary>
internal sealed class CatalogCodeRule : ITableRule
{
    public static readonly Rule Definition = new(
        "T-CATALOG-CODE", "科目编码有效", Severity.Error, RuleTarget.Tables,
        "表中印出的每个科目编码都应在当年的科目表中（功能分类、部门或政府经济分类）；列到项的功能分类表中，最末一级应为项级科目（docs/rules.md#t-catalog-code）。");

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(TableCheckContext context)
    {
        var run = TableRun.Of(context);
        if (run.Catalogs is null)
        {
            if (run.Shapes.Any(s => s.CodedNodes(null).Any()))
                yield return new Finding(Definition.Id, Severity.Warning, new Place(), "无法确定预算年度，未核对科目编码")
                {
                    Hint = "在披露配置的 id 中写明年度（如 sichuan-2025），或在检查时指定年度",
                };
            yield break;
        }
        var year = run.Catalogs.Year;
        foreach (var row in CatalogRows.Of(run))
        {
            var code = row.Node.Code!;
            var table = row.Shape.Table;
            var printedRow = row.Shape.Row(row.Node.Index);
            var column = row.NameColumn >= 0 ? row.NameColumn : 0;
            if (row.Catalog.Find(code) is null)
            {
                var history = row.Catalog.History(code).ToList();
                var message = history.Count > 0
                    ? $"科目 {code} 在 {year} 年{row.Catalog.Name}中已不存在（{string.Join("；", history.Select(h => $"“{h.Name}” {Years(h.From, h.To)}"))}）"
                    : $"科目编码 {code} 不在 {year} 年{row.Catalog.Name}中";
                var nearest = row.Catalog.Nearest(code);
                yield return new Finding(Definition.Id, Severity.Error, Places.Of(row.Shape, row.Node.Index, column), message)
                {
                    Printed = code,
                    Hint = nearest.Count > 0 ? $"改用 {year} 年有效的科目，相近的有：{string.Join("、", nearest)}" : $"改用 {year} 年有效的科目",
                };
                continue;
            }
            // Money at 款 or 类 level in a table that lists 项: the line lacks its 项.
            if (!row.Shape.IsBalance && row.Catalog == run.Catalogs.Functional && row.Node.Children.Count == 0 && code.Length < 7
                && (row.Shape.Definition?.Rows.Levels.Contains(3) ?? true) && !row.Catalog.IsLeaf(code))
            {
                yield return new Finding(Definition.Id, Severity.Error, Places.Of(row.Shape, row.Node.Index, column),
                    $"功能科目 {code} 不是项级科目，支出应列到项")
                {
                    Printed = code,
                    Hint = $"选用 {code} 下的项级科目：{string.Join("、", row.Catalog.Children(code).Take(5).Select(c => $"{c} {row.Catalog.NameOf(c)}"))}",
                };
            }
        }
    }

    internal static string Years(int from, int? to) => to is { } t ? (from == 0 ? $"{t} 年及以前" : $"{from}–{t} 年") : $"{from} 年起";
}

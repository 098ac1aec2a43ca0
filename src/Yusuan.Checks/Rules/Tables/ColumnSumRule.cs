namespace Yusuan.Checks.Rules.Tables;

/// <summary>
/// T-COLUMN-SUM (domain.md §8.3, §8.4, §8.6, §8.9): on every row of a table, a column = Σ other columns, as the
/// profile's <c>checks.columnSums</c> declares: 支出总表 合计 = 基本 + 项目 + 上缴上级 + 对附属单位补助; 基本支出 = 人员经费
/// + 公用经费; “三公” = 因公出国 + 公务用车 + 公务接待 and 公务用车 = 购置 + 运行; 收入总表 合计 = Σ 来源; ….
/// </summary>
internal sealed class ColumnSumRule : ITableRule
{
    public static readonly Rule Definition = new(
        "T-COLUMN-SUM", "表内栏目关系", Severity.Error, RuleTarget.Tables,
        "按披露配置 checks.columnSums 逐行核对表内各栏：如支出总表 合计 = 基本支出 + 项目支出 + 上缴上级支出 + 对附属单位补助支出，"
        + "基本支出 = 人员经费 + 公用经费，“三公”经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费、公务用车 = 购置 + 运行，"
        + "收入总表 合计 = 各收入来源之和（docs/rules.md#t-column-sum）。");

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(TableCheckContext context) => TableRun.Of(context).Findings.Where(f => f.RuleId == Definition.Id);

    private const string Hint = "合计栏应等于各分栏之和：核对该行各栏的金额";

    internal static IEnumerable<Relation> Relations(TableRun run)
    {
        foreach (var check in run.Context.Profile.Checks.ColumnSums)
        {
            if (run.Shape(check.Table) is not { } shape) continue;
            var total = shape.Table.ColumnIndex(check.Total);
            // A total the region prints only sometimes (an extra column) is checked where printed; an extra part not
            // printed counts as blank.
            if (total < 0 && shape.IsExtra(check.Total)) continue;
            var parts = check.Parts.Select(p => (Header: p, Index: shape.Table.ColumnIndex(p)))
                .Where(p => p.Index >= 0 || !shape.IsExtra(p.Header)).ToList();
            var missing = parts.Where(p => p.Index < 0).Select(p => p.Header).Prepend(total < 0 ? check.Total : null).OfType<string>().ToList();
            if (missing.Count > 0)
            {
                run.Problem(Definition.Id, shape.Table, $"表中没有列“{string.Join("”“", missing)}”（checks.columnSums）");
                continue;
            }
            var names = parts.Select(p => p.Header).ToList();
            for (var row = 0; row < shape.Table.Rows.Count; row++)
            {
                var cell = new PrintedCell(shape, row, total);
                var cells = parts.Select(p => new PrintedCell(shape, row, p.Index)).ToList();
                if (cell.Value is null && cells.All(c => c.Value is null)) continue;
                yield return new Relation(Definition.Id, Places.Of(shape, row, total), shape.Table,
                    check.Total, [cell], names, cells, Hint, check.Relation);
            }
        }
    }
}

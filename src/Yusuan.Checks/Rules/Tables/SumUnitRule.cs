namespace Yusuan.Checks.Rules.Tables;

/// <summary>
/// T-SUM-UNIT (domain.md §8.1): each unit's subtotal row = Σ the rows at the top of its block (its 类, or its 项 in a
/// table that prints only 项, or its projects and items); the 合计 row and the department row = Σ the unit rows (or Σ
/// the top rows in a table printed without unit blocks), in every amount column.
/// </summary>
internal sealed class SumUnitRule : ITableRule
{
    public static readonly Rule Definition = new(
        "T-SUM-UNIT", "单位与部门汇总", Severity.Error, RuleTarget.Tables,
        "每张表中：单位行 = 本单位各类（或各项、各项目）之和；合计行与部门行 = 各单位行之和（不分单位的表为各行之和）（docs/rules.md#t-sum-unit）。");

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(TableCheckContext context) => TableRun.Of(context).Findings.Where(f => f.RuleId == Definition.Id);

    private const string Hint = "单位行应为本单位各行之和，合计行和部门行应为各单位之和：核对是否漏列、重列或改动了某一行";

    internal static IEnumerable<Relation> Relations(TableRun run)
    {
        foreach (var shape in run.Shapes)
        {
            if (shape.IsBalance) continue;
            foreach (var block in shape.Blocks)
            {
                if (block.UnitRow is not { } unit || block.Roots.Count == 0) continue;
                foreach (var r in Sum(shape, unit, block.Roots.Select(n => n.Index).ToList())) yield return r;
            }
            var parts = shape.UnitRows().ToList();
            if (parts.Count == 0) parts = shape.Blocks.Where(b => b.UnitRow is null).SelectMany(b => b.Roots).Select(n => n.Index).ToList();
            if (parts.Count == 0) continue;
            foreach (var total in shape.TotalRows.Concat(shape.DepartmentRows))
                foreach (var r in Sum(shape, total, parts)) yield return r;
        }
    }

    private static IEnumerable<Relation> Sum(TableShape shape, int total, IReadOnlyList<int> parts)
    {
        var names = parts.Select(p => RowNames.Of(shape, p)).ToList();
        foreach (var column in shape.AmountColumns)
        {
            var cells = parts.Select(p => new PrintedCell(shape, p, column)).ToList();
            var cell = new PrintedCell(shape, total, column);
            if (cell.Value is null && cells.All(c => c.Value is null)) continue;
            yield return new Relation(Definition.Id, Places.Of(shape, total, column), shape.Table,
                RowNames.Of(shape, total), [cell], names, cells, Hint, "§8.1");
        }
    }
}

namespace Yusuan.Checks.Rules.Tables;

/// <summary>
/// T-SUM-LEVEL (domain.md §8.1): in every table and every unit block, each 类 row = Σ its 款 rows, each 款 = Σ its 项,
/// each 项 = Σ the projects printed under it (and economic 类/款/sub-items alike), in every amount column; in a
/// balance table, the spending side's 类 = Σ 款 = Σ 项 where it prints them.
/// </summary>
internal sealed class SumLevelRule : ITableRule
{
    public static readonly Rule Definition = new(
        "T-SUM-LEVEL", "科目逐级汇总", Severity.Error, RuleTarget.Tables,
        "每张表、每个单位内：类 = 所属款之和，款 = 所属项之和，项 = 其下项目之和（经济分类同理），每个金额列都核对（docs/rules.md#t-sum-level）。");

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(TableCheckContext context) => TableRun.Of(context).Findings.Where(f => f.RuleId == Definition.Id);

    private const string Hint = "上级科目行应由其下级行汇总得出：核对该行及其下级各行的金额，不要另行填写合计数";

    internal static IEnumerable<Relation> Relations(TableRun run)
    {
        foreach (var shape in run.Shapes)
        {
            var nodes = shape.IsBalance ? shape.Spending.Nodes : shape.Blocks.SelectMany(b => b.Nodes);
            var columns = (shape.IsBalance ? shape.SpendingColumns : shape.AmountColumns).ToList();
            foreach (var node in nodes)
            {
                if (node.Children.Count == 0) continue;
                var names = node.Children.Select(c => RowNames.Of(shape, c.Index)).ToList();
                foreach (var column in columns)
                {
                    var parts = node.Children.Select(c => new PrintedCell(shape, c.Index, column)).ToList();
                    var total = new PrintedCell(shape, node.Index, column);
                    if (total.Value is null && parts.All(p => p.Value is null)) continue;
                    yield return new Relation(Definition.Id, Places.Of(shape, node.Index, column), shape.Table,
                        RowNames.Of(shape, node.Index), [total], names, parts, Hint, "§8.1");
                }
            }
        }
    }
}

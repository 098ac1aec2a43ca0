using Yusuan.Core.Tables;

namespace Yusuan.Checks.Rules.Tables;

/// <summary>
/// T-UNIT (domain.md §8.1, per unit): every table names the same units. A table whose unit block names a unit that no
/// other table has (广元 附表 6 heads its block 广元市人力资源和社会保障局部门, where every other table has 342601
/// 广元市社会保险事务中心) is reported at that row; when exactly one unit of the other tables is missing from it, that is
/// the unit meant, and its figures are compared with the other tables' under that unit, so the one mistake is not
/// reported again by every relation by unit. A row that prints a unit code other than its block's unit (附表 6's 项 rows
/// print 342, the department's code) is reported at its 单位代码 cell.
/// </summary>
internal sealed class UnitRule : ITableRule
{
    public static readonly Rule Definition = new(
        "T-UNIT", "单位与各表一致", Severity.Error, RuleTarget.Tables,
        "各表列出的单位应一致：某张表的单位行若是其他各表都没有的单位（名称或编码印错），在该行报告；单位栏内各行印出的单位代码应为本单位的代码"
        + "（docs/rules.md#t-unit）。");

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(TableCheckContext context) => TableRun.Of(context).UnitFindings;

    private const string Hint = "单位行应印本单位的编码和名称，与其他各表一致；单位栏内各行的单位代码应为本单位的代码";

    internal static IReadOnlyList<Finding> Reconcile(TableRun run)
    {
        var findings = new List<Finding>();
        var shapes = run.Shapes.Where(s => !s.IsBalance && s.UnitRows().Count > 0).ToList();
        if (shapes.Count >= 2)
        {
            // A unit is established when two tables name it (or, with only two tables, the other one does).
            var keys = shapes.Select(s => s.UnitRows().Select(s.UnitKey).ToHashSet(StringComparer.Ordinal)).ToList();
            var count = keys.SelectMany(k => k).GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            for (var i = 0; i < shapes.Count; i++)
            {
                var shape = shapes[i];
                var established = shapes.Count == 2
                    ? keys[1 - i]
                    : count.Where(c => c.Value >= 2).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
                var unknown = keys[i].Where(k => !established.Contains(k) && count[k] == 1).ToList();
                if (unknown.Count == 0) continue;
                var absent = established.Where(k => !keys[i].Contains(k)).ToList();
                var others = shapes.Where((s, j) => j != i && keys[j].Overlaps(established)).Select(s => s.Table.Number ?? s.Table.Title).ToList();
                foreach (var key in unknown)
                {
                    var row = shape.UnitRows().First(r => shape.UnitKey(r) == key);
                    var printed = shape.Row(row).Label.Trim();
                    var place = Places.Of(shape, row, NameColumn(shape, row));
                    if (unknown.Count == 1 && absent.Count == 1)
                    {
                        var unit = absent[0];
                        var expected = LabelOf(shapes, unit);
                        shape.AliasUnit(key, unit);
                        findings.Add(new Finding(Definition.Id, Severity.Error, place,
                            $"单位“{printed}”不是其他各表的单位：{string.Join("、", others)} 的单位为“{expected}”，本表按这一单位与其他各表核对（docs/rules.md#t-unit）")
                        {
                            Printed = printed,
                            Expected = expected,
                            Hint = Hint,
                        });
                    }
                    else
                    {
                        findings.Add(new Finding(Definition.Id, Severity.Error, place,
                            $"单位“{printed}”只见于本表：其他各表没有这一单位（其他各表的单位：{string.Join("、", established.Select(u => LabelOf(shapes, u)))}）（docs/rules.md#t-unit）")
                        {
                            Printed = printed,
                            Hint = Hint,
                        });
                    }
                }
            }
        }

        // The unit code printed on each row of a unit's block is that unit's.
        var known = shapes.SelectMany(s => s.UnitRows().Select(s.UnitKey)).ToHashSet(StringComparer.Ordinal);
        foreach (var shape in run.Shapes.Where(s => !s.IsBalance))
        {
            if (UnitCodeColumn(shape) is not { } column) continue;
            foreach (var block in shape.Blocks)
            {
                var unit = block.UnitRow is { } u ? shape.UnitKey(u) : null;
                var isCode = unit is not null && unit.All(char.IsAsciiDigit);
                foreach (var node in block.Nodes)
                {
                    var printed = shape.Text(node.Index, column)?.Trim();
                    if (string.IsNullOrEmpty(printed) || printed == unit) continue;
                    if (isCode)
                    {
                        findings.Add(new Finding(Definition.Id, Severity.Error, Places.Of(shape, node.Index, column),
                            $"这一行在单位 {unit} 的栏内，单位代码却印为 {printed}（docs/rules.md#t-unit）")
                        {
                            Printed = printed,
                            Expected = unit,
                            Hint = Hint,
                        });
                    }
                    else if (!known.Contains(printed) && unit is null)
                    {
                        findings.Add(new Finding(Definition.Id, Severity.Error, Places.Of(shape, node.Index, column),
                            $"单位代码 {printed} 不是任何一张表所列单位的代码（docs/rules.md#t-unit）")
                        {
                            Printed = printed,
                            Hint = Hint,
                        });
                    }
                }
            }
        }
        return findings;
    }

    /// <summary>How the unit reads where a table prints its code beside its name (342601 广元市社会保险事务中心), else its key.</summary>
    private static string LabelOf(IEnumerable<TableShape> shapes, string unit)
    {
        foreach (var shape in shapes)
            foreach (var row in shape.UnitRows())
            {
                if (shape.UnitKey(row) != unit) continue;
                var label = shape.Row(row).Label.Trim();
                if (label.Contains(unit, StringComparison.Ordinal) && label.Length > unit.Length) return label;
            }
        return unit;
    }

    /// <summary>The column of the unit's name on its row: the first text column that prints more than digits.</summary>
    private static int NameColumn(TableShape shape, int row)
    {
        for (var c = 0; c < shape.Table.ColumnKinds.Count; c++)
            if (shape.Table.ColumnKinds[c] == ColumnKind.Text && shape.Text(row, c) is { } t && t.Trim().Length > 0 && !t.Trim().All(char.IsAsciiDigit))
                return c;
        return -1;
    }

    /// <summary>The profile's 单位代码 column (key value unitCode), when the table prints one.</summary>
    private static int? UnitCodeColumn(TableShape shape)
    {
        if (shape.Definition?.Keys.FirstOrDefault(k => k.Value == "unitCode") is not { } key) return null;
        var index = shape.Table.ColumnIndex(key.Group is null ? key.Header : $"{key.Group}/{key.Header}");
        return index >= 0 ? index : null;
    }
}

using Yusuan.Core.Catalogs;
using Yusuan.Core.Tables;

namespace Yusuan.Checks.Rules.Tables;

/// <summary>The printed rows that stand for a classification code, with the catalog they belong to and the name printed for them.</summary>
internal static class CatalogRows
{
    public sealed record CodedRow(TableShape Shape, ShapeNode Node, Classification Catalog, int NameColumn, string? Name);

    public static IEnumerable<CodedRow> Of(TableRun run)
    {
        if (run.Catalogs is not { } catalogs) yield break;
        foreach (var shape in run.Shapes)
        {
            var nodes = shape.IsBalance ? shape.Spending.Nodes : shape.Blocks.SelectMany(b => b.Nodes);
            foreach (var node in nodes)
            {
                // A project printed with its 项's code is the project's row, not the 项's.
                if (node.Code is not { } code || node.SharesParentCode) continue;
                if (CatalogOf(shape, code, catalogs) is not { } catalog) continue;
                var (column, name) = NameOf(shape, node);
                yield return new CodedRow(shape, node, catalog, column, name);
            }
        }
    }

    private static Classification? CatalogOf(TableShape shape, string code, CatalogSet catalogs)
    {
        if (shape.IsBalance) return catalogs.Functional;
        return shape.Definition?.Rows.Dimension switch
        {
            "functional" or "project" => catalogs.Functional,
            "economic" => catalogs.Economic,
            "government" => catalogs.Government,
            null => code[0] switch { '2' => catalogs.Functional, '3' => catalogs.Economic, '5' => catalogs.Government, _ => null },
            _ => null,
        };
    }

    /// <summary>The column and text of the row's name: the first text that is not a code (301 工资福利支出 → 工资福利支出).</summary>
    private static (int Column, string? Name) NameOf(TableShape shape, ShapeNode node)
    {
        var code = node.Code!;
        IEnumerable<int> columns = shape.IsBalance
            ? [shape.RightLabel]
            : Enumerable.Range(0, shape.Table.ColumnKinds.Count).Where(c => shape.Table.ColumnKinds[c] == ColumnKind.Text);
        foreach (var c in columns)
        {
            var text = shape.Text(node.Index, c)?.Trim();
            if (string.IsNullOrEmpty(text) || text.All(ch => char.IsAsciiDigit(ch) || char.IsWhiteSpace(ch))) continue;
            if (text.StartsWith(code, StringComparison.Ordinal)) text = text[code.Length..].Trim();
            text = TableShape.StripNumbering(text);
            if (text.Length > 0) return (c, text);
        }
        return (-1, null);
    }
}

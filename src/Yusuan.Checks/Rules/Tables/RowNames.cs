using Yusuan.Core.Tables;

namespace Yusuan.Checks.Rules.Tables;

/// <summary>Short names of printed rows for the statement of a relation (208, 342601, a project's name, 合计).</summary>
internal static class RowNames
{
    public static string Of(TableShape shape, int index)
    {
        var row = shape.Row(index);
        // A sub-item printed with its parent's code and no name of its own (广元 附表 5): named by where it is.
        if (shape.NodeOf(index) is { SharesParentCode: true } && row.SheetRow > 0
            && !row.Texts.Where((t, c) => c < shape.Table.ColumnKinds.Count && shape.Table.ColumnKinds[c] == ColumnKind.Text)
                .Any(t => !string.IsNullOrWhiteSpace(t) && !t.Trim().All(char.IsAsciiDigit)))
            return $"第 {row.SheetRow} 行";
        if (TableShape.CodeOf(row) is { } code) return code;
        if (row.Kind == RowKind.Unit && !string.IsNullOrWhiteSpace(row.UnitCode)) return row.UnitCode!;
        // A project or item row, a department or 合计 row: its longest text that is not a code.
        var text = row.Texts
            .Where(t => !string.IsNullOrWhiteSpace(t) && !t.Trim().All(char.IsAsciiDigit))
            .Select(t => t!.Trim())
            .MaxBy(t => t.Length);
        return text ?? (string.IsNullOrWhiteSpace(row.Label) ? $"第 {index + 1} 行" : row.Label.Trim());
    }
}

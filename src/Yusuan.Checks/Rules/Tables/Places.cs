using Yusuan.Core.Tables;

namespace Yusuan.Checks.Rules.Tables;

/// <summary>
/// Where a printed cell is, as a reader finds it: the table's <see cref="Printed.PrintedTable.PlaceOf"/>, with the row
/// named by its own side's label in a balance table, and — for a table built in memory, which has no sheet row
/// numbers — by its unit when the same row recurs in several unit blocks.
/// </summary>
internal static class Places
{
    public static Place Of(TableShape shape, int row, int column)
    {
        var printed = shape.Row(row);
        var place = shape.Table.PlaceOf(printed, column);
        if (shape.IsBalance)
        {
            var label = shape.Text(row, shape.Table.ColumnKinds[column] == ColumnKind.Text ? column : shape.LabelColumnFor(column))?.Trim();
            return string.IsNullOrEmpty(label) ? place : place with { RowLabel = label };
        }
        if (printed.SheetRow > 0 || printed.Kind is RowKind.Total or RowKind.Department or RowKind.Unit) return place;
        if (shape.UnitRows().Count < 2) return place;
        var unit = shape.NodeOf(row)?.Block.UnitRow is { } u ? shape.Row(u).UnitCode : null;
        return unit is null || printed.Label.Contains(unit, StringComparison.Ordinal) ? place : place with { RowLabel = $"{printed.Label}（{unit}）" };
    }
}

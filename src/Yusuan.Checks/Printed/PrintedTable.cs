using Yusuan.Core.Tables;

namespace Yusuan.Checks.Printed;

/// <summary>
/// A table as a reader sees it: printed figures (already divided and rounded, e.g. 1072.86 in 万元), the row
/// labels, and where each row sits in its file. The checker works on this, whether the table came from
/// Yusuan's own build or from a workbook a unit made elsewhere, so it checks exactly what is published.
/// </summary>
public sealed record PrintedTable
{
    /// <summary>The profile's table id (e.g. expenditure) when the table was recognised; empty otherwise.</summary>
    public required string Id { get; init; }
    public string? Number { get; init; }
    public required string Title { get; init; }
    public string? Subject { get; init; }
    public string? UnitLabel { get; init; }
    /// <summary>Decimals of the printed figures (2 for 1,183.38; 0 for whole 万元): one unit of the last digit is 10^-Decimals.</summary>
    public int Decimals { get; init; } = 2;
    /// <summary>Header paths of the columns, e.g. 科目编码/类, 合计, 支 出/预算数.</summary>
    public required IReadOnlyList<string> ColumnPaths { get; init; }
    public required IReadOnlyList<ColumnKind> ColumnKinds { get; init; }
    public required IReadOnlyList<PrintedRow> Rows { get; init; }
    /// <summary>File and sheet the table was read from (null for a table built in memory).</summary>
    public string? File { get; init; }
    public string? Sheet { get; init; }

    /// <summary>One unit of the last printed digit: 0.01 for two decimals, 1 for whole 万元.</summary>
    public decimal Unit => Decimals <= 0 ? 1m : 1m / (decimal)Math.Pow(10, Decimals);

    /// <summary>The column whose header path is, or ends with, <paramref name="path"/>; -1 if none.</summary>
    public int ColumnIndex(string path)
    {
        for (var i = 0; i < ColumnPaths.Count; i++)
            if (ColumnPaths[i] == path || ColumnPaths[i].EndsWith("/" + path, StringComparison.Ordinal)) return i;
        return -1;
    }

    public string DisplayName => string.IsNullOrWhiteSpace(Number) ? Title : $"{Number} {Title}";

    public Place PlaceOf(PrintedRow row, int column) => new()
    {
        File = File,
        Table = DisplayName,
        Row = row.SheetRow > 0 ? row.SheetRow : null,
        RowLabel = row.Label,
        Field = column >= 0 && column < ColumnPaths.Count ? ColumnPaths[column] : null,
    };
}

/// <summary>
/// One printed row. <see cref="Code"/> is the full classification code the row stands for (208, 20801, 2080109, or
/// 30101), <see cref="UnitCode"/> the unit whose block it is in; <see cref="Kind"/> says whether it is the 合计,
/// a department or unit subtotal, a group (类/款) or a detail row, or a row of a balance table.
/// </summary>
public sealed record PrintedRow(
    int SheetRow,
    RowKind Kind,
    string? Code,
    string? UnitCode,
    string Label,
    IReadOnlyList<string?> Texts,
    IReadOnlyList<decimal?> Values)
{
    /// <summary>The core's row key when the table came from Yusuan's own build (total, unit:X/functional:208, income:…).</summary>
    public string? Key { get; init; }
}

using System.Text;
using Yusuan.Core.Model;

namespace Yusuan.Checks;

/// <summary>
/// Where a finding is: an input record (file › sheet › row › field) or a printed cell (table › row › column).
/// Every part is optional; <see cref="ToString"/> prints the parts that are known, in the order a reader looks.
/// </summary>
public sealed record Place
{
    public string? File { get; init; }
    public string? Sheet { get; init; }
    /// <summary>The 1-based row in the sheet or file, or the record number of a JSON array.</summary>
    public int? Row { get; init; }
    /// <summary>An input field or a printed column (header path such as 支 出/预算数).</summary>
    public string? Field { get; init; }
    /// <summary>The table's number and title, e.g. 附表 3 部门支出总表.</summary>
    public string? Table { get; init; }
    /// <summary>How the row reads in the table, e.g. 208 社会保障和就业支出 or 342601 广元市社会保险事务中心.</summary>
    public string? RowLabel { get; init; }

    public static Place Of(SourceLocation? location) => location is null
        ? new Place()
        : new Place { File = location.File, Sheet = location.Sheet, Row = location.Row, Field = location.Field };

    public override string ToString()
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(File)) parts.Add(File);
        if (!string.IsNullOrEmpty(Table)) parts.Add(Table);
        else if (!string.IsNullOrEmpty(Sheet)) parts.Add(Sheet);
        if (Row is { } r || !string.IsNullOrEmpty(RowLabel))
        {
            var row = new StringBuilder();
            if (Row is { } n) row.Append($"第 {n} 行");
            if (!string.IsNullOrEmpty(RowLabel)) row.Append(row.Length > 0 ? $"（{RowLabel}）" : RowLabel);
            parts.Add(row.ToString());
        }
        if (!string.IsNullOrEmpty(Field)) parts.Add(Field);
        return string.Join(" › ", parts);
    }
}

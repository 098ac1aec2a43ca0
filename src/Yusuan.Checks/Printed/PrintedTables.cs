using Yusuan.Core.Tables;

namespace Yusuan.Checks.Printed;

/// <summary>Turns Yusuan's own tables into what a reader sees, so the checks read our output exactly as they read a workbook.</summary>
public static class PrintedTables
{
    public static IReadOnlyList<PrintedTable> From(IEnumerable<Table> tables) => tables.Select(From).ToList();

    public static PrintedTable From(Table table)
    {
        var columns = table.Columns;
        var kinds = columns.Select(c => c.Kind).ToList();
        var rows = new List<PrintedRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var texts = new string?[columns.Count];
            var values = new decimal?[columns.Count];
            for (var c = 0; c < columns.Count && c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                texts[c] = table.Format(row, c);
                if (kinds[c] == ColumnKind.Amount) values[c] = table.Shown(row, c);
                else if (kinds[c] == ColumnKind.Number) values[c] = cell.Value;
            }
            var label = string.Join(" ", Enumerable.Range(0, columns.Count)
                .Where(c => kinds[c] == ColumnKind.Text && !string.IsNullOrWhiteSpace(texts[c]))
                .Select(c => texts[c]!.Trim()));
            rows.Add(new PrintedRow(0, row.Kind, CodeOf(row.Key), UnitOf(row.Key), label, texts, values) { Key = row.Key });
        }
        return new PrintedTable
        {
            Id = table.Id,
            Number = table.Number,
            Title = table.Title,
            Subject = table.Subject,
            UnitLabel = table.UnitLabel,
            Decimals = table.Presentation.Decimals,
            ColumnPaths = table.ColumnPaths,
            ColumnKinds = kinds,
            Rows = rows,
        };
    }

    /// <summary>The classification code a row key ends with: unit:X/functional:2080109 → 2080109; spending:208 → 208.</summary>
    internal static string? CodeOf(string key)
    {
        foreach (var part in key.Split('|'))
        {
            var last = part[(part.LastIndexOf('/') + 1)..];
            var colon = last.IndexOf(':');
            if (colon < 0) continue;
            var kind = last[..colon];
            if (kind is "functional" or "economic" or "government" or "spending") return last[(colon + 1)..];
        }
        return null;
    }

    private static string? UnitOf(string key)
    {
        if (key.StartsWith("unit:", StringComparison.Ordinal))
        {
            var end = key.IndexOf('/');
            return end < 0 ? key[5..] : key[5..end];
        }
        return null;
    }
}

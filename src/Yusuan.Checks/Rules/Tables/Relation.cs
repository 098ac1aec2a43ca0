using System.Globalization;
using Yusuan.Checks.Printed;

namespace Yusuan.Checks.Rules.Tables;

/// <summary>One printed cell of a table.</summary>
internal sealed record PrintedCell(TableShape Shape, int Row, int Column)
{
    public decimal? Value => Shape.Value(Row, Column);
    public string? Text => Shape.Text(Row, Column);
}

/// <summary>
/// A relation between printed figures: the total's cells (usually one) must equal the sum of the parts' cells. It
/// belongs to the rule that declares it (<see cref="RuleId"/>) and is reported once, at <see cref="Place"/>, the
/// total's cell: as that rule's error when the difference is larger than the rounding of the parts can explain,
/// as <see cref="RoundingRule"/>'s warning when it is not.
/// </summary>
internal sealed record Relation(
    string RuleId,
    Place Place,
    PrintedTable Format,
    string TotalName,
    IReadOnlyList<PrintedCell> Total,
    IReadOnlyList<string> PartNames,
    IReadOnlyList<PrintedCell> Parts,
    string Hint,
    string? Section = null,
    IReadOnlyList<string>? CellNames = null)
{
    public const int MaxNamedParts = 8;

    /// <summary>
    /// The printed parts with their figures, for a 尾数差: <c>2080109 975.45 + 2080501 2.09 + … = 1,072.87</c> (blank parts
    /// left out; a long list shortened). Each cell is named by <see cref="CellNames"/>, else by its part's name when
    /// there is one cell per part.
    /// </summary>
    public string Breakdown(int decimals)
    {
        var names = CellNames ?? (PartNames.Count == Parts.Count ? PartNames : null);
        var items = Parts.Select((c, i) => (Name: names?[i], c.Value)).Where(x => x.Value is not null)
            .Select(x => (x.Name is null ? "" : Short(x.Name) + " ") + Amounts.Format(x.Value!.Value, decimals)).ToList();
        if (items.Count == 0) return "";
        var list = items.Count <= MaxNamedParts
            ? string.Join(" + ", items)
            : string.Join(" + ", items.Take(MaxNamedParts - 2)) + $" + … + {items[^1]}（共 {items.Count} 项）";
        return $"{list} = {Amounts.Format(Parts.Sum(c => c.Value ?? 0m), decimals)}";
    }

    /// <summary>A column named by its header path reads as its last header (一般公共预算拨款/基本支出拨款 → 基本支出拨款).</summary>
    private static string Short(string name) => name.Contains('“') || !name.Contains('/') ? name : name[(name.LastIndexOf('/') + 1)..];

    public string Statement
    {
        get
        {
            var names = PartNames.Count <= MaxNamedParts
                ? string.Join(" + ", PartNames)
                : string.Join(" + ", PartNames.Take(MaxNamedParts - 2)) + $" + … + {PartNames[^1]}（共 {PartNames.Count} 项）";
            return $"{TotalName} = {(PartNames.Count == 0 ? "0" : names)}";
        }
    }

    /// <summary>The finding this relation gives, or null when the printed figures agree.</summary>
    public Finding? Evaluate()
    {
        var total = Total.Sum(c => c.Value ?? 0m);
        var parts = Parts.Sum(c => c.Value ?? 0m);
        var diff = total - parts;
        if (diff == 0m) return null;

        var unit = Total.Concat(Parts).Select(c => c.Shape.Table.Unit).DefaultIfEmpty(Format.Unit).Max();
        var decimals = Total.Concat(Parts).Select(c => c.Shape.Table.Decimals).DefaultIfEmpty(Format.Decimals).Max();
        // Each printed figure may be off by half a unit of its last digit: with n parts (and a total made of several
        // printed figures adding its own) the sum can miss by n × unit / 2, and by one unit whatever n is.
        var n = Parts.Count(c => c.Value is not null) + Math.Max(0, Total.Count(c => c.Value is not null) - 1);
        var tolerance = Math.Max(unit, n * unit / 2m);

        // The printed figure as the tables print it (1,183.38), whatever thousands separators the file used.
        var printed = Total.All(c => c.Value is null)
            ? (Total.Count == 1 && !string.IsNullOrWhiteSpace(Total[0].Text) ? Total[0].Text!.Trim() : null)
            : Amounts.Format(total, decimals);
        var expected = Amounts.Format(parts, decimals);
        var direction = diff > 0 ? "多" : "少";
        var gap = Amounts.Format(Math.Abs(diff), decimals);
        var section = $"（docs/rules.md#{RuleId.ToLowerInvariant()}）";
        if (Math.Abs(diff) <= tolerance)
        {
            return new Finding(RoundingRule.Id, RoundingRule.Definition.DefaultSeverity, Place,
                $"尾数差：{Statement}，印出的数比分项之和{direction} {gap}（{Breakdown(decimals)}），在 {Math.Max(n, 1)} 个分项各自四舍五入的误差（至多 {Amounts.Format(tolerance, decimals + 1).TrimEnd('0').TrimEnd('.')}）之内{section}")
            {
                Printed = printed,
                Expected = expected,
                Hint = RoundingRule.Hint,
            };
        }
        return new Finding(RuleId, Severity.Error, Place, $"{Statement} 不成立：印出的数比分项之和{direction} {gap}{section}")
        {
            Printed = printed,
            Expected = expected,
            Hint = Hint,
        };
    }
}

/// <summary>Printed figures formatted as the tables print them: thousands separators, the table's decimals.</summary>
internal static class Amounts
{
    public static string Format(decimal value, int decimals) =>
        value.ToString("#,##0" + (decimals > 0 ? "." + new string('0', decimals) : ""), CultureInfo.InvariantCulture);
}

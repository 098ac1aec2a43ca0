using System.Text.Encodings.Web;
using System.Text.Json;
using Yusuan.Checks;

namespace Yusuan.Cli;

/// <summary>What <c>yusuan check</c> checked, for the report's header and its JSON.</summary>
internal sealed record CheckedInput(string Path, string Kind, string? ProfileId, IReadOnlyList<string> TableOrder)
{
    /// <summary>The table each sheet of a workbook holds (sheet name → table display name), so a reading problem of a sheet and
    /// the findings on its table are one group.</summary>
    public IReadOnlyDictionary<string, string> SheetTables { get; init; } = new Dictionary<string, string>();
    /// <summary>The table each file of a CSV folder holds (file name → table display name), likewise.</summary>
    public IReadOnlyDictionary<string, string> FileTables { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Prints a check report: as text for a reader (findings grouped by table or input sheet, coloured by severity on a
/// terminal, then the counts), or as JSON for machines (the schema of docs/check-output.md).
/// </summary>
internal static class CheckOutput
{
    public const string Schema = "yusuan-check/1";

    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";

    public static void WriteText(CheckReport report, CheckedInput input, TextWriter output, bool color)
    {
        foreach (var group in Groups(report, input))
        {
            output.WriteLine(color ? $"{Bold}{group.Key}{Reset}" : group.Key);
            foreach (var (f, line) in Collapse(group))
                output.WriteLine(color ? $"{Color(f.Severity)}{line}{Reset}" : line);
            output.WriteLine();
        }
        if (report.Findings.Count == 0) output.WriteLine("未发现问题。");
        var summary = Summary(report);
        output.WriteLine(color ? $"{Bold}{summary}{Reset}" : summary);
    }

    public static string Summary(CheckReport report) => $"错误 {report.Errors} 个，警告 {report.Warnings} 个，提示 {report.Infos} 个";

    /// <summary>The findings as the text output prints them, one line each, in its order and collapsed as it collapses them (a draft lists these).</summary>
    public static IReadOnlyList<string> Lines(CheckReport report, CheckedInput input) =>
        Groups(report, input).SelectMany(g => Collapse(g).Select(x => x.Line)).ToList();

    /// <summary>
    /// Findings by where they are, sorted: input files by name, each file's sheets (budget.json › expenditures,
    /// targets.projects[2].indicators) in natural order, then printed tables in the order they are printed. Within a group
    /// findings are sorted by row (findings without a row first); findings of one row keep the order the rules gave them.
    /// </summary>
    internal static IEnumerable<IGrouping<string, Finding>> Groups(CheckReport report, CheckedInput input)
    {
        var groups = report.Findings
            .GroupBy(f => GroupOf(f, input))
            .Select(g => (IGrouping<string, Finding>)new Group(g.Key, g.OrderBy(f => f.Place.Row ?? 0).ToList()))
            .ToList();
        return groups
            .Select((g, i) => (Group: g, First: i, Table: TableOf(g.First().Place, input), g.First().Place))
            .OrderBy(x => x.Table is null ? 0 : 1)
            .ThenBy(x => x.Table is null ? x.Place.File ?? "" : "", StringComparer.Ordinal)
            .ThenBy(x => x.Table is null ? x.Place.Sheet ?? "" : "", NaturalOrder.Instance)
            .ThenBy(x => x.Table is null ? 0 : TableIndex(input, x.Table, x.First))
            .Select(x => x.Group);
    }

    /// <summary>
    /// Identical findings once, with a count: findings that differ in nothing but their row (the same rule, severity, place
    /// otherwise, message, figures and hint) print as the first of them followed by （共 N 处：第 a、b 行）.
    /// </summary>
    internal static IEnumerable<(Finding Finding, string Line)> Collapse(IEnumerable<Finding> findings)
    {
        foreach (var same in findings.GroupBy(f => (f with { Place = f.Place with { Row = null } }).ToString()))
        {
            var list = same.ToList();
            var first = list[0];
            if (list.Count == 1) { yield return (first, first.ToString()); continue; }
            var rows = list.Where(f => f.Place.Row is not null).Select(f => f.Place.Row!.Value).Distinct().ToList();
            var where = rows.Count == 0 ? "" : "：第 " + string.Join("、", rows.Select(r => r.ToString(System.Globalization.CultureInfo.InvariantCulture))) + " 行";
            yield return (first, $"{first}（共 {list.Count} 处{where}）");
        }
    }

    private sealed class Group(string key, IReadOnlyList<Finding> findings) : IGrouping<string, Finding>
    {
        public string Key { get; } = key;
        public IEnumerator<Finding> GetEnumerator() => findings.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Text with runs of digits compared as numbers: targets.projects[2] before targets.projects[10].</summary>
    private sealed class NaturalOrder : IComparer<string>
    {
        public static readonly NaturalOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            x ??= ""; y ??= "";
            int i = 0, j = 0;
            while (i < x.Length && j < y.Length)
            {
                if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
                {
                    int si = i, sj = j;
                    while (i < x.Length && char.IsAsciiDigit(x[i])) i++;
                    while (j < y.Length && char.IsAsciiDigit(y[j])) j++;
                    var a = x[si..i].TrimStart('0');
                    var b = y[sj..j].TrimStart('0');
                    var c = a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
                    if (c != 0) return c;
                    continue;
                }
                if (x[i] != y[j]) return x[i].CompareTo(y[j]);
                i++; j++;
            }
            return (x.Length - i).CompareTo(y.Length - j);
        }
    }

    private static int TableIndex(CheckedInput input, string table, int first)
    {
        var i = input.TableOrder.ToList().IndexOf(table);
        return i >= 0 ? i : input.TableOrder.Count + first;
    }

    private static string? TableOf(Place p, CheckedInput input)
    {
        if (p.Table is not null) return p.Table;
        if (p.Sheet is not null) return input.SheetTables.TryGetValue(p.Sheet, out var table) ? table : null;
        return p.File is not null && input.FileTables.TryGetValue(p.File, out var inFile) ? inFile : null;
    }

    private static string GroupOf(Finding f, CheckedInput input)
    {
        var p = f.Place;
        var where = TableOf(p, input) ?? p.Sheet;
        if (string.IsNullOrEmpty(where)) return string.IsNullOrEmpty(p.File) ? "（整体）" : p.File;
        return string.IsNullOrEmpty(p.File) ? where : $"{p.File} › {where}";
    }

    private static string Color(Severity s) => s switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };

    public static string SeverityName(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        // Chinese text stays readable in the file; it is still valid JSON for every parser.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteJson(CheckReport report, CheckedInput input, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            json.WriteString("input", input.Path);
            json.WriteString("inputKind", input.Kind);
            Nullable(json, "profile", input.ProfileId);
            json.WriteStartArray("findings");
            foreach (var f in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", f.RuleId);
                json.WriteString("severity", SeverityName(f.Severity));
                json.WriteStartObject("place");
                Nullable(json, "file", f.Place.File);
                Nullable(json, "sheet", f.Place.Sheet);
                if (f.Place.Row is { } row) json.WriteNumber("row", row);
                else json.WriteNull("row");
                Nullable(json, "field", f.Place.Field);
                Nullable(json, "table", f.Place.Table);
                Nullable(json, "rowLabel", f.Place.RowLabel);
                json.WriteString("text", f.Place.ToString());
                json.WriteEndObject();
                json.WriteString("message", f.Message);
                Nullable(json, "printed", f.Printed);
                Nullable(json, "expected", f.Expected);
                Nullable(json, "hint", f.Hint);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteNumber("infos", report.Infos);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Nullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}

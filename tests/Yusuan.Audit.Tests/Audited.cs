using Yusuan.Checks;

namespace Yusuan.Audit.Tests;

/// <summary>The reference texts and a finding as one comparable line: rule, table, text line, row, column, printed, expected.</summary>
internal static class Audited
{
    public const string Bazhong = "000_28b05572a4c2d15e.txt";
    public const string Guangyuan = "002_db523993c574d7b7.txt";
    public const string Shenzhen = "004_da9b153982af61e6.txt";

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", name));

    public static AuditResult Run(string name) => Auditor.Audit(Text(name), name);

    public static AuditResult RunText(string text, string name) => Auditor.Audit(text, name);

    public static string Line(Finding f) =>
        $"{f.Severity.ToString()[0]} {f.RuleId} {f.Place.Table} @{f.Place.Row} {f.Place.RowLabel} [{f.Place.Field}] {f.Printed} → {f.Expected}";

    /// <summary>The document's findings (not what the reader could not read), in a stable order.</summary>
    public static List<string> Findings(AuditResult result) =>
        result.Report.Findings.Where(f => f.RuleId != "A-UNREAD").Select(Line).Order(StringComparer.Ordinal).ToList();

    /// <summary>The same findings without the figures and the table titles: for a text whose wording or unit was changed.</summary>
    public static List<string> Places(AuditResult result) =>
        result.Report.Findings.Where(f => f.RuleId != "A-UNREAD")
            .Select(f => $"{f.RuleId} {KindOf(result, f.Place.Table)} @{f.Place.Row} {f.Place.RowLabel} [{f.Place.Field}]")
            .Order(StringComparer.Ordinal).ToList();

    private static string KindOf(AuditResult result, string? table) =>
        result.Document.Tables.FirstOrDefault(t => t.Table.DisplayName == table)?.Table.Id ?? table ?? "";
}

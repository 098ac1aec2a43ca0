using Yusuan.Checks.Printed;
using Yusuan.Checks.Rules;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Checks.Tests.Rules;

/// <summary>
/// Builds a sample's printed tables (cached), lets a test change one printed figure or label, and runs the table rules,
/// so each test states the exact findings it expects.
/// </summary>
internal static class TableRuleHarness
{
    public sealed record Printed(IReadOnlyList<PrintedTable> Tables, Profile Profile, int Year)
    {
        public TableCheckContext Context => new(Tables, Profile) { Year = Year };

        public PrintedTable Table(string id) => Tables.Single(t => t.Id == id);

        /// <summary>The tables with one cell's printed value (and text) replaced.</summary>
        public Printed WithValue(string table, Func<PrintedRow, bool> row, string column, decimal? value) =>
            Change(table, row, r =>
            {
                var t = Table(table);
                var c = t.ColumnIndex(column);
                Assert.True(c >= 0, $"{table} has no column {column}");
                var values = r.Values.ToArray();
                var texts = r.Texts.ToArray();
                values[c] = value;
                texts[c] = value is { } v ? Amount(v, t.Decimals) : "";
                return r with { Values = values, Texts = texts };
            });

        /// <summary>The tables with one row changed (exactly one row must match).</summary>
        public Printed Change(string table, Func<PrintedRow, bool> row, Func<PrintedRow, PrintedRow> change)
        {
            var t = Table(table);
            var matches = t.Rows.Where(row).ToList();
            Assert.True(matches.Count == 1, $"{table}: {matches.Count} rows match");
            var rows = t.Rows.Select(r => ReferenceEquals(r, matches[0]) ? change(r) : r).ToList();
            return this with { Tables = Tables.Select(x => ReferenceEquals(x, t) ? t with { Rows = rows } : x).ToList() };
        }
    }

    private static readonly Dictionary<string, Printed> Samples = new();
    private static readonly Lock SamplesLock = new();

    public static Printed Sample(string name)
    {
        lock (SamplesLock)
        {
            if (!Samples.TryGetValue(name, out var printed))
            {
                var budget = Repo.Budget(name);
                var profile = ProfileLoader.Load(budget.ProfileId);
                Samples[name] = printed = new Printed(PrintedTables.From(TableSetBuilder.Build(budget, profile)), profile, budget.Year);
            }
            return printed;
        }
    }

    public static string Amount(decimal value, int decimals) =>
        value.ToString("#,##0" + (decimals > 0 ? "." + new string('0', decimals) : ""), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// All table findings under the default settings. The tables are a budget's own, so the table rules that repeat a
    /// budget rule (Rule.LineRule: 购买服务 quantity × price, items within their project) do not run, as in `yusuan check`
    /// on a budget; the published tables' tests (Published/PublishedDocumentTests.cs) run them.
    /// </summary>
    public static IReadOnlyList<Finding> Check(Printed printed, CheckSettings? settings = null) =>
        new Checker(RuleSet.Default, settings).Check(printed.Tables, printed.Profile, printed.Year, builtFromBudget: true).Findings;

    /// <summary>A finding as one comparable line: rule, severity, place, printed → expected.</summary>
    public static string Line(Finding f) => $"{f.RuleId} {f.Severity} {f.Place} | {f.Printed} → {f.Expected}";

    public static IReadOnlyList<string> Lines(IEnumerable<Finding> findings) => findings.Select(Line).ToList();

    public static IReadOnlyList<string> Lines(IEnumerable<Finding> findings, Severity severity) =>
        findings.Where(f => f.Severity == severity).Select(Line).ToList();
}

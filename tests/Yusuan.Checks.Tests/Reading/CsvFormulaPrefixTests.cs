using Yusuan.Checks.Printed;
using Yusuan.Core.Tables;
using Yusuan.Spreadsheet;

namespace Yusuan.Checks.Tests.Reading;

/// <summary>
/// A name that a spreadsheet would run as a formula is written to the CSVs with a single quote in front
/// (docs/import-layout.md); reading the CSVs back drops it, so checking them gives what checking the workbook gives.
/// </summary>
[Collection(SampleFilesCollection.Name)]
public sealed class CsvFormulaPrefixTests(SampleFiles files)
{
    private const string Evil = "=HYPERLINK(\"http://x\",\"社保\")";

    [Fact]
    public void Csv_round_trip_keeps_the_names_and_the_findings()
    {
        var budget = Repo.Budget("guangyuan-2025");
        budget = budget with { Units = budget.Units.Select((u, i) => i == 0 ? u with { Name = Evil } : u).ToList() };
        var tables = TableSetBuilder.Build(budget);
        var dir = files.NewFolder();
        var csv = Path.Combine(dir, "csv");
        Directory.CreateDirectory(csv);
        var workbook = Path.Combine(dir, "tables.xlsx");
        TableWorkbookWriter.Write(tables, workbook);
        for (var i = 0; i < tables.Count; i++)
            TableCsvWriter.Write(tables[i], Path.Combine(csv, $"{i + 1:D2}-{tables[i].Id}.csv"));

        var written = string.Concat(Directory.GetFiles(csv).Select(File.ReadAllText));
        Assert.Contains("\"'=HYPERLINK(", written);
        Assert.DoesNotContain(",\"=HYPERLINK(", written);

        var fromCsv = PrintedWorkbookReader.Read(csv);
        var fromXlsx = PrintedWorkbookReader.Read(workbook);

        Assert.Contains(fromCsv.Tables.SelectMany(t => t.Rows), r => r.Label.Contains(Evil, StringComparison.Ordinal));
        Assert.DoesNotContain(fromCsv.Tables.SelectMany(t => t.Rows), r => r.Label.Contains("'" + Evil, StringComparison.Ordinal));
        Assert.Equal(Labels(fromXlsx), Labels(fromCsv));
        Assert.Equal(Findings(fromXlsx), Findings(fromCsv));
    }

    private static List<string> Labels(PrintedWorkbook read) =>
        read.Tables.SelectMany(t => t.Rows.Select(r => $"{t.Id}|{r.Kind}|{r.Code}|{r.Label}")).ToList();

    private static List<string> Findings(PrintedWorkbook read)
    {
        var settings = ProfileSettings.For(read.Profile, RuleSet.Default.All);
        return read.Problems.Concat(new Checker(RuleSet.Default, settings).Check(read.Tables, read.Profile).Findings)
            .Select(f => $"{f.RuleId} {f.Severity} {f.Place.Table} › {f.Place.Row} › {f.Place.RowLabel} › {f.Place.Field} | {f.Printed} → {f.Expected}")
            .Order(StringComparer.Ordinal).ToList();
    }
}

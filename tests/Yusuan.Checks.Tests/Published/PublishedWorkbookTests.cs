using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Yusuan.Spreadsheet;

namespace Yusuan.Checks.Tests.Published;

/// <summary>
/// A reviewer receives the printed tables as one xlsx workbook, a sheet per table. The transcriptions under
/// samples/published are CSV (the same import layout); put into a workbook, they must give the same findings at the
/// same table, row and column as the folder does.
/// </summary>
public sealed class PublishedWorkbookTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "yusuan-published-xlsx", Guid.NewGuid().ToString("N"));

    public PublishedWorkbookTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }

    [Theory]
    [InlineData("guangyuan-2025")]
    [InlineData("bazhong-2021")]
    [InlineData("shenzhen-2023")]
    public void A_workbook_of_the_published_tables_gives_the_findings_of_the_folder(string doc)
    {
        var folder = Path.Combine(Repo.Root, "samples", "published", doc);
        var workbook = Path.Combine(_dir, doc + ".xlsx");
        WriteWorkbook(Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal), workbook);

        var fromFolder = PublishedDocumentTests.Check(doc).Select(Where).ToList();
        var read = PrintedWorkbookReader.Read(workbook);
        var settings = ProfileSettings.For(read.Profile, RuleSet.Default.All);
        var fromWorkbook = read.Problems.Concat(new Checker(RuleSet.Default, settings).Check(read.Tables, read.Profile).Findings)
            .Select(Where).ToList();

        Assert.NotEmpty(fromFolder);
        var onlyFolder = fromFolder.Except(fromWorkbook).ToList();
        var onlyWorkbook = fromWorkbook.Except(fromFolder).ToList();
        Assert.True(onlyFolder.Count == 0 && onlyWorkbook.Count == 0,
            "only from the folder:\n" + string.Join("\n", onlyFolder) + "\nonly from the workbook:\n" + string.Join("\n", onlyWorkbook));
        Assert.Equal(fromFolder.Count, fromWorkbook.Count);
    }

    // The file (a CSV name, or the workbook and its sheet) differs by design; everything else must agree.
    private static string Where(Finding f) =>
        $"{f.RuleId} {f.Severity} {f.Place.Table} › {f.Place.Row} › {f.Place.RowLabel} › {f.Place.Field} | {f.Printed} → {f.Expected}";

    /// <summary>One sheet per CSV, named after the file; figures stored as numbers, everything else as text.</summary>
    private static void WriteWorkbook(IEnumerable<string> csvFiles, string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var sheets = new Sheets();
        uint id = 1;
        foreach (var csv in csvFiles)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var rowNumber = 0u;
            foreach (var record in Records(File.ReadAllText(csv, Encoding.UTF8)))
            {
                var row = new Row { RowIndex = ++rowNumber };
                foreach (var text in record)
                {
                    // Codes keep their leading zeros (款 03) as text, as a clerk's workbook formats them.
                    if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
                        && !(text.Length > 1 && text[0] == '0' && text[1] != '.'))
                        row.Append(new Cell { DataType = CellValues.Number, CellValue = new CellValue(text) });
                    else
                        row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) });
                }
                data.Append(row);
            }
            part.Worksheet = new Worksheet(data);
            // Sheet names are at most 31 characters and unique; the reader recognises a table by its title row.
            sheets.Append(new Sheet { Name = $"Sheet{id}", SheetId = id, Id = workbookPart.GetIdOfPart(part) });
            id++;
        }
        workbookPart.Workbook = new Workbook(sheets);
    }

    /// <summary>RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks.</summary>
    private static IEnumerable<List<string>> Records(string text)
    {
        text = text.TrimStart('\uFEFF');
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                yield return record;
                record = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}

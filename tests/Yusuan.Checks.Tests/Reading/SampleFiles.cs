using Yusuan.Checks.Printed;
using Yusuan.Core.Model;
using Yusuan.Core.Tables;
using Yusuan.Spreadsheet;

namespace Yusuan.Checks.Tests.Reading;

/// <summary>
/// Each sample built once and written as Yusuan writes it: one workbook (tables.xlsx) and one CSV per table (csv/),
/// in a temporary folder removed when the tests end. Tests that edit a file work on a copy (<see cref="CopyWorkbook"/>).
/// </summary>
public sealed class SampleFiles : IDisposable
{
    public static readonly string[] Samples = ["guangyuan-2025", "bazhong-2021", "shenzhen-2023", "department-2025"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "yusuan-reading-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, Built> _built = new();
    private readonly Lock _lock = new();
    private int _copies;

    public sealed record Built(Budget Budget, IReadOnlyList<Table> Tables, IReadOnlyList<PrintedTable> Expected, string Workbook, string CsvFolder);

    public Built Get(string sample)
    {
        lock (_lock)
        {
            if (_built.TryGetValue(sample, out var built)) return built;
            var budget = Repo.Budget(sample);
            var tables = TableSetBuilder.Build(budget);
            var dir = Path.Combine(_root, sample);
            var csv = Path.Combine(dir, "csv");
            Directory.CreateDirectory(csv);
            var workbook = Path.Combine(dir, "tables.xlsx");
            TableWorkbookWriter.Write(tables, workbook);
            // The CLI's naming: NN-title.csv, in the profile's order.
            for (var i = 0; i < tables.Count; i++)
                TableCsvWriter.Write(tables[i], Path.Combine(csv, $"{i + 1:D2}-{tables[i].Id}.csv"));
            built = new Built(budget, tables, PrintedTables.From(tables), workbook, csv);
            _built[sample] = built;
            return built;
        }
    }

    /// <summary>A fresh copy of a sample's workbook, to edit.</summary>
    public string CopyWorkbook(string sample, string name = "tables.xlsx")
    {
        var source = Get(sample).Workbook;
        var dir = Path.Combine(_root, "copy" + Interlocked.Increment(ref _copies));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.Copy(source, path);
        return path;
    }

    /// <summary>A fresh copy of a sample's CSV folder, to edit.</summary>
    public string CopyCsvFolder(string sample)
    {
        var source = Get(sample).CsvFolder;
        var dir = Path.Combine(_root, "copy" + Interlocked.Increment(ref _copies), "csv");
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        return dir;
    }

    /// <summary>A new empty folder for files a test writes itself.</summary>
    public string NewFolder()
    {
        var dir = Path.Combine(_root, "copy" + Interlocked.Increment(ref _copies));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class SampleFilesCollection : ICollectionFixture<SampleFiles>
{
    public const string Name = "printed sample files";
}

using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Yusuan.Core.Input;
using Yusuan.Core.Model;

namespace Yusuan.Spreadsheet.Tests;

/// <summary>A budget written into the template and read back is the same budget, line for line, amount for amount.</summary>
public sealed class TemplateRoundTripTests : IDisposable
{
    private readonly string _dir = TemplateTestFiles.TempDir();

    public void Dispose() => TemplateTestFiles.Delete(_dir);

    [Theory]
    [InlineData("guangyuan-2025")]
    [InlineData("department-2025")]
    [InlineData("bazhong-2021")]
    [InlineData("shenzhen-2023")]
    [InlineData("shandong-2021")]
    public void Sample_budget_survives_the_template(string sample)
    {
        var original = BudgetReader.Read(TemplateTestFiles.Sample(sample));
        var path = Path.Combine(_dir, "budget.xlsx");
        TemplateWriter.Write(path, original.Year, original.ProfileId, original);

        var back = new BudgetAssembler().Assemble(TemplateReader.Read(path));

        Assert.NotEmpty(original.Expenditures);
        Assert.Equal(original.Year, back.Year);
        Assert.Equal(original.ProfileId, back.ProfileId);
        Assert.Equal(original.Department, back.Department);
        Assert.Equal(original.Units, back.Units);
        Assert.Equal(original.Income.Select(x => x with { Location = null }), back.Income.Select(x => x with { Location = null }));
        Assert.Equal(original.Projects.Select(x => x with { Location = null }), back.Projects.Select(x => x with { Location = null }));
        Assert.Equal(original.Expenditures.Count, back.Expenditures.Count);
        for (var i = 0; i < original.Expenditures.Count; i++)
            Assert.Equal(original.Expenditures[i] with { Location = null }, back.Expenditures[i] with { Location = null });
        Assert.Equal(Sorted(original.ThreePublicPrevious), Sorted(back.ThreePublicPrevious));
        Assert.Equal(original.Procurement.Select(Flat), back.Procurement.Select(Flat));
        Assert.Equal(original.ServicePurchases.Select(Flat), back.ServicePurchases.Select(Flat));
        Assert.Equal(Sorted(original.PreviousYear.Figures), Sorted(back.PreviousYear.Figures));
        Assert.Equal(Sorted(original.PreviousYear.Projects), Sorted(back.PreviousYear.Projects));
        Assert.Equal(Sorted(original.PreviousYear.Reasons), Sorted(back.PreviousYear.Reasons));
        TargetAssert.Same(original.Targets, back.Targets);
        AssertSameNarrative(original.Narrative, back.Narrative);
    }

    [Theory]
    [InlineData("guangyuan-2025")]
    [InlineData("shenzhen-2023")]
    public void Narrative_samples_have_one(string sample) =>
        Assert.NotNull(BudgetReader.Read(TemplateTestFiles.Sample(sample)).Narrative);

    private static void AssertSameNarrative(NarrativeInputs? original, NarrativeInputs? back)
    {
        if (original is null) { Assert.Null(back); return; }
        Assert.NotNull(back);
        Assert.Equal(Sorted(original.Texts), Sorted(back.Texts));
        Assert.Equal(Sorted(original.Uses), Sorted(back.Uses));
        Assert.Equal(Sorted(original.Projects), Sorted(back.Projects));
        Assert.Equal(Sorted(original.Goals), Sorted(back.Goals));
        Assert.Equal(Sorted(original.Glossary), Sorted(back.Glossary));
        Assert.Equal(Sorted(original.Counts), Sorted(back.Counts));
    }

    [Fact]
    public void Lines_read_back_are_located_in_the_workbook()
    {
        var original = BudgetReader.Read(TemplateTestFiles.Sample("guangyuan-2025"));
        var path = Path.Combine(_dir, "budget.xlsx");
        TemplateWriter.Write(path, original.Year, original.ProfileId, original);

        var back = new BudgetAssembler().Assemble(TemplateReader.Read(path));

        Assert.Equal(new SourceLocation("budget.xlsx", "支出明细", 2), back.Expenditures[0].Location);
        Assert.Equal(new SourceLocation("budget.xlsx", "支出明细", 11), back.Expenditures[9].Location);
        Assert.Equal(new SourceLocation("budget.xlsx", "收入", 2), back.Income[0].Location);
        Assert.Equal(new SourceLocation("budget.xlsx", "项目", 3), back.Projects[1].Location);
    }

    [Fact]
    public void Registered_reader_lets_BudgetReader_read_xlsx()
    {
        SpreadsheetFormats.Register();
        var original = BudgetReader.Read(TemplateTestFiles.Sample("guangyuan-2025"));
        var path = Path.Combine(_dir, "budget.xlsx");
        TemplateWriter.Write(path, original.Year, original.ProfileId, original);

        var back = BudgetReader.Read(path);
        var fromFolder = BudgetReader.Read(_dir);

        Assert.Equal(original.Expenditures.Sum(l => l.Amount), back.Expenditures.Sum(l => l.Amount));
        Assert.Equal(original.Expenditures.Count, fromFolder.Expenditures.Count);
    }

    [Fact]
    public void Written_amounts_are_the_decimals_digits_in_yuan()
    {
        var original = BudgetReader.Read(TemplateTestFiles.Sample("guangyuan-2025"));
        var path = Path.Combine(_dir, "budget.xlsx");
        TemplateWriter.Write(path, original.Year, original.ProfileId, original);

        // 1183.38 万元 in the JSON is 11833800 元 in the workbook, stored as a number cell with exactly those digits.
        Assert.Equal("11833800", TemplateTestFiles.StoredValue(path, "收入", "D2"));
        Assert.Equal("元", TemplateTestFiles.Text(path, "基本信息", "B4"));
        Assert.Equal("342", TemplateTestFiles.Text(path, "基本信息", "B5"));
    }

    // Tuples compare their values with Equals: 15000.00m equals 15000m, as amounts should.
    private static IEnumerable<(string, T)> Sorted<T>(IReadOnlyDictionary<string, T> d) =>
        d.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value));

    private static string Flat(ProcurementItem p) =>
        $"{p.UnitCode}|{p.ProjectName}|{p.Item}|{p.Category}|{p.Quantity}|{p.Measure}|{Amounts(p.Amounts)}";

    private static string Flat(ServicePurchaseItem s) =>
        $"{s.UnitCode}|{s.ProjectName}|{s.Item}|{s.Quantity}|{s.Measure}|{N(s.UnitPrice)}|{Amounts(s.Amounts)}";

    private static string N(decimal? d) => d is null ? "" : $"{d.Value / 1.000000000000m:0.##########}";

    // Amounts normalized so that 3.00 and 3 print alike: equal decimals, equal text.
    private static string Amounts(IReadOnlyDictionary<IncomeSource, decimal> amounts) =>
        string.Join(";", amounts.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}={kv.Value / 1.000000000000m:0.##########}"));
}

/// <summary>Paths and small workbook edits for the template tests.</summary>
internal static class TemplateTestFiles
{
    public static string Root { get; } = FindRoot();

    // The test binaries may live outside the repository (--artifacts-path): look above them, the working
    // directory and this source file.
    private static string FindRoot()
    {
        string[] starts = [AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(ThisFile()) ?? ""];
        foreach (var start in starts.Where(s => s.Length > 0))
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Yusuan.sln"))) return dir.FullName;
        throw new InvalidOperationException("Yusuan.sln not found above " + string.Join("; ", starts));
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;

    public static string Sample(string name) => Path.Combine(Root, "samples", name, "budget.json");

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "yusuan-template-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static void Delete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>Writes the sample's budget into <paramref name="dir"/>/budget.xlsx.</summary>
    public static (Budget Budget, string Path) Filled(string dir, string sample)
    {
        var budget = BudgetReader.Read(Sample(sample));
        var path = System.IO.Path.Combine(dir, "budget.xlsx");
        TemplateWriter.Write(path, budget.Year, budget.ProfileId, budget);
        return (budget, path);
    }

    public static WorksheetPart Part(SpreadsheetDocument doc, string sheet)
    {
        var s = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(x => x.Name == sheet);
        return (WorksheetPart)doc.WorkbookPart.GetPartById(s.Id!);
    }

    public static Cell? FindCell(SpreadsheetDocument doc, string sheet, string reference) =>
        Part(doc, sheet).Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);

    public static string? StoredValue(string path, string sheet, string reference)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        return FindCell(doc, sheet, reference)?.CellValue?.Text;
    }

    public static string? Text(string path, string sheet, string reference)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var cell = FindCell(doc, sheet, reference);
        return cell?.InlineString?.InnerText ?? cell?.CellValue?.Text;
    }

    /// <summary>Sets a cell to text (inline string), to a number (stored text as given), or clears it (null).</summary>
    public static void SetCell(string path, string sheet, string reference, string? value, bool number = false)
    {
        using var doc = SpreadsheetDocument.Open(path, true);
        var data = Part(doc, sheet).Worksheet.GetFirstChild<SheetData>()!;
        var rowIndex = uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value == rowIndex);
        if (row is null)
        {
            row = new Row { RowIndex = rowIndex };
            var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex!.Value < rowIndex);
            if (after is null) data.PrependChild(row); else after.InsertAfterSelf(row);
        }
        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            cell = new Cell { CellReference = reference };
            var column = ColumnOf(reference);
            var before = row.Elements<Cell>().FirstOrDefault(c => ColumnOf(c.CellReference!) > column);
            if (before is null) row.Append(cell); else before.InsertBeforeSelf(cell);
        }
        cell.RemoveAllChildren();
        cell.DataType = null;
        if (value is null) cell.Remove();
        else if (number) cell.CellValue = new CellValue(value);
        else
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(value));
        }
    }

    /// <summary>Clears every cell of a row (the row stays, empty).</summary>
    public static void ClearRow(string path, string sheet, uint rowIndex)
    {
        using var doc = SpreadsheetDocument.Open(path, true);
        var row = Part(doc, sheet).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Single(r => r.RowIndex!.Value == rowIndex);
        row.RemoveAllChildren();
    }

    public static void RemoveSheet(string path, string sheet)
    {
        using var doc = SpreadsheetDocument.Open(path, true);
        var wb = doc.WorkbookPart!;
        var s = wb.Workbook.Sheets!.Elements<Sheet>().Single(x => x.Name == sheet);
        var part = wb.GetPartById(s.Id!);
        s.Remove();
        wb.DeletePart(part);
    }

    private static int ColumnOf(string reference)
    {
        var n = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) n = n * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return n;
    }
}

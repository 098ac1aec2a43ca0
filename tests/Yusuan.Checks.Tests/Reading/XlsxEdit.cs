using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Yusuan.Checks.Tests.Reading;

/// <summary>Edits a written workbook in place, the way a clerk (or another program) changes one: cells, merges, sheets.</summary>
internal sealed class XlsxEdit : IDisposable
{
    private readonly SpreadsheetDocument _doc;

    public XlsxEdit(string path) => _doc = SpreadsheetDocument.Open(path, true);

    private WorkbookPart Workbook => _doc.WorkbookPart!;

    private Sheets Sheets => Workbook.Workbook.Sheets!;

    /// <summary>The worksheet whose name is, or ends with, <paramref name="name"/> (附表3 部门支出总表, or 部门支出总表).</summary>
    public Worksheet Sheet(string name)
    {
        var sheet = Sheets.Elements<Sheet>().Single(s => s.Name! == name || s.Name!.Value!.EndsWith(name, StringComparison.Ordinal));
        return ((WorksheetPart)Workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    private static Cell Cell(Worksheet sheet, string reference) =>
        sheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference)
        ?? throw new InvalidOperationException($"no cell {reference}");

    public XlsxEdit Text(string sheet, string reference, string text)
    {
        var cell = Cell(Sheet(sheet), reference);
        cell.CellValue?.Remove();
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text));
        return this;
    }

    public XlsxEdit Number(string sheet, string reference, decimal value)
    {
        var cell = Cell(Sheet(sheet), reference);
        cell.InlineString?.Remove();
        cell.DataType = null;
        cell.CellValue = new CellValue(value);
        return this;
    }

    public XlsxEdit Clear(string sheet, string reference)
    {
        var cell = Cell(Sheet(sheet), reference);
        cell.InlineString?.Remove();
        cell.CellValue?.Remove();
        cell.DataType = null;
        return this;
    }

    public XlsxEdit Merge(string sheet, string range)
    {
        var ws = Sheet(sheet);
        var merges = ws.GetFirstChild<MergeCells>() ?? ws.InsertAfter(new MergeCells(), ws.GetFirstChild<SheetData>()!);
        merges.Append(new MergeCell { Reference = range });
        merges.Count = (uint)merges.Elements<MergeCell>().Count();
        return this;
    }

    /// <summary>Removes every merge of the sheet whose range starts on one of <paramref name="rows"/>.</summary>
    public XlsxEdit Unmerge(string sheet, params int[] rows)
    {
        var ws = Sheet(sheet);
        foreach (var m in ws.Descendants<MergeCell>().ToList())
        {
            var first = m.Reference!.Value!.Split(':')[0];
            var row = int.Parse(new string(first.Where(char.IsAsciiDigit).ToArray()));
            if (rows.Contains(row)) m.Remove();
        }
        return this;
    }

    public XlsxEdit RemoveSheet(string name)
    {
        var sheet = Sheets.Elements<Sheet>().Single(s => s.Name! == name);
        var part = Workbook.GetPartById(sheet.Id!);
        sheet.Remove();
        Workbook.Workbook.DefinedNames?.Remove();
        Workbook.DeletePart(part);
        return this;
    }

    public XlsxEdit RenameSheet(string name, string newName)
    {
        Sheets.Elements<Sheet>().Single(s => s.Name! == name).Name = newName;
        return this;
    }

    /// <summary>Adds a sheet with text rows (null: an empty cell).</summary>
    public XlsxEdit AddSheet(string name, params string?[][] rows)
    {
        var part = Workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is not { } text) continue;
                row.Append(new Cell
                {
                    CellReference = $"{(char)('A' + c)}{r + 1}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(text)),
                });
            }
            data.Append(row);
        }
        part.Worksheet = new Worksheet(data);
        AppendSheet(name, part);
        return this;
    }

    /// <summary>Adds a copy of a sheet under another name.</summary>
    public XlsxEdit CopySheet(string name, string newName)
    {
        var source = Sheets.Elements<Sheet>().Single(s => s.Name! == name);
        var sourcePart = (WorksheetPart)Workbook.GetPartById(source.Id!);
        var part = Workbook.AddNewPart<WorksheetPart>();
        using (var stream = sourcePart.GetStream(FileMode.Open, FileAccess.Read)) part.FeedData(stream);
        AppendSheet(newName, part);
        return this;
    }

    private void AppendSheet(string name, WorksheetPart part)
    {
        var id = Sheets.Elements<Sheet>().Max(s => s.SheetId!.Value) + 1;
        Sheets.Append(new Sheet { Name = name, SheetId = id, Id = Workbook.GetIdOfPart(part) });
    }

    /// <summary>Saves (the document auto-saves every part it loaded) and closes.</summary>
    public void Dispose() => _doc.Dispose();
}

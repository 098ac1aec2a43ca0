using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Yusuan.Spreadsheet.Tests;

/// <summary>Reads a written workbook back for assertions.</summary>
internal sealed class XlsxProbe : IDisposable
{
    public SpreadsheetDocument Document { get; }
    public WorkbookPart WorkbookPart => Document.WorkbookPart!;

    public XlsxProbe(string path) => Document = SpreadsheetDocument.Open(path, false);

    public XlsxProbe(Stream stream) => Document = SpreadsheetDocument.Open(stream, false);

    public List<string> SheetNames => WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public Worksheet Sheet(string name)
    {
        var sheet = WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    public static Cell? CellAt(Worksheet sheet, string reference) =>
        sheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);

    /// <summary>The cell's text as stored: a shared string resolved, a number as written.</summary>
    public string? Text(Worksheet sheet, string reference)
    {
        var cell = CellAt(sheet, reference);
        if (cell?.CellValue is null) return null;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            var items = WorkbookPart.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ToList();
            return items[int.Parse(cell.CellValue.Text)].InnerText;
        }
        return cell.CellValue.Text;
    }

    public CellFormat Format(Worksheet sheet, string reference)
    {
        var cell = CellAt(sheet, reference) ?? throw new InvalidOperationException($"no cell {reference}");
        var formats = WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        return formats[(int)(cell.StyleIndex?.Value ?? 0)];
    }

    public string? NumberFormatCode(Worksheet sheet, string reference)
    {
        var id = Format(sheet, reference).NumberFormatId?.Value ?? 0;
        return WorkbookPart.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value;
    }

    public bool IsBold(Worksheet sheet, string reference)
    {
        var fonts = WorkbookPart.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ToList();
        var font = fonts[(int)(Format(sheet, reference).FontId?.Value ?? 0)];
        return font.Elements<Bold>().Any();
    }

    public static List<string> Merges(Worksheet sheet) =>
        sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();

    public void Dispose() => Document.Dispose();
}

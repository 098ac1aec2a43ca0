using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Yusuan.Spreadsheet.Printed;

/// <summary>
/// Reads every worksheet of an xlsx workbook into <see cref="SheetGrid"/>s: cells as stored (shared and inline strings,
/// numbers with what their number format shows, cached formula results) and merged areas. Sheet XML is streamed, so a
/// province's workbook does not have to fit in memory as a DOM.
/// </summary>
internal static class XlsxGrid
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static List<SheetGrid> Read(SpreadsheetDocument document, string file)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("工作簿中没有 workbook 部分");
        var sheets = workbook.Workbook?.Sheets?.Elements<S.Sheet>().ToList() ?? [];
        var strings = SharedStrings(workbook);
        var looks = NumberLooks(workbook);
        var grids = new List<SheetGrid>();
        foreach (var sheet in sheets)
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
            var (rows, merges) = ReadSheet(part, strings, looks);
            grids.Add(new SheetGrid(file, sheet.Name?.Value ?? "", rows, merges));
        }
        return grids;
    }

    private static string[] SharedStrings(WorkbookPart workbook)
    {
        var part = workbook.SharedStringTablePart;
        if (part is null) return [];
        var list = new List<string>();
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si" && reader.NamespaceURI == Main)
                list.Add(ReadRichText(reader));
        }
        return list.ToArray();
    }

    /// <summary>
    /// The text of an si or is element: its t, or its runs' t joined (phonetic rPh runs left out). Positioned on the
    /// start element; returns positioned on its end element.
    /// </summary>
    private static string ReadRichText(XmlReader reader)
    {
        if (reader.IsEmptyElement) return "";
        var depth = reader.Depth;
        var sb = new StringBuilder();
        var skipDepth = -1;
        var textDepth = -1;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.EndElement when reader.Depth == depth:
                    return sb.ToString();
                case XmlNodeType.Element when !reader.IsEmptyElement:
                    if (reader.LocalName == "rPh" && skipDepth < 0) skipDepth = reader.Depth;
                    else if (reader.LocalName == "t" && skipDepth < 0) textDepth = reader.Depth;
                    break;
                case XmlNodeType.EndElement:
                    if (reader.Depth == skipDepth) skipDepth = -1;
                    if (reader.Depth == textDepth) textDepth = -1;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (textDepth >= 0) sb.Append(reader.Value);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>What each cell style's number format shows, by style index.</summary>
    private static NumberLook[] NumberLooks(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var formats = stylesheet?.CellFormats?.Elements<S.CellFormat>().ToList();
        if (formats is null) return [];
        var custom = stylesheet!.NumberingFormats?.Elements<S.NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value) ?? [];
        return formats.Select(f =>
        {
            var id = f.NumberFormatId?.Value ?? 0;
            return custom.TryGetValue(id, out var code) ? NumberLook.Parse(code) : NumberLook.BuiltIn(id);
        }).ToArray();
    }

    private static (List<GridRow> Rows, List<MergeArea> Merges) ReadSheet(WorksheetPart part, string[] strings, NumberLook[] looks)
    {
        var rows = new List<GridRow>();
        var merges = new List<MergeArea>();
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var rowNumber = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Main) continue;
            switch (reader.LocalName)
            {
                case "row":
                    rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
                    var cells = ReadRow(reader, strings, looks);
                    // Rows of styled blank cells are left out, as a CSV's empty lines are.
                    if (cells.Exists(c => !c.IsBlank)) rows.Add(new GridRow(rowNumber, cells.ToArray()));
                    break;
                case "mergeCell":
                    if (MergeArea.Parse(reader.GetAttribute("ref")) is { } area) merges.Add(area);
                    break;
            }
        }
        return (rows, merges);
    }

    private static List<GridCell> ReadRow(XmlReader reader, string[] strings, NumberLook[] looks)
    {
        var cells = new List<GridCell>();
        if (reader.IsEmptyElement) return cells;
        var depth = reader.Depth;
        var column = -1;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c") continue;
            column = CellReference.TryParse(reader.GetAttribute("r"), out _, out var c) && c >= 0 ? c : column + 1;
            var type = reader.GetAttribute("t");
            var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            string? value = null;
            string? inline = null;
            string? formula = null;
            if (!reader.IsEmptyElement)
            {
                var cellDepth = reader.Depth;
                string? current = null;
                var text = new StringBuilder();
                while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == cellDepth))
                {
                    switch (reader.NodeType)
                    {
                        case XmlNodeType.Element when reader.LocalName == "is":
                            inline = ReadRichText(reader);
                            break;
                        case XmlNodeType.Element when reader.LocalName is "v" or "f":
                            if (reader.IsEmptyElement)
                            {
                                if (reader.LocalName == "v") value = "";
                                else formula = "";
                                break;
                            }
                            current = reader.LocalName;
                            text.Clear();
                            break;
                        case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                            if (current is not null) text.Append(reader.Value);
                            break;
                        case XmlNodeType.EndElement when current is not null && reader.LocalName == current:
                            if (current == "v") value = text.ToString();
                            else formula = text.ToString();
                            current = null;
                            break;
                    }
                }
            }
            var cell = Cell(type, value, inline, formula, style < looks.Length ? looks[style] : NumberLook.General, strings);
            while (cells.Count <= column) cells.Add(default);
            cells[column] = cell;
        }
        return cells;
    }

    private static GridCell Cell(string? type, string? value, string? inline, string? formula, NumberLook look, string[] strings)
    {
        switch (type)
        {
            case "s":
                return new GridCell(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length ? strings[i] : null);
            case "inlineStr":
                return new GridCell(inline ?? value);
            case "str" or "e":
                return new GridCell(value);
            case "b":
                return new GridCell(value == "1" ? "TRUE" : value == "0" ? "FALSE" : value);
        }
        if (value is null) return formula is null ? default : new GridCell("=" + formula);
        if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return new GridCell(null, number, look.Decimals, look.Thousands, look.BlankZero);
        // A double beyond decimal's range (1E+30): keep it as text, the reader says it is not a usable figure.
        return new GridCell(value);
    }
}

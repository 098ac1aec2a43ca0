using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Yusuan.Core.Tables;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Yusuan.Spreadsheet;

/// <summary>
/// Writes tables to one xlsx workbook, one sheet per table, laid out as the published table: number, title,
/// subject and unit, the merged multi-row header, the rows with amounts stored as the printed numbers (exact
/// decimals) under the presentation's number format, and print setup (A4, fit to width, header rows repeated).
/// Sheet data is written SAX-style, so tables of hundreds of thousands of rows stay fast.
/// </summary>
public static class TableWorkbookWriter
{
    /// <summary>
    /// Writes the workbook to a file, replacing it. Tables are taken one at a time, so a lazy sequence (each table
    /// derived when its sheet is written) keeps only one table in memory.
    /// </summary>
    public static void Write(IEnumerable<Table> tables, string path)
    {
        using var e = First(tables);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        Write(e, document);
    }

    /// <summary>Writes the workbook to a stream (left open).</summary>
    public static void Write(IEnumerable<Table> tables, Stream stream)
    {
        using var e = First(tables);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        Write(e, document);
    }

    private static IEnumerator<Table> First(IEnumerable<Table> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var e = tables.GetEnumerator();
        if (e.MoveNext()) return e;
        e.Dispose();
        throw new ArgumentException("没有要写入工作簿的表", nameof(tables));
    }

    private static void Write(IEnumerator<Table> tables, SpreadsheetDocument document)
    {
        // Fast deflate: a province's workbook is a few hundred MB of XML, and level 6 costs more than writing it.
        document.CompressionOption = System.IO.Packaging.CompressionOption.Normal;
        var workbookPart = document.AddWorkbookPart();
        var styles = new TableStyleBook();
        var strings = new SharedStrings();
        var sheets = new S.Sheets();
        var definedNames = new S.DefinedNames();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        do
        {
            var table = tables.Current;
            var name = TableLayout.SheetName(table, used);
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var sheet = new TableSheetWriter(table, styles, strings, selected: i == 0);
            sheet.Write(part);
            sheets.Append(new S.Sheet { Name = name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) });
            if (sheet.HeaderRows > 0)
            {
                var quoted = "'" + name.Replace("'", "''") + "'";
                definedNames.Append(new S.DefinedName($"{quoted}!${sheet.FirstHeaderRow}:${sheet.LastHeaderRow}")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = (uint)i,
                });
            }
            i++;
        }
        while (tables.MoveNext());

        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = styles.Build();
        strings.Write(workbookPart.AddNewPart<SharedStringTablePart>());

        var workbook = new S.Workbook(new S.BookViews(new S.WorkbookView { ActiveTab = 0 }), sheets);
        if (definedNames.HasChildren) workbook.Append(definedNames);
        workbookPart.Workbook = workbook;
    }
}

/// <summary>The workbook's shared string table; repeated codes and names are stored once.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _items = [];
    private int _count;

    public int Add(string text)
    {
        _count++;
        if (_index.TryGetValue(text, out var i)) return i;
        i = _items.Count;
        _items.Add(text);
        _index[text] = i;
        return i;
    }

    public void Write(SharedStringTablePart part)
    {
        using var w = OpenXmlWriter.Create(part);
        w.WriteStartDocument();
        w.WriteStartElement(new S.SharedStringTable(),
        [
            new OpenXmlAttribute("count", "", _count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new OpenXmlAttribute("uniqueCount", "", _items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        var item = new S.SharedStringItem();
        var text = new S.Text();
        OpenXmlAttribute[] preserve = [new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];
        foreach (var s in _items)
        {
            w.WriteStartElement(item);
            var needsPreserve = s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || s.Contains('\n'));
            if (needsPreserve) w.WriteStartElement(text, preserve);
            else w.WriteStartElement(text);
            w.WriteString(s);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }
}

using System.Xml;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;

namespace Yusuan.Spreadsheet;

/// <summary>
/// Writes tables to one xlsx workbook, one sheet per table, laid out as the published table: number, title,
/// subject and unit, the merged multi-row header, the rows with amounts stored as the printed numbers (exact
/// decimals) under the presentation's number format, and print setup (A4, fit to width, header rows repeated).
/// Sheet data is written SAX-style, so tables of hundreds of thousands of rows stay fast.
/// </summary>
public static class TableWorkbookWriter
{
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Sml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /// <summary>
    /// Writes the workbook to a file, replacing it. Tables are taken one at a time, so a lazy sequence (each table
    /// derived when its sheet is written) keeps only one table in memory.
    /// </summary>
    public static void Write(IEnumerable<Table> tables, string path)
    {
        using var e = First(tables);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(e, file);
    }

    /// <summary>Writes the workbook to a stream (left open).</summary>
    public static void Write(IEnumerable<Table> tables, Stream stream)
    {
        using var e = First(tables);
        Write(e, stream);
    }

    /// <summary>
    /// Writes the tables, then the performance-target forms (绩效目标表样), to a file, replacing it: one sheet per form
    /// definition, its forms one below the other (<see cref="FormSheetWriter"/>).
    /// </summary>
    public static void Write(IEnumerable<Table> tables, IEnumerable<Form> forms, string path) => Write(tables, forms, path, null);

    /// <summary>
    /// As <see cref="Write(IEnumerable{Table}, IEnumerable{Form}, string)"/>; with <paramref name="checkResults"/> (a draft:
    /// <c>build --allow-errors</c> of a budget with errors) the first sheet is <see cref="CheckResultsSheet"/>, which says
    /// 草稿 and lists the findings, one a row.
    /// </summary>
    public static void Write(IEnumerable<Table> tables, IEnumerable<Form> forms, string path, IReadOnlyList<string>? checkResults)
    {
        using var e = First(tables);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(e, file, forms, checkResults);
    }

    /// <summary>The name of a draft workbook's first sheet.</summary>
    public const string CheckResultsSheet = "检查结果";

    /// <summary>Writes the tables, then the forms, to a stream (left open).</summary>
    public static void Write(IEnumerable<Table> tables, IEnumerable<Form> forms, Stream stream)
    {
        using var e = First(tables);
        Write(e, stream, forms);
    }

    /// <summary>The forms grouped as they print: consecutive forms of one definition share a sheet.</summary>
    public static IReadOnlyList<IReadOnlyList<Form>> FormSheets(IEnumerable<Form> forms)
    {
        var sheets = new List<IReadOnlyList<Form>>();
        List<Form>? current = null;
        foreach (var form in forms)
        {
            if (current is null || current[0].Definition != form.Definition)
            {
                current = [];
                sheets.Add(current);
            }
            current.Add(form);
        }
        return sheets;
    }

    private static IEnumerator<Table> First(IEnumerable<Table> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var e = tables.GetEnumerator();
        if (e.MoveNext()) return e;
        e.Dispose();
        throw new ArgumentException("没有要写入工作簿的表", nameof(tables));
    }

    private static void Write(IEnumerator<Table> tables, Stream output, IEnumerable<Form>? forms = null, IReadOnlyList<string>? checkResults = null)
    {
        using var package = new XlsxPackage(output, leaveOpen: true);
        var styles = new TableStyleBook();
        var strings = new SharedStrings();
        var sheets = new List<(string Name, int HeaderFrom, int HeaderTo)>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (checkResults is not null)
        {
            using (var w = package.Part("xl/worksheets/sheet1.xml", Sml + "worksheet+xml"))
                WriteCheckResults(w, checkResults, strings);
            used.Add(CheckResultsSheet);
            sheets.Add((CheckResultsSheet, 0, 0));
        }
        do sheets.Add(WriteTableSheet(package, tables.Current, styles, strings, used, sheets.Count, selected: sheets.Count == 0));
        while (tables.MoveNext());

        foreach (var group in FormSheets(forms ?? []))
        {
            var name = FormSheetName(group[0], used);
            var sheet = new FormSheetWriter(group, styles, strings, selected: false);
            using (var w = package.Part($"xl/worksheets/sheet{sheets.Count + 1}.xml", Sml + "worksheet+xml"))
                sheet.Write(w);
            sheets.Add((name, sheet.PrintTitleFrom, sheet.PrintTitleTo));
        }

        using (var w = package.Part("xl/styles.xml", Sml + "styles+xml"))
        {
            w.WriteStartDocument(true);
            styles.Build().WriteTo(w);
        }
        using (var w = package.Part("xl/sharedStrings.xml", Sml + "sharedStrings+xml"))
            strings.Write(w);
        using (var w = package.Part("xl/workbook.xml", Sml + "sheet.main+xml"))
            WriteWorkbook(w, sheets);

        package.Relationships("_rels/.rels", [("rId1", Rel + "officeDocument", "xl/workbook.xml")]);
        package.Relationships("xl/_rels/workbook.xml.rels",
        [
            .. sheets.Select((_, i) => ($"rId{i + 1}", Rel + "worksheet", $"worksheets/sheet{i + 1}.xml")),
            ($"rId{sheets.Count + 1}", Rel + "styles", "styles.xml"),
            ($"rId{sheets.Count + 2}", Rel + "sharedStrings", "sharedStrings.xml"),
        ]);
    }

    // Its own method so that no local of the loop keeps the written table alive while the next one is derived
    // (a method that runs once stays unoptimised, and its locals live to its end).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (string Name, int HeaderFrom, int HeaderTo) WriteTableSheet(
        XlsxPackage package, Table table, TableStyleBook styles, SharedStrings strings, HashSet<string> used, int index, bool selected)
    {
        var name = TableLayout.SheetName(table, used);
        var sheet = new TableSheetWriter(table, styles, strings, selected);
        using (var stream = package.PartStream($"xl/worksheets/sheet{index + 1}.xml", Sml + "worksheet+xml"))
            sheet.Write(stream);
        return (name, sheet.HeaderRows > 0 ? sheet.FirstHeaderRow : 0, sheet.LastHeaderRow);
    }

    /// <summary>A draft's first sheet: 草稿 and why in A1, then each finding in column A, one a row; selected.</summary>
    private static void WriteCheckResults(XmlWriter w, IReadOnlyList<string> lines, SharedStrings strings)
    {
        const string ns = XlsxPackage.MainNs;
        w.WriteStartDocument(true);
        w.WriteStartElement("worksheet", ns);
        w.WriteStartElement("sheetViews", ns);
        w.WriteStartElement("sheetView", ns);
        w.WriteAttributeString("tabSelected", "1");
        w.WriteAttributeString("workbookViewId", "0");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("cols", ns);
        w.WriteStartElement("col", ns);
        w.WriteAttributeString("min", "1");
        w.WriteAttributeString("max", "1");
        w.WriteAttributeString("width", "160");
        w.WriteAttributeString("customWidth", "1");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("sheetData", ns);
        for (var i = 0; i < lines.Count; i++)
        {
            var r = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            w.WriteStartElement("row", ns);
            w.WriteAttributeString("r", r);
            w.WriteStartElement("c", ns);
            w.WriteAttributeString("r", "A" + r);
            w.WriteAttributeString("t", "s");
            w.WriteElementString("v", ns, strings.Add(lines[i]).ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    /// <summary>A form sheet's name: the profile's <c>sheetName</c>, else number and title, made valid and unique like a table's.</summary>
    internal static string FormSheetName(Form form, ISet<string> used) =>
        TableLayout.SheetName(new Table
        {
            Id = form.Definition,
            Number = form.SheetName is null ? form.Number : null,
            Title = form.SheetName ?? form.Title,
            Subject = "",
            UnitLabel = "",
            Header = [],
            Rows = [],
            Presentation = form.Presentation,
        }, used);

    private static void WriteWorkbook(XmlWriter w, List<(string Name, int HeaderFrom, int HeaderTo)> sheets)
    {
        const string ns = XlsxPackage.MainNs;
        w.WriteStartDocument(true);
        w.WriteStartElement("workbook", ns);
        w.WriteAttributeString("xmlns", "r", null, XlsxPackage.RelNs);
        w.WriteStartElement("bookViews", ns);
        w.WriteStartElement("workbookView", ns);
        w.WriteAttributeString("activeTab", "0");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("sheets", ns);
        for (var i = 0; i < sheets.Count; i++)
        {
            w.WriteStartElement("sheet", ns);
            w.WriteAttributeString("name", sheets[i].Name);
            w.WriteAttributeString("sheetId", Invariant(i + 1));
            w.WriteAttributeString("id", XlsxPackage.RelNs, $"rId{i + 1}");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        if (sheets.Any(s => s.HeaderFrom > 0))
        {
            // The header rows repeat on every printed page.
            w.WriteStartElement("definedNames", ns);
            for (var i = 0; i < sheets.Count; i++)
            {
                if (sheets[i].HeaderFrom == 0) continue;
                w.WriteStartElement("definedName", ns);
                w.WriteAttributeString("name", "_xlnm.Print_Titles");
                w.WriteAttributeString("localSheetId", Invariant(i));
                w.WriteString($"'{sheets[i].Name.Replace("'", "''")}'!${sheets[i].HeaderFrom}:${sheets[i].HeaderTo}");
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
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

    public void Write(XmlWriter w)
    {
        const string ns = XlsxPackage.MainNs;
        w.WriteStartDocument(true);
        w.WriteStartElement("sst", ns);
        w.WriteAttributeString("count", _count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteAttributeString("uniqueCount", _items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var s in _items)
        {
            w.WriteStartElement("si", ns);
            w.WriteStartElement("t", ns);
            if (s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || s.Contains('\n')))
                w.WriteAttributeString("xml", "space", null, "preserve");
            w.WriteString(s);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }
}

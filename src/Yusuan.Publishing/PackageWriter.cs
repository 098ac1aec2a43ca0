using Yusuan.Core.Documents;
using Yusuan.Core.Model;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;
using Yusuan.Spreadsheet;

namespace Yusuan.Publishing;

/// <summary>
/// Writes a budget's disclosure package into a folder: the workbook (tables.xlsx), one CSV per table and form kind
/// (csv/NN-title.csv) and the published document (document.pdf/.docx/.html/.txt). The CLI's build and the web app's
/// downloads both write through here.
/// </summary>
public static class PackageWriter
{
    public static readonly string[] KnownFormats = ["xlsx", "csv", "pdf", "docx", "html", "txt"];

    /// <summary>The published document's formats: each is one renderer over the same document model.</summary>
    public static readonly string[] DocumentFormats = ["pdf", "docx", "html", "txt"];

    /// <summary>
    /// Writes the wanted formats into <paramref name="folder"/>; tables are derived one at a time as they are written.
    /// Returns the written files relative to the folder. <paramref name="checkResults"/> makes the workbook a draft: its
    /// first sheet (检查结果) says 草稿 and lists them (a draft document is marked by <see cref="DraftDocument"/>).
    /// </summary>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<Func<Table>> tables, IReadOnlyList<Form> forms, ISet<string> wanted,
        PublishedDocument? document = null, Html.HtmlOptions? htmlOptions = null, IReadOnlyList<string>? checkResults = null)
    {
        var csvFiles = new List<string>();
        // Each table's CSV is written as the table is derived, before the workbook takes its sheet; then the table is let go.
        var withCsv = new TableStream(tables.Select((derive, index) => (Func<Table>)(() =>
        {
            var table = derive();
            if (wanted.Contains("csv"))
            {
                Directory.CreateDirectory(Path.Combine(folder, "csv"));
                var name = Path.Combine("csv", $"{index + 1:D2}-{FileNames.Safe(table.Title)}.csv");
                TableCsvWriter.Write(table, Path.Combine(folder, name));
                csvFiles.Add(name);
            }
            return table;
        })).ToList());

        var files = new List<string>();
        if (wanted.Contains("xlsx"))
        {
            TableWorkbookWriter.Write(withCsv, forms, Path.Combine(folder, "tables.xlsx"), checkResults);
            files.Add("tables.xlsx");
        }
        else foreach (var _ in withCsv) { }
        if (wanted.Contains("csv"))
        {
            // One CSV per form kind, numbered after the tables.
            var i = tables.Count;
            foreach (var group in TableWorkbookWriter.FormSheets(forms))
            {
                i++;
                Directory.CreateDirectory(Path.Combine(folder, "csv"));
                var name = Path.Combine("csv", $"{i:D2}-{FileNames.Safe(group[0].SheetName ?? group[0].Title)}.csv");
                FormCsvWriter.Write(group, Path.Combine(folder, name));
                csvFiles.Add(name);
            }
        }
        files.AddRange(csvFiles);
        if (document is not null && wanted.Contains("pdf"))
        {
            Pdf.PdfDocumentWriter.Write(document, Path.Combine(folder, "document.pdf"));
            files.Add("document.pdf");
        }
        if (document is not null && wanted.Contains("docx"))
        {
            Word.DocxDocumentWriter.Write(document, Path.Combine(folder, "document.docx"));
            files.Add("document.docx");
        }
        if (document is not null && wanted.Contains("html"))
        {
            Html.HtmlDocumentWriter.Write(document, Path.Combine(folder, "document.html"), htmlOptions);
            files.Add("document.html");
        }
        if (document is not null && wanted.Contains("txt"))
        {
            File.WriteAllText(Path.Combine(folder, "document.txt"), PublishedDocumentText.ToText(document), new System.Text.UTF8Encoding(false));
            files.Add("document.txt");
        }
        return files;
    }

    /// <summary>The web page's 三公 chart compares with last year's figures, which only the input holds.</summary>
    public static Html.HtmlOptions HtmlOptionsFor(Budget budget)
    {
        var previous = budget.ThreePublicPrevious.Values;
        return new Html.HtmlOptions
        {
            Year = budget.Year,
            ThreePublicLastYear = !previous.Any() ? null : new ThreePublicFigures(
                previous.Sum(p => p.Abroad), previous.Sum(p => p.VehiclePurchase), previous.Sum(p => p.VehicleOperation), previous.Sum(p => p.Reception)),
        };
    }
}

/// <summary>File names made from table titles: characters a file system or a shell would trip on become _.</summary>
public static class FileNames
{
    public static string Safe(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['“', '”', '"', ':', '*', '?', '<', '>', '|', ' ']).ToHashSet();
        return new string(name.Select(c => invalid.Contains(c) ? '_' : c).ToArray());
    }
}

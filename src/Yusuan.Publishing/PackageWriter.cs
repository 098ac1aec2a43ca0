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
        // Each table's CSV is written as the table is derived, before the workbook takes its sheet; then the table is let
        // go. A CSV carries the table's printed number (表5 → 05-…), as the document and the workbook's sheet do; a table
        // the document prints without a number is numbered after the numbered ones once all are known (it waits under a
        // temporary name), so it never shifts the others' numbers.
        var numbers = new HashSet<int>();
        var unnumbered = new List<(string Temporary, string Title)>();
        var withCsv = new TableStream(tables.Select((derive, index) => (Func<Table>)(() =>
        {
            var table = derive();
            if (wanted.Contains("csv"))
            {
                Directory.CreateDirectory(Path.Combine(folder, "csv"));
                if (PrintedNumber(table.Number) is { } n && numbers.Add(n))
                {
                    var name = Path.Combine("csv", $"{n:D2}-{FileNames.Safe(table.Title)}.csv");
                    TableCsvWriter.Write(table, Path.Combine(folder, name));
                    csvFiles.Add(name);
                }
                else
                {
                    var temporary = Path.Combine("csv", $".unnumbered-{index:D3}.csv");
                    TableCsvWriter.Write(table, Path.Combine(folder, temporary));
                    unnumbered.Add((temporary, table.Title));
                }
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
            // One CSV per form kind, by the form's printed number (表13), else numbered after the tables; then the
            // tables printed without a number, in their order.
            var groups = TableWorkbookWriter.FormSheets(forms);
            var next = numbers.Count == 0 ? 0 : numbers.Max();
            foreach (var group in groups)
                if (PrintedNumber(group[0].Number) is { } n) next = Math.Max(next, n);
            foreach (var group in groups)
            {
                Directory.CreateDirectory(Path.Combine(folder, "csv"));
                var n = PrintedNumber(group[0].Number) is { } printed && numbers.Add(printed) ? printed : ++next;
                numbers.Add(n);
                var name = Path.Combine("csv", $"{n:D2}-{FileNames.Safe(group[0].SheetName ?? group[0].Title)}.csv");
                FormCsvWriter.Write(group, Path.Combine(folder, name));
                csvFiles.Add(name);
            }
            foreach (var (temporary, title) in unnumbered)
            {
                var name = Path.Combine("csv", $"{++next:D2}-{FileNames.Safe(title)}.csv");
                File.Move(Path.Combine(folder, temporary), Path.Combine(folder, name), overwrite: true);
                csvFiles.Add(name);
            }
            if (csvFiles.Count > 0)
            {
                var readme = Path.Combine("csv", CsvReadmeName);
                File.WriteAllText(Path.Combine(folder, readme), CsvReadme, new System.Text.UTF8Encoding(false));
                csvFiles.Add(readme);
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
            Word.DocxDocumentWriter.Write(document, Path.Combine(folder, "document.docx"), ContentsPages(document));
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

    /// <summary>
    /// The PDF's page of each 目录 entry, for the Word file's 目录 (so both print the same numbers, and LibreOffice, which
    /// does not update fields, prints them); null without the PDF's fonts (Word then fills them on open).
    /// </summary>
    private static IReadOnlyList<int>? ContentsPages(PublishedDocument document)
    {
        if (!document.TableOfContents) return null;
        try { return Pdf.PdfDocumentWriter.ContentsPages(document); }
        catch (Pdf.PdfFontException) { return null; }
    }

    /// <summary>The README of the CSV folder: how to open the files without losing codes' leading zeros.</summary>
    public const string CsvReadmeName = "README.txt";

    public const string CsvReadme =
        "本文件夹的 CSV 文件\r\n" +
        "\r\n" +
        "每张表一个 CSV 文件，文件名前的编号就是公开文本和工作簿（tables.xlsx）中该表的表号（如 05- 即表5）；" +
        "公开文本未编号的表排在有编号的表之后。\r\n" +
        "文件为 UTF-8 编码（带 BOM），逗号分隔。\r\n" +
        "\r\n" +
        "科目编码、单位编码等代码以 0 开头（如 01、2080501），直接双击用 Excel 打开时会被当成数字，前导 0 丢失（01 变成 1）。" +
        "请按下面的方法打开：\r\n" +
        "\r\n" +
        "Excel：数据 → 从文本/CSV（或“获取外部数据 → 自文本”），文件原始格式选 65001: Unicode (UTF-8)，分隔符选逗号，" +
        "在预览中选中编码列，把列数据格式设为“文本”后再加载。\r\n" +
        "WPS 表格：数据 → 导入数据 → 选择 CSV 文件，编码选 UTF-8，在第 3 步把编码列设为“文本”。\r\n" +
        "LibreOffice Calc：打开文件时在“文本导入”对话框中字符集选 Unicode (UTF-8)，分隔符选逗号，选中编码列，列类型设为“文本”；" +
        "或勾选“将带引号的字段作为文本”并确认编码列已是文本。\r\n" +
        "\r\n" +
        "不想处理格式时，请直接使用同一文件夹上一级的 tables.xlsx：其中的编码已存为文本，不会丢失前导 0。\r\n";

    /// <summary>The number printed in a table's or form's number (表5 → 5, 附表13 → 13), or null when it has none.</summary>
    public static int? PrintedNumber(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return null;
        var digits = new string(number.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 && int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
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

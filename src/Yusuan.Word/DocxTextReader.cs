using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Yusuan.Word;

/// <summary>
/// A paragraph of a .docx body, or one cell of a table in it. <see cref="Paragraph"/> counts the non-empty body
/// paragraphs (第 N 段, tables not counted); a cell has its table (counted in the body), row and column, all 1-based.
/// </summary>
public sealed record DocxTextBlock(string Text)
{
    public int? Paragraph { get; init; }
    public int? Table { get; init; }
    public int? Row { get; init; }
    public int? Column { get; init; }
}

/// <summary>
/// Reads the text of a Word file a unit wrote (for <c>yusuan check --narrative</c>): each body paragraph, and each
/// cell of each table, in reading order. Headers, footers and text boxes are not read.
/// </summary>
public static class DocxTextReader
{
    /// <exception cref="InvalidDataException">The file is not a Word document.</exception>
    public static IReadOnlyList<DocxTextBlock> Read(string path)
    {
        WordprocessingDocument doc;
        try { doc = WordprocessingDocument.Open(path, false); }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FileFormatException or InvalidOperationException)
        {
            throw new InvalidDataException($"不是有效的 Word 文件（.docx）：{e.Message}", e);
        }
        using (doc)
        {
            var body = doc.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("Word 文件中没有正文");
            var blocks = new List<DocxTextBlock>();
            int paragraphs = 0, tables = 0;
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case W.Paragraph p:
                        var text = TextOf(p);
                        if (text.Trim().Length > 0) blocks.Add(new DocxTextBlock(text.Trim()) { Paragraph = ++paragraphs });
                        break;
                    case W.Table t:
                        tables++;
                        var r = 0;
                        foreach (var row in t.Elements<W.TableRow>())
                        {
                            r++;
                            var c = 0;
                            foreach (var cell in row.Elements<W.TableCell>())
                            {
                                c++;
                                var cellText = string.Join("\n", cell.Descendants<W.Paragraph>().Select(TextOf)).Trim();
                                if (cellText.Length > 0) blocks.Add(new DocxTextBlock(cellText) { Table = tables, Row = r, Column = c });
                            }
                        }
                        break;
                }
            }
            return blocks;
        }
    }

    private static string TextOf(W.Paragraph p) => string.Concat(p.Descendants().Select(e => e switch
    {
        W.Text t => t.Text,
        W.TabChar => "\t",
        W.Break => "\n",
        _ => "",
    }));
}

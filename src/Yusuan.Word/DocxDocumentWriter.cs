using DocumentFormat.OpenXml.Packaging;
using Yusuan.Core.Documents;

namespace Yusuan.Word;

/// <summary>
/// Writes the published document (<see cref="PublishedDocument"/>) as an editable Word file, so staff can polish the
/// wording before publishing: a cover, a 目录 (a TOC field Word updates on open), headings in Word's own heading styles
/// (标题 1/2/3, with the document's numbering text), body text in a CJK font with a two-character first-line indent,
/// placeholders highlighted, page numbers in the footer, the narrative in portrait sections and wide tables and forms in
/// landscape sections, as real Word tables: merged header cells, header rows repeated on every page, amounts
/// right-aligned, subtotal rows bold.
/// </summary>
public static class DocxDocumentWriter
{
    /// <summary>Writes the document to <paramref name="path"/>, replacing the file.</summary>
    /// <remarks>
    /// <paramref name="contentsPages"/>: the body page of each 目录 entry, in the 目录's order (the PDF's layout:
    /// <c>PdfDocumentWriter.ContentsPages</c>), written as the PAGEREF fields' current results so a reader that does not
    /// update fields (LibreOffice) prints them; null leaves them for Word to fill.
    /// </remarks>
    public static void Write(PublishedDocument document, string path, IReadOnlyList<int>? contentsPages = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        Write(document, stream, contentsPages);
    }

    /// <summary>Writes the document to <paramref name="stream"/> (left open).</summary>
    public static void Write(PublishedDocument document, Stream stream, IReadOnlyList<int>? contentsPages = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.CanRead)
        {
            WriteTo(document, stream, contentsPages);
            return;
        }
        // The package needs a seekable stream; build it in memory, then copy.
        using var buffer = new MemoryStream();
        WriteTo(document, buffer, contentsPages);
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static void WriteTo(PublishedDocument document, Stream stream, IReadOnlyList<int>? contentsPages)
    {
        using var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document, autoSave: true);
        new DocxBuilder(package, document, contentsPages).Build();
    }
}

using UglyToad.PdfPig;
using Yusuan.Core.Documents;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;

namespace Yusuan.Pdf.Tests;

/// <summary>The guangyuan document rendered once for all tests; set YUSUAN_PDF_KEEP to a folder to keep the file.</summary>
public sealed class GuangyuanPdfFixture
{
    public PublishedDocument Document { get; }
    public IReadOnlyList<Table> Tables { get; }
    public IReadOnlyList<Form> Forms { get; }
    public byte[] Bytes { get; }
    /// <summary>Each page's text in reading order (PdfPig's letters joined), its width and height.</summary>
    public IReadOnlyList<(string Text, double Width, double Height)> Pages { get; }

    public GuangyuanPdfFixture()
    {
        (Document, Tables, Forms) = SampleDocument.Guangyuan();
        Bytes = PdfDocumentWriter.Render(Document);
        if (Environment.GetEnvironmentVariable("YUSUAN_PDF_KEEP") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.WriteAllBytes(Path.Combine(keep, "guangyuan.pdf"), Bytes);
        }
        using var pdf = PdfDocument.Open(Bytes);
        Pages = pdf.GetPages().Select(p => (p.Text, p.Width, p.Height)).ToList();
    }
}

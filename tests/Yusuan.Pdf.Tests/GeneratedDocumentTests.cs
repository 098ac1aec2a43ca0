using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using Yusuan.Core.Documents;
using Yusuan.Core.Input;

namespace Yusuan.Pdf.Tests;

/// <summary>The document <see cref="DocumentBuilder"/> writes for a sample, as PDF: its text reads back as the model holds it.</summary>
public sealed class GeneratedDocumentTests
{
    [Theory]
    [InlineData("guangyuan-2025")]
    [InlineData("shenzhen-2023")]
    public void The_generated_document_renders_and_its_paragraphs_read_back(string sample)
    {
        var budget = BudgetReader.Read(Path.Combine(SampleDocument.Root(), "samples", sample, "budget.json"));
        var document = DocumentBuilder.Build(budget);
        var bytes = PdfDocumentWriter.Render(document);
        if (Environment.GetEnvironmentVariable("YUSUAN_PDF_KEEP") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.WriteAllBytes(Path.Combine(keep, sample + "-document.pdf"), bytes);
        }
        using var pdf = PdfDocument.Open(bytes);
        // PdfPig joins a page's letters in drawing order; blanks and line ends are not letters of the model's text.
        // The footer (第 N 页) ends each page's text: without it a paragraph reads on across the page break.
        var text = string.Concat(pdf.GetPages().Select(p => Regex.Replace(p.Text.Replace(" ", ""), "第\\d+页$", "")));
        foreach (var paragraph in document.Blocks.OfType<ParagraphBlock>())
        {
            var expected = paragraph.Text.Replace(" ", "").Replace("\n", "");
            Assert.True(text.Contains(expected, StringComparison.Ordinal), $"not in the PDF: {expected}");
        }
        foreach (var heading in document.Blocks.OfType<HeadingBlock>())
            Assert.Contains(heading.Text.Replace(" ", ""), text);
    }
}

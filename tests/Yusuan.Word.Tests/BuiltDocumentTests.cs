using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Yusuan.Core.Documents;
using Yusuan.Core.Input;
using Yusuan.Tests.Shared.Documents;

namespace Yusuan.Word.Tests;

/// <summary>The documents <see cref="DocumentBuilder"/> writes for the samples, as DOCX.</summary>
public sealed class BuiltDocumentTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("yusuan-docx-built-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("guangyuan-2025")]
    [InlineData("shenzhen-2023")]
    [InlineData("bazhong-2021")]
    public void The_built_document_is_valid_and_keeps_its_prose_and_tables(string sample)
    {
        var document = DocumentBuilder.Build(BudgetReader.Read(SampleDocument.Sample(sample)));
        var path = Path.Combine(_dir, sample + ".docx");
        DocxDocumentWriter.Write(document, path);
        using var doc = WordprocessingDocument.Open(path, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Path?.XPath}: {e.Description}")));

        var body = doc.MainDocumentPart!.Document.Body!;
        var texts = body.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).ToHashSet();
        foreach (var paragraph in document.Blocks.OfType<ParagraphBlock>().Where(p => p.Text.Length > 0))
            Assert.Contains(paragraph.Text.Replace("\r\n", "").Replace("\n", "").Replace("\t", ""), texts);
        // One Word table per table and form; a table too wide for a page at 8 pt is written in parts.
        Assert.InRange(body.Elements<Table>().Count(), document.Blocks.Count(b => b is TableBlock or FormBlock), 2 * document.Blocks.Count(b => b is TableBlock or FormBlock));
        var placeholders = document.Blocks.OfType<ParagraphBlock>().SelectMany(p => p.Runs).Count(r => r.Placeholder && r.Text.Length > 0);
        Assert.Equal(placeholders, body.Descendants<Run>().Count(r => r.RunProperties?.Highlight?.Val?.Value == HighlightColorValues.Yellow));
    }
}

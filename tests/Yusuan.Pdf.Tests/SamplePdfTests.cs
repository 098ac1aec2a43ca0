using UglyToad.PdfPig;
using Yusuan.Core.Documents;
using Yusuan.Core.Input;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;

namespace Yusuan.Pdf.Tests;

/// <summary>Every sample's tables and forms render, and every title and figure of the first table reads back.</summary>
public sealed class SamplePdfTests
{
    [Theory]
    [InlineData("bazhong-2021")]
    [InlineData("shenzhen-2023")]
    [InlineData("department-2025")]
    [InlineData("shandong-2021")]
    public void A_samples_tables_and_forms_render(string sample)
    {
        var budget = BudgetReader.Read(Path.Combine(SampleDocument.Root(), "samples", sample, "budget.json"));
        var tables = TableSetBuilder.Build(budget);
        var forms = TargetFormBuilder.Build(budget);
        var blocks = new List<DocumentBlock> { new HeadingBlock(1, "预算表") { NewPage = true } };
        blocks.AddRange(tables.Select(t => new TableBlock(t)));
        blocks.AddRange(forms.Select(f => new FormBlock(f)));
        var bytes = PdfDocumentWriter.Render(new PublishedDocument { Title = sample, Blocks = blocks });
        if (Environment.GetEnvironmentVariable("YUSUAN_PDF_KEEP") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.WriteAllBytes(Path.Combine(keep, sample + ".pdf"), bytes);
        }
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        foreach (var table in tables) Assert.Contains(table.Title, text);
        foreach (var form in forms) Assert.Contains(form.Title, text);
        var first = tables[0];
        for (var r = 0; r < first.Rows.Count; r++)
            for (var c = 0; c < first.Columns.Count; c++)
                if (first.Columns[c].Kind == ColumnKind.Amount && first.Format(first.Rows[r], c) is { Length: > 0 } figure)
                    Assert.Contains(figure, text);
    }
}

using AngleSharp.Html.Parser;
using Yusuan.Core.Documents;
using Yusuan.Core.Input;
using Yusuan.Tests.Shared.Documents;

namespace Yusuan.Html.Tests;

/// <summary>The documents <see cref="DocumentBuilder"/> writes for the samples, as web pages.</summary>
public sealed class BuiltDocumentTests
{
    [Theory]
    [InlineData("guangyuan-2025")]
    [InlineData("shenzhen-2023")]
    [InlineData("bazhong-2021")]
    public void The_built_document_is_well_formed_with_its_prose_figures_and_charts(string sample)
    {
        var document = DocumentBuilder.Build(BudgetReader.Read(SampleDocument.Sample(sample)));
        var html = HtmlDocumentWriter.ToHtml(document);
        if (Environment.GetEnvironmentVariable("YUSUAN_DOC_OUT") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.WriteAllText(Path.Combine(keep, sample + ".html"), html);
        }
        var dom = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);
        System.Xml.Linq.XDocument.Parse(html["<!DOCTYPE html>".Length..]);

        var paragraphs = dom.QuerySelectorAll("main p").Select(p => p.TextContent).ToHashSet();
        foreach (var paragraph in document.Blocks.OfType<ParagraphBlock>().Where(p => p.Text.Length > 0))
            Assert.Contains(paragraph.Text, paragraphs);
        var figures = document.Blocks.OfType<ParagraphBlock>().SelectMany(p => p.Runs).Count(r => r.Source is not null && !r.Placeholder && r.Text.Length > 0);
        Assert.Equal(figures, dom.QuerySelectorAll("span.fig, span.src").Length);
        Assert.All(dom.QuerySelectorAll("span.fig, span.src"), f => Assert.False(string.IsNullOrWhiteSpace(f.GetAttribute("title"))));
        // Every number of the prose is a marked figure.
        var numbers = document.Blocks.OfType<ParagraphBlock>().SelectMany(p => p.Runs).Count(r => r.Source is not null && !r.Placeholder && r.Text.Any(char.IsAsciiDigit));
        Assert.Equal(numbers, dom.QuerySelectorAll("span.fig").Count(f => f.TextContent.Any(char.IsAsciiDigit)));
        var placeholders = document.Blocks.OfType<ParagraphBlock>().SelectMany(p => p.Runs).Count(r => r.Placeholder && r.Text.Length > 0);
        Assert.Equal(placeholders, dom.QuerySelectorAll("mark.placeholder").Length);
        Assert.Equal(document.Blocks.Count(b => b is TableBlock), dom.QuerySelectorAll("section.table-block").Length);
        Assert.NotEmpty(dom.QuerySelectorAll("figure.chart-box svg rect.bar"));
        foreach (var a in dom.QuerySelectorAll("nav.toc a")) Assert.NotNull(dom.GetElementById(a.GetAttribute("href")![1..]));
    }
}

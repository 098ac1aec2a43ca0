namespace Yusuan.Core.Documents;

/// <summary>
/// A draft of the published document: what <c>build --allow-errors</c> writes for a budget that has errors. Every page is
/// marked 草稿 (<see cref="PublishedDocument.DraftMark"/>), the title says 草稿, and a first section lists what the checks
/// found, so a draft cannot pass for the published document.
/// </summary>
public static class DraftDocument
{
    public const string Mark = "草稿";

    public const string FindingsHeading = "草稿：检查发现的问题";

    /// <summary>The document marked as a draft, its first section listing <paramref name="findings"/> (one line each, as printed).</summary>
    public static PublishedDocument Of(PublishedDocument document, IReadOnlyList<string> findings, string summary)
    {
        var blocks = new List<DocumentBlock>
        {
            new HeadingBlock(1, FindingsHeading),
            new ParagraphBlock([new TextRun($"本文件是草稿，不得公开。预算数据未通过检查（{summary}），以下问题改正后才能生成正式文本。")]),
        };
        blocks.AddRange(findings.Select((f, i) => (DocumentBlock)new ParagraphBlock([new TextRun($"{i + 1}. {f}")]) { Indent = false }));
        blocks.Add(new PageBreakBlock());
        blocks.AddRange(document.Blocks);
        return document with
        {
            Title = $"{document.Title}（{Mark}）",
            DraftMark = Mark,
            Blocks = blocks,
        };
    }
}

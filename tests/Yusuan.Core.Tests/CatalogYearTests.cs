using Yusuan.Core.Catalogs;
using Yusuan.Core.Documents;

namespace Yusuan.Core.Tests;

public class CatalogYearTests
{
    [Fact]
    public void A_year_past_the_newest_catalog_gets_the_newest_and_says_so()
    {
        var later = CatalogLoader.Load(2030);

        Assert.True(later.PastNewest);
        Assert.Equal(2025, later.NewestYear);
        Assert.Equal(2025, later.CatalogYear);
        Assert.Equal(2030, later.Year);
        Assert.Equal("2030 年晚于科目表的最新年度 2025 年：按 2025 年的科目（编码和名称）使用", later.PastNewestNotice);
        // The newest catalog's codes, the Sichuan sub-items of 2025 among them.
        var newest = CatalogLoader.Load(2025);
        Assert.Equal(newest.Functional.Count, later.Functional.Count);
        Assert.Equal(newest.Economic.Count, later.Economic.Count);
        Assert.True(later.Economic.Contains("3010101"));
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2025)]
    public void A_year_the_catalogs_cover_is_its_own(int year)
    {
        var set = CatalogLoader.Load(year);
        Assert.False(set.PastNewest);
        Assert.Null(set.PastNewestNotice);
        Assert.Equal(year, set.CatalogYear);
    }
}

public class DraftDocumentTests
{
    [Fact]
    public void A_draft_is_marked_and_lists_the_findings_first()
    {
        var document = DocumentBuilder.Build(Repo.Budget("guangyuan-2025"));

        var draft = DraftDocument.Of(document, ["[错误 X] a", "[警告 Y] b"], "错误 1 个，警告 1 个，提示 0 个");

        Assert.Null(document.DraftMark);
        Assert.Equal("草稿", draft.DraftMark);
        Assert.EndsWith("（草稿）", draft.Title);
        var first = Assert.IsType<HeadingBlock>(draft.Blocks[0]);
        Assert.Equal("草稿：检查发现的问题", first.Text);
        var listed = draft.Blocks.Skip(1).TakeWhile(b => b is ParagraphBlock).Cast<ParagraphBlock>().Select(p => p.Text).ToList();
        Assert.Contains("错误 1 个，警告 1 个", listed[0]);
        Assert.Equal(["1. [错误 X] a", "2. [警告 Y] b"], listed.Skip(1));
        Assert.Equal(document.Blocks, draft.Blocks.Skip(listed.Count + 2));
        var text = PublishedDocumentText.ToText(draft);
        Assert.StartsWith("【草稿】", text);
        Assert.DoesNotContain("草稿", PublishedDocumentText.ToText(document));
    }
}

using Yusuan.Core.Documents;

namespace Yusuan.Core.Tests.Documents;

public class NarrativeTemplateTests
{
    [Fact]
    public void Slots_and_nested_choices_parse()
    {
        var t = NarrativeTemplate.Parse("收支总数{total}万元，{change:比{previousYear}年增加{change}万元|比{previousYear}年减少{change}万元|持平}。");
        Assert.Equal(["total", "change", "previousYear", "change", "previousYear", "change"], t.SlotNames());
        var choice = Assert.IsType<NarrativeTemplate.Slot>(t.Parts[3]);
        Assert.Equal(3, choice.Choices!.Count);
        Assert.Equal("持平", Assert.IsType<NarrativeTemplate.Literal>(Assert.Single(choice.Choices[2].Parts)).Text);
        Assert.Equal("。", Assert.IsType<NarrativeTemplate.Literal>(t.Parts[^1]).Text);
    }

    [Fact]
    public void A_bar_outside_a_choice_is_text()
    {
        var t = NarrativeTemplate.Parse("甲|乙");
        Assert.Equal("甲|乙", Assert.IsType<NarrativeTemplate.Literal>(Assert.Single(t.Parts)).Text);
    }

    [Theory]
    [InlineData("收入{total")]
    [InlineData("收入{}万元")]
    [InlineData("收入}万元")]
    [InlineData("{a:甲|乙")]
    public void A_broken_template_is_reported_with_its_text(string template)
    {
        var e = Assert.Throws<InvalidDataException>(() => NarrativeTemplate.Parse(template));
        Assert.Contains(template, e.Message);
    }
}

using Yusuan.Core.Documents;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;

namespace Yusuan.Tests.Shared.Documents;

/// <summary>Shapes renderers must survive: a table without columns, an empty form, a heading of level 5, text with XML's special characters.</summary>
internal static class OddDocument
{
    public static PublishedDocument Build() => new()
    {
        Title = "边界 <情况> & \"引号\"",
        TableOfContents = true,
        Blocks =
        [
            new HeadingBlock(5, "很深的标题"),
            new ParagraphBlock([new TextRun("第一行\n第二行\t制表 \u0001控制字符"), new TextRun("") { Placeholder = true }]),
            new TableBlock(new Table
            {
                Id = "odd",
                Title = "无栏目的表",
                Subject = "",
                UnitLabel = "",
                Header = [],
                Rows = [],
                Presentation = new Presentation(),
                IsEmpty = true,
            }),
            new PageBreakBlock(),
            new PageBreakBlock(),
            new FormBlock(new Form
            {
                Definition = "odd",
                Kind = "project",
                Title = "空表样",
                ColumnWidths = [],
                RowCount = 0,
                Cells = [],
                Presentation = new Presentation(),
            }),
            new FormBlock(new Form
            {
                Definition = "odd2",
                Kind = "project",
                Title = "重叠的单元格",
                ColumnWidths = [10, 10, 10],
                RowCount = 2,
                Cells = [FormCell.Label(0, 0, "甲") with { ColumnSpan = 2, RowSpan = 2 }, FormCell.Label(0, 1, "乙"), FormCell.Money(1, 2, 12345m) with { ColumnSpan = 5 }],
                Presentation = new Presentation(),
                Below = [new FormLine(["左", "中", "右", "更右"])],
            }),
        ],
    };
}

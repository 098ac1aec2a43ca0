using Yusuan.Core.Model;

namespace Yusuan.Html;

/// <summary>Choices for the web page.</summary>
public sealed record HtmlOptions
{
    /// <summary>Draw the charts (收入构成, 支出功能分类, 基本支出与项目支出, 三公 本年与上年) from the document's tables.</summary>
    public bool Charts { get; init; } = true;

    /// <summary>
    /// Last year's 三公 figures (元) for the 三公 chart, when the document's 三公 table holds this year only (四川 2025 does;
    /// 深圳 2023 prints both years, which are used first). Typically the sum of <see cref="Budget.ThreePublicPrevious"/>.
    /// </summary>
    public ThreePublicFigures? ThreePublicLastYear { get; init; }

    /// <summary>The year the document is for, to label the 三公 chart's series (2025年 / 2024年); taken from the table's rows when it has them.</summary>
    public int? Year { get; init; }
}

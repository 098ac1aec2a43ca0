using SkiaSharp;

namespace Yusuan.Pdf;

/// <summary>What is drawn on a page, in points from the page's top-left corner. Layout makes these; the writer draws them.</summary>
internal abstract record PageOp;

/// <summary>A line of text; <see cref="Heading"/> sets it in the heading (黑体) face, else in the body (明体/宋体) face.</summary>
internal sealed record TextOp(float X, float Baseline, string Text, float Size, bool Bold, SKColor Color, bool Heading = false) : PageOp;

internal sealed record LineOp(float X1, float Y1, float X2, float Y2, float Width) : PageOp;

/// <summary>Leader dots from <see cref="X1"/> to <see cref="X2"/> on the line <see cref="Y"/> (the 目录's).</summary>
internal sealed record DotsOp(float X1, float X2, float Y) : PageOp;

internal sealed record StrokeRectOp(SKRect Rect, float Width) : PageOp;

internal sealed record FillOp(SKRect Rect, SKColor Color) : PageOp;

/// <summary>A clickable area that jumps to a named destination (the 目录's entries).</summary>
internal sealed record LinkOp(SKRect Rect, string Destination) : PageOp;

/// <summary>A named destination: where a heading starts.</summary>
internal sealed record DestinationOp(float X, float Y, string Name) : PageOp;

/// <summary>Page geometry: A4 in either orientation, with the content box inside the margins.</summary>
internal sealed record PageGeometry(float Width, float Height, float Left, float Right, float Top, float Bottom, float FooterBaseline)
{
    public const float A4Short = 595.28f;
    public const float A4Long = 841.89f;

    public static readonly PageGeometry Portrait = new(A4Short, A4Long, 72, 72, 72, 72, A4Long - 40);
    public static readonly PageGeometry Landscape = new(A4Long, A4Short, 42, 42, 42, 48, A4Short - 24);

    public bool IsLandscape => Width > Height;
    public float ContentWidth => Width - Left - Right;
    public float ContentBottom => Height - Bottom;
    public float ContentHeight => ContentBottom - Top;

    public static PageGeometry Of(bool landscape) => landscape ? Landscape : Portrait;
}

internal sealed class Page(PageGeometry geometry)
{
    public PageGeometry Geometry { get; } = geometry;
    public List<PageOp> Ops { get; } = [];
    /// <summary>The printed page number (第 N 页); null on the cover and the 目录.</summary>
    public int? Number { get; set; }
}

/// <summary>A bookmark: its title, its depth (0 = top), the page (0-based) and the top of its place on the page.</summary>
internal sealed record OutlineEntry(string Title, int Level, int Page, float Y);

/// <summary>A heading as the 目录 lists it: the destination it links to and the body page it starts on.</summary>
internal sealed record TocEntry(int Level, string? Number, string Text, string Destination, int BodyPage);

/// <summary>Colours and sizes of the document's look.</summary>
internal static class Style
{
    public static readonly SKColor Text = SKColors.Black;
    public static readonly SKColor Rule = new(0x33, 0x33, 0x33);
    public static readonly SKColor HeaderFill = new(0xEE, 0xEE, 0xEE);
    public static readonly SKColor PlaceholderFill = new(0xFF, 0xEB, 0x7A);
    public static readonly SKColor PlaceholderText = new(0xA0, 0x10, 0x10);
    public static readonly SKColor Footer = new(0x44, 0x44, 0x44);

    public const float Body = 12f;
    public const float BodyLeading = 1.75f;
    public const float CellLeading = 1.3f;
    public const float RuleWidth = 0.6f;
}

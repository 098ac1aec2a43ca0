using SkiaSharp;

namespace Yusuan.Pdf;

internal enum Align { Left, Center, Right }

/// <summary>
/// The pages being filled, top to bottom: the current page, the position on it, and the drawing helpers every composer
/// uses (text lines in a box, wrapped text, rules).
/// </summary>
internal sealed class PageFlow(CjkFont font)
{
    public CjkFont Font { get; } = font;
    public List<Page> Pages { get; } = [];
    public Page? Current { get; private set; }
    public float Y { get; set; }

    public PageGeometry Geometry => Current?.Geometry ?? PageGeometry.Portrait;
    public int PageIndex => Pages.Count - 1;
    public float Bottom => Geometry.ContentBottom;
    public float Left => Geometry.Left;
    public float Width => Geometry.ContentWidth;

    /// <summary>Nothing drawn on the current page yet (or there is no page).</summary>
    public bool AtTop => Current is null || Current.Ops.Count == 0;

    public Page NewPage(bool landscape)
    {
        Current = new Page(PageGeometry.Of(landscape));
        Pages.Add(Current);
        Y = Current.Geometry.Top;
        return Current;
    }

    /// <summary>A fresh page of this orientation, unless the current page is still empty and already so.</summary>
    public void FreshPage(bool landscape)
    {
        if (Current is not null && AtTop && Current.Geometry.IsLandscape == landscape) return;
        NewPage(landscape);
    }

    /// <summary>Room for <paramref name="height"/> more points on the current page, else a new page like it.</summary>
    public bool EnsureRoom(float height)
    {
        if (Current is null) { NewPage(false); return true; }
        if (Y + height <= Bottom + 0.01f || AtTop) return false;
        NewPage(Current.Geometry.IsLandscape);
        return true;
    }

    public void Add(PageOp op) => Current!.Ops.Add(op);

    public float Measure(string? text, float size, bool heading = false) => (heading ? Font.Heading : Font).Measure(text, size);

    public List<string> Wrap(string? text, float size, float width, bool heading = false)
    {
        var font = heading ? Font.Heading : Font;
        if (string.IsNullOrEmpty(text)) return [""];
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
            lines.AddRange(TextBreaker.Wrap(paragraph, s => font.Measure(s, size), Math.Max(width, size)));
        return lines;
    }

    /// <summary>
    /// Lines of about equal length: as few lines as <paramref name="width"/> allows, in the narrowest width that keeps
    /// that many (a centred title of two lines breaks near its middle rather than leaving one character on the second).
    /// </summary>
    public List<string> WrapBalanced(string? text, float size, float width, bool heading = false)
    {
        var lines = Wrap(text, size, width, heading);
        if (lines.Count < 2) return lines;
        var narrow = Narrowest(text!, size, lines.Count, width, heading);
        return Wrap(text, size, narrow, heading);
    }

    public float Narrowest(string text, float size, int lines, float upTo, bool heading = false) =>
        TextBreaker.Narrowest(text, s => (heading ? Font.Heading : Font).Measure(s, size), lines, upTo);

    /// <summary>The baseline of a line of <paramref name="size"/> centred in a line box from <paramref name="top"/>, <paramref name="lineHeight"/> high.</summary>
    public static float Baseline(float top, float lineHeight, float size) => top + lineHeight / 2 + size * 0.36f;

    /// <summary>One line of text in the horizontal span [x, x + width], aligned.</summary>
    public void Text(string text, float x, float width, float baseline, float size, bool bold = false, Align align = Align.Left, SKColor? color = null,
        bool heading = false)
    {
        if (string.IsNullOrEmpty(text)) return;
        var w = Measure(text, size, heading);
        var at = align switch
        {
            Align.Center => x + (width - w) / 2,
            Align.Right => x + width - w,
            _ => x,
        };
        Add(new TextOp(at, baseline, text, size, bold, color ?? Style.Text, heading));
    }

    /// <summary>Lines centred vertically in a box, each aligned horizontally within it (padding already taken off).</summary>
    public void Lines(IReadOnlyList<string> lines, SKRect box, float size, float lineHeight, bool bold, Align align)
    {
        var total = lines.Count * lineHeight;
        var top = box.Top + (box.Height - total) / 2;
        for (var i = 0; i < lines.Count; i++)
            Text(lines[i], box.Left, box.Width, Baseline(top + i * lineHeight, lineHeight, size), size, bold, align);
    }

    /// <summary>Wrapped text drawn from the current position over the full width, advancing <see cref="Y"/>; breaks pages as needed.</summary>
    /// <remarks><paramref name="heading"/> sets it in the heading (黑体) face.</remarks>
    public void Block(string text, float size, float lineHeight, bool bold = false, Align align = Align.Left, float indent = 0, bool heading = false)
    {
        var lines = align == Align.Center ? WrapBalanced(text, size, Width - indent, heading) : Wrap(text, size, Width - indent, heading);
        foreach (var line in lines)
        {
            EnsureRoom(lineHeight);
            Text(line, Left + indent, Width - indent, Baseline(Y, lineHeight, size), size, bold, align, heading: heading);
            Y += lineHeight;
        }
    }

    /// <summary>
    /// A line of up to three parts spread over the width — left, (centre,) right — as the forms' and tables' subject
    /// lines are printed. Returns the height used.
    /// </summary>
    public float Parts(IReadOnlyList<string> parts, float x, float width, float top, float size, float lineHeight)
    {
        var texts = parts.Where(p => !string.IsNullOrEmpty(p)).ToList();
        if (texts.Count == 0) return lineHeight;
        if (texts.Count == 2)
        {
            // Left and right: the right part keeps its width, the left one wraps in what is left.
            var rightWidth = Math.Min(Measure(texts[1], size), width / 2);
            var leftLines = Wrap(texts[0], size, width - rightWidth - size * 2);
            var rightLines = Wrap(texts[1], size, rightWidth + 0.5f);
            for (var i = 0; i < leftLines.Count; i++)
                Text(leftLines[i], x, width, Baseline(top + i * lineHeight, lineHeight, size), size);
            for (var i = 0; i < rightLines.Count; i++)
                Text(rightLines[i], x, width, Baseline(top + i * lineHeight, lineHeight, size), size, align: Align.Right);
            return Math.Max(leftLines.Count, rightLines.Count) * lineHeight;
        }
        var n = texts.Count;
        var height = lineHeight;
        for (var i = 0; i < n; i++)
        {
            var from = x + i * width / n;
            var align = n == 1 || i == 0 ? Align.Left : i == n - 1 ? Align.Right : Align.Center;
            var lines = Wrap(texts[i], size, width / n);
            for (var l = 0; l < lines.Count; l++)
                Text(lines[l], from, width / n, Baseline(top + l * lineHeight, lineHeight, size), size, align: align);
            height = Math.Max(height, lines.Count * lineHeight);
        }
        return height;
    }

    public void Stroke(SKRect rect) => Add(new StrokeRectOp(rect, Style.RuleWidth));

    public void Fill(SKRect rect, SKColor color) => Add(new FillOp(rect, color));
}

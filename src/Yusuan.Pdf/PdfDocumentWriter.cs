using System.Globalization;
using SkiaSharp;
using Yusuan.Core.Documents;

namespace Yusuan.Pdf;

/// <summary>Options of the PDF writer.</summary>
public sealed record PdfWriterOptions
{
    /// <summary>The body's CJK TrueType font; null: found as <see cref="CjkFontLocator.Locate"/> says.</summary>
    public FontFile? Font { get; init; }
    /// <summary>The headings' (黑体) TrueType font; null: <see cref="CjkFontLocator.LocateHeading"/>, or <see cref="Font"/> when that is given.</summary>
    public FontFile? HeadingFont { get; init; }
    /// <summary>Embed only the glyphs the document uses (HarfBuzz subsetting); false embeds the whole face.</summary>
    public bool Subset { get; init; } = true;
}

/// <summary>
/// Writes a <see cref="PublishedDocument"/> as an A4 PDF: a cover, a 目录 with page numbers and links, the narrative
/// on portrait pages, each table and form on pages of its own orientation with its header repeated on every page it
/// runs onto, 第 N 页 under every page after the 目录, and bookmarks for the parts, sections, tables and forms. The
/// Chinese text is set in two TrueType CJK faces, each embedded as a subset so it can be searched and copied: the body
/// in a Ming face (AR PL UMing, Debian fonts-arphic-uming), titles and headings in a sans (黑体) face (WenQuanYi Micro
/// Hei, Debian fonts-wqy-microhei), as official documents set them. See docs/pdf.md.
/// </summary>
public static class PdfDocumentWriter
{
    public static void Write(PublishedDocument document, string path, PdfWriterOptions? options = null)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var bytes = Render(document, options);
        File.WriteAllBytes(full, bytes);
    }

    public static void Write(PublishedDocument document, Stream output, PdfWriterOptions? options = null)
    {
        var bytes = Render(document, options);
        output.Write(bytes);
    }

    /// <summary>
    /// The body page (numbered from 1 after the 目录) of each 目录 entry in order, as the PDF lays the document out; the
    /// Word file writes them into its 目录 so both print the same numbers.
    /// </summary>
    public static IReadOnlyList<int> ContentsPages(PublishedDocument document, PdfWriterOptions? options = null)
    {
        options ??= new PdfWriterOptions();
        using var font = CjkFont.Load(options.Font, options.HeadingFont);
        return new DocumentComposer(font).Compose(document).Contents.Select(c => c.BodyPage).ToList();
    }

    /// <summary>The PDF file's bytes.</summary>
    public static byte[] Render(PublishedDocument document, PdfWriterOptions? options = null)
    {
        options ??= new PdfWriterOptions();
        using var font = CjkFont.Load(options.Font, options.HeadingFont);
        var composed = new DocumentComposer(font).Compose(document);
        var pdf = Draw(composed, font, document, options.Subset);
        return PdfFinisher.Finish(pdf, composed);
    }

    private static byte[] Draw(ComposedDocument composed, CjkFont font, PublishedDocument document, bool subset)
    {
        var footers = composed.Pages.Select(p => p.Number is { } n ? Footer(n) : null).ToList();
        var bodyPoints = new SortedSet<int>();
        var headingPoints = new SortedSet<int>();
        foreach (var page in composed.Pages)
            foreach (var op in page.Ops)
                if (op is TextOp t) Add(t.Heading && !ReferenceEquals(font.Heading, font) ? headingPoints : bodyPoints, t.Text);
        foreach (var footer in footers) Add(bodyPoints, footer);
        Add(bodyPoints, DraftHeader(document));
        SKTypeface? subsetFace = null, subsetHeading = null;
        if (subset)
        {
            if (FontSubsetter.Subset(font.File, bodyPoints) is { } bytes)
                subsetFace = SKTypeface.FromData(SKData.CreateCopy(bytes));
            if (!ReferenceEquals(font.Heading, font) && headingPoints.Count > 0 && FontSubsetter.Subset(font.Heading.File, headingPoints) is { } headingBytes)
                subsetHeading = SKTypeface.FromData(SKData.CreateCopy(headingBytes));
        }
        var typeface = subsetFace ?? font.Typeface;
        var headingFace = ReferenceEquals(font.Heading, font) ? typeface : subsetHeading ?? font.Heading.Typeface;
        var faces = (typeface, headingFace);
        try
        {
            using var stream = new MemoryStream();
            var metadata = new SKDocumentPdfMetadata
            {
                Title = document.Title,
                Subject = document.Subtitle ?? "",
                Creator = "Yusuan",
                Producer = "Yusuan (SkiaSharp PDF)",
                RasterDpi = 300,
            };
            using (var pdf = SKDocument.CreatePdf(stream, metadata))
            {
                var fonts = new Dictionary<(bool, float), SKFont>();
                using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
                using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = Style.Rule };
                try
                {
                    for (var i = 0; i < composed.Pages.Count; i++)
                    {
                        var page = composed.Pages[i];
                        var g = page.Geometry;
                        var canvas = pdf.BeginPage(g.Width, g.Height);
                        foreach (var op in page.Ops) DrawOp(canvas, op, faces, fonts, fill, stroke);
                        if (footers[i] is { } footer)
                            DrawOp(canvas, new TextOp(g.Width / 2 - font.Measure(footer, 9) / 2, g.FooterBaseline, footer, 9, false, Style.Footer),
                                faces, fonts, fill, stroke);
                        // A draft (build --allow-errors): 草稿 at the top of every page, cover and 目录 included.
                        if (DraftHeader(document) is { } draft)
                            DrawOp(canvas, new TextOp(g.Width / 2 - font.Measure(draft, 14) / 2, g.Top / 2 + 5, draft, 14, false, Style.PlaceholderText),
                                faces, fonts, fill, stroke);
                        pdf.EndPage();
                    }
                    pdf.Close();
                }
                finally
                {
                    foreach (var f in fonts.Values) f.Dispose();
                }
            }
            return stream.ToArray();
        }
        finally
        {
            subsetFace?.Dispose();
            subsetHeading?.Dispose();
        }
    }

    /// <summary>The header of a draft's every page, or null for a document to publish.</summary>
    internal static string? DraftHeader(PublishedDocument document) =>
        document.DraftMark is { } mark ? $"{mark} · 未通过检查，不得公开" : null;

    private static string Footer(int number) => $"第 {number.ToString(CultureInfo.InvariantCulture)} 页";

    private static void Add(SortedSet<int> codePoints, string? text)
    {
        if (text is null) return;
        foreach (var rune in text.EnumerateRunes()) codePoints.Add(rune.Value);
    }

    private static void DrawOp(SKCanvas canvas, PageOp op, (SKTypeface Body, SKTypeface Heading) faces, Dictionary<(bool, float), SKFont> fonts,
        SKPaint fill, SKPaint stroke)
    {
        SKFont Font(float size, bool heading = false)
        {
            if (fonts.TryGetValue((heading, size), out var font)) return font;
            font = new SKFont(heading ? faces.Heading : faces.Body, size)
            {
                LinearMetrics = true,
                Subpixel = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
            };
            fonts[(heading, size)] = font;
            return font;
        }

        switch (op)
        {
            case TextOp t:
                // Bold: the regular face in a marker colour that PdfFinisher turns into black fill-and-stroke text.
                fill.Color = t.Bold && t.Color == Style.Text ? PdfFinisher.BoldMarker(t.Size) : t.Color;
                canvas.DrawText(t.Text, t.X, t.Baseline, SKTextAlign.Left, Font(t.Size, t.Heading), fill);
                break;
            case DotsOp dotsOp:
                // Leader dots as tiny squares: a dash path effect would be flattened into curves, ~1 KB a dot.
                fill.Color = Style.Rule;
                for (var x = dotsOp.X1; x + 0.8f <= dotsOp.X2; x += 3f)
                    canvas.DrawRect(new SKRect(x, dotsOp.Y - 0.8f, x + 0.8f, dotsOp.Y), fill);
                break;
            case FillOp f:
                fill.Color = f.Color;
                canvas.DrawRect(f.Rect, fill);
                break;
            case StrokeRectOp r:
                stroke.StrokeWidth = r.Width;
                canvas.DrawRect(r.Rect, stroke);
                break;
            case LineOp l:
                stroke.StrokeWidth = l.Width;
                canvas.DrawLine(l.X1, l.Y1, l.X2, l.Y2, stroke);
                break;
            case LinkOp link:
                canvas.DrawLinkDestinationAnnotation(link.Rect, link.Destination);
                break;
            case DestinationOp d:
                canvas.DrawNamedDestinationAnnotation(new SKPoint(d.X, d.Y), d.Name);
                break;
        }
    }
}

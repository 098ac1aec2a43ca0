using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Yusuan.Pdf.Tests;

/// <summary>What a reader finds in a PDF: each font's dictionary facts, read with PdfPig's token API.</summary>
internal static class PdfProbe
{
    public sealed record FontFacts(string BaseFont, string Subtype, bool Embedded, bool HasToUnicode);

    private static IToken? Resolve(PdfDocument pdf, IToken? token) =>
        token is IndirectReferenceToken r ? pdf.Structure.GetObject(r.Data).Data : token;

    private static IToken? Get(PdfDocument pdf, DictionaryToken dict, string key) =>
        dict.Data.TryGetValue(key, out var value) ? Resolve(pdf, value) : null;

    public static List<FontFacts> Fonts(PdfDocument pdf)
    {
        var fonts = new Dictionary<string, FontFacts>();
        foreach (var page in pdf.GetPages())
        {
            if (Get(pdf, page.Dictionary, "Resources") is not DictionaryToken resources) continue;
            if (Get(pdf, resources, "Font") is not DictionaryToken fontDict) continue;
            foreach (var (_, value) in fontDict.Data)
            {
                var font = (DictionaryToken)Resolve(pdf, value)!;
                var subtype = ((NameToken)Get(pdf, font, "Subtype")!).Data;
                var baseFont = Get(pdf, font, "BaseFont") is NameToken n ? n.Data : "";
                var descriptorHolder = font;
                if (subtype == "Type0" && Get(pdf, font, "DescendantFonts") is ArrayToken descendants)
                    descriptorHolder = (DictionaryToken)Resolve(pdf, descendants.Data[0])!;
                var embedded = subtype == "Type3"
                    || Get(pdf, descriptorHolder, "FontDescriptor") is DictionaryToken descriptor
                       && (descriptor.Data.ContainsKey("FontFile") || descriptor.Data.ContainsKey("FontFile2") || descriptor.Data.ContainsKey("FontFile3"));
                var key = $"{baseFont}|{subtype}|{value}";
                fonts[key] = new FontFacts(baseFont, subtype, embedded, font.Data.ContainsKey("ToUnicode"));
            }
        }
        return fonts.Values.ToList();
    }

    /// <summary>The letters of a page that spell <paramref name="text"/> (the first occurrence), or none.</summary>
    public static IReadOnlyList<Letter> Find(UglyToad.PdfPig.Content.Page page, string text)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var joined = string.Concat(letters.Select(l => l.Value));
        var at = joined.IndexOf(text, StringComparison.Ordinal);
        if (at < 0) return [];
        // Letters are single characters here (no ligatures in CJK text), so index = letter position.
        return letters.Skip(at).Take(text.Replace(" ", "").Length).ToList();
    }
}

using System.Diagnostics;
using SkiaSharp;

namespace Yusuan.Pdf;

/// <summary>A font file and the face in it (a .ttc holds several).</summary>
public sealed record FontFile(string Path, int Index = 0)
{
    public override string ToString() => Index == 0 ? Path : $"{Path}:{Index}";

    /// <summary>Parses <c>path</c> or <c>path:index</c>.</summary>
    public static FontFile Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon > 0 && int.TryParse(text.AsSpan(colon + 1), out var index)) return new FontFile(text[..colon], index);
        return new FontFile(text);
    }
}

/// <summary>The CJK font cannot be found or cannot be used (it says which package to install).</summary>
public sealed class PdfFontException(string message) : Exception(message);

/// <summary>
/// Finds the CJK font the PDF is set in. It must be a TrueType font (glyf outlines): SkiaSharp embeds such a font as
/// CID TrueType with a correct ToUnicode map, so the text of the PDF can be searched and copied; a CFF font (Noto CJK)
/// is embedded as Type 3 glyph procedures and some characters extract wrongly (广 as the radical ⼴). docs/pdf.md.
/// </summary>
public static class CjkFontLocator
{
    /// <summary>The Debian package that installs the default font; <c>.ci/setup</c> installs it.</summary>
    public const string Package = "fonts-wqy-microhei";

    /// <summary>Overrides the search: a TrueType font file, optionally with <c>:index</c> for a .ttc face.</summary>
    public const string EnvironmentVariable = "YUSUAN_PDF_FONT";

    /// <summary>Where distributions put WenQuanYi Micro Hei (Apache-2.0 or GPLv3 with the font exception).</summary>
    private static readonly FontFile[] KnownFiles =
    [
        new("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),            // Debian, Ubuntu: fonts-wqy-microhei
        new("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),            // Fedora: wqy-microhei-fonts
        new("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc"),  // Arch: wqy-microhei
        new("/usr/share/fonts/TTF/wqy-microhei.ttc"),
        new("/usr/local/share/fonts/wqy-microhei.ttc"),
    ];

    private const string Family = "WenQuanYi Micro Hei";

    /// <summary>
    /// The font to use: <paramref name="requested"/>, else <see cref="EnvironmentVariable"/>, else a known path of
    /// WenQuanYi Micro Hei, else what fontconfig's <c>fc-match</c> names for that family.
    /// </summary>
    public static FontFile Locate(FontFile? requested = null) =>
        Locate(requested, Environment.GetEnvironmentVariable(EnvironmentVariable), KnownFiles, useFontconfig: true);

    internal static FontFile Locate(FontFile? requested, string? env, IEnumerable<FontFile> knownFiles, bool useFontconfig)
    {
        if (requested is not null)
        {
            if (!File.Exists(requested.Path)) throw new PdfFontException($"找不到指定的字体文件 {requested.Path}");
            return requested;
        }
        if (!string.IsNullOrWhiteSpace(env))
        {
            var file = FontFile.Parse(env.Trim());
            if (!File.Exists(file.Path)) throw new PdfFontException($"环境变量 {EnvironmentVariable} 指向的字体文件不存在：{file.Path}");
            return file;
        }
        foreach (var known in knownFiles)
            if (File.Exists(known.Path)) return known;
        if (useFontconfig && FromFontconfig() is { } matched) return matched;
        throw new PdfFontException(
            $"找不到生成 PDF 所需的中文字体 {Family}（文泉驿微米黑，TrueType）。请安装 Debian 包 {Package}" +
            $"（apt-get install -y {Package}，或运行 .ci/setup），或用环境变量 {EnvironmentVariable} 指定一个 TrueType 中文字体文件。");
    }

    private static FontFile? FromFontconfig()
    {
        try
        {
            var start = new ProcessStartInfo("fc-match", ["-f", "%{file}\n%{index}\n%{family}", Family])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start);
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(5000)) { process.Kill(); return null; }
            var lines = output.Split('\n');
            if (lines.Length < 3 || !lines[2].Contains(Family, StringComparison.OrdinalIgnoreCase)) return null;
            return File.Exists(lines[0]) ? new FontFile(lines[0], int.TryParse(lines[1], out var i) ? i : 0) : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null; // no fontconfig on this machine
        }
    }
}

/// <summary>
/// The loaded CJK font: advance widths for layout (from the whole font) and the subset the PDF embeds. Layout measures
/// with linear (unhinted) metrics, so the positions it computes are the positions the subset font draws at.
/// </summary>
internal sealed class CjkFont : IDisposable
{
    private const float MeasureSize = 1000f;
    private readonly SKFont _measure;
    private readonly Dictionary<int, float> _advances = [];

    public FontFile File { get; }
    public SKTypeface Typeface { get; }

    /// <summary>Distance from the baseline to the top / bottom of the font's box, per point of size.</summary>
    public float Ascent { get; }
    public float Descent { get; }

    private CjkFont(FontFile file, SKTypeface typeface)
    {
        File = file;
        Typeface = typeface;
        _measure = new SKFont(typeface, MeasureSize) { LinearMetrics = true, Subpixel = true, Hinting = SKFontHinting.None };
        var metrics = _measure.Metrics;
        Ascent = -metrics.Ascent / MeasureSize;
        Descent = metrics.Descent / MeasureSize;
    }

    public static CjkFont Load(FontFile? requested = null)
    {
        var file = CjkFontLocator.Locate(requested);
        var typeface = SKTypeface.FromFile(file.Path, file.Index)
            ?? throw new PdfFontException($"字体文件 {file} 无法读取");
        var tags = typeface.GetTableTags();
        if (!tags.Contains(Tag("glyf")))
        {
            typeface.Dispose();
            throw new PdfFontException(
                $"字体 {file} 不是 TrueType 轮廓（可能是 CFF/OpenType，如 Noto CJK）：嵌入 PDF 后部分汉字无法正确复制、检索。请安装 {CjkFontLocator.Package}。");
        }
        using var probe = new SKFont(typeface, 12);
        if (!probe.ContainsGlyphs("预算部门收支总表"))
        {
            typeface.Dispose();
            throw new PdfFontException($"字体 {file} 不含汉字。请安装 {CjkFontLocator.Package}。");
        }
        return new CjkFont(file, typeface);
    }

    private static uint Tag(string name) => (uint)(name[0] << 24 | name[1] << 16 | name[2] << 8 | name[3]);

    /// <summary>The advance of one code point at 1 pt.</summary>
    public float Advance(int codePoint)
    {
        if (_advances.TryGetValue(codePoint, out var advance)) return advance;
        var text = char.ConvertFromUtf32(codePoint);
        advance = _measure.MeasureText(text) / MeasureSize;
        _advances[codePoint] = advance;
        return advance;
    }

    /// <summary>The width of <paramref name="text"/> at <paramref name="size"/> points.</summary>
    public float Measure(string? text, float size)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        float width = 0;
        foreach (var rune in text.EnumerateRunes()) width += Advance(rune.Value);
        return width * size;
    }

    public void Dispose()
    {
        _measure.Dispose();
        Typeface.Dispose();
    }
}

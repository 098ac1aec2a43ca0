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
/// Finds the CJK fonts the PDF is set in: the body face, a Ming/Song (明体/宋体) face as official documents are set in
/// (AR PL UMing, Debian fonts-arphic-uming), and the heading face, a sans (黑体) face (WenQuanYi Micro Hei, Debian
/// fonts-wqy-microhei). Each must be a TrueType font (glyf outlines): SkiaSharp embeds such a font as CID TrueType with
/// a correct ToUnicode map, so the text of the PDF can be searched and copied; a CFF font (Noto CJK) is embedded as
/// Type 3 glyph procedures and some characters extract wrongly (广 as the radical ⼴), so a CFF font is skipped, and
/// when it is the only one the error says so and names the packages to install. docs/pdf.md.
/// </summary>
public static class CjkFontLocator
{
    /// <summary>The Debian package of the heading face (and of the body when no Ming face is installed); <c>.ci/setup</c> installs it.</summary>
    public const string Package = "fonts-wqy-microhei";

    /// <summary>The Debian package of the body face (AR PL UMing); <c>.ci/setup</c> installs it.</summary>
    public const string BodyPackage = "fonts-arphic-uming";

    /// <summary>Overrides the search of the body face: a TrueType font file, optionally with <c>:index</c> for a .ttc face.</summary>
    public const string EnvironmentVariable = "YUSUAN_PDF_FONT";

    /// <summary>Overrides the search of the heading face.</summary>
    public const string HeadingEnvironmentVariable = "YUSUAN_PDF_HEADING_FONT";

    /// <summary>Where distributions put AR PL UMing (Arphic Public License: may be embedded); face 0 is UMing CN.</summary>
    internal static readonly FontFile[] KnownBodyFiles =
    [
        new("/usr/share/fonts/truetype/arphic/uming.ttc"),                // Debian, Ubuntu: fonts-arphic-uming
        new("/usr/share/fonts/arphic-uming/uming.ttc"),                   // Fedora
        new("/usr/share/fonts/TTF/uming.ttc"),                            // Arch: ttf-arphic-uming
    ];

    /// <summary>Where distributions put WenQuanYi Micro Hei (Apache-2.0 or GPLv3 with the font exception).</summary>
    internal static readonly FontFile[] KnownFiles =
    [
        new("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),            // Debian, Ubuntu: fonts-wqy-microhei
        new("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),            // Fedora: wqy-microhei-fonts
        new("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc"),  // Arch: wqy-microhei
        new("/usr/share/fonts/TTF/wqy-microhei.ttc"),
        new("/usr/local/share/fonts/wqy-microhei.ttc"),
    ];

    private const string Family = "WenQuanYi Micro Hei";
    private const string BodyFamily = "AR PL UMing CN";

    /// <summary>
    /// The body face: <paramref name="requested"/>, else <see cref="EnvironmentVariable"/>, else a known path of AR PL
    /// UMing, else of WenQuanYi Micro Hei (the document is then set in one face), else what fontconfig's <c>fc-match</c>
    /// names for those families. Throws <see cref="PdfFontException"/> saying which font to install.
    /// </summary>
    public static FontFile Locate(FontFile? requested = null) =>
        Locate(requested, Environment.GetEnvironmentVariable(EnvironmentVariable), [.. KnownBodyFiles, .. KnownFiles], useFontconfig: true);

    /// <summary>The heading (黑体) face: <see cref="HeadingEnvironmentVariable"/>, else WenQuanYi Micro Hei, else <paramref name="body"/>.</summary>
    public static FontFile LocateHeading(FontFile body) =>
        LocateHeading(body, Environment.GetEnvironmentVariable(HeadingEnvironmentVariable), KnownFiles, useFontconfig: true);

    internal static FontFile LocateHeading(FontFile body, string? env, IEnumerable<FontFile> knownFiles, bool useFontconfig)
    {
        if (!string.IsNullOrWhiteSpace(env))
        {
            var file = FontFile.Parse(env.Trim());
            if (!File.Exists(file.Path)) throw new PdfFontException($"环境变量 {HeadingEnvironmentVariable} 指向的字体文件不存在：{file.Path}");
            return Validate(file, $"环境变量 {HeadingEnvironmentVariable} 指向的字体");
        }
        foreach (var known in knownFiles)
            if (File.Exists(known.Path) && Problem(known) is null) return known;
        if (useFontconfig && FromFontconfig(Family) is { } matched && Problem(matched) is null) return matched;
        return body;
    }

    internal static FontFile Locate(FontFile? requested, string? env, IEnumerable<FontFile> knownFiles, bool useFontconfig)
    {
        if (requested is not null)
        {
            if (!File.Exists(requested.Path)) throw new PdfFontException($"找不到指定的字体文件 {requested.Path}");
            return Validate(requested, "指定的字体");
        }
        if (!string.IsNullOrWhiteSpace(env))
        {
            var file = FontFile.Parse(env.Trim());
            if (!File.Exists(file.Path)) throw new PdfFontException($"环境变量 {EnvironmentVariable} 指向的字体文件不存在：{file.Path}");
            return Validate(file, $"环境变量 {EnvironmentVariable} 指向的字体");
        }
        var refused = new List<string>();
        foreach (var known in knownFiles)
        {
            if (!File.Exists(known.Path)) continue;
            if (Problem(known) is { } problem) { refused.Add(problem); continue; }
            return known;
        }
        if (useFontconfig)
            foreach (var family in new[] { BodyFamily, Family })
                if (FromFontconfig(family) is { } matched)
                {
                    if (Problem(matched) is { } problem) refused.Add(problem);
                    else return matched;
                }
        var found = refused.Count > 0 ? $"找到的字体不能用：{string.Join("；", refused.Distinct())}。" : "";
        throw new PdfFontException(
            $"找不到生成 PDF 所需的 TrueType 中文字体（正文 {BodyFamily} 明体，标题 {Family} 黑体）。{found}请安装 Debian 包 {BodyPackage} 和 {Package}" +
            $"（apt-get install -y {BodyPackage} {Package}，或运行 .ci/setup），或用环境变量 {EnvironmentVariable} 指定一个 TrueType 中文字体文件。");
    }

    private static FontFile Validate(FontFile file, string what) =>
        Problem(file) is { } problem ? throw new PdfFontException($"{what}不能用：{problem}") : file;

    /// <summary>Why a font file cannot set the PDF (CFF outlines, no Han characters, unreadable), or null when it can.</summary>
    internal static string? Problem(FontFile file)
    {
        using var typeface = SKTypeface.FromFile(file.Path, file.Index);
        if (typeface is null) return $"字体文件 {file} 无法读取";
        if (!typeface.GetTableTags().Contains(Tag("glyf")))
            return $"字体 {file} 是 CFF（OpenType）轮廓而不是 TrueType（如 Noto CJK）：嵌入 PDF 后部分汉字无法正确复制、检索（广 会变成 ⼴），" +
                   $"PDF 需要 TrueType 中文字体，请安装 {BodyPackage} 和 {Package}";
        using var probe = new SKFont(typeface, 12);
        if (!probe.ContainsGlyphs("预算部门收支总表")) return $"字体 {file} 不含汉字，请安装 {BodyPackage} 和 {Package}";
        return null;
    }

    internal static uint Tag(string name) => (uint)(name[0] << 24 | name[1] << 16 | name[2] << 8 | name[3]);

    private static FontFile? FromFontconfig(string family)
    {
        try
        {
            var start = new ProcessStartInfo("fc-match", ["-f", "%{file}\n%{index}\n%{family}", family])
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
            if (lines.Length < 3 || !lines[2].Contains(family, StringComparison.OrdinalIgnoreCase)) return null;
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

    /// <summary>The body face and, as <see cref="Heading"/>, the heading face (the same object when there is one face).</summary>
    public CjkFont Heading { get; private set; } = null!;

    public static CjkFont Load(FontFile? requested = null, FontFile? heading = null)
    {
        var file = CjkFontLocator.Locate(requested);
        // An explicitly requested body face without a heading face sets the whole document in that face.
        var headingFile = heading is not null ? CjkFontLocator.Locate(heading)
            : requested is not null ? file
            : CjkFontLocator.LocateHeading(file);
        var body = Open(file);
        body.Heading = headingFile == file ? body : Open(headingFile);
        body.Heading.Heading = body.Heading;
        return body;
    }

    private static CjkFont Open(FontFile file)
    {
        if (CjkFontLocator.Problem(file) is { } problem) throw new PdfFontException(problem);
        var typeface = SKTypeface.FromFile(file.Path, file.Index)
            ?? throw new PdfFontException($"字体文件 {file} 无法读取");
        return new CjkFont(file, typeface);
    }

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
        if (!ReferenceEquals(Heading, this)) Heading?.Dispose();
        _measure.Dispose();
        Typeface.Dispose();
    }
}

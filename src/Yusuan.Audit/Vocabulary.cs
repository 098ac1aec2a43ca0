using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Yusuan.Audit;

/// <summary>A table kind as data (Data/table-kinds.json): its id, name, layout and the title patterns that name it.</summary>
public sealed record TableKind(string Id, string Name, string Layout, bool Audit, IReadOnlyList<Regex> Titles, string Dimension = "functional");

/// <summary>The data files: table kinds by title, column meanings by header word.</summary>
public static partial class Vocabulary
{
    public static IReadOnlyList<TableKind> Kinds { get; } = LoadKinds();
    public static IReadOnlyList<(string Meaning, Regex Pattern)> Meanings { get; } = LoadMeanings();

    /// <summary>The kind a title names (after <see cref="NormalizeTitle"/>); null when none.</summary>
    public static TableKind? KindOf(string title)
    {
        var t = NormalizeTitle(title);
        if (t.Length is < 3 or > 40) return null;
        return Kinds.FirstOrDefault(k => k.Titles.Any(p => p.IsMatch(t)));
    }

    /// <summary>The meaning of one header cell (key, total, basic, …); null when the vocabulary does not know it.</summary>
    public static string? MeaningOf(string header)
    {
        var h = NormalizeHeader(header);
        if (h.Length == 0) return null;
        foreach (var (meaning, pattern) in Meanings)
            if (pattern.IsMatch(h)) return meaning;
        return null;
    }

    /// <summary>A column that prints the unit's code (单位代码, 单位编码), by the last part of its header path.</summary>
    public static bool IsUnitCodeHeader(string path) => path[(path.LastIndexOf('/') + 1)..] is "单位代码" or "单位编码";

    /// <summary>A column that prints a classification code or a part of one (科目编码/类, 功能科目编码(类款项)).</summary>
    public static bool IsCodeHeader(string path) =>
        path.Split('/').Any(p => p.Contains("编码") && !p.Contains("单位") || p is "类" or "款" or "项");

    /// <summary>Spaces, quotes, table numbers, list numbering removed; brackets unified.</summary>
    public static string NormalizeTitle(string text)
    {
        var t = NormalizeHeader(text);
        t = LeadingNumber().Replace(t, "");
        t = TrailingNumber().Replace(t, "");
        return t;
    }

    public static string NormalizeHeader(string text)
    {
        var t = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '‘' or '’' or '\'' or '*' or '#')));
        t = t.Replace('（', '(').Replace('）', ')').Replace('：', ':');
        return ListNumber().Replace(t, "");
    }

    [GeneratedRegex(@"^(-)?(附表|表)\d+")]
    private static partial Regex LeadingNumber();
    [GeneratedRegex(@"(附表|表)\d+$")]
    private static partial Regex TrailingNumber();
    [GeneratedRegex(@"^-?(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.．、])")]
    private static partial Regex ListNumber();

    private static JsonDocument Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Yusuan.Audit.Data." + name)
            ?? throw new InvalidDataException($"资源 {name} 缺失");
        return JsonDocument.Parse(stream);
    }

    private static IReadOnlyList<TableKind> LoadKinds()
    {
        using var doc = Read("table-kinds.json");
        return doc.RootElement.GetProperty("kinds").EnumerateArray().Select(k => new TableKind(
            k.GetProperty("id").GetString()!,
            k.GetProperty("name").GetString()!,
            k.TryGetProperty("layout", out var l) ? l.GetString()! : "hierarchy",
            !k.TryGetProperty("audit", out var a) || a.GetBoolean(),
            k.GetProperty("titles").EnumerateArray().Select(p => new Regex("^(?:" + p.GetString() + ")$", RegexOptions.CultureInvariant)).ToList(),
            k.TryGetProperty("dimension", out var d) ? d.GetString()! : "functional"))
            .ToList();
    }

    private static IReadOnlyList<(string, Regex)> LoadMeanings()
    {
        using var doc = Read("headers.json");
        return doc.RootElement.GetProperty("meanings").EnumerateArray()
            .SelectMany(m => m.GetProperty("patterns").EnumerateArray().Select(p =>
                (m.GetProperty("meaning").GetString()!, new Regex("^(?:" + p.GetString() + ")$", RegexOptions.CultureInvariant))))
            .ToList();
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Yusuan.Audit;

/// <summary>One line of the extracted text: its 1-based number and its cells (tab- or |-separated; one cell for prose).</summary>
public sealed record TextLine(int Number, string Raw, IReadOnlyList<string> Cells, bool IsTableRow)
{
    public IEnumerable<string> Filled => Cells.Where(c => c.Length > 0);
}

public static partial class TextLines
{
    public static IReadOnlyList<TextLine> Split(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var result = new List<TextLine>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var t = raw.Trim();
            if (t.StartsWith('|'))
            {
                if (MarkdownRule().IsMatch(t)) { result.Add(new TextLine(i + 1, raw, [], false)); continue; }
                var cells = t.Trim('|').Split('|').Select(c => c.Trim()).ToList();
                result.Add(new TextLine(i + 1, raw, cells, true));
            }
            else if (raw.Contains('\t'))
            {
                var cells = raw.Split('\t').Select(c => c.Trim()).ToList();
                if (cells.All(c => c.Length == 0 || DashRule().IsMatch(c))) { result.Add(new TextLine(i + 1, raw, [], false)); continue; }
                result.Add(new TextLine(i + 1, raw, cells, true));
            }
            else result.Add(new TextLine(i + 1, raw, t.Length == 0 ? [] : [t], false));
        }
        return result;
    }

    /// <summary>A printed figure: 1,183.38, 298, 448 (a space after the comma), 0, -12.5; null when the cell is not one.</summary>
    public static decimal? Figure(string cell, out int decimals)
    {
        decimals = 0;
        var t = cell.Trim();
        if (t.Length == 0 || !FigurePattern().IsMatch(t)) return null;
        var plain = t.Replace(" ", "").Replace(",", "").Replace("，", "");
        if (!decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)) return null;
        var dot = plain.IndexOf('.');
        decimals = dot < 0 ? 0 : plain.Length - dot - 1;
        return v;
    }

    /// <summary>A code cell: 208, 01, 2080109, 342601 (digits, no separators).</summary>
    public static bool IsCode(string cell) => CodePattern().IsMatch(cell.Trim());

    [GeneratedRegex(@"^\|?\s*:?-{2,}")]
    private static partial Regex MarkdownRule();
    [GeneratedRegex(@"^-+$")]
    private static partial Regex DashRule();
    [GeneratedRegex(@"^-?\d{1,3}(?:[,，]\s?\d{3})+(?:\.\d+)?$|^-?\d+(?:\.\d+)?$")]
    private static partial Regex FigurePattern();
    [GeneratedRegex(@"^(?:\d{2,3}|\d{5,7})$")]
    private static partial Regex CodePattern();
}

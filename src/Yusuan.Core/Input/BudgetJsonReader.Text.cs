using System.Text.Json;

namespace Yusuan.Core.Input;

public static partial class BudgetJsonReader
{
    /// <summary>
    /// Reads input-format JSON held as text (a budget stored by a web application), as <see cref="Read(string)"/> reads a
    /// file: comments and trailing commas allowed, a leading byte-order mark skipped, and text that is empty or not JSON
    /// refused with one located error (<see cref="BudgetInputException.Unreadable"/>). Records are located in
    /// <paramref name="file"/>, the name errors show.
    /// </summary>
    public static RawBudget ReadText(string json, string file = "budget.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(file);
        var text = json.AsSpan();
        if (text is ['\uFEFF', ..]) text = text[1..];
        var raw = ReadUtf8(System.Text.Encoding.UTF8.GetBytes(text.ToArray()), file);
        // Text has no folder: its profile is a bundled one.
        BudgetReader.ConfineProfile(raw, null);
        return raw;
    }
}

public static partial class BudgetJsonReader
{
    /// <summary>
    /// A JSON value as text. A string with an escaped unpaired surrogate (<c>"\ud800"</c>), which System.Text.Json
    /// refuses to decode, is decoded here with the surrogate kept, so <see cref="InputText"/> removes it and says where.
    /// </summary>
    internal static string Text(JsonElement v)
    {
        if (v.ValueKind != JsonValueKind.String) return v.ToString();
        try { return v.GetString()!; }
        catch (InvalidOperationException) { return Unescape(v.GetRawText()); }
    }

    private static string Unescape(string quoted)
    {
        var s = quoted.AsSpan(1, quoted.Length - 2);
        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length) { sb.Append(s[i]); continue; }
            var c = s[++i];
            switch (c)
            {
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u' when i + 4 < s.Length && ushort.TryParse(s.Slice(i + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out var code):
                    sb.Append((char)code);
                    i += 4;
                    break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}

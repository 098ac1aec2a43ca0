using System.Text;

namespace Yusuan.Pdf;

/// <summary>Part of a token from one run of text.</summary>
internal readonly record struct Piece(string Text, int Run, float Width);

/// <summary>
/// The unit a line may break before and after: one Han character (with the punctuation glued to it), a Latin word or
/// number (1,183.38 and 92.15% stay whole), or a space.
/// </summary>
internal sealed class Token
{
    public List<Piece> Pieces { get; } = [];
    public float Width { get; private set; }
    public bool IsSpace { get; init; }
    public bool IsBreak { get; init; }

    public void Add(Piece piece)
    {
        if (Pieces.Count > 0 && Pieces[^1].Run == piece.Run)
            Pieces[^1] = new Piece(Pieces[^1].Text + piece.Text, piece.Run, Pieces[^1].Width + piece.Width);
        else
            Pieces.Add(piece);
        Width += piece.Width;
    }

    public void Append(Token other)
    {
        foreach (var piece in other.Pieces) Add(piece);
    }

    public string Text => string.Concat(Pieces.Select(p => p.Text));
}

internal sealed record TextLine(IReadOnlyList<Token> Tokens, float Width, bool EndsParagraph)
{
    public string Text => string.Concat(Tokens.Select(t => t.Text));
}

/// <summary>
/// Breaks Chinese text into lines: between any two Han characters, at spaces, never inside a Latin word or number;
/// closing punctuation (，。、；：）” …) never starts a line and opening punctuation (（“《 …) never ends one.
/// </summary>
internal static class TextBreaker
{
    private const string Opening = "“‘（〔［｛〈《「『【([{";
    private const string Closing = "”’）〕］｝〉》」』】、。，．：；？！％…—～·,.;:!?)]}%";

    /// <summary>Lines of one plain text (a table cell, a title) in <paramref name="width"/> points.</summary>
    public static List<string> Wrap(string? text, Func<string, float> measure, float width)
    {
        if (string.IsNullOrEmpty(text)) return [""];
        return Break([text], (s, _) => measure(s), width, width).Select(l => l.Text).ToList();
    }

    /// <summary>The narrowest width (to 0.5 pt) in which <paramref name="text"/> takes at most <paramref name="lines"/> lines.</summary>
    public static float Narrowest(string text, Func<string, float> measure, int lines, float upTo)
    {
        float low = Math.Max(1, measure(text) / Math.Max(1, lines) - 1), high = upTo;
        if (Wrap(text, measure, high).Count > lines) return high;
        while (high - low > 0.5f)
        {
            var mid = (low + high) / 2;
            if (Wrap(text, measure, mid).Count <= lines) high = mid;
            else low = mid;
        }
        return high;
    }

    /// <summary>
    /// Lines of a paragraph of runs: the first line is <paramref name="firstWidth"/> wide (narrower when indented), the
    /// others <paramref name="width"/>. <paramref name="measure"/> gives a piece of a run's width.
    /// </summary>
    public static List<TextLine> Break(IReadOnlyList<string> runs, Func<string, int, float> measure, float firstWidth, float width)
    {
        var tokens = Tokenize(runs, measure);
        var lines = new List<TextLine>();
        var current = new List<Token>();
        float used = 0;
        var queue = new Queue<Token>(tokens);

        void Emit(bool endsParagraph)
        {
            while (current.Count > 0 && current[^1].IsSpace)
            {
                used -= current[^1].Width;
                current.RemoveAt(current.Count - 1);
            }
            lines.Add(new TextLine(current.ToList(), Math.Max(0, used), endsParagraph));
            current.Clear();
            used = 0;
        }

        while (queue.Count > 0)
        {
            var token = queue.Dequeue();
            var available = lines.Count == 0 ? firstWidth : width;
            if (token.IsBreak) { Emit(true); continue; }
            if (token.IsSpace && current.Count == 0) continue;
            if (used + token.Width <= available + 0.01f)
            {
                current.Add(token);
                used += token.Width;
                continue;
            }
            if (current.Count > 0 && !current.All(t => t.IsSpace))
            {
                Emit(false);
                if (token.IsSpace) continue;
                available = width;
            }
            if (token.Width > available + 0.01f && SplitRunes(token, measure) is { Count: > 1 } parts)
            {
                // A word wider than the line: break it between characters.
                var rest = queue.ToList();
                queue.Clear();
                foreach (var p in parts) queue.Enqueue(p);
                foreach (var r in rest) queue.Enqueue(r);
                continue;
            }
            current.Add(token);
            used += token.Width;
        }
        if (current.Count > 0 || lines.Count == 0) Emit(true);
        else if (!lines[^1].EndsParagraph) lines[^1] = lines[^1] with { EndsParagraph = true };
        return lines;
    }

    private static List<Token> SplitRunes(Token token, Func<string, int, float> measure)
    {
        var parts = new List<Token>();
        foreach (var piece in token.Pieces)
            foreach (var rune in piece.Text.EnumerateRunes())
            {
                var t = new Token();
                var s = rune.ToString();
                t.Add(new Piece(s, piece.Run, measure(s, piece.Run)));
                parts.Add(t);
            }
        return parts;
    }

    private static List<Token> Tokenize(IReadOnlyList<string> runs, Func<string, int, float> measure)
    {
        var raw = new List<(Token Token, bool Narrow, int Run)>();
        for (var r = 0; r < runs.Count; r++)
        {
            var text = runs[r] ?? "";
            var word = new StringBuilder();
            void Flush()
            {
                if (word.Length == 0) return;
                var t = new Token();
                var s = word.ToString();
                t.Add(new Piece(s, r, measure(s, r)));
                raw.Add((t, true, r));
                word.Clear();
            }
            foreach (var rune in text.EnumerateRunes())
            {
                if (rune.Value == '\r') continue;
                if (rune.Value == '\n')
                {
                    Flush();
                    raw.Add((new Token { IsBreak = true }, false, r));
                }
                else if (rune.Value is ' ' or '\t' or '\u00A0')
                {
                    Flush();
                    var t = new Token { IsSpace = true };
                    t.Add(new Piece(" ", r, measure(" ", r)));
                    raw.Add((t, false, r));
                }
                else if (IsWide(rune.Value) || Opening.Contains(rune.ToString()) || Closing.Contains(rune.ToString()) && !IsAsciiPunctuationInWord(rune.Value, word))
                {
                    Flush();
                    var t = new Token();
                    var s = rune.ToString();
                    t.Add(new Piece(s, r, measure(s, r)));
                    raw.Add((t, false, r));
                }
                else
                {
                    word.Append(rune.ToString());
                }
            }
            Flush();
        }

        var tokens = new List<Token>();
        var glueNext = false;
        var lastNarrow = false;
        var lastRun = -1;
        foreach (var (token, narrow, run) in raw)
        {
            if (token.IsBreak)
            {
                tokens.Add(token);
                glueNext = false;
                lastNarrow = false;
                continue;
            }
            var previous = tokens.Count > 0 ? tokens[^1] : null;
            var canGlue = previous is { IsSpace: false, IsBreak: false } && !token.IsSpace;
            var first = token.Pieces[0].Text;
            var closing = first.Length > 0 && Closing.Contains(first[0]) && !narrow;
            if (canGlue && (glueNext || closing || narrow && lastNarrow && run != lastRun))
                previous!.Append(token);
            else
                tokens.Add(token);
            var last = token.Pieces[^1].Text;
            glueNext = !token.IsSpace && last.Length > 0 && Opening.Contains(last[^1]);
            lastNarrow = narrow;
            lastRun = run;
        }
        return tokens;
    }

    /// <summary>A decimal point or thousands separator inside a number (1,183.38) belongs to the number.</summary>
    private static bool IsAsciiPunctuationInWord(int c, StringBuilder word) =>
        c is '.' or ',' or ':' or '/' && word.Length > 0 && char.IsAsciiLetterOrDigit(word[^1]);

    /// <summary>Characters a line may break around on both sides: Han, kana, hangul, full-width forms.</summary>
    public static bool IsWide(int c) => c switch
    {
        >= 0x1100 and <= 0x115F => true,
        >= 0x2E80 and <= 0xA4CF => true,
        >= 0xAC00 and <= 0xD7A3 => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFE10 and <= 0xFE19 => true,
        >= 0xFE30 and <= 0xFE6F => true,
        >= 0xFF00 and <= 0xFF60 => true,
        >= 0xFFE0 and <= 0xFFE6 => true,
        >= 0x20000 and <= 0x3FFFD => true,
        _ => false,
    };
}

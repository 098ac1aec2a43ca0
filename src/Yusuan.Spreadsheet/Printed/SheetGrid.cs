using System.Globalization;
using System.Text;

namespace Yusuan.Spreadsheet.Printed;

/// <summary>
/// A cell as stored: <see cref="Text"/> for a string, or <see cref="Number"/> for a stored number with what its number
/// format shows (<see cref="Decimals"/> null: General, shown as stored). CSV cells are always text.
/// </summary>
internal readonly record struct GridCell(string? Text, decimal? Number = null, int? Decimals = null, bool Thousands = false, bool BlankZero = false)
{
    public bool IsNumber => Number is not null;

    public bool IsBlank => Number is null && string.IsNullOrWhiteSpace(Text);

    /// <summary>The cell as a reader sees it: a number in its format (1,183.38; blank for a hidden zero), text trimmed.</summary>
    public string Shown
    {
        get
        {
            if (Number is not { } n) return Text?.Trim() ?? "";
            if (Decimals is not { } d) return Invariant(n);
            var rounded = Math.Round(n, d, MidpointRounding.AwayFromZero);
            if (rounded == 0 && BlankZero) return "";
            var format = (Thousands ? "#,##0" : "0") + (d > 0 ? "." + new string('0', d) : "");
            return rounded.ToString(format, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A stored number as a code or plain text: 208, 1.5 (no exponent, no trailing zeros).</summary>
    public static string Invariant(decimal value)
    {
        var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}

internal sealed record GridRow(int Number, GridCell[] Cells)
{
    public GridCell this[int column] => column >= 0 && column < Cells.Length ? Cells[column] : default;

    public bool IsBlank => Cells.All(c => c.IsBlank);

    /// <summary>The non-blank cells with their column, left to right.</summary>
    public IEnumerable<(int Column, GridCell Cell)> Filled() =>
        Cells.Select((c, i) => (i, c)).Where(x => !x.c.IsBlank);

    public int Width
    {
        get
        {
            for (var i = Cells.Length - 1; i >= 0; i--)
                if (!Cells[i].IsBlank) return i + 1;
            return 0;
        }
    }
}

/// <summary>A merged area, 1-based rows and 0-based columns, inclusive.</summary>
internal readonly record struct MergeArea(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public bool Contains(int row, int column) => row >= FirstRow && row <= LastRow && column >= FirstColumn && column <= LastColumn;

    public override string ToString() =>
        $"{TableLayout.ColumnLetters(FirstColumn)}{FirstRow}:{TableLayout.ColumnLetters(LastColumn)}{LastRow}";

    /// <summary>Parses A7:C9; null when the reference cannot be read.</summary>
    public static MergeArea? Parse(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var parts = reference.Split(':');
        if (!CellReference.TryParse(parts[0], out var r1, out var c1)) return null;
        var (r2, c2) = (r1, c1);
        if (parts.Length > 1 && !CellReference.TryParse(parts[1], out r2, out c2)) return null;
        return new MergeArea(Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2));
    }
}

internal static class CellReference
{
    /// <summary>B12 → row 12, column 1.</summary>
    public static bool TryParse(string? reference, out int row, out int column)
    {
        row = 0;
        column = -1;
        if (string.IsNullOrEmpty(reference)) return false;
        var i = 0;
        var col = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            col = col * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }
        if (i == 0 || col > 16384) return false;
        column = col - 1;
        if (i == reference.Length) return true;
        return int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row);
    }
}

/// <summary>One sheet of a workbook, or one CSV file: its rows (1-based numbers, blank rows may be absent) and merges.</summary>
internal sealed class SheetGrid(string file, string? sheet, IReadOnlyList<GridRow> rows, IReadOnlyList<MergeArea> merges)
{
    public string File { get; } = file;
    /// <summary>The worksheet's name; null for a CSV file.</summary>
    public string? Sheet { get; } = sheet;
    public IReadOnlyList<GridRow> Rows { get; } = rows;
    public IReadOnlyList<MergeArea> Merges { get; } = merges;

    /// <summary>The sheet name, or the CSV file's name without its extension.</summary>
    public string Name => Sheet ?? Path.GetFileNameWithoutExtension(File);
}

/// <summary>Reads CSV files (RFC 4180) in UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (what Excel saves on a Chinese system).</summary>
internal static class CsvGrid
{
    public static SheetGrid Read(string path)
    {
        var bytes = Core.Input.InputFiles.ReadAllBytes(path);
        var text = Decode(bytes);
        var rows = new List<GridRow>();
        var number = 0;
        foreach (var record in Records(text))
        {
            number++;
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add(new GridRow(number, record.Select(f => new GridCell(CsvCell.Unescape(f))).ToArray()));
        }
        return new SheetGrid(Path.GetFileName(path), null, rows, []);
    }

    private static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    /// <summary>Splits CSV text into records; a quoted field may hold commas, doubled quotes and line breaks.</summary>
    internal static IEnumerable<List<string>> Records(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields;
                    fields = [];
                    any = false;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}

/// <summary>Number formats as a reader sees them: how many decimals, thousands separators, zero shown blank.</summary>
internal readonly record struct NumberLook(int? Decimals, bool Thousands, bool BlankZero)
{
    public static NumberLook General => new(null, false, false);

    /// <summary>Excel's built-in formats that show a fixed number of decimals.</summary>
    public static NumberLook BuiltIn(uint id) => id switch
    {
        1 => new(0, false, false),
        2 => new(2, false, false),
        3 or 37 or 38 => new(0, true, false),
        4 or 39 or 40 => new(2, true, false),
        _ => General,
    };

    /// <summary>Reads a format code such as <c>#,##0.00;-#,##0.00;;@</c>.</summary>
    public static NumberLook Parse(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Equals("General", StringComparison.OrdinalIgnoreCase) || code == "@") return General;
        var sections = SplitSections(code);
        var first = StripLiterals(sections[0]);
        if (!first.Contains('0') && !first.Contains('#')) return General;
        var dot = first.IndexOf('.');
        var decimals = 0;
        if (dot >= 0)
            for (var i = dot + 1; i < first.Length && first[i] is '0' or '#' or '?'; i++) decimals++;
        var thousands = first.Contains(',');
        var blankZero = sections.Count >= 3 && StripLiterals(sections[2]).Trim().Length == 0 && !sections[2].Contains('"');
        return new NumberLook(decimals, thousands, blankZero);
    }

    private static List<string> SplitSections(string code)
    {
        var sections = new List<string>();
        var current = new StringBuilder();
        var inQuote = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') inQuote = !inQuote;
            if (c == '\\' && i + 1 < code.Length) { current.Append(c).Append(code[++i]); continue; }
            if (c == ';' && !inQuote) { sections.Add(current.ToString()); current.Clear(); continue; }
            current.Append(c);
        }
        sections.Add(current.ToString());
        return sections;
    }

    /// <summary>Drops quoted text, escaped characters, [colour] and [condition] parts and _x / *x padding.</summary>
    private static string StripLiterals(string section)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            switch (c)
            {
                case '"':
                    i = section.IndexOf('"', i + 1);
                    if (i < 0) return sb.ToString();
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    i = section.IndexOf(']', i + 1);
                    if (i < 0) return sb.ToString();
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}

namespace Yusuan.Spreadsheet;

/// <summary>
/// CSV cells safe to open in a spreadsheet program (OWASP, CSV injection): a cell that begins with =, +, -, @, a tab or
/// a carriage return is written with a single quote in front, so that it shows as text instead of running as a
/// formula; a plain number (-12.50, +3, -1,234.5, -3.5%) stays as it is. <see cref="Unescape"/> undoes it on reading.
/// </summary>
public static partial class CsvCell
{
    public static string Escape(string text) => NeedsQuote(text) ? "'" + text : text;

    /// <summary>The text a written cell stood for: a single quote in front of =, +, -, @, tab or CR is dropped.</summary>
    public static string Unescape(string text) =>
        text.Length >= 2 && text[0] == '\'' && IsTrigger(text[1]) && !IsPlainNumber(text[1..]) ? text[1..] : text;

    private static bool NeedsQuote(string text) =>
        text.Length > 0 && IsTrigger(text[0]) && !IsPlainNumber(text);

    private static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>A sign, digits (with well-placed thousands separators), optional decimals and an optional %.</summary>
    private static bool IsPlainNumber(string text) => PlainNumber().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-](\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$")]
    private static partial System.Text.RegularExpressions.Regex PlainNumber();
}

using System.Globalization;
using System.Text;

namespace Yusuan.Core.Input;

/// <summary>Why a text or number cannot be read as an amount, and what may be written instead (both in Chinese).</summary>
public sealed record AmountProblem(string Problem, string Allowed);

/// <summary>
/// The one reader of amounts (JSON numbers and strings, template cells, printed figures): a number is read exactly or
/// refused, never guessed. Text may be written with well-formed thousands separators (1,234.50, 12,345,678), with
/// full-width digits and separators (５０００, １，２３４．５０) and with whitespace around it; a leading sign is read
/// (whether a negative amount is allowed is the caller's rule). Anything else — a misplaced comma (12,3), exponent
/// notation (1e5), a date, true/false, a formula, more than <see cref="MaxMagnitude"/> — is a problem that says what is
/// wrong and what is allowed. Machine-written numbers (a JSON number, the stored value of an xlsx number cell) may use
/// an exponent, but are refused when their exact value cannot be kept (1e-400) or exceeds the limit.
/// </summary>
public static class AmountParser
{
    /// <summary>The largest magnitude a budget figure may have: 10^15 (a thousand trillion 元), whatever the unit.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000m;

    public const string AllowedText =
        "金额填数字，如 1234.56、1,234.56 或全角 １２３４．５６；千分位逗号须每三位一个，也可不加；不能用科学计数法、日期、公式或是/否";

    private const string AllowedNumber = "金额填普通数字，如 1234.56，不超过 10^15";

    /// <summary>Reads an amount as a person wrote it (a JSON string, a text cell, a printed figure).</summary>
    public static bool TryParse(string? text, out decimal value, out AmountProblem? problem)
    {
        value = 0m;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = new AmountProblem("金额为空", AllowedText);
            return false;
        }
        var shown = Shorten(text.Trim());
        var t = Fold(text.AsSpan().Trim());
        var i = 0;
        var negative = false;
        if (i < t.Length && t[i] is '+' or '-') { negative = t[i] == '-'; i++; }
        var intStart = i;
        while (i < t.Length && (char.IsAsciiDigit(t[i]) || t[i] == ',')) i++;
        var integer = t[intStart..i];
        var fraction = "";
        var hasDot = false;
        if (i < t.Length && t[i] == '.')
        {
            hasDot = true;
            var fracStart = ++i;
            while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
            fraction = t[fracStart..i];
        }
        if (i != t.Length || (integer.Length == 0 && fraction.Length == 0) || (hasDot && fraction.Length == 0 && integer.Length == 0))
        {
            problem = Describe(text.Trim(), t, shown);
            return false;
        }
        if (hasDot && fraction.Length == 0)
        {
            problem = new AmountProblem($"“{shown}”的小数点后没有数字", AllowedText);
            return false;
        }
        if (integer.Contains(','))
        {
            if (!WellGrouped(integer))
            {
                problem = new AmountProblem($"“{shown}”中千分位逗号的位置不对（应从个位起每三位一个，如 1,234 或 12,345,678）", AllowedText);
                return false;
            }
            integer = integer.Replace(",", "");
        }
        return Exact(negative, integer, fraction, 0, shown, out value, out problem);
    }

    /// <summary>
    /// Reads a number a program wrote: a JSON number literal (its raw text) or the stored value of an xlsx number
    /// cell (1183.38, 1.5E-3). Exponents are allowed here; the value must be exact and within <see cref="MaxMagnitude"/>.
    /// </summary>
    public static bool TryParseNumber(string? literal, out decimal value, out AmountProblem? problem)
    {
        value = 0m;
        problem = null;
        var t = literal?.Trim() ?? "";
        var shown = Shorten(t);
        var i = 0;
        var negative = false;
        if (i < t.Length && t[i] is '+' or '-') { negative = t[i] == '-'; i++; }
        var intStart = i;
        while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
        var integer = t[intStart..i];
        var fraction = "";
        if (i < t.Length && t[i] == '.')
        {
            var fracStart = ++i;
            while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
            fraction = t[fracStart..i];
        }
        var exponent = 0;
        if (i < t.Length && t[i] is 'e' or 'E')
        {
            i++;
            var expNegative = false;
            if (i < t.Length && t[i] is '+' or '-') { expNegative = t[i] == '-'; i++; }
            var expStart = i;
            while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
            var digits = t[expStart..i].TrimStart('0');
            if (expStart == i) i = -1; // no exponent digits: not a number
            // An exponent of more than 4 digits is far outside every limit; keep its sign for the message.
            exponent = digits.Length > 4 ? 99999 : digits.Length == 0 ? 0 : int.Parse(digits, CultureInfo.InvariantCulture);
            if (expNegative) exponent = -exponent;
        }
        if (i != t.Length || (integer.Length == 0 && fraction.Length == 0))
        {
            problem = new AmountProblem($"“{shown}”不是数字", AllowedNumber);
            return false;
        }
        return Exact(negative, integer, fraction, exponent, shown, out value, out problem);
    }

    /// <summary>A problem when an amount (after conversion to 元, or a sum) is beyond <see cref="MaxMagnitude"/>; else null.</summary>
    public static AmountProblem? CheckMagnitude(decimal value, string written) =>
        Math.Abs(value) > MaxMagnitude
            ? new AmountProblem($"金额 {Shorten(written)} 超出预算可处理的范围（绝对值不超过 10^15 元，即 1,000,000,000,000,000）", "检查是否多填了数字或选错了金额单位")
            : null;

    /// <summary>
    /// The value of digits × 10^exponent if it is exact within decimal and <see cref="MaxMagnitude"/>: the digits are
    /// shifted as text, never through binary floating point or decimal's rounding.
    /// </summary>
    private static bool Exact(bool negative, string integer, string fraction, int exponent, string shown, out decimal value, out AmountProblem? problem)
    {
        value = 0m;
        problem = null;
        var digits = (integer + fraction).TrimStart('0');
        var scale = fraction.Length - exponent; // value = digits × 10^-scale
        if (digits.Length == 0) return true; // zero, however written (0, 0.00, 0e-400)
        // Trailing zeros of the digits only move the scale: 1.50 has scale 2, 1500e-3 is 1.5.
        var trimmed = digits.TrimEnd('0');
        var effectiveScale = scale - (digits.Length - trimmed.Length);
        if (digits.Length - scale > 16) // digits left of the decimal point
        {
            problem = CheckMagnitude(decimal.MaxValue, shown);
            return false;
        }
        if (effectiveScale > 28)
        {
            problem = exponent < 0
                ? new AmountProblem($"“{shown}”小到无法精确读取（指数下溢，会被当成 0）", AllowedNumber)
                : new AmountProblem($"“{shown}”的小数位过多，无法精确读取", "金额最多精确到分；以万元为单位时最多 6 位小数");
            return false;
        }
        if (trimmed.Length > 28)
        {
            problem = new AmountProblem($"“{shown}”的有效数字超过 28 位，无法精确读取", "金额最多精确到分；以万元为单位时最多 6 位小数");
            return false;
        }
        // Keep the written scale where it fits (1183.30 stays 1183.30, as decimal.Parse reads it).
        if (scale is >= 0 and <= 28 && digits.Length <= 28) (trimmed, effectiveScale) = (digits, scale);
        string plain;
        if (effectiveScale <= 0) plain = trimmed + new string('0', -effectiveScale);
        else if (effectiveScale >= trimmed.Length) plain = "0." + new string('0', effectiveScale - trimmed.Length) + trimmed;
        else plain = trimmed[..^effectiveScale] + "." + trimmed[^effectiveScale..];
        value = decimal.Parse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (negative) value = -value;
        problem = CheckMagnitude(value, shown);
        return problem is null;
    }

    /// <summary>1,234 and 12,345,678: 1–3 digits, then groups of exactly three.</summary>
    private static bool WellGrouped(string integer)
    {
        var groups = integer.Split(',');
        if (groups[0].Length is < 1 or > 3) return false;
        for (var g = 1; g < groups.Length; g++)
            if (groups[g].Length != 3) return false;
        return true;
    }

    /// <summary>Full-width digits, signs and separators as ASCII; the ideographic comma 、 and 。 stay (they are not numbers).</summary>
    private static string Fold(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '，' => ',',
                '．' => '.',
                '－' or '−' => '-',
                '＋' => '+',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>What a text that is not a number looks like, so that the message says why.</summary>
    private static AmountProblem Describe(string original, string folded, string shown)
    {
        var lower = folded.ToLowerInvariant();
        if (lower.Length > 0 && lower[0] == '=')
            return new AmountProblem($"“{shown}”是公式，不是填写的金额", "直接填写金额数字，不用公式");
        if (lower is "true" or "false" or "是" or "否" or "对" or "错")
            return new AmountProblem($"“{shown}”是真假值，不是金额", AllowedText);
        if (System.Text.RegularExpressions.Regex.IsMatch(lower, @"^[+-]?(\d[\d,]*)?(\.\d*)?e[+-]?\d+$"))
            return new AmountProblem($"“{shown}”是科学计数法，金额须写出全部数字", AllowedText);
        if (System.Text.RegularExpressions.Regex.IsMatch(folded, @"^\d{2,4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?$|^\d{1,2}\s*[-/]\s*\d{1,2}\s*[-/]\s*\d{2,4}$"))
            return new AmountProblem($"“{shown}”是日期，不是金额", AllowedText);
        if (folded.Contains(' ') || folded.Contains('\u3000') || folded.Contains('\u00A0'))
            return new AmountProblem($"“{shown}”中间有空格", AllowedText);
        if (folded.Contains('元') || folded.Contains('万') || folded.Contains('¥') || folded.Contains('￥'))
            return new AmountProblem($"“{shown}”带有单位或货币符号", "只填数字，金额单位在“amountUnit”（模板的“金额单位”）中统一说明");
        _ = original;
        return new AmountProblem($"“{shown}”不是数字", AllowedText);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

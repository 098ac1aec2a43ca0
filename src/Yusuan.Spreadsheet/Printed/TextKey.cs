using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Yusuan.Core.Input;

namespace Yusuan.Spreadsheet.Printed;

/// <summary>
/// How the reader compares printed words: titles, headers, labels and names are equal when they differ only in
/// whitespace (including full-width spaces and line breaks), full- or half-width brackets, or quotation marks.
/// Full-width letters and digits count as their half-width forms (NFKC).
/// </summary>
internal static partial class TextKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c)) continue;
            switch (c)
            {
                case '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」' or '『' or '』' or '＂' or '＇':
                    continue;
                case '【' or '〔' or '［':
                    sb.Append('[');
                    continue;
                case '】' or '〕' or '］':
                    sb.Append(']');
                    continue;
                case '﹙':
                    sb.Append('(');
                    continue;
                case '﹚':
                    sb.Append(')');
                    continue;
                default:
                    sb.Append(c);
                    continue;
            }
        }
        return sb.ToString();
    }

    /// <summary>A title with 预算 removed: 部门预算收支总表 and 部门收支总表 are the same table in different regions.</summary>
    public static string Loose(string? title) => Of(title).Replace("预算", "");

    /// <summary>A table number printed above the title: 附表 3, 表7, 附件1, 表 1-2.</summary>
    [GeneratedRegex(@"^\s*((附表|附件|表)\s*[0-9０-９一二三四五六七八九十]+([-－—.．][0-9０-９]+)?)\s*[：:、.．]?\s*")]
    public static partial Regex NumberPrefix();

    /// <summary>Splits 附表3 部门支出总表 into (附表3, 部门支出总表); a text without number gives (null, text).</summary>
    public static (string? Number, string Remainder) SplitNumber(string text)
    {
        var m = NumberPrefix().Match(text);
        if (!m.Success) return (null, text.Trim());
        return (m.Groups[1].Value.Trim(), text[m.Length..].Trim());
    }

    /// <summary>金额单位：万元, 单位：万元, 单位:元.</summary>
    [GeneratedRegex(@"^\s*(金额)?单位\s*[：:]\s*(万元|元|千元|百万元|亿元)\s*$")]
    public static partial Regex UnitLabel();

    /// <summary>部门：…, 单位名称：…, 部门名称：…, 预算单位：…, 单位：… (the subject line).</summary>
    [GeneratedRegex(@"^\s*(部门|单位|部门名称|单位名称|预算单位|编制单位|主管部门)\s*[：:]")]
    public static partial Regex SubjectLabel();

    /// <summary>A numbering prefix of a balance table's item: 一、 （一） 1. (1) ①.</summary>
    [GeneratedRegex(@"^\s*([（(][一二三四五六七八九十百零〇]+[）)]\s*[、.．]?|[一二三四五六七八九十百零〇]+\s*[、.．]|[（(]\d+[）)]\s*[、.．]?|\d+\s*[、.．](?!\d)|[①-⑳])\s*")]
    public static partial Regex ItemNumbering();

    public static string WithoutNumbering(string label)
    {
        var m = ItemNumbering().Match(label);
        // A bare numeral is a name (十一 is not a prefix of nothing): only strip a prefix that leaves a name.
        return m.Success && m.Length < label.Length ? label[m.Length..].Trim() : label.Trim();
    }

    /// <summary>A code followed by its name: 30101 基本工资, 2080109社会保险经办机构.</summary>
    [GeneratedRegex(@"^\s*(\d{3,12})\s*(\S.*)?$")]
    public static partial Regex CodeAndName();

    /// <summary>A note under a table: 注：…, 备注：…, 说明：…, 本表无数据.</summary>
    [GeneratedRegex(@"^\s*(注|备注|说明|附注)\s*[0-9一二三四五六七八九十]*\s*[：:．.、]|本表无数据|无发生额|本表为空")]
    public static partial Regex Note();

    /// <summary>合计, 总计, 合 计 (a table's total row).</summary>
    public static bool IsTotal(string? label)
    {
        var key = Of(label);
        return key is "合计" or "总计" or "合计数" or "总计数";
    }

    /// <summary>A figure as printed: 1,183.38 → 1183.38; -20; (20) → -20; blank, -, — → null. False when not a figure.</summary>
    public static bool TryFigure(string? text, out decimal? value) => TryFigure(text, out value, out _);

    /// <summary>
    /// A figure as printed, read by <see cref="AmountParser"/> (well-formed thousands separators, full-width digits, no
    /// exponent, within 10^15) after the printed forms it does not know: blank, -, — and / for no figure, (20) for -20,
    /// spaces inside the digits. False, with what is wrong, when not a figure.
    /// </summary>
    public static bool TryFigure(string? text, out decimal? value, out AmountProblem? problem)
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var t = text.Normalize(NormalizationForm.FormKC).Trim();
        if (t is "-" or "—" or "--" or "－" or "——" or "/") return true;
        var negative = false;
        if (t.Length > 2 && t[0] == '(' && t[^1] == ')') { negative = true; t = t[1..^1].Trim(); }
        t = t.Replace("\u00A0", "").Replace("\u2009", "").Replace("\u202F", "").Replace(" ", "");
        if (!AmountParser.TryParse(t, out var v, out problem)) return false;
        value = negative ? -v : v;
        return true;
    }

    /// <summary>Decimals written in a printed figure: 1,183.38 → 2, 298,448 → 0.</summary>
    public static int DecimalsOf(string text)
    {
        var t = text.Trim();
        var dot = t.LastIndexOf('.');
        if (dot < 0) return 0;
        var n = 0;
        for (var i = dot + 1; i < t.Length && char.IsAsciiDigit(t[i]); i++) n++;
        return n;
    }
}

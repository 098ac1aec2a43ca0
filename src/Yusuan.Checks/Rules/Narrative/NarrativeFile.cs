using System.Globalization;
using System.Text.RegularExpressions;
using Yusuan.Core.Documents;
using Yusuan.Core.Tables;

namespace Yusuan.Checks.Rules.Narrative;

/// <summary>
/// One paragraph of a document written elsewhere (a .docx, .txt or .md a unit wrote by hand), or one cell of a table
/// in a .docx. <see cref="Paragraph"/> counts the non-empty paragraphs of the file body (第 N 段); a cell has
/// <see cref="Table"/>, <see cref="Row"/> and <see cref="Column"/> instead (1-based).
/// </summary>
public sealed record NarrativeParagraph(string Text)
{
    public int? Paragraph { get; init; }
    public int? Table { get; init; }
    public int? Row { get; init; }
    public int? Column { get; init; }
    public bool IsCell => Table is not null;
}

/// <summary>A document written elsewhere, as paragraphs (and table cells) in reading order.</summary>
public sealed record NarrativeSource(string File, IReadOnlyList<NarrativeParagraph> Paragraphs)
{
    /// <summary>A .txt or .md file: every non-blank line is a paragraph.</summary>
    public static NarrativeSource FromText(string file, string text)
    {
        var paragraphs = new List<NarrativeParagraph>();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0) continue;
            paragraphs.Add(new NarrativeParagraph(trimmed) { Paragraph = paragraphs.Count + 1 });
        }
        return new NarrativeSource(file, paragraphs);
    }
}

/// <summary>What a figure is in prose: an amount (in the tables' unit) or a percentage.</summary>
internal enum ProseFigureKind { Amount, Percent }

/// <summary>A figure found in text: its kind, its value (an amount converted to the tables' unit), as written, where.</summary>
internal sealed record FoundFigure(ProseFigureKind Kind, decimal Value, int Decimals, string Written, int Index);

/// <summary>
/// Finds the amounts and percentages of a text: a number followed by 元 / 万元 / 亿元 or % (spaces and thousands
/// separators allowed: <c>1,183.38 万元</c>, <c>298,448万元</c>, <c>占 92.15%</c>). Years, dates, counts (<c>1人</c>,
/// <c>18个</c>), numbering (<c>1.</c>, <c>一、</c>) carry no such unit and are not figures. A threshold
/// (<c>200万元以上</c>, <c>以下</c>, <c>以内</c>) is a rule's limit, not a budget figure, and is left out.
/// </summary>
internal static class ProseNumbers
{
    private static readonly Regex Figure = new(
        @"(?<![\d.,，])(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[ \u3000]*(?<unit>%|％|亿元|万元|元)(?<limit>以上|以下|以内|及以上|及以下)?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Bare = new(@"^[-－]?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static IEnumerable<FoundFigure> InText(string text, string tableUnit)
    {
        foreach (Match m in Figure.Matches(text))
        {
            if (m.Groups["limit"].Success) continue;
            var written = m.Groups["num"].Value;
            var value = decimal.Parse(written.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture);
            var decimals = Decimals(written);
            var unit = m.Groups["unit"].Value;
            if (unit is "%" or "％")
            {
                yield return new FoundFigure(ProseFigureKind.Percent, value, decimals, m.Value.Trim(), m.Index);
                continue;
            }
            var factor = Factor(unit) / Factor(tableUnit);
            yield return new FoundFigure(ProseFigureKind.Amount, value * factor, Math.Max(0, decimals + Shift(factor)), m.Value.Trim(), m.Index);
        }
    }

    /// <summary>A table cell: a bare figure with a decimal point or thousands separators is an amount in the tables' unit
    /// (plain integers are codes, numbers, counts); otherwise the figures of its text.</summary>
    public static IEnumerable<FoundFigure> InCell(string text, string tableUnit)
    {
        var trimmed = text.Trim();
        if (Bare.Match(trimmed) is { Success: true } m)
        {
            var written = m.Groups["num"].Value;
            return [new FoundFigure(ProseFigureKind.Amount, decimal.Parse(written.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture),
                Decimals(written), trimmed, 0)];
        }
        return InText(text, tableUnit);
    }

    private static int Decimals(string written) => written.Contains('.') ? written.Length - written.IndexOf('.') - 1 : 0;

    private static decimal Factor(string unit) => unit switch { "亿元" => 100_000_000m, "万元" => 10_000m, _ => 1m };

    /// <summary>Decimal places a unit conversion moves: 元 → 万元 is 4.</summary>
    private static int Shift(decimal factor)
    {
        var n = 0;
        for (var f = factor; f < 1m; f *= 10m) n++;
        for (var f = factor; f > 1m; f /= 10m) n--;
        return n;
    }
}

/// <summary>A figure the budget's document prints: a table cell, a form cell, or a figure of the generated 情况说明.</summary>
internal sealed record PrintedFigure(ProseFigureKind Kind, decimal Value, int Decimals, string Source);

/// <summary>
/// Every figure Yusuan's own document of the budget prints (<see cref="DocumentBuilder"/>): each amount cell of each
/// table as <see cref="Table.Format"/> prints it, the figures of the target forms, and every amount and percentage of
/// the generated 情况说明 (shares, changes, last year's figures: runs that carry their source).
/// </summary>
internal sealed class PrintedFigureSet
{
    private readonly List<PrintedFigure> _figures = [];

    public PrintedFigureSet(PublishedDocument doc, string tableUnit)
    {
        var heading = doc.Title;
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    heading = PublishedDocumentText.HeadingText(h);
                    break;
                case ParagraphBlock p:
                    foreach (var f in ProseNumbers.InText(p.Text, tableUnit))
                        _figures.Add(new PrintedFigure(f.Kind, f.Value, f.Decimals, $"公开文本“{heading}”"));
                    break;
                case TableBlock { Table: var t }:
                    var name = string.IsNullOrEmpty(t.Number) ? t.Title : $"{t.Number} {t.Title}";
                    var columns = t.Columns;
                    var paths = t.ColumnPaths;
                    foreach (var row in t.Rows)
                    {
                        for (var c = 0; c < columns.Count; c++)
                        {
                            if (columns[c].Kind != ColumnKind.Amount || t.Shown(row, c) is not { } shown) continue;
                            var label = string.Join(" ", Enumerable.Range(0, columns.Count)
                                .Where(i => columns[i].Kind != ColumnKind.Amount).Select(i => t.Format(row, i).Trim()).Where(s => s.Length > 0));
                            _figures.Add(new PrintedFigure(ProseFigureKind.Amount, shown, t.Presentation.Decimals, $"{name} › {label} › {paths[c]}"));
                        }
                    }
                    break;
                case FormBlock { Form: var form }:
                    var formName = string.IsNullOrEmpty(form.Number) ? form.Title : $"{form.Number} {form.Title}";
                    foreach (var cell in form.Cells)
                        foreach (var f in ProseNumbers.InCell(form.Format(cell), tableUnit))
                            _figures.Add(new PrintedFigure(f.Kind, f.Value, f.Decimals, formName));
                    break;
            }
        }
    }

    public IReadOnlyList<PrintedFigure> Figures => _figures;

    public PrintedFigure? Exact(FoundFigure f) => _figures.FirstOrDefault(p => p.Kind == f.Kind && p.Value == f.Value);

    /// <summary>A printed figure that, rounded to the decimals written, is the figure written (1183.4 for 1,183.38).</summary>
    public PrintedFigure? Rounded(FoundFigure f) => _figures.FirstOrDefault(p => p.Kind == f.Kind && p.Decimals > f.Decimals
        && Math.Round(p.Value, f.Decimals, MidpointRounding.AwayFromZero) == f.Value);

    /// <summary>The printed figure closest to one that matches none, a table's before the prose's.</summary>
    public PrintedFigure? Nearest(FoundFigure f) =>
        _figures.Where(p => p.Kind == f.Kind).OrderBy(p => Math.Abs(p.Value - f.Value))
            .ThenBy(p => p.Source.StartsWith("公开文本", StringComparison.Ordinal)).FirstOrDefault();
}

/// <summary>
/// <c>yusuan check --narrative</c>: the amounts and percentages of a document written elsewhere, each compared with the
/// figures the budget's tables print (<see cref="PrintedFigureSet"/>). Runs only when a file is given, so the rules
/// report nothing in an ordinary check.
/// </summary>
public static class NarrativeFileCheck
{
    public static IEnumerable<Finding> Check(NarrativeSource source, PublishedDocument document, Core.Profiles.Presentation presentation)
    {
        var unit = presentation.Unit;
        var printed = new PrintedFigureSet(document, unit);
        foreach (var paragraph in source.Paragraphs)
        {
            var figures = paragraph.IsCell ? ProseNumbers.InCell(paragraph.Text, unit) : ProseNumbers.InText(paragraph.Text, unit);
            foreach (var f in figures)
            {
                if (f.Value == 0m || printed.Exact(f) is not null) continue;
                var place = PlaceOf(source.File, paragraph, f);
                if (printed.Rounded(f) is { } rounded)
                {
                    yield return new Finding(UnmatchedFigureRule.RoundedId, Severity.Warning, place,
                        $"{f.Written} 是表格数字 {Show(rounded)}（{rounded.Source}）舍入到 {f.Decimals} 位小数")
                    {
                        Printed = f.Written,
                        Expected = Show(rounded),
                        Hint = "按表格印出的位数写这个数字",
                    };
                    continue;
                }
                var nearest = printed.Nearest(f);
                yield return new Finding(UnmatchedFigureRule.UnmatchedId, Severity.Error, place,
                    $"{f.Written} 不是预算表格中的数字"
                    + (nearest is null ? "" : $"，最接近的是 {Show(nearest)}（{nearest.Source}）"))
                {
                    Printed = f.Written,
                    Expected = nearest is null ? null : Show(nearest),
                    Hint = "核对这个数字与表格：文字中的数字应取自公开表格（或由表格数字计算的占比、增减）",
                };
            }
        }
    }

    private static string Show(PrintedFigure p) => p.Kind == ProseFigureKind.Percent
        ? p.Value.ToString("0.##########", CultureInfo.InvariantCulture) + "%"
        : p.Value.ToString("#,##0." + new string('0', Math.Max(0, p.Decimals)), CultureInfo.InvariantCulture).TrimEnd('.');

    private static Place PlaceOf(string file, NarrativeParagraph p, FoundFigure f) => p.IsCell
        ? new Place { File = file, Sheet = $"表格 {p.Table}", Row = p.Row, Field = $"第 {p.Column} 列" }
        : new Place { File = file, Sheet = $"第 {p.Paragraph} 段", Field = Sentence(p.Text, f.Index) };

    /// <summary>The sentence holding the figure (up to 。；！？ or the paragraph's end).</summary>
    internal static string Sentence(string text, int index)
    {
        static bool End(char c) => c is '。' or '；' or ';' or '！' or '？';
        var start = index;
        while (start > 0 && !End(text[start - 1])) start--;
        var end = index;
        while (end < text.Length && !End(text[end])) end++;
        if (end < text.Length) end++;
        var sentence = text[start..end].Trim();
        return sentence.Length <= 80 ? sentence : sentence[..80] + "…";
    }
}

/// <summary>
/// N-UNMATCHED and N-ROUNDED, registered so that <c>yusuan rules</c> lists them and settings can move them. They read a
/// document written elsewhere, which only <c>yusuan check --narrative</c> gives (<see cref="NarrativeFileCheck"/>): on
/// a budget alone they report nothing.
/// </summary>
internal sealed class UnmatchedFigureRule : IBudgetRule
{
    public const string UnmatchedId = "N-UNMATCHED";
    public const string RoundedId = "N-ROUNDED";

    public Rule Rule { get; } = new(UnmatchedId, "公开文本中的数字不是表格中的数字", Severity.Error, RuleTarget.Budget,
        "check --narrative：单位自行撰写的公开文本（.docx、.txt、.md）中的每个金额（元、万元、亿元）和百分比，都应是预算表格印出的数字，"
        + "或 Yusuan 生成的情况说明中由表格计算的数字（占比、增减、上年数）。不是的报告其段落和句子（docx 表格报告单元格），并给出最接近的表格数字。");

    public IEnumerable<Finding> Check(BudgetCheckContext context) => [];
}

/// <summary>N-ROUNDED: a figure of a document written elsewhere that is a table figure rounded to fewer decimals.</summary>
internal sealed class RoundedFigureRule : IBudgetRule
{
    public Rule Rule { get; } = new(UnmatchedFigureRule.RoundedId, "公开文本中的数字少印了小数位", Severity.Warning, RuleTarget.Budget,
        "check --narrative：文字中的数字是表格数字舍入到更少小数位的结果（表格印 1,183.38，文字写 1183.4 或 1183 万元）。"
        + "数字没有错，但与表格不一致，读者无法逐一核对。");

    public IEnumerable<Finding> Check(BudgetCheckContext context) => [];
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Yusuan.Core.Documents;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Html;

/// <summary>One bar of a chart: a label and one printed figure per series (in the table's unit, as the table prints it).</summary>
internal sealed record ChartBar(string Label, IReadOnlyList<decimal> Values);

/// <summary>
/// A chart drawn from the document's tables: horizontal bars (one series or several side by side) or one bar split
/// into its parts (<see cref="Stacked"/>). Values are the tables' printed figures, so a bar's label reads as the table.
/// </summary>
internal sealed record Chart(string Id, string Title, string TableId, string Unit, IReadOnlyList<string> Series, IReadOnlyList<ChartBar> Bars)
{
    public bool Stacked { get; init; }
    public int Decimals { get; init; } = 2;
    public string? Note { get; init; }
}

/// <summary>
/// Finds the charts a reader would rather look at than read, in the document's tables by their ids: 收入 by source
/// (<c>income</c>), 支出 by 功能分类 类 (<c>income-expenditure-summary</c>, else the 类 rows of <c>expenditure</c>),
/// 基本支出 and 项目支出 (<c>expenditure</c>), 三公 this year and last (<c>gpb-three-public</c>). A table that is missing
/// or empty gives no chart.
/// </summary>
internal static partial class HtmlCharts
{
    public static IReadOnlyList<Chart> Find(IReadOnlyList<Table> tables, HtmlOptions options)
    {
        var byId = new Dictionary<string, Table>();
        foreach (var t in tables) byId.TryAdd(t.Id, t);
        var charts = new List<Chart>();
        if (byId.TryGetValue("income", out var income) && IncomeBySource(income) is { } a) charts.Add(a);
        var functional = byId.TryGetValue("income-expenditure-summary", out var summary) ? SpendingByFunction(summary) : null;
        if (functional is null && byId.TryGetValue("expenditure", out var spending)) functional = SpendingByClassRows(spending);
        if (functional is not null) charts.Add(functional);
        if (byId.TryGetValue("expenditure", out var expenditure) && BasicAndProject(expenditure) is { } c) charts.Add(c);
        if (byId.TryGetValue("gpb-three-public", out var three) && ThreePublic(three, options) is { } d) charts.Add(d);
        return charts;
    }

    private static string Unit(Table table) => table.Presentation.Unit;

    /// <summary>The row that holds the table's totals: 合计, else the department's, else the first row.</summary>
    private static TableRow? TotalRow(Table table) =>
        table.Rows.FirstOrDefault(r => r.Kind == RowKind.Total)
        ?? table.Rows.FirstOrDefault(r => r.Kind == RowKind.Department)
        ?? table.Rows.FirstOrDefault();

    private static decimal Shown(Table table, TableRow row, int column) =>
        column >= 0 && column < row.Cells.Count ? table.Shown(row, column) ?? 0 : 0;

    private static bool IsTotalHeader(string text)
    {
        var t = text.Replace(" ", "").Replace("　", "");
        return t is "合计" or "总计" or "小计" || t.EndsWith("总计", StringComparison.Ordinal) || t.EndsWith("合计", StringComparison.Ordinal);
    }

    // ---- 收入 by source ----------------------------------------------------------------------------------------

    /// <summary>
    /// The sources are the header's amount nodes below the totals: a leaf (一般公共预算拨款收入), or a parent whose
    /// 小计 gives its amount (一般公共预算拨款 over 小计 / 基本支出拨款 / 项目支出拨款); parents without one are opened.
    /// </summary>
    private static Chart? IncomeBySource(Table table)
    {
        if (table.IsEmpty || TotalRow(table) is not { } row) return null;
        var sources = new List<(string Label, int Column)>();
        var column = 0;
        foreach (var cell in table.Header) column = Sources(cell, column, sources);
        var bars = sources
            .Select(s => new ChartBar(s.Label, [Shown(table, row, s.Column)]))
            .Where(b => b.Values[0] != 0)
            .ToList();
        return bars.Count == 0 ? null : new Chart("chart-income", "收入预算构成", table.Id, Unit(table), ["本年预算"], bars)
        {
            Decimals = table.Presentation.Decimals,
        };
    }

    private static int Sources(HeaderCell cell, int column, List<(string, int)> sources)
    {
        if (cell.IsLeaf)
        {
            if (cell.Kind == ColumnKind.Amount && !IsTotalHeader(cell.Text)) sources.Add((Clean(cell.Text), column));
            return column + 1;
        }
        var subtotal = -1;
        var c = column;
        foreach (var child in cell.Children)
        {
            if (child.IsLeaf && IsTotalHeader(child.Text) && subtotal < 0) subtotal = c;
            c += child.Leaves().Count();
        }
        if (subtotal >= 0 && !IsTotalHeader(cell.Text))
        {
            sources.Add((Clean(cell.Text), subtotal));
            return c;
        }
        c = column;
        foreach (var child in cell.Children) c = Sources(child, c, sources);
        return c;
    }

    // ---- 支出 by 功能分类 类 ------------------------------------------------------------------------------------

    /// <summary>The 收支总表's spending side: its rows keyed by a 类 (spending:208) with the spending figure.</summary>
    private static Chart? SpendingByFunction(Table table)
    {
        var paths = table.ColumnPaths;
        var columns = table.Columns;
        var nameColumn = -1;
        var valueColumn = -1;
        for (var c = 0; c < paths.Count; c++)
        {
            if (!paths[c].StartsWith('支')) continue;
            if (nameColumn < 0 && columns[c].Kind == ColumnKind.Text) nameColumn = c;
            else if (nameColumn >= 0 && columns[c].Kind == ColumnKind.Amount)
            {
                valueColumn = c;
                break;
            }
        }
        if (nameColumn < 0 || valueColumn < 0) return null;
        var bars = new List<ChartBar>();
        foreach (var row in table.Rows)
        {
            if (!row.Key.Split('|').Any(k => ClassKey().IsMatch(k))) continue;
            var value = Shown(table, row, valueColumn);
            if (value == 0) continue;
            bars.Add(new ChartBar(Clean(row.Cells[nameColumn].Text ?? ""), [value]));
        }
        return bars.Count == 0 ? null : Functional(table, bars);
    }

    /// <summary>The 支出总表's 类 rows (a classification row keyed …/functional:208), summed over units.</summary>
    private static Chart? SpendingByClassRows(Table table)
    {
        var columns = table.Columns;
        var total = table.ColumnIndex("合计") is >= 0 and var t ? t : table.ColumnIndex("支出总计");
        var name = TableGridLayout.NameColumn(columns);
        if (total < 0 || name < 0) return null;
        var sums = new Dictionary<string, (string Label, decimal Value)>();
        foreach (var row in table.Rows)
        {
            var match = FunctionalClass().Match(row.Key);
            if (!match.Success || row.Cells[total].Value is not { } value) continue;
            var code = match.Groups[1].Value;
            sums[code] = sums.TryGetValue(code, out var s) ? (s.Label, s.Value + value) : (Clean(row.Cells[name].Text ?? code), value);
        }
        var bars = sums.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new ChartBar(s.Value.Label, [table.Presentation.Printed(s.Value.Value)]))
            .Where(b => b.Values[0] != 0)
            .ToList();
        return bars.Count == 0 ? null : Functional(table, bars);
    }

    private static Chart Functional(Table table, IReadOnlyList<ChartBar> bars) =>
        new("chart-functional", "支出预算按功能分类（类）", table.Id, Unit(table), ["本年预算"], bars) { Decimals = table.Presentation.Decimals };

    [GeneratedRegex(@"^spending:\d{3}$")]
    private static partial Regex ClassKey();

    [GeneratedRegex(@"functional:(\d{3})$")]
    private static partial Regex FunctionalClass();

    // ---- 基本支出 and 项目支出 ----------------------------------------------------------------------------------

    private static Chart? BasicAndProject(Table table)
    {
        if (table.IsEmpty || TotalRow(table) is not { } row) return null;
        var basic = table.ColumnIndex("基本支出");
        var project = table.ColumnIndex("项目支出");
        if (basic < 0 || project < 0) return null;
        var b = Shown(table, row, basic);
        var p = Shown(table, row, project);
        if (b == 0 && p == 0) return null;
        return new Chart("chart-nature", "基本支出与项目支出", table.Id, Unit(table), ["基本支出", "项目支出"], [new ChartBar("支出合计", [b, p])])
        {
            Stacked = true,
            Decimals = table.Presentation.Decimals,
        };
    }

    // ---- 三公 ---------------------------------------------------------------------------------------------------

    private static Chart? ThreePublic(Table table, HtmlOptions options)
    {
        var paths = table.ColumnPaths;
        var columns = table.Columns;
        int total = -1, abroad = -1, vehicles = -1, reception = -1;
        for (var c = 0; c < paths.Count; c++)
        {
            if (columns[c].Kind != ColumnKind.Amount) continue;
            var path = paths[c];
            var leaf = columns[c].Text;
            if (path.Contains("出国", StringComparison.Ordinal)) abroad = abroad < 0 ? c : abroad;
            else if (path.Contains("接待", StringComparison.Ordinal)) reception = reception < 0 ? c : reception;
            else if (path.Contains("公务用车", StringComparison.Ordinal))
            {
                var isWhole = IsTotalHeader(leaf) || (!leaf.Contains("购置费", StringComparison.Ordinal) && !leaf.Contains("运行", StringComparison.Ordinal));
                if (isWhole && vehicles < 0) vehicles = c;
            }
            else if (IsTotalHeader(leaf) && total < 0) total = c;
        }
        if (abroad < 0 && vehicles < 0 && reception < 0) return null;
        var categories = new List<(string Label, int Column, Func<Core.Model.ThreePublicFigures, decimal> Last)>();
        if (total >= 0) categories.Add(("合计", total, f => f.Total));
        if (abroad >= 0) categories.Add(("因公出国（境）费", abroad, f => f.Abroad));
        if (vehicles >= 0) categories.Add(("公务用车购置及运行费", vehicles, f => f.Vehicles));
        if (reception >= 0) categories.Add(("公务接待费", reception, f => f.Reception));

        // A comparison table (深圳) has a row per year: …/previous, …/current.
        var current = table.Rows.FirstOrDefault(r => r.Key.EndsWith("/current", StringComparison.Ordinal));
        var previous = table.Rows.FirstOrDefault(r => r.Key.EndsWith("/previous", StringComparison.Ordinal));
        current ??= TotalRow(table);
        var yearColumn = -1;
        for (var c = 0; c < columns.Count && yearColumn < 0; c++)
            if (columns[c].Kind == ColumnKind.Text && columns[c].Text.Contains('年')) yearColumn = c;
        string YearOf(TableRow? row, string fallback)
        {
            if (row is null || yearColumn < 0 || yearColumn >= row.Cells.Count) return fallback;
            var text = row.Cells[yearColumn].Text?.Replace(" ", "") ?? "";
            return YearText().Match(text) is { Success: true } m ? m.Value : fallback;
        }
        var thisYear = options.Year is { } y ? $"{y}年" : "本年";
        var lastYear = options.Year is { } y2 ? $"{y2 - 1}年" : "上年";

        if (current is null && previous is null) return null;
        var bars = new List<ChartBar>();
        if (previous is not null)
        {
            var series = new[] { YearOf(current, thisYear), YearOf(previous, lastYear) };
            foreach (var (label, column, _) in categories)
                bars.Add(new ChartBar(label, [current is null ? 0 : Shown(table, current, column), Shown(table, previous, column)]));
            return Three(table, series, bars, null);
        }
        if (options.ThreePublicLastYear is { } last)
        {
            foreach (var (label, column, of) in categories)
                bars.Add(new ChartBar(label, [Shown(table, current!, column), table.Presentation.Printed(of(last))]));
            return Three(table, [thisYear, lastYear], bars, null);
        }
        foreach (var (label, column, _) in categories)
            bars.Add(new ChartBar(label, [Shown(table, current!, column)]));
        return Three(table, [thisYear], bars, "上年数未提供。");
    }

    private static Chart Three(Table table, IReadOnlyList<string> series, IReadOnlyList<ChartBar> bars, string? note) =>
        new("chart-three-public", "“三公”经费本年与上年", table.Id, Unit(table), series, bars)
        {
            Decimals = table.Presentation.Decimals,
            Note = note,
        };

    [GeneratedRegex(@"^\d{4}年")]
    private static partial Regex YearText();

    /// <summary>A label without its list numbering (一、 1. (一)) and surrounding spaces.</summary>
    private static string Clean(string text) => Numbering().Replace(text.Trim(), "").Trim();

    [GeneratedRegex(@"^([一二三四五六七八九十]+、|\d+[\.．、]\s*|[（(][一二三四五六七八九十\d]+[)）])")]
    private static partial Regex Numbering();

    // ---- SVG ----------------------------------------------------------------------------------------------------

    private const int Width = 360;
    private const double CharPixels = 6.5; // half-width character at 13px; CJK counts double
    private static readonly string[] Palette = ["#2b6cb0", "#dd8a2e", "#4a9d6f", "#9b59b6", "#c0392b", "#16a085"];

    public static string Format(decimal value, int decimals) =>
        value.ToString("#,##0" + (decimals > 0 ? "." + new string('0', decimals) : ""), CultureInfo.InvariantCulture);

    public static string Svg(Chart chart) => chart.Stacked ? StackedSvg(chart) : BarsSvg(chart);

    /// <summary>
    /// Horizontal bars, each category's label on a line of its own above its bars (one per series), the figure at the
    /// bar's end: narrow enough to read on a phone without shrinking the text.
    /// </summary>
    private static string BarsSvg(Chart chart)
    {
        var series = chart.Series.Count;
        var valueWidth = chart.Bars.SelectMany(b => b.Values).Max(v => Format(v, chart.Decimals).Length) * 7.5 + 10;
        var barArea = Width - valueWidth;
        var max = chart.Bars.SelectMany(b => b.Values).Select(Math.Abs).DefaultIfEmpty(0).Max();
        const double labelHeight = 18;
        const double barHeight = 14;
        const double gap = 3;
        var group = labelHeight + series * barHeight + (series - 1) * gap + 10;
        var legend = series > 1 ? 24.0 : 0.0;
        var height = legend + chart.Bars.Count * group;

        var svg = new StringBuilder();
        Open(svg, chart, height);
        if (series > 1)
        {
            double x = 0;
            for (var s = 0; s < series; s++)
            {
                svg.Append($"<rect class=\"key\" x=\"{N(x)}\" y=\"4\" width=\"12\" height=\"12\" fill=\"{Palette[s % Palette.Length]}\"/>");
                svg.Append($"<text x=\"{N(x + 16)}\" y=\"14.5\" class=\"legend\">{HtmlText.Encode(chart.Series[s])}</text>");
                x += 16 + TableGridLayout.TextWidth(chart.Series[s]) * CharPixels + 20;
            }
        }
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var top = legend + i * group;
            svg.Append($"<text class=\"label\" x=\"0\" y=\"{N(top + 13)}\">{HtmlText.Encode(bar.Label)}</text>");
            for (var s = 0; s < series; s++)
            {
                var value = bar.Values[s];
                var length = max == 0 ? 0 : (double)(Math.Abs(value) / max) * barArea;
                var y = top + labelHeight + s * (barHeight + gap);
                var text = Format(value, chart.Decimals);
                var tip = $"{bar.Label}{(series > 1 ? "（" + chart.Series[s] + "）" : "")}：{text} {chart.Unit}";
                svg.Append($"<rect class=\"bar\" x=\"0\" y=\"{N(y)}\" width=\"{N(Math.Max(length, value == 0 ? 0 : 1))}\" height=\"{N(barHeight)}\" fill=\"{Palette[s % Palette.Length]}\"");
                svg.Append($" data-label=\"{HtmlText.Encode(bar.Label)}\" data-series=\"{HtmlText.Encode(chart.Series[s])}\" data-value=\"{Plain(value)}\"><title>{HtmlText.Encode(tip)}</title></rect>");
                svg.Append($"<text class=\"value\" x=\"{N(length + 5)}\" y=\"{N(y + barHeight - 2.5)}\">{HtmlText.Encode(text)}</text>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>One bar split into its parts, each with its figure and share of the whole (shares of the printed figures).</summary>
    private static string StackedSvg(Chart chart)
    {
        var bar = chart.Bars[0];
        var sum = bar.Values.Sum();
        const double top = 8;
        const double barHeight = 34;
        var height = top + barHeight + 12 + chart.Series.Count * 22 + 4;
        var svg = new StringBuilder();
        Open(svg, chart, height);
        double x = 0;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var value = bar.Values[s];
            var share = sum == 0 ? 0 : value / sum;
            var length = (double)share * Width;
            var text = Format(value, chart.Decimals);
            var percent = (share * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";
            var tip = $"{chart.Series[s]}：{text} {chart.Unit}（{percent}）";
            svg.Append($"<rect class=\"bar\" x=\"{N(x)}\" y=\"{N(top)}\" width=\"{N(length)}\" height=\"{N(barHeight)}\" fill=\"{Palette[s % Palette.Length]}\"");
            svg.Append($" data-label=\"{HtmlText.Encode(chart.Series[s])}\" data-series=\"{HtmlText.Encode(chart.Series[s])}\" data-value=\"{Plain(value)}\" data-share=\"{percent}\"><title>{HtmlText.Encode(tip)}</title></rect>");
            if (length > 70)
                svg.Append($"<text class=\"inside\" x=\"{N(x + length / 2)}\" y=\"{N(top + barHeight / 2 + 5)}\" text-anchor=\"middle\">{percent}</text>");
            x += length;
        }
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var value = bar.Values[s];
            var share = sum == 0 ? 0 : value / sum;
            var y = top + barHeight + 12 + s * 22;
            svg.Append($"<rect class=\"key\" x=\"0\" y=\"{N(y)}\" width=\"12\" height=\"12\" fill=\"{Palette[s % Palette.Length]}\"/>");
            var line = $"{chart.Series[s]}　{Format(value, chart.Decimals)} {chart.Unit}，占 {(share * 100).ToString("0.00", CultureInfo.InvariantCulture)}%";
            svg.Append($"<text class=\"legend\" x=\"18\" y=\"{N(y + 11)}\">{HtmlText.Encode(line)}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Open(StringBuilder svg, Chart chart, double height)
    {
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {N(height)}\" role=\"img\" aria-labelledby=\"{chart.Id}-title\">");
        var description = string.Join("；", chart.Bars.Select(b =>
            b.Label + "：" + string.Join("，", b.Values.Select((v, i) => (chart.Series.Count > 1 ? chart.Series[i] + " " : "") + Format(v, chart.Decimals)))));
        svg.Append($"<title id=\"{chart.Id}-title\">{HtmlText.Encode(chart.Title + "（" + chart.Unit + "）：" + description)}</title>");
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Plain(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}

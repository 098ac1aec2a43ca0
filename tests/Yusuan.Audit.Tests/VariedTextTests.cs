using System.Globalization;
using System.Text.RegularExpressions;

namespace Yusuan.Audit.Tests;

/// <summary>
/// The reference texts varied as other regions and years print them: other title wording, another year, 元 instead of 万元,
/// columns in another order, codes in another form. The same mistakes are found at the same places.
/// </summary>
public sealed partial class VariedTextTests
{
    private static readonly List<string> GuangyuanPlaces = Audited.Places(Audited.Run(Audited.Guangyuan));
    private static readonly List<string> ShenzhenPlaces = Audited.Places(Audited.Run(Audited.Shenzhen));
    private static readonly List<string> BazhongPlaces = Audited.Places(Audited.Run(Audited.Bazhong));

    /// <summary>Replaces whole lines (titles) that equal <paramref name="from"/>.</summary>
    private static string Retitle(string text, params (string From, string To)[] titles)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            foreach (var (from, to) in titles)
                if (lines[i].Trim() == from) lines[i] = to;
        return string.Join('\n', lines);
    }

    [Fact]
    public void Other_title_wording_finds_the_same()
    {
        var text = Retitle(Audited.Text(Audited.Guangyuan),
            ("部门收支总表", "财务收支预算总表"), ("部门收入总表", "收入预算总表"), ("部门支出总表", "单位支出预算总表"),
            ("财政拨款收支预算总表", "财政拨款收支总表"), ("一般公共预算支出预算表", "一般公共预算财政拨款支出表"));
        var result = Audited.RunText(text, "varied.txt");
        Assert.Equal(12, result.Document.Tables.Count);
        Assert.Equal(GuangyuanPlaces, Audited.Places(result));

        var bazhong = Retitle(Audited.Text(Audited.Bazhong), ("部门预算收支总表", "收支预算总表"), ("部门预算支出总表", "部门支出预算总表"));
        Assert.Equal(BazhongPlaces, Audited.Places(Audited.RunText(bazhong, "varied.txt")));
    }

    [Fact]
    public void Another_year_finds_the_same()
    {
        // 深圳 2023 printed as 2024: the budget year is read from the text, the 2024 catalog gives the names.
        var result = Audited.RunText(Audited.Text(Audited.Shenzhen).Replace("2023", "2024"), "varied.txt");
        Assert.Equal(2024, result.Document.Year);
        Assert.Equal(ShenzhenPlaces, Audited.Places(result).Select(p => p.Replace("2024", "2023")).ToList());
    }

    [Fact]
    public void Yuan_instead_of_wanyuan_finds_the_same()
    {
        // Every figure of 广元's tables in 元 (1,183.38 万元 → 11,833,800.00 元), the unit line saying so.
        var text = string.Join('\n', Audited.Text(Audited.Guangyuan).Split('\n').Select(line =>
        {
            if (line.Contains("金额单位：万元")) return line.Replace("万元", "元");
            if (!line.Contains('\t')) return line;
            return string.Join('\t', line.Split('\t').Select(cell => Figure().IsMatch(cell.Trim())
                ? (decimal.Parse(cell.Trim().Replace(",", ""), CultureInfo.InvariantCulture) * 10000m).ToString("#,##0.00", CultureInfo.InvariantCulture)
                : cell));
        }));
        var original = Audited.Run(Audited.Guangyuan);
        var result = Audited.RunText(text, Audited.Guangyuan);
        Assert.All(result.Document.Tables, t => Assert.Equal("元", t.MoneyUnit));
        // Figures are compared in 万元, so the findings (printed and expected figures too) are the same.
        Assert.Equal(Audited.Findings(original), Audited.Findings(result));
    }

    [Fact]
    public void Columns_in_another_order_find_the_same()
    {
        // 深圳 表3 支出总表 with 基本支出 and 项目支出 swapped, header and rows, on each of its three pages.
        var lines = Audited.Text(Audited.Shenzhen).Split('\n');
        var inTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i].Trim();
            if (t.Length > 0 && !t.StartsWith('|')) inTable = t == "支出总表" || (inTable && !t.EndsWith("表", StringComparison.Ordinal));
            if (!inTable || !t.StartsWith('|') || t.StartsWith("|--", StringComparison.Ordinal)) continue;
            var cells = t.Trim('|').Split('|').ToList();
            if (cells.Count < 6) continue;
            (cells[4], cells[5]) = (cells[5], cells[4]);
            lines[i] = "|" + string.Join('|', cells) + "|";
        }
        var result = Audited.RunText(string.Join('\n', lines), "varied.txt");
        var expenditure = result.Document.Tables.Single(t => t.Table.Id == "expenditure").Table;
        Assert.True(expenditure.ColumnIndex("项目支出") < expenditure.ColumnIndex("基本支出"));
        Assert.Equal(ShenzhenPlaces, Audited.Places(result));
    }

    [Theory]
    [InlineData("joined")]
    [InlineData("spaced")]
    public void Codes_in_another_form_find_the_same(string form)
    {
        // 广元's 类 | 款 | 项 cells printed as one code (2080109) or one spaced cell (208 01 09).
        var text = SplitCode().Replace(Audited.Text(Audited.Guangyuan),
            m => (form == "joined" ? m.Groups[1].Value + m.Groups[2].Value + m.Groups[3].Value : $"{m.Groups[1].Value} {m.Groups[2].Value} {m.Groups[3].Value}") + "\t\t\t");
        var result = Audited.RunText(text, "varied.txt");
        Assert.Equal(GuangyuanPlaces, Audited.Places(result));
    }

    [GeneratedRegex(@"^-?\d{1,3}(?:,\d{3})*\.\d{2}$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"(?m)^(2\d\d)\t(\d\d)\t(\d\d)\t")]
    private static partial Regex SplitCode();
}

using System.Text.Json;

namespace Yusuan.Cli.Tests;

/// <summary>
/// <c>yusuan check samples/published/&lt;doc&gt;</c>: the printed tables of each reference document (transcribed as
/// published) are read as tables, and the command exits 1 because each document has errors, and prints each finding
/// with its place (file › table › row › column), the printed and the expected figure. The full lists are asserted in
/// tests/Yusuan.Checks.Tests/Published/PublishedDocumentTests.cs; samples/published/README.md gives the counts.
/// </summary>
public sealed class PublishedCheckTests
{
    private static string Published(string doc) => Path.Combine(Cli.Root, "samples", "published", doc);

    [Theory]
    [InlineData("guangyuan-2025", "sichuan-2025", 33, 23,
        "T-ROUNDING:21 T-UNIT:7 T-BALANCE:2 T-SUM-LEVEL:4 T-SUM-UNIT:5 T-CROSS-TABLE:17")]
    [InlineData("bazhong-2021", "bazhong-2021", 8, 0, "T-CATALOG-NAME:6 T-SERVICE-QUANTITY-PRICE:1 T-SERVICE-EXCEEDS-PROJECT:1")]
    [InlineData("shenzhen-2023", "shenzhen-2023", 3, 20, "T-SUM-LEVEL:1 T-BALANCE:1 T-CROSS-TABLE:1 T-ROUNDING:20")]
    public void Each_document_exits_1_with_its_findings_by_rule(string doc, string profile, int errors, int warnings, string byRule)
    {
        var r = Cli.Run("check", Published(doc), "--format", "json");

        Assert.True(r.Code == ExitCodes.BudgetErrors, r.ToString());
        using var json = JsonDocument.Parse(r.Out);
        var root = json.RootElement;
        Assert.Equal(("tables", profile), (root.GetProperty("inputKind").GetString(), root.GetProperty("profile").GetString()));
        var summary = root.GetProperty("summary");
        Assert.Equal((errors, warnings, 0),
            (summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32(), summary.GetProperty("infos").GetInt32()));
        var counts = root.GetProperty("findings").EnumerateArray()
            .GroupBy(f => f.GetProperty("ruleId").GetString()!)
            .ToDictionary(g => g.Key, g => g.Count());
        var expected = byRule.Split(' ').Select(p => p.Split(':')).ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.OrderBy(x => x.Key, StringComparer.Ordinal), counts.OrderBy(x => x.Key, StringComparer.Ordinal));
        // No reading problem: every table is recognised, 广元 附表 5's two parts read as one.
        Assert.False(counts.ContainsKey("R-READ"));
    }

    [Theory]
    [InlineData("guangyuan-2025",
        "[警告 T-ROUNDING] 01-部门收支总表.csv › 附表 1 部门收支总表 › 第 12 行（八、社会保障和就业支出） › 支 出/预算数: 尾数差：“支 出/预算数” = 附表 3 部门支出总表“合计”，"
        + "印出的数比分项之和少 0.01（2080109 975.45 + 2080501 2.09 + 2080505 94.15 + 2089999 1.18 = 1,072.87）",
        "[错误 T-UNIT] 06-一般公共预算支出预算表.csv › 附表 6 一般公共预算支出预算表 › 第 8 行（208 01 09 342 社会保险经办机构） › 单位代码: 这一行在单位 342601 的栏内，单位代码却印为 342")]
    [InlineData("bazhong-2021",
        "[错误 T-CATALOG-NAME] 01-部门预算收支总表.csv › 部门预算收支总表 › 第 12 行（八、社会保障与就业支出） › 支 出/项 目: 科目 208 的名称与 2021 年支出功能分类不符",
        "[错误 T-SERVICE-QUANTITY-PRICE] 10-政府向社会力量购买服务预算表.csv › 表7 政府向社会力量购买服务预算表 › 第 7 行（701002 市社保局机关 社会保险基金审计购买服务费 中介机构实地稽核服务 家） › 资金来源/合计: "
        + "“中介机构实地稽核服务”购买数量 6家 × 单价 1.00 = 6.00，印出的金额是 60.00（docs/rules.md#t-service-quantity-price）（印为 60.00，应为 6.00）")]
    [InlineData("shenzhen-2023",
        "[错误 T-SUM-LEVEL] 06-政府预算拨款收支总表.csv › 表 6 政府预算拨款收支总表 › 第 25 行（四、城乡社区支出） › 支 出/2023 年预算数: 212 = 21208 不成立：印出的数比分项之和少 280,485（docs/rules.md#t-sum-level）（印为 空，应为 280,485）",
        "[警告 T-ROUNDING] 03-支出总表.csv › 表 3 支出总表 › 第 5 行（深圳市社会保险基金管理局本级） › 支出总计: 尾数差：支出总计 = 基本支出 + 项目支出，印出的数比分项之和多 1（基本支出 5,104 + 项目支出 293,343 = 298,447）")]
    public void Each_document_prints_its_findings_located(string doc, string first, string second)
    {
        var r = Cli.Run("check", Published(doc), "--color", "never");

        Assert.True(r.Code == ExitCodes.BudgetErrors, r.ToString());
        Assert.Contains(first, r.Out);
        Assert.Contains(second, r.Out);
        Assert.Matches(@"错误 \d+ 个，警告 \d+ 个，提示 0 个\s*$", r.Out);
    }
}

using Yusuan.Checks;
using Yusuan.Spreadsheet;

namespace Yusuan.Web.Budgets;

/// <summary>
/// A finding's place in the words of the template a clerk fills in: budget.json › expenditures › 第 3 行 › functional
/// reads 支出明细 › 第 3 行 › 功能分类科目编码. The stored JSON is an implementation detail; the sheet and column are not.
/// </summary>
public static class PlaceText
{
    private static readonly Dictionary<string, string> Sheets = new(StringComparer.Ordinal)
    {
        ["units"] = "单位", ["income"] = "收入", ["projects"] = "项目", ["expenditures"] = "支出明细", ["threePublicPrevious"] = "三公上年数",
        ["procurement"] = "政府采购", ["servicePurchases"] = "政府购买服务", ["targets.projects"] = "绩效目标",
        ["targets.departments"] = "整体目标", ["previousYear"] = "上年数",
    };

    public static string SheetName(string list) => Sheets.GetValueOrDefault(list, list);

    public static string Of(Place place, string? unitName = null, int? row = null)
    {
        if (place.Table is not null) return place.ToString();
        var parts = new List<string>();
        if (unitName is not null) parts.Add(unitName);
        var sheet = place.Sheet is null ? null : SheetName(place.Sheet);
        if (sheet is not null) parts.Add(sheet);
        if ((row ?? place.Row) is { } r) parts.Add($"第 {r} 行");
        if (place.Field is { } field)
        {
            parts.Add((sheet is null ? null : TemplateColumns.Label(sheet, field)) ?? field);
        }
        return parts.Count == 0 ? place.ToString() : string.Join(" › ", parts);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;

namespace Yusuan.Web.Budgets;

public enum GridColumnKind { Text, Code, Choice, Flag, Amount }

/// <summary>One editable field of a record, by its input-format name; the label is the template's column header.</summary>
public sealed record GridColumn(string Field, string Label, GridColumnKind Kind, string? ListId = null, IReadOnlyList<string>? Choices = null);

/// <summary>
/// The lists a unit edits in the browser grid and their columns. Fields the grid does not show (a name next to a code,
/// a 政府经济分类 override …) are kept from the stored record, so editing in the grid never loses what an upload brought.
/// </summary>
public sealed record GridSpec(string List, string Title, IReadOnlyList<GridColumn> Columns)
{
    public static GridSpec Expenditures(IReadOnlyList<string> projects) => new("expenditures", "支出明细",
    [
        new("functional", "功能分类科目编码", GridColumnKind.Code, "functional-codes"),
        new("economic", "经济分类科目编码", GridColumnKind.Code, "economic-codes"),
        new("nature", "支出性质", GridColumnKind.Choice, Choices: ["", .. ExpenditureNatures.AllNames]),
        new("project", "项目名称", GridColumnKind.Choice, Choices: ["", .. projects]),
        new("source", "资金来源", GridColumnKind.Choice, Choices: ["", .. IncomeSources.AllNames]),
        new("carriedOver", "上年结转", GridColumnKind.Flag),
        new("amount", "金额", GridColumnKind.Amount),
    ]);

    public static GridSpec Income { get; } = new("income", "收入", 
    [
        new("source", "收入来源", GridColumnKind.Choice, Choices: ["", .. IncomeSources.AllNames]),
        new("carriedOver", "上年结转", GridColumnKind.Flag),
        new("amount", "金额", GridColumnKind.Amount),
    ]);

    /// <summary>Last year's 三公 budget of the unit, which the 三公 table and the narrative compare with.</summary>
    public static GridSpec ThreePublicPrevious { get; } = new("threePublicPrevious", "三公上年数",
    [
        new("abroad", "因公出国（境）费", GridColumnKind.Amount),
        new("vehiclePurchase", "公务用车购置费", GridColumnKind.Amount),
        new("vehicleOperation", "公务用车运行维护费", GridColumnKind.Amount),
        new("reception", "公务接待费", GridColumnKind.Amount),
    ]);

    public static GridSpec Projects(IReadOnlyList<string> kinds) => new("projects", "项目",
    [
        new("name", "项目名称", GridColumnKind.Text),
        new("kind", "项目类别", GridColumnKind.Choice, Choices: ["", .. kinds]),
    ]);

    /// <summary>A cell as the grid shows it.</summary>
    public static string Show(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d.ToString(CultureInfo.InvariantCulture),
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "",
        _ => node.ToJsonString(),
    };

    /// <summary>
    /// Puts a posted cell into a record. An amount that reads as a plain number is stored as a number; anything else
    /// is stored as typed, so the reader reports it at its row and field instead of the grid guessing.
    /// </summary>
    public static void Set(JsonObject record, GridColumn column, string? posted)
    {
        var text = posted?.Trim();
        switch (column.Kind)
        {
            case GridColumnKind.Flag:
                if (text is "true" or "on") record[column.Field] = true;
                else record.Remove(column.Field);
                break;
            case GridColumnKind.Amount:
                if (string.IsNullOrEmpty(text)) record.Remove(column.Field);
                else if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d))
                    record[column.Field] = d;
                else record[column.Field] = text;
                break;
            default:
                if (string.IsNullOrEmpty(text)) record.Remove(column.Field);
                else record[column.Field] = text;
                break;
        }
    }

    /// <summary>The datalists the code columns pick from: every 项 of the year's 功能分类 and every 款 and below of its 经济分类.</summary>
    public static IReadOnlyList<(string Code, string Name)> FunctionalChoices(CatalogSet catalogs) => Leaves(catalogs.Functional, 7);

    public static IReadOnlyList<(string Code, string Name)> EconomicChoices(CatalogSet catalogs) => Leaves(catalogs.Economic, 5);

    private static List<(string, string)> Leaves(Classification catalog, int minLength)
    {
        var result = new List<(string, string)>();
        void Walk(string? code)
        {
            foreach (var child in catalog.Children(code))
            {
                if (child.Length >= minLength) result.Add((child, string.Join(" / ", catalog.Path(child).Select(catalog.NameOf))));
                Walk(child);
            }
        }
        Walk(null);
        return result;
    }
}

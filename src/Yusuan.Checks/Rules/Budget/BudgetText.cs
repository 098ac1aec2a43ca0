using System.Globalization;
using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules;

/// <summary>How budget findings quote figures, units and lines: in the unit the clerk entered (元 or 万元).</summary>
internal static class BudgetText
{
    /// <summary>An amount (元 internally) as the input states it: 60.00 万元, or 1,234.56 元.</summary>
    public static string Money(this Budget budget, decimal yuan) => budget.AmountUnit == "万元"
        ? (yuan / 10000m).ToString("#,##0.00####", CultureInfo.InvariantCulture) + " 万元"
        : yuan.ToString("#,##0.00", CultureInfo.InvariantCulture) + " 元";

    /// <summary>What counts as a rounding-free difference for an entered price: half a unit of its last entered digit.</summary>
    public static decimal PriceHalfUnit(this Budget budget) => budget.AmountUnit == "万元" ? 50m : 0.005m;

    /// <summary>Units by code, for rules that look a unit up per line (a province has thousands of units).</summary>
    public static Dictionary<string, BudgetUnit> UnitsByCode(this Budget budget) =>
        budget.Units.ToDictionary(u => u.Code, StringComparer.Ordinal);

    public static string Label(this BudgetUnit unit) => $"{unit.Code} {unit.Name}";

    public static string TypeName(this UnitType type) => type switch
    {
        UnitType.Administrative => "行政单位",
        UnitType.CivilServiceManaged => "参公单位",
        _ => "事业单位",
    };

    public static string Source(IncomeSource source, bool carriedOver) =>
        source.ChineseName() + (carriedOver ? "（上年结转）" : "");

    /// <summary>The place of an input record, pointing at one of its fields (JSON name; the xlsx reader maps it to its column).</summary>
    public static Place At(SourceLocation? location, string? field = null) =>
        Place.Of(field is null ? location : location?.WithField(field));

    /// <summary>The place of one source's amount of a 政府采购 / 购买服务 item: amounts.一般公共预算拨款收入 in JSON, the source's column in xlsx.</summary>
    public static Place AtAmount(SourceLocation? location, IncomeSource source) => location is null
        ? new Place()
        : Place.Of(location.FieldLabels is not null
            ? location with { Field = source.ChineseName() }
            : location.WithField("amounts." + source.ChineseName()));

    /// <summary>A record's place as a reader names it in a sentence: budget.json › expenditures › 第 3 行.</summary>
    public static string Where(SourceLocation? location) =>
        location is null ? "另一条记录" : (location with { Field = null }).ToString();
}

using System.Globalization;
using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules;

/// <summary>
/// B-AMOUNT-UNIT: the budget's scale cannot be right for its declared 金额单位. A department budget runs from about 10^6 元
/// (a county bureau) to about 10^11 元 (the largest provincial departments), so figures in 元 entered under 万元 make a
/// budget 10,000 times too large (11,833,800.00 万元 ≈ 1,183 亿元 for a 1,183.38 万元 unit), and figures in 万元 entered
/// under 元 one 10,000 times too small. Reported once, at the largest expenditure line, naming the likely unit.
/// </summary>
internal sealed class AmountUnitRule : IBudgetRule
{
    /// <summary>No department's budget reaches 1 万亿元.</summary>
    internal const decimal DepartmentCeiling = 1_000_000_000_000m;
    /// <summary>No single budget unit's spending reaches 1,000 亿元.</summary>
    internal const decimal UnitCeiling = 100_000_000_000m;
    /// <summary>Above 50 亿元, a 万元 budget whose every amount is a whole number of 万元 reads as 元 figures.</summary>
    internal const decimal WholeNumberCeiling = 5_000_000_000m;
    /// <summary>Below 10 万元 (one salary), a 元 budget is too small for a department: its figures read as 万元.</summary>
    internal const decimal DepartmentFloor = 100_000m;

    public Rule Rule { get; } = new("B-AMOUNT-UNIT", "金额单位与金额的规模不符", Severity.Error, RuleTarget.Budget,
        "部门预算的规模约在 10^6 元（县级局）到 10^11 元（最大的省级部门）之间。金额单位为万元时，支出合计达到 1 万亿元、"
        + "某个单位的支出达到 1,000 亿元，或合计超过 50 亿元而每个金额都是整万元，数字多半是以元填写的；金额单位为元时，"
        + "支出合计不到 10 万元，数字多半是以万元填写的，合计达到 1 万亿元则多写了位数。报告在金额最大的支出明细上，并指出可能的单位"
        + "（见 docs/rules.md#b-amount-unit）。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        var lines = budget.Expenditures;
        if (lines.Count == 0) return [];
        var total = lines.Sum(l => l.Amount);
        if (total <= 0) return [];
        var largest = lines.MaxBy(l => l.Amount)!;
        var byUnit = lines.GroupBy(l => l.UnitCode, StringComparer.Ordinal).Select(g => (Unit: g.Key, Amount: g.Sum(l => l.Amount))).MaxBy(u => u.Amount);

        string? why = null;
        string? likely = null;
        if (budget.AmountUnit == "万元")
        {
            var whole = lines.All(l => l.Amount % 10_000m == 0);
            if (total >= DepartmentCeiling)
                why = $"支出合计 {budget.Money(total)}（约 {Yi(total)} 亿元），没有哪个部门的预算达到 1 万亿元";
            else if (byUnit.Amount >= UnitCeiling)
                why = $"单位 {byUnit.Unit} 的支出 {budget.Money(byUnit.Amount)}（约 {Yi(byUnit.Amount)} 亿元），没有哪个预算单位的支出达到 1,000 亿元";
            else if (total > WholeNumberCeiling && whole)
                why = $"支出合计 {budget.Money(total)}（约 {Yi(total)} 亿元），而每个金额都是整万元，像是以元填写的数字";
            if (why is not null)
                likely = $"元（按元计，支出合计为 {(total / 10_000m).ToString("#,##0.00", CultureInfo.InvariantCulture)} 元，"
                    + $"即 {(total / 100_000_000m).ToString("#,##0.00####", CultureInfo.InvariantCulture)} 万元）";
        }
        else
        {
            if (total < DepartmentFloor)
            {
                why = $"支出合计只有 {budget.Money(total)}，不到 10 万元，不像一个部门的预算";
                likely = $"万元（按万元计，支出合计为 {total.ToString("#,##0.00", CultureInfo.InvariantCulture)} 万元，"
                    + $"即 {(total * 10_000m).ToString("#,##0.00", CultureInfo.InvariantCulture)} 元）";
            }
            else if (total >= DepartmentCeiling)
                why = $"支出合计 {budget.Money(total)}（约 {Yi(total)} 亿元），没有哪个部门的预算达到 1 万亿元";
        }
        if (why is null) return [];

        var unitName = budget.AmountUnit;
        var message = likely is null
            ? $"金额单位为{unitName}，{why}：金额多写了位数，或金额单位填错了"
            : $"金额单位为{unitName}，{why}：金额多半是以{likely}填写的";
        return
        [
            new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(largest.Location, "amount"), message)
            {
                Printed = $"{budget.Money(total)}",
                Expected = likely is null ? null : $"金额单位为{likely[..likely.IndexOf('（')]}",
                Hint = likely is null
                    ? "核对金额的位数和金额单位"
                    : $"把金额单位改为{likely[..likely.IndexOf('（')]}，或把金额换算为{unitName}",
            },
        ];
    }

    private static string Yi(decimal yuan) => (yuan / 100_000_000m).ToString("#,##0", CultureInfo.InvariantCulture);
}

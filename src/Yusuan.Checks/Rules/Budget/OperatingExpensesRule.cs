using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules;

/// <summary>
/// B-OPERATING-EXPENSES: a 行政 or 参公 unit with 一般公共预算 basic spending but no 公用经费 in it, so its 机关运行经费
/// (the 公用经费 of 行政 and 参公 units from 一般公共预算 basic spending, domain.md §6) would be zero: an office does not run
/// on nothing; its operating costs were probably entered as project spending or under another source.
/// </summary>
internal sealed class OperatingExpensesRule : IBudgetRule
{
    public Rule Rule { get; } = new("B-OPERATING-EXPENSES", "机关运行经费为零", Severity.Warning, RuleTarget.Budget,
        "机关运行经费是行政单位和参公单位一般公共预算基本支出中的公用经费（docs/rules.md#b-operating-expenses）；有一般公共预算基本支出却没有公用经费的机关，"
        + "其机关运行经费为零，多半是公用经费误列为项目支出或其他资金来源。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        var units = budget.UnitsByCode();
        var basic = new Dictionary<string, (ExpenditureLine First, decimal Amount, bool HasPublic)>(StringComparer.Ordinal);
        foreach (var l in budget.Expenditures)
        {
            if (l.Source != IncomeSource.GeneralPublicBudget || !l.Nature.IsBasic() || l.Amount == 0) continue;
            if (units[l.UnitCode].Type == UnitType.Institution) continue;
            var b = basic.TryGetValue(l.UnitCode, out var seen) ? seen : (First: l, Amount: 0m, HasPublic: false);
            basic[l.UnitCode] = (b.First, b.Amount + l.Amount, b.HasPublic || l.Nature == ExpenditureNature.Public);
        }
        foreach (var unit in budget.Units)
        {
            if (!basic.TryGetValue(unit.Code, out var b) || b.HasPublic) continue;
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(b.First.Location, "nature"),
                $"{unit.Label()} 是{unit.Type.TypeName()}，一般公共预算基本支出 {budget.Money(b.Amount)} 全是人员经费，"
                + "没有公用经费，机关运行经费为零")
            {
                Hint = "补录办公费、水电费、差旅费等公用经费，或核对是否误列为项目支出或其他资金来源",
            };
        }
    }
}

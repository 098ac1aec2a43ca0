using Yusuan.Core.Model;

namespace Yusuan.Web.Budgets;

/// <summary>The few totals a reviewer scans first, in the department's amount unit, from the budget's lines.</summary>
public sealed record BudgetTotals(decimal Income, decimal Spending, decimal Basic, decimal Project, string AmountUnit)
{
    public static BudgetTotals? Of(Evaluation evaluation, string amountUnit)
    {
        if (evaluation.Budget is not { } budget) return null;
        var scale = amountUnit == "万元" ? 10000m : 1m;
        return new BudgetTotals(
            budget.Income.Sum(i => i.Amount) / scale,
            budget.Expenditures.Sum(l => l.Amount) / scale,
            budget.Expenditures.Where(l => l.Nature != ExpenditureNature.Project).Sum(l => l.Amount) / scale,
            budget.Expenditures.Where(l => l.Nature == ExpenditureNature.Project).Sum(l => l.Amount) / scale,
            amountUnit);
    }

    public static string Format(decimal value) => value.ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture);
}

using Yusuan.Checks.Rules;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;

namespace Yusuan.Checks.Tests.Rules;

/// <summary>Runs one budget rule over a sample changed in one place, so a test states the exact finding it expects.</summary>
internal static class BudgetRuleHarness
{
    private static readonly Dictionary<string, Budget> Samples = new();
    private static readonly Lock SamplesLock = new();

    /// <summary>A sample as read (cached: budgets are immutable records; tests change copies).</summary>
    public static Budget Sample(string name)
    {
        lock (SamplesLock)
        {
            if (!Samples.TryGetValue(name, out var budget)) Samples[name] = budget = Repo.Budget(name);
            return budget;
        }
    }

    /// <summary>The department-2025 sample: three units (行政, 参公, 事业), amounts in 元.</summary>
    public static Budget Dept => Sample("department-2025");

    public static IReadOnlyList<Finding> Run(IBudgetRule rule, Budget budget) =>
        rule.Check(new BudgetCheckContext(budget, CatalogLoader.Load(budget.Year), ProfileLoader.Load(budget.ProfileId))).ToList();

    /// <summary>The budget with expenditure line <paramref name="row"/> (1-based, as budget.json numbers it) changed.</summary>
    public static Budget WithLine(this Budget budget, int row, Func<ExpenditureLine, ExpenditureLine> change)
    {
        var lines = budget.Expenditures.ToList();
        lines[row - 1] = change(lines[row - 1]);
        return budget with { Expenditures = lines };
    }

    public static Budget WithoutLines(this Budget budget, Func<ExpenditureLine, bool> remove) =>
        budget with { Expenditures = budget.Expenditures.Where(l => !remove(l)).ToList() };

    public static Budget WithIncome(this Budget budget, int row, Func<IncomeLine, IncomeLine> change)
    {
        var income = budget.Income.ToList();
        income[row - 1] = change(income[row - 1]);
        return budget with { Income = income };
    }

    public static Budget WithProcurement(this Budget budget, int row, Func<ProcurementItem, ProcurementItem> change)
    {
        var items = budget.Procurement.ToList();
        items[row - 1] = change(items[row - 1]);
        return budget with { Procurement = items };
    }

    public static Budget WithService(this Budget budget, int row, Func<ServicePurchaseItem, ServicePurchaseItem> change)
    {
        var items = budget.ServicePurchases.ToList();
        items[row - 1] = change(items[row - 1]);
        return budget with { ServicePurchases = items };
    }

    public static Dictionary<IncomeSource, decimal> General(decimal amount) => new() { [IncomeSource.GeneralPublicBudget] = amount };

    /// <summary>Finding as a test writes it: [rule] place: message (printed/expected) 建议：hint.</summary>
    public static string Text(Finding f) => f.ToString();
}

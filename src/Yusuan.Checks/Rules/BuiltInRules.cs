namespace Yusuan.Checks.Rules;

/// <summary>The rules Yusuan ships, in the order they run and are listed.</summary>
internal static class BuiltInRules
{
    public static IReadOnlyList<IBudgetRule> Budget() =>
    [
        new InputRule(),
        new IncomeSpendingRule(),
        new FunctionalUnitTypeRule(),
        new FunctionalNatureRule(),
        new NatureEconomicRule(),
        new UnitGovernmentClassRule(),
        new GovernmentOverrideClassRule(),
        new DuplicateLineRule(),
        new ProjectWithoutLinesRule(),
        new ThreePublicPreviousRule(),
        new OperatingExpensesRule(),
        new ProcurementExceedsProjectRule(),
        new ServiceExceedsProjectRule(),
        new ServiceQuantityPriceRule(),
    ];

    public static IReadOnlyList<ITableRule> Tables() =>
    [
        new Tables.SumLevelRule(),
        new Tables.SumUnitRule(),
        new Tables.ColumnSumRule(),
        new Tables.BalanceRule(),
        new Tables.CrossTableRule(),
        new Tables.RoundingRule(),
        new Tables.CatalogCodeRule(),
        new Tables.CatalogNameRule(),
    ];
}

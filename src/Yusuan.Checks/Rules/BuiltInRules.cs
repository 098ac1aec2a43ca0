namespace Yusuan.Checks.Rules;

/// <summary>The rules Yusuan ships, in the order they run and are listed.</summary>
internal static class BuiltInRules
{
    public static IReadOnlyList<IBudgetRule> Budget() =>
    [
        new InputRule(),
        new InputTextRule(),
        new AmountUnitRule(),
        new CatalogYearRule(),
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
        // 公开文本 (N-): the document Yusuan writes from the budget.
        new Narrative.PlaceholderRule(),
        new Narrative.UntracedFigureRule(),
        new Narrative.UnmatchedFigureRule(),
        new Narrative.RoundedFigureRule(),
        // 绩效目标 (P-): money, indicators, units, costs, dates.
        new Targets.TargetAmountRule(),
        new Targets.ProjectWithoutTargetRule(),
        new Targets.TargetWithoutMoneyRule(),
        new Targets.TaskAmountRule(),
        new Targets.TaskTotalRule(),
        new Targets.CategoriesRule(),
        new Targets.WeightTotalRule(),
        new Targets.ValueMissingRule(),
        new Targets.ValueNumberRule(),
        new Targets.ValueSignRule(),
        new Targets.QualitativeGradeRule(),
        new Targets.DirectionRule(),
        new Targets.UnitFitRule(),
        new Targets.RatePercentRule(),
        new Targets.UnitMissingRule(),
        new Targets.ZeroUnitRule(),
        new Targets.CountDecimalRule(),
        new Targets.CostExceedsRule(),
        new Targets.CostQuantityPriceRule(),
        new Targets.CostMonthlyRule(),
        new Targets.RateBaseRule(),
        new Targets.MoneyExceedsRule(),
        new Targets.PastDateRule(),
    ];

    public static IReadOnlyList<ITableRule> Tables() =>
    [
        new Tables.ReadRule(),
        new Tables.SumLevelRule(),
        new Tables.SumUnitRule(),
        new Tables.ColumnSumRule(),
        new Tables.BalanceRule(),
        new Tables.CrossTableRule(),
        new Tables.RoundingRule(),
        new Tables.CatalogCodeRule(),
        new Tables.CatalogNameRule(),
        new Tables.UnitRule(),
        new Tables.ServiceQuantityPriceRule(),
        Rules.Tables.ItemsWithinProjectRule.Procurement(),
        Rules.Tables.ItemsWithinProjectRule.Service(),
    ];
}

using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules;

/// <summary>
/// Shared by B-PROCUREMENT-EXCEEDS-PROJECT and B-SERVICE-EXCEEDS-PROJECT: the items of a project, per funding source, must not
/// cost more than the project's spending of that source (本年 and 上年结转 together); items without a project are held to the
/// unit's basic spending of that source.
/// </summary>
internal static class ItemsWithinSpending
{
    public sealed record Item(string UnitCode, string? ProjectName, string Name, IReadOnlyDictionary<IncomeSource, decimal> Amounts, SourceLocation? Location);

    public static IEnumerable<Finding> Check(Rule rule, Budget budget, IEnumerable<Item> items, string what)
    {
        // Spending per (unit, project, source) and basic spending per (unit, source): one pass over the lines.
        Dictionary<(string Unit, string? Project, IncomeSource Source), decimal>? spendingOf = null;
        decimal Spending(string unit, string? project, IncomeSource source)
        {
            if (spendingOf is null)
            {
                spendingOf = [];
                foreach (var l in budget.Expenditures)
                {
                    if (l.ProjectName is null && !l.Nature.IsBasic()) continue;
                    var key = (l.UnitCode, l.ProjectName, l.Source);
                    spendingOf[key] = spendingOf.GetValueOrDefault(key) + l.Amount;
                }
            }
            return spendingOf.GetValueOrDefault((unit, project, source));
        }

        var groups = items
            .SelectMany(i => i.Amounts.Where(a => a.Value != 0).Select(a => (Item: i, Source: a.Key, Amount: a.Value)))
            .GroupBy(x => (x.Item.UnitCode, x.Item.ProjectName, x.Source));
        foreach (var group in groups)
        {
            var (unitCode, project, source) = group.Key;
            var total = group.Sum(x => x.Amount);
            var spending = Spending(unitCode, project, source);
            if (total <= spending) continue;
            var first = group.First().Item;
            var count = group.Count();
            var named = count == 1 ? $"“{first.Name}”" : $"“{first.Name}”等 {count} 项";
            var scope = project is null
                ? $"{budget.Unit(unitCode).Label()} 不属于项目的{what}{named}"
                : $"项目“{project}”的{what}{named}";
            var against = project is null ? "该单位同一资金来源的基本支出" : "该项目同一资金来源的支出";
            yield return new Finding(rule.Id, rule.DefaultSeverity, BudgetText.AtAmount(first.Location, source),
                $"{scope}（{source.ChineseName()}）合计 {budget.Money(total)}，超过{against} {budget.Money(spending)}")
            {
                Printed = budget.Money(total),
                Expected = "不超过 " + budget.Money(spending),
                Hint = project is null
                    ? $"核对{what}金额，或注明所属项目"
                    : $"核对{what}金额与资金来源，或补录该项目的支出明细",
            };
        }
    }
}

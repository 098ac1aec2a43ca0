using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules;

/// <summary>
/// B-INCOME-SPENDING: per unit and funding source, and separately for 本年 and 上年结转 money, income must equal the spending
/// paid from it (domain.md §8 items 2 and 4: 本年收入合计 = 本年支出合计, 财政拨款 income = 财政拨款 spending).
/// </summary>
internal sealed class IncomeSpendingRule : IBudgetRule
{
    public Rule Rule { get; } = new("B-INCOME-SPENDING", "收入与支出不等", Severity.Error, RuleTarget.Budget,
        "每个单位每种资金来源的收入应等于以该来源安排的支出，本年与上年结转分别相等（docs/rules.md#b-income-spending）。");

    private sealed class Money
    {
        public decimal Received;
        public decimal Spent;
        public SourceLocation? IncomeAt;
        public SourceLocation? SpendingAt;
        public bool HasIncome;
    }

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        // One pass over income and one over the lines: a province has a million lines.
        var byKey = new Dictionary<(string Unit, IncomeSource Source, bool CarriedOver), Money>();
        Money Of((string, IncomeSource, bool) key) => byKey.TryGetValue(key, out var m) ? m : byKey[key] = new Money();
        foreach (var i in budget.Income)
        {
            var m = Of((i.UnitCode, i.Source, i.CarriedOver));
            m.Received += i.Amount;
            if (!m.HasIncome) (m.HasIncome, m.IncomeAt) = (true, i.Location);
        }
        foreach (var l in budget.Expenditures)
        {
            var m = Of((l.UnitCode, l.Source, l.CarriedOver));
            m.Spent += l.Amount;
            m.SpendingAt ??= l.Location;
        }
        var order = budget.Units.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var units = budget.UnitsByCode();
        foreach (var ((unitCode, source, carriedOver), m) in byKey
            .OrderBy(kv => order[kv.Key.Unit]).ThenBy(kv => kv.Key.CarriedOver).ThenBy(kv => kv.Key.Source))
        {
            if (m.Received == m.Spent) continue;
            var place = m.HasIncome ? BudgetText.At(m.IncomeAt, "amount") : BudgetText.At(m.SpendingAt, "source");
            var money = BudgetText.Source(source, carriedOver);
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, place,
                $"{units[unitCode].Label()} 的{money}：收入 {budget.Money(m.Received)}，以其安排的支出 {budget.Money(m.Spent)}，"
                + $"{(m.Received > m.Spent ? "收入多" : "支出多")} {budget.Money(Math.Abs(m.Received - m.Spent))}")
            {
                Printed = budget.Money(m.Received),
                Expected = budget.Money(m.Spent),
                Hint = m.HasIncome
                    ? "核对收入金额，或支出明细的资金来源与是否上年结转"
                    : $"补录该单位的{money}收入，或核对这些支出明细的资金来源",
            };
        }
    }
}

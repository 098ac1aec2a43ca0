using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules;

/// <summary>B-DUPLICATE-LINE: an expenditure line identical to an earlier one in every field, amount included: entered twice?</summary>
internal sealed class DuplicateLineRule : IBudgetRule
{
    public Rule Rule { get; } = new("B-DUPLICATE-LINE", "重复的支出明细", Severity.Warning, RuleTarget.Budget,
        "两条支出明细的单位、功能分类、经济分类、支出性质、项目、资金来源、是否上年结转、政府经济分类和金额全部相同，多半是重复录入，"
        + "每张表都会把它算两次（docs/rules.md#b-duplicate-line）。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        var first = new Dictionary<object, ExpenditureLine>();
        foreach (var line in budget.Expenditures)
        {
            var key = (line.UnitCode, line.FunctionalCode, line.EconomicCode, line.Nature, line.ProjectName ?? "",
                line.Source, line.CarriedOver, line.GovernmentEconomicCode ?? "", line.Amount);
            if (!first.TryGetValue(key, out var original))
            {
                first[key] = line;
                continue;
            }
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(line.Location),
                $"与 {BudgetText.Where(original.Location)} 完全相同（{line.UnitCode}，{line.FunctionalCode} / {line.EconomicCode}，"
                + $"{(line.ProjectName is null ? line.Nature.ChineseName() : $"项目“{line.ProjectName}”")}，{BudgetText.Source(line.Source, line.CarriedOver)}，"
                + $"{budget.Money(line.Amount)}）")
            {
                Hint = "重复录入的请删去一行；确为两笔支出的请合并为一行",
            };
        }
    }
}

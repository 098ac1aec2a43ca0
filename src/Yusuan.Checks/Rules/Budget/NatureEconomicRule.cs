using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules;

/// <summary>B-NATURE-ECONOMIC: a basic line entered as 人员经费 whose economic class is not 301/303, or as 公用经费 whose class is.</summary>
internal sealed class NatureEconomicRule : IBudgetRule
{
    public Rule Rule { get; } = new("B-NATURE-ECONOMIC", "基本支出性质与经济分类不符", Severity.Warning, RuleTarget.Budget,
        "基本支出中，301 工资福利支出和 303 对个人和家庭的补助是人员经费，其余（302 商品和服务支出、310 资本性支出等）是公用经费（docs/rules.md#b-nature-economic）。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        var catalog = context.Catalogs.Economic;
        foreach (var line in budget.Expenditures)
        {
            if (!line.Nature.IsBasic()) continue;
            var expected = ExpenditureNatures.BasicNatureOf(line.EconomicCode);
            if (expected == line.Nature) continue;
            var top = line.EconomicCode[..3];
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(line.Location, "nature"),
                $"{line.EconomicCode} {catalog.NameOf(line.EconomicCode)} 属于 {top} {catalog.NameOf(top)}，在基本支出中是{expected.ChineseName()}，"
                + $"填为{line.Nature.ChineseName()}")
            {
                Hint = $"支出性质改为“{expected.ChineseName()}”（或留空，按经济分类判断），或核对经济分类",
            };
        }
    }
}

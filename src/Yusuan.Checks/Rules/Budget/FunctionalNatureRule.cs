using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules;

/// <summary>
/// B-FUNC-NATURE: basic spending on a 项 the catalog reserves for project spending (一般行政管理事务), or project spending on a
/// 项 it reserves for basic spending (行政运行, 事业运行), as the 项's 说明 states.
/// </summary>
internal sealed class FunctionalNatureRule : IBudgetRule
{
    public Rule Rule { get; } = new("B-FUNC-NATURE", "功能分类科目与支出性质不符", Severity.Warning, RuleTarget.Budget,
        "科目说明写明“…的基本支出”的项（行政运行、事业运行）只列基本支出，写明“…项目支出”的项（一般行政管理事务）只列项目支出。"
        + "有的地区把人员类、运转类项目列在行政运行，故默认为警告。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        var catalog = context.Catalogs.Functional;
        var alternativesOf = new Dictionary<(string, UnitType, SpendingKind), List<string>>();
        foreach (var line in budget.Expenditures)
        {
            if (line.Nature is not (ExpenditureNature.Personnel or ExpenditureNature.Public or ExpenditureNature.Project)) continue;
            var entry = catalog.Find(line.FunctionalCode);
            if (CatalogScopes.Kind(entry) is not { } meant) continue;
            var actual = CatalogScopes.KindOf(line.Nature);
            if (meant == actual) continue;
            var unit = budget.Unit(line.UnitCode);
            var key = (line.FunctionalCode, unit.Type, actual);
            if (!alternativesOf.TryGetValue(key, out var alternatives))
                alternativesOf[key] = alternatives = CatalogScopes.Alternatives(catalog, line.FunctionalCode, unit.Type, actual).ToList();
            var what = line.Nature == ExpenditureNature.Project ? $"项目“{line.ProjectName}”的支出" : $"基本支出（{line.Nature.ChineseName()}）";
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(line.Location, "functional"),
                $"{line.FunctionalCode} {entry!.Name} 只列{meant.Chinese()}（科目说明：{FunctionalUnitTypeRule.FirstClause(entry.Description!)}），这一行是{what}")
            {
                Hint = alternatives.Count > 0
                    ? $"改列 {string.Join(" 或 ", alternatives)}，或反映其用途的具体科目"
                    : "改列反映其用途的科目，或核对支出性质",
            };
        }
    }
}

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// P-CATEGORIES: a project target without an indicator of each category group its profile requires (profile
/// <c>targets.requiredCategories</c>; by default domain.md §7: 产出·数量, 产出·质量 or 时效, 效益, 满意度).
/// </summary>
internal sealed class CategoriesRule : IBudgetRule
{
    public Rule Rule { get; } = new("P-CATEGORIES", "绩效指标类别不全", Severity.Error, RuleTarget.Budget,
        "每个项目的绩效目标都要有配置（targets.requiredCategories）要求的各类指标，默认至少一个产出指标·数量指标、一个质量指标或时效指标、"
        + "一个效益指标和一个满意度指标（docs/rules.md#p-categories）。按一级、二级（山东四级表按三级）指标的名称判断；填“-----”或“不适用”的行不算指标。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var required = TargetSettings.For(context.Profile).RequiredCategories;
        if (required.Count == 0) yield break;
        foreach (var target in TargetOwner.Projects(context.Budget))
        {
            var real = target.Real.ToList();
            var missing = required.Where(r => !r.IsMetBy(real)).Select(r => r.Name).ToList();
            if (missing.Count == 0) continue;
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(target.Location, "indicators"),
                $"{target.Label}的绩效指标缺少{string.Join("、", missing)}")
            {
                Hint = "每个项目至少填写：" + string.Join("；", required.Select(r => r.Name)),
            };
        }
    }
}

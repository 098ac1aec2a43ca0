namespace Yusuan.Checks.Rules;

/// <summary>
/// B-GOV-OVERRIDE-CLASS: a 政府经济分类 override that fits the line's 部门经济分类 under neither unit category: the override
/// must fall in the 类 the map gives for 机关 or for 事业 (for 505/506, in the 款: 301 → 50501, 302 → 50502).
/// </summary>
internal sealed class GovernmentOverrideClassRule : IBudgetRule
{
    public Rule Rule { get; } = new("B-GOV-OVERRIDE-CLASS", "政府经济分类与部门经济分类不对应", Severity.Warning, RuleTarget.Budget,
        "支出明细改填的政府经济分类，应属于部门经济分类按对照表（机关或事业单位）对应的类（505/506 对应到款），"
        + "如 30201 办公费 只能归入 502 或 50502，不能归入 501（docs/rules.md#b-gov-override-class，对照表 economic-map.csv）。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        var catalogs = context.Catalogs;
        foreach (var line in budget.Expenditures)
        {
            if (line.GovernmentEconomicCode is not { } gov) continue;
            var mapped = new[] { "机关", "事业" }
                .Select(c => catalogs.Map.Map(line.EconomicCode, c))
                .OfType<string>().Distinct().ToList();
            if (mapped.Count == 0) continue;
            var prefixes = mapped.Select(Prefix).Distinct().ToList();
            if (prefixes.Any(p => gov.StartsWith(p, StringComparison.Ordinal))) continue;
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(line.Location, "government"),
                $"{line.EconomicCode} {catalogs.Economic.NameOf(line.EconomicCode)} 对应政府经济分类 "
                + string.Join(" 或 ", prefixes.Select(p => $"{p} {catalogs.Government.NameOf(p)}"))
                + $"，填写的 {gov} {catalogs.Government.NameOf(gov)} 不在其中")
            {
                Hint = "核对部门经济分类和政府经济分类；一般不必填写政府经济分类，按对照表自动归类",
            };
        }
    }

    private static string Prefix(string code) =>
        code.Length >= 5 && (code.StartsWith("505", StringComparison.Ordinal) || code.StartsWith("506", StringComparison.Ordinal))
            ? code[..5] : code[..Math.Min(3, code.Length)];
}

using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules;

/// <summary>
/// B-FUNC-UNIT-TYPE: a functional 项 whose catalog 说明 names the unit types it is for (行政运行: 行政单位 and 参公;
/// 事业运行: 事业单位) used by a unit of another type.
/// </summary>
internal sealed class FunctionalUnitTypeRule : IBudgetRule
{
    public Rule Rule { get; } = new("B-FUNC-UNIT-TYPE", "功能分类科目不适用于该类单位", Severity.Error, RuleTarget.Budget,
        "科目说明限定了单位类型的项（如 行政运行“反映行政单位（包括实行公务员管理的事业单位）的基本支出”、事业运行“反映事业单位的基本支出”），"
        + "只能用于该类单位：事业单位不列行政运行，行政单位和参公单位不列事业运行（docs/rules.md#b-func-unit-type）。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        var catalog = context.Catalogs.Functional;
        var alternativesOf = new Dictionary<(string, UnitType, SpendingKind), List<string>>();
        var units = budget.UnitsByCode();
        foreach (var line in budget.Expenditures)
        {
            var entry = catalog.Find(line.FunctionalCode);
            if (CatalogScopes.UnitTypes(entry) is not { } types) continue;
            var unit = units[line.UnitCode];
            if (types.Contains(unit.Type)) continue;
            var kind = CatalogScopes.Kind(entry) ?? CatalogScopes.KindOf(line.Nature);
            var key = (line.FunctionalCode, unit.Type, kind);
            if (!alternativesOf.TryGetValue(key, out var alternatives))
                alternativesOf[key] = alternatives = CatalogScopes.Alternatives(catalog, line.FunctionalCode, unit.Type, kind).ToList();
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(line.Location, "functional"),
                $"{line.FunctionalCode} {entry!.Name} 只用于{string.Join("、", types.Order().Select(t => t.TypeName()))}"
                + $"（科目说明：{FirstClause(entry.Description!)}），{unit.Label()} 是{unit.Type.TypeName()}")
            {
                Hint = alternatives.Count > 0
                    ? $"改列 {string.Join(" 或 ", alternatives)}"
                    : $"按{unit.Type.TypeName()}选择本款的相应科目，或核对单位类型",
            };
        }
    }

    internal static string FirstClause(string description)
    {
        var end = description.IndexOfAny(['，', '。']);
        return end < 0 ? description : description[..end];
    }
}

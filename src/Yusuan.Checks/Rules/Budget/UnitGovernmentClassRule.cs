using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules;

/// <summary>
/// B-UNIT-GOV-CLASS: a line whose 政府经济分类 override puts a 行政/参公 unit's spending in 505/506 (对事业单位补助), or a
/// 事业 unit's in 501–504 (机关 classes). The input format allows overrides (e.g. 事业-funded staff in a 机关), so it warns.
/// </summary>
internal sealed class UnitGovernmentClassRule : IBudgetRule
{
    public Rule Rule { get; } = new("B-UNIT-GOV-CLASS", "政府经济分类与单位类型不符", Severity.Warning, RuleTarget.Budget,
        "行政单位和参公单位的支出归入 501–504 机关类科目，事业单位的支出归入 505/506 对事业单位补助（docs/rules.md#b-unit-gov-class）；"
        + "支出明细用 government 改变归类、与单位类型相反时提示核对。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        var catalogs = context.Catalogs;
        foreach (var line in budget.Expenditures)
        {
            if (line.GovernmentEconomicCode is not { } gov) continue;
            var unit = budget.Unit(line.UnitCode);
            var institution = unit.Type == UnitType.Institution;
            var wrong = institution
                ? gov.Length >= 3 && string.CompareOrdinal(gov[..3], "501") >= 0 && string.CompareOrdinal(gov[..3], "504") <= 0
                : gov.StartsWith("505", StringComparison.Ordinal) || gov.StartsWith("506", StringComparison.Ordinal);
            if (!wrong) continue;
            var mapped = catalogs.Map.Map(line.EconomicCode, unit.Type.MapCategory());
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(line.Location, "government"),
                $"{unit.Label()} 是{unit.Type.TypeName()}，这一行（{line.EconomicCode} {catalogs.Economic.NameOf(line.EconomicCode)}，"
                + $"{budget.Money(line.Amount)}）的政府经济分类填为 {gov} {catalogs.Government.NameOf(gov)}；"
                + (institution ? "事业单位的支出应归入 505/506 对事业单位补助" : "行政单位和参公单位的支出应归入 501–504 机关类科目"))
            {
                Hint = (mapped is null ? "" : $"若无特殊情况，删去政府经济分类，按对照表归入 {mapped} {catalogs.Government.NameOf(mapped)}；")
                    + (institution ? "若确为机关性质的支出，请核对单位类型" : "若确为事业编制人员等的经费，请在说明中注明"),
            };
        }
    }
}

using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules;

/// <summary>
/// B-THREE-PUBLIC-PREVIOUS: a unit with “三公” spending this year (30212, 31013, 30231, 30217) but no previous-year 三公
/// figures: the 三公 table and the narrative compare with last year (domain.md §5 item 9, §6).
/// </summary>
internal sealed class ThreePublicPreviousRule : IBudgetRule
{
    /// <summary>The economic classes of the four “三公” figures (as the core's threePublic measure).</summary>
    internal static readonly (string Code, string Name)[] Codes =
    [
        ("30212", "因公出国（境）费"), ("31013", "公务用车购置费"), ("30231", "公务用车运行维护费"), ("30217", "公务接待费"),
    ];

    public Rule Rule { get; } = new("B-THREE-PUBLIC-PREVIOUS", "缺少“三公”经费上年数", Severity.Warning, RuleTarget.Budget,
        "本年有“三公”经费（因公出国（境）费 30212、公务用车购置 31013 及运行维护费 30231、公务接待费 30217）的单位，"
        + "应填写上年“三公”经费预算数，供“三公”经费表和情况说明比较增减（docs/rules.md#b-three-public-previous）。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        // Per unit without previous figures: its first 三公 line and the amount of each figure, in one pass over the lines.
        var found = new Dictionary<string, (ExpenditureLine First, decimal[] Amounts)>(StringComparer.Ordinal);
        foreach (var line in budget.Expenditures)
        {
            if (line.Amount == 0 || budget.ThreePublicPrevious.ContainsKey(line.UnitCode)) continue;
            var figure = Array.FindIndex(Codes, c => line.EconomicCode.StartsWith(c.Code, StringComparison.Ordinal));
            if (figure < 0) continue;
            if (!found.TryGetValue(line.UnitCode, out var unit)) found[line.UnitCode] = unit = (line, new decimal[Codes.Length]);
            unit.Amounts[figure] += line.Amount;
        }
        foreach (var unit in budget.Units)
        {
            if (!found.TryGetValue(unit.Code, out var f)) continue;
            var parts = Codes.Select((c, i) => (c.Name, Amount: f.Amounts[i]))
                .Where(p => p.Amount != 0)
                .Select(p => $"{p.Name} {budget.Money(p.Amount)}");
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(f.First.Location, "economic"),
                $"{unit.Label()} 本年有“三公”经费（{string.Join("，", parts)}），但没有填写上年数")
            {
                Hint = "在 threePublicPrevious（xlsx 模板：“三公上年数”表）中填写该单位上年的四项“三公”经费，上年没有的填 0",
            };
        }
    }
}

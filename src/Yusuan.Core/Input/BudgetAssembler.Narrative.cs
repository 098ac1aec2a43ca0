using Yusuan.Core.Model;

namespace Yusuan.Core.Input;

public sealed partial class BudgetAssembler
{
    /// <summary>The narrative's texts as written; its counts are numbers ≥ 0 (a count, not money: no amount unit applies).</summary>
    private NarrativeInputs? AssembleNarrative(RawNarrative? raw)
    {
        if (raw is null) return null;
        var counts = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (name, amount) in raw.Counts)
        {
            if (amount.Value is { } v && v >= 0) { counts[name] = v; continue; }
            if (amount.Value is null && amount.Problem is null && string.IsNullOrWhiteSpace(amount.Text)) continue;
            Error(amount.Location, amount.Problem is { } p ? p.Problem.Replace("金额", "数量")
                : amount.Value is null ? $"“{amount.Text}”不是数字" : $"数量 {amount.Value} 为负数", "填写不小于 0 的数量，如 0、2");
        }
        return new NarrativeInputs
        {
            Texts = raw.Texts, Uses = raw.Uses, Projects = raw.Projects, Goals = raw.Goals, Glossary = raw.Glossary, Counts = counts, Location = raw.Location,
        };
    }
}

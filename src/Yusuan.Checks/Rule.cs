namespace Yusuan.Checks;

/// <summary>
/// What a rule is, for `yusuan rules` and for settings: a stable id (never reused), a Chinese title, the default
/// severity, which input it checks, and the relation it enforces (domain.md §8 numbering where one applies).
/// </summary>
public sealed record Rule(string Id, string Title, Severity DefaultSeverity, RuleTarget Target, string Description)
{
    /// <summary>
    /// For a table rule: the budget rule that checks the same on the lines (T-SERVICE-QUANTITY-PRICE and
    /// B-SERVICE-QUANTITY-PRICE). When a budget is checked, its own tables are not checked by such a rule: the budget
    /// rule has already reported the mistake, at the line.
    /// </summary>
    public string? LineRule { get; init; }
}

/// <summary>What a rule reads: the line-level budget, or the printed tables as a reviewer receives them.</summary>
public enum RuleTarget
{
    Budget,
    Tables,
}

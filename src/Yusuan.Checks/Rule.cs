namespace Yusuan.Checks;

/// <summary>
/// What a rule is, for `yusuan rules` and for settings: a stable id (never reused), a Chinese title, the default
/// severity, which input it checks, and the relation it enforces (domain.md §8 numbering where one applies).
/// </summary>
public sealed record Rule(string Id, string Title, Severity DefaultSeverity, RuleTarget Target, string Description);

/// <summary>What a rule reads: the line-level budget, or the printed tables as a reviewer receives them.</summary>
public enum RuleTarget
{
    Budget,
    Tables,
}

namespace Yusuan.Checks;

/// <summary>
/// One thing a rule found: where, what is wrong, the printed and the expected figure (as printed, e.g. 1,072.86
/// and 1,072.87), and what to do about it.
/// </summary>
public sealed record Finding(string RuleId, Severity Severity, Place Place, string Message)
{
    public string? Printed { get; init; }
    public string? Expected { get; init; }
    public string? Hint { get; init; }

    public override string ToString() =>
        $"[{Severity.Chinese()} {RuleId}] {Place}: {Message}"
        + (Printed is null && Expected is null ? "" : $"（印为 {Printed ?? "空"}，应为 {Expected ?? "空"}）")
        + (Hint is null ? "" : $" 建议：{Hint}");
}

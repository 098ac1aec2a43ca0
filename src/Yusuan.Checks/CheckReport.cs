namespace Yusuan.Checks;

/// <summary>The findings of one check run, in the order the rules and places were visited.</summary>
public sealed record CheckReport(IReadOnlyList<Finding> Findings)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
    public int Infos => Findings.Count(f => f.Severity == Severity.Info);
    public bool HasErrors => Errors > 0;
}

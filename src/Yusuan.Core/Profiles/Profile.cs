namespace Yusuan.Core.Profiles;

/// <summary>
/// A region's disclosure rules as data: which tables, in which order, numbered and titled how, with which
/// columns, and how amounts are printed. A new region is a new profile file, not new code.
/// </summary>
public sealed record Profile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>The header line naming whose table it is: {department} or {unit} are filled in.</summary>
    public string SubjectLabel { get; init; } = "部门：{department}";
    public string UnitLabel { get; init; } = "金额单位：万元";
    public Presentation Presentation { get; init; } = new();
    public IReadOnlyList<string> ProjectKinds { get; init; } = [];
    public IReadOnlyList<TableDefinition> Tables { get; init; } = [];
}

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
    /// <summary>
    /// Optional region whose local names (catalogs' name-variants.csv, rows with this <c>region</c>) the tables
    /// print instead of the catalog names, e.g. bazhong: 30239 公务交通补贴, 501 (政府)机关工资福利支出.
    /// Null (default): catalog names only.
    /// </summary>
    public string? Region { get; init; }
    public IReadOnlyList<TableDefinition> Tables { get; init; } = [];
    /// <summary>The relations between printed figures that the table checks verify (optional; see docs/rules.md).</summary>
    public ProfileChecks Checks { get; init; } = new();
    /// <summary>绩效目标: the rules the target checks apply and the target forms the region prints (optional; see docs/profiles.md).</summary>
    public TargetProfile Targets { get; init; } = new();
    /// <summary>
    /// The published document: parts, headings, the 情况说明's sentences and the 名词解释 (optional; see docs/profiles.md).
    /// Null: a document of the tables and forms only.
    /// </summary>
    public DocumentProfile? Document { get; init; }
}

namespace Yusuan.Core.Model;

/// <summary>
/// What the unit writes for the published document's prose (<c>narrative</c> in the input): its own texts (职能, 机构设置,
/// 人员, 重点工作 …, by name), what each functional 项 and each project is used for, and counts the tables cannot know
/// (vehicles, large equipment). Every figure of the prose comes from the tables; these are words and counts only.
/// Last year's figures and the reasons of changes are <see cref="PreviousYear"/>.
/// </summary>
public sealed record NarrativeInputs
{
    /// <summary>Free texts by name: functions, organization, staff, priorities … (the profile's <c>document.texts</c>).</summary>
    public IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>();
    /// <summary>What each functional 项 (7-digit code) is used for: 人员经费支出、基本公用经费支出 ….</summary>
    public IReadOnlyDictionary<string, string> Uses { get; init; } = new Dictionary<string, string>();
    /// <summary>What each project (by name) is used for.</summary>
    public IReadOnlyDictionary<string, string> Projects { get; init; } = new Dictionary<string, string>();
    /// <summary>The 绩效目标 of each project (by name) as the 情况说明 states it, where the budget has no target for it.</summary>
    public IReadOnlyDictionary<string, string> Goals { get; init; } = new Dictionary<string, string>();
    /// <summary>名词解释 of a functional code (by code), where the catalog has no 说明 or the unit words it otherwise.</summary>
    public IReadOnlyDictionary<string, string> Glossary { get; init; } = new Dictionary<string, string>();
    /// <summary>Counts as the unit states them: vehicles, largeEquipment … (not money).</summary>
    public IReadOnlyDictionary<string, decimal> Counts { get; init; } = new Dictionary<string, decimal>();
    /// <summary>Where the <c>narrative</c> object is in the input (file › narrative).</summary>
    public SourceLocation? Location { get; init; }
}

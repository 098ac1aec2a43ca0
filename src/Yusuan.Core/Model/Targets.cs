namespace Yusuan.Core.Model;

/// <summary>指标性质: how the value binds (≥ 不低于, ≤ 不高于, = 等于, 定性 a grade such as 好/优).</summary>
public enum IndicatorNature
{
    AtLeast,
    AtMost,
    Equal,
    Qualitative,
}

/// <summary>指标方向: 正向 (more is better), 反向 (less is better).</summary>
public enum IndicatorDirection
{
    Positive,
    Negative,
}

public static class IndicatorNatures
{
    private static readonly (string Text, IndicatorNature Nature)[] Names =
    [
        ("≥", IndicatorNature.AtLeast), (">=", IndicatorNature.AtLeast), ("＞=", IndicatorNature.AtLeast), ("不低于", IndicatorNature.AtLeast),
        (">", IndicatorNature.AtLeast), ("＞", IndicatorNature.AtLeast), ("大于", IndicatorNature.AtLeast),
        ("≤", IndicatorNature.AtMost), ("<=", IndicatorNature.AtMost), ("不高于", IndicatorNature.AtMost),
        ("<", IndicatorNature.AtMost), ("＜", IndicatorNature.AtMost), ("小于", IndicatorNature.AtMost),
        ("=", IndicatorNature.Equal), ("＝", IndicatorNature.Equal), ("等于", IndicatorNature.Equal),
        ("定性", IndicatorNature.Qualitative),
    ];

    public static IReadOnlyList<string> AllNames { get; } = ["≥", "≤", "=", "定性"];

    public static string Symbol(this IndicatorNature n) => n switch
    {
        IndicatorNature.AtLeast => "≥",
        IndicatorNature.AtMost => "≤",
        IndicatorNature.Equal => "=",
        _ => "定性",
    };

    public static bool TryParse(string? text, out IndicatorNature nature)
    {
        nature = default;
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t)) return false;
        foreach (var (name, n) in Names)
            if (t == name) { nature = n; return true; }
        return false;
    }
}

public static class IndicatorDirections
{
    public static string ChineseName(this IndicatorDirection d) => d == IndicatorDirection.Positive ? "正向" : "反向";

    public static bool TryParse(string? text, out IndicatorDirection direction)
    {
        direction = default;
        switch (text?.Trim())
        {
            case "正向" or "正向指标": direction = IndicatorDirection.Positive; return true;
            case "反向" or "反向指标": direction = IndicatorDirection.Negative; return true;
            default: return false;
        }
    }
}

/// <summary>
/// One indicator of a target: its place in the tree (一级 产出指标 / 二级 数量指标 / 三级 the indicator, and
/// Shandong's 四级), how it binds, its value as written (a number, or a grade for 定性), unit, weight, direction.
/// The value stays text as written; checks parse it.
/// </summary>
public sealed record Indicator(
    string Level1,
    string Level2,
    string Name,
    IndicatorNature Nature,
    string Value,
    string? Measure)
{
    /// <summary>Shandong's 四级 level: the indicator itself sits one level deeper (then <see cref="Name"/> is the 三级 category).</summary>
    public string? Level4 { get; init; }
    public decimal? Weight { get; init; }
    public IndicatorDirection? Direction { get; init; }
    public SourceLocation? Location { get; init; }
}

/// <summary>
/// A project's performance target (项目支出绩效目标). Its money is not here: it is the project's budget lines,
/// summed by source (<see cref="Budget.Expenditures"/>). <see cref="StatedAmount"/> exists only for a form made
/// elsewhere and imported as printed, so that checks can compare what it states with the budget.
/// </summary>
public sealed record ProjectTarget(string UnitCode, string ProjectName)
{
    /// <summary>项目属性: 新增 or 延续.</summary>
    public string? Attribute { get; init; }
    /// <summary>项目期限, as written (2025-01-01 至 2025-12-31, 1年, 长期).</summary>
    public string? Period { get; init; }
    /// <summary>立项依据.</summary>
    public string? Basis { get; init; }
    /// <summary>年度目标.</summary>
    public string? AnnualGoal { get; init; }
    /// <summary>中长期目标, where a region's form has it.</summary>
    public string? LongTermGoal { get; init; }
    /// <summary>The amount a form made elsewhere states (in 元); null when the form is Yusuan's (the budget's figure is used).</summary>
    public decimal? StatedAmount { get; init; }
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    public SourceLocation? Location { get; init; }
}

/// <summary>
/// One task of a department-wide target (部门整体支出绩效目标): 人员支出, 公用经费, or a kind of project
/// (运转类, 特定目标类, 履职类 …). Its amount comes from the budget: the lines of the projects it names
/// (<see cref="Projects"/>), or, when it names none, the lines of its <see cref="Kind"/>.
/// </summary>
public sealed record TargetTask(string Name, string Kind)
{
    /// <summary>主要内容 / 绩效目标 of the task as written.</summary>
    public string? Description { get; init; }
    /// <summary>
    /// The projects the task stands for (深圳 lists one task per project), by name: projects of the target's unit, or of
    /// any unit for a department-wide target. Empty: the task takes the money of its <see cref="Kind"/>.
    /// </summary>
    public IReadOnlyList<string> Projects { get; init; } = [];
    /// <summary>The amount a form made elsewhere states (in 元); null for Yusuan's own forms.</summary>
    public decimal? StatedAmount { get; init; }
    public SourceLocation? Location { get; init; }
}

/// <summary>
/// A department-wide (or unit-wide) target: whose (<see cref="UnitCode"/> null = the whole department), its tasks,
/// an overall objective, and indicators in the same tree as a project's.
/// </summary>
public sealed record DepartmentTarget(string? UnitCode)
{
    /// <summary>年度总体目标 / 整体绩效目标.</summary>
    public string? Objective { get; init; }
    /// <summary>中长期目标, where a form has it.</summary>
    public string? LongTermObjective { get; init; }
    /// <summary>
    /// The 金额合计 a form made elsewhere prints for the tasks (in 元), so that checks can compare it with the tasks it
    /// adds up; null for Yusuan's own forms.
    /// </summary>
    public decimal? StatedTotal { get; init; }
    public IReadOnlyList<TargetTask> Tasks { get; init; } = [];
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    public SourceLocation? Location { get; init; }
}

/// <summary>What a budget declares about its performance: project targets and department-wide targets.</summary>
public sealed record PerformanceTargets
{
    public static PerformanceTargets None { get; } = new();

    public IReadOnlyList<ProjectTarget> Projects { get; init; } = [];
    public IReadOnlyList<DepartmentTarget> Departments { get; init; } = [];
}

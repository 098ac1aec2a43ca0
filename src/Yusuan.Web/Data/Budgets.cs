namespace Yusuan.Web.Data;

/// <summary>Where a department's budget of a year stands: units prepare, the 主管部门 forwards, 财政 reviews, approves, publishes.</summary>
public enum DepartmentStage
{
    /// <summary>编制中: units prepare and submit; the 主管部门 reviews them.</summary>
    Preparing = 1,
    /// <summary>已报财政: the department's budget waits for 财政.</summary>
    Forwarded = 2,
    /// <summary>财政退回: back with 财政's comments (and, after 一上, its 控制数).</summary>
    Returned = 3,
    /// <summary>已批复.</summary>
    Approved = 4,
    /// <summary>已公开: the package is on the public page.</summary>
    Published = 5,
}

/// <summary>Where a unit's budget stands inside its department's.</summary>
public enum UnitStage
{
    /// <summary>编制: the unit edits it.</summary>
    Draft = 1,
    /// <summary>已提交 to the 主管部门.</summary>
    Submitted = 2,
    /// <summary>已退回 by the 主管部门 (or with the department by 财政): the unit edits it again.</summary>
    Returned = 3,
}

public static class Stages
{
    public static string Chinese(this DepartmentStage stage) => stage switch
    {
        DepartmentStage.Preparing => "编制中",
        DepartmentStage.Forwarded => "已报财政",
        DepartmentStage.Returned => "财政退回",
        DepartmentStage.Approved => "已批复",
        DepartmentStage.Published => "已公开",
        _ => stage.ToString(),
    };

    public static string Chinese(this UnitStage stage) => stage switch
    {
        UnitStage.Draft => "编制",
        UnitStage.Submitted => "已提交",
        UnitStage.Returned => "已退回",
        _ => stage.ToString(),
    };
}

/// <summary>
/// One department's budget of one year. Its own content holds what only the department writes (the 公开文本 texts,
/// last year's stated figures and reasons, department-wide 绩效目标) as input-format JSON; its units' budgets hold the lines.
/// </summary>
public sealed class DepartmentBudget
{
    public int Id { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
    public int Year { get; set; }
    /// <summary>The disclosure profile (region and year layout) the package is built with.</summary>
    public required string ProfileId { get; set; }
    /// <summary>元 or 万元: what every amount of this department's contents is entered in.</summary>
    public required string AmountUnit { get; set; }
    public DepartmentStage Stage { get; set; } = DepartmentStage.Preparing;
    /// <summary>1 while preparing the 一上 submission; 2 once 财政 has returned it with 控制数 (二上).</summary>
    public int Round { get; set; } = 1;
    /// <summary>Input-format JSON: narrative, previousYear, targets.departments.</summary>
    public required string Content { get; set; }
    /// <summary>Optimistic concurrency: every change adds one; a save carrying an older number is refused.</summary>
    public int Version { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public List<UnitBudget> Units { get; } = [];
    public List<ControlFigure> ControlFigures { get; } = [];
}

/// <summary>One unit's budget of one year: its lines, projects, 三公, 政府采购, 购买服务 and project targets as input-format JSON.</summary>
public sealed class UnitBudget
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int DepartmentBudgetId { get; set; }
    public DepartmentBudget? DepartmentBudget { get; set; }
    public UnitStage Stage { get; set; } = UnitStage.Draft;
    /// <summary>A whole budget in the input format (docs/input-format.md) holding this unit only.</summary>
    public required string Content { get; set; }
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}

/// <summary>A 控制数: the ceiling 财政 sets on a department's spending of one funding source, basic or project.</summary>
public sealed class ControlFigure
{
    public int Id { get; set; }
    public int DepartmentBudgetId { get; set; }
    /// <summary>An income source of the input format, e.g. 一般公共预算拨款收入.</summary>
    public required string Source { get; set; }
    /// <summary>基本支出 or 项目支出.</summary>
    public required string Kind { get; set; }
    /// <summary>In the department's amount unit.</summary>
    public decimal Amount { get; set; }
}

/// <summary>A reviewer's comment on a whole budget, a table, or one record (e.g. expenditures 第 3 行).</summary>
public sealed class Comment
{
    public int Id { get; set; }
    public int DepartmentBudgetId { get; set; }
    /// <summary>The unit's budget it concerns; null for the department's own.</summary>
    public int? UnitBudgetId { get; set; }
    /// <summary>What it is about: "" (the whole budget), "table:附表 3 …", or "expenditures:3" (a record, 1-based).</summary>
    public required string Target { get; set; }
    public required string Text { get; set; }
    public required string Author { get; set; }
    /// <summary>主管部门 or 财政.</summary>
    public required string AuthorRole { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>Set once the budget is submitted again: the comment then belongs to history.</summary>
    public bool Closed { get; set; }
}

/// <summary>
/// A budget as it stood at a workflow step: a unit's submission (with its findings and the unit's explanations of each
/// warning), the department's 一上 / 二上 submission, the 控制数 and the 批复. Kept for ever, so reviewers can compare.
/// </summary>
public sealed class Snapshot
{
    public int Id { get; set; }
    public int DepartmentBudgetId { get; set; }
    public int? UnitBudgetId { get; set; }
    /// <summary>单位提交 | 一上 | 控制数 | 二上 | 批复.</summary>
    public required string Kind { get; set; }
    /// <summary>The merged input-format JSON (or the unit's own) as it stood.</summary>
    public required string Content { get; set; }
    /// <summary>JSON: the findings at that moment and the explanations given, or the 控制数 set.</summary>
    public string? Notes { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>
/// One change, append-only: who, when, which record and field, old → new; and every workflow step with its reason. The
/// application never updates or deletes these; the database refuses it too (a trigger).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string User { get; set; }
    /// <summary>编辑 | 新增 | 删除 | 上传 | 提交 | 退回 | 上报 | 控制数 | 批复 | 公开 | 管理 …</summary>
    public required string Action { get; set; }
    public int? DepartmentBudgetId { get; set; }
    public int? UnitBudgetId { get; set; }
    /// <summary>Where: "expenditures 第 3 行 › amount", "控制数 一般公共预算拨款收入 基本支出" …</summary>
    public string? Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public string? Reason { get; set; }
}

using System.Runtime.CompilerServices;
using Yusuan.Core.Model;
using Yusuan.Core.Targets;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// The money a target is about, as the target forms print it (<see cref="TargetAmounts"/>: the budget's lines through the
/// tables' own derivation, one code path): a project's money is Σ its lines (本年 and 上年结转, every source); a
/// department-wide task's is the projects it names, or else the budget's 人员经费, 公用经费, 基本支出, 项目支出 or projects
/// of its kind, for the whole department or the target's unit. Built once per check run and shared by the P- rules.
/// </summary>
internal sealed class TargetBudget
{
    private static readonly ConditionalWeakTable<BudgetCheckContext, TargetBudget> Cache = new();

    private TargetBudget(BudgetCheckContext context) =>
        Amounts = new TargetAmounts(context.Budget, context.Profile, context.Catalogs);

    public TargetAmounts Amounts { get; }

    public static TargetBudget Of(BudgetCheckContext context) => Cache.GetValue(context, c => new TargetBudget(c));

    /// <summary>Σ the project's lines (元).</summary>
    public decimal Project(string unit, string project) => Amounts.Project(unit, project).Total;

    /// <summary>The budget's figure for a task of a department-wide target (元): its projects' money, or its kind's (<see cref="TargetAmounts.Task"/>).</summary>
    public decimal Task(DepartmentTarget target, TargetTask task) => Amounts.Task(target, task).Total;

    /// <summary>Everything the department (unit null) or the unit spends (元).</summary>
    public decimal Scope(string? unit) =>
        Amounts.Derived.Lines.Where(f => unit is null || f.Line.UnitCode == unit).Sum(f => f.Line.Amount);
}

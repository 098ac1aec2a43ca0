using Yusuan.Core.Model;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// A target that holds indicators: a project's, or a department-wide (unit-wide) one. The indicator rules read both the
/// same way; <see cref="Money"/> is what the target's cost indicators are held to.
/// </summary>
internal sealed record TargetOwner(string Label, string? UnitCode, string? ProjectName, IReadOnlyList<Indicator> Indicators, SourceLocation? Location)
{
    public bool IsProject => ProjectName is not null;

    /// <summary>The indicators proper: rows a form fills with dashes or 不适用 are left out.</summary>
    public IEnumerable<Indicator> Real => Indicators.Where(i => !i.IsPlaceholder());

    /// <summary>A project's money, or everything the department (unit) spends.</summary>
    public decimal Money(TargetBudget money) => ProjectName is { } p ? money.Project(UnitCode!, p) : money.Scope(UnitCode);

    /// <summary>“项目预算” or “部门预算”, as a message names <see cref="Money"/>.</summary>
    public string MoneyName => IsProject ? "项目预算" : UnitCode is null ? "部门支出预算" : "单位支出预算";

    public static IEnumerable<TargetOwner> All(Budget budget)
    {
        foreach (var t in budget.Targets.Projects)
            yield return new TargetOwner($"项目“{t.ProjectName}”", t.UnitCode, t.ProjectName, t.Indicators, t.Location);
        foreach (var d in budget.Targets.Departments)
            yield return new TargetOwner(DepartmentLabel(budget, d), d.UnitCode, null, d.Indicators, d.Location);
    }

    public static IEnumerable<TargetOwner> Projects(Budget budget) => All(budget).Where(o => o.IsProject);

    public static string DepartmentLabel(Budget budget, DepartmentTarget d) => d.UnitCode is null
        ? "部门整体支出绩效目标"
        : $"{budget.Unit(d.UnitCode).Label()} 的整体支出绩效目标";
}

internal static class TargetText
{
    /// <summary>An indicator as a message names it: 指标“工伤保险参保人数”.</summary>
    public static string Named(this Indicator indicator) => $"指标“{indicator.Title()}”";

    /// <summary>The place of one field of an indicator: budget.json › targets.projects[2].indicators › 第 3 行 › value.</summary>
    public static Place At(this Indicator indicator, string field) => BudgetText.At(indicator.Location, field);

    /// <summary>
    /// Half a unit of the last digit a stated amount was written with, in 元: a form printed in whole 万元 (2,969) states
    /// its figure to ±5,000 元; one printed with two decimals (2.90) to ±50 元. The amount keeps the scale it was entered
    /// with (<c>decimal</c>), so 2969 万元 is 29,690,000 and 2.90 万元 29,000.00.
    /// </summary>
    public static decimal StatedHalfUnit(this Budget budget, decimal statedYuan)
    {
        var scale = (decimal.GetBits(statedYuan)[3] >> 16) & 0xFF;
        var lastDigit = (budget.AmountUnit == "万元" ? 10_000m : 1m) / Pow10(scale);
        return lastDigit / 2;
    }

    /// <summary>A computed amount (a price × a quantity) as the input would state it: to the cent of its unit (20.04 万元).</summary>
    public static string Derived(this Budget budget, decimal yuan)
    {
        var cent = budget.AmountUnit == "万元" ? 100m : 0.01m;
        return budget.Money(Math.Round(yuan / cent, MidpointRounding.AwayFromZero) * cent);
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++) p *= 10;
        return p;
    }
}

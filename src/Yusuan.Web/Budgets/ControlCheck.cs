using Yusuan.Core.Model;
using Yusuan.Web.Data;

namespace Yusuan.Web.Budgets;

/// <summary>A department's spending of one source and kind against the 控制数 财政 set for it.</summary>
public sealed record ControlExcess(string Source, string Kind, decimal Ceiling, decimal Planned, string AmountUnit)
{
    public override string ToString() => $"{Source}{Kind} {Planned:#,0.00} {AmountUnit}，控制数 {Ceiling:#,0.00} {AmountUnit}";
}

/// <summary>Compares a budget's spending, by funding source and 基本/项目, with the department's 控制数.</summary>
public static class ControlCheck
{
    public const string Basic = "基本支出";
    public const string ProjectKind = "项目支出";
    public static readonly string[] Kinds = [Basic, ProjectKind];

    /// <summary>Spending by (source, kind) in the department's amount unit.</summary>
    public static Dictionary<(string Source, string Kind), decimal> Planned(Budget budget, string amountUnit)
    {
        var scale = amountUnit == "万元" ? 10000m : 1m;
        return budget.Expenditures
            .GroupBy(l => (l.Source.ChineseName(), l.Nature == ExpenditureNature.Project ? ProjectKind : Basic))
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Amount) / scale);
    }

    public static List<ControlExcess> Over(DepartmentBudget department, Budgets.Evaluation evaluation)
    {
        if (evaluation.Budget is null || department.ControlFigures.Count == 0) return [];
        var planned = Planned(evaluation.Budget, department.AmountUnit);
        return department.ControlFigures
            .Select(c => new ControlExcess(c.Source, c.Kind, c.Amount, planned.GetValueOrDefault((c.Source, c.Kind)), department.AmountUnit))
            .Where(e => e.Planned > e.Ceiling)
            .ToList();
    }
}

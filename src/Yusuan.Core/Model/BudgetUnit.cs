namespace Yusuan.Core.Model;

/// <summary>预算单位: an agency with its own accounts.</summary>
public sealed record BudgetUnit(string Code, string Name, UnitType Type);

/// <summary>部门: the 主管部门 whose units are consolidated in one budget.</summary>
public sealed record Department(string Code, string Name);

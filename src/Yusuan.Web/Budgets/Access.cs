using Yusuan.Web.Data;

namespace Yusuan.Web.Budgets;

/// <summary>
/// Who may see and do what. Every page, form post, download and API call asks here, on the server; a unit never reaches
/// another unit's budget, whatever URL it guesses.
/// </summary>
public static class Access
{
    public static bool CanView(AppUser user, UnitBudget budget, Unit unit, Department department) => user.Role switch
    {
        UserRole.Unit => user.UnitId == unit.Id,
        UserRole.Department => user.DepartmentId == department.Id,
        UserRole.Bureau => user.RegionId == department.RegionId,
        _ => false,
    };

    public static bool CanView(AppUser user, Department department) => user.Role switch
    {
        UserRole.Department => user.DepartmentId == department.Id,
        UserRole.Bureau => user.RegionId == department.RegionId,
        _ => false,
    };

    /// <summary>Only the unit edits its lines, and only while its budget is with it (编制 or 退回) and the department is being prepared.</summary>
    public static bool CanEdit(AppUser user, UnitBudget budget, DepartmentBudget department) =>
        user.Role == UserRole.Unit && user.UnitId == budget.UnitId
        && budget.Stage is UnitStage.Draft or UnitStage.Returned
        && department.Stage is DepartmentStage.Preparing or DepartmentStage.Returned;

    /// <summary>The 主管部门 writes the department's own texts while the budget is with it.</summary>
    public static bool CanEditDepartment(AppUser user, DepartmentBudget budget) =>
        user.Role == UserRole.Department && user.DepartmentId == budget.DepartmentId
        && budget.Stage is DepartmentStage.Preparing or DepartmentStage.Returned;

    public static bool IsDepartmentOf(AppUser user, DepartmentBudget budget) =>
        user.Role == UserRole.Department && user.DepartmentId == budget.DepartmentId;

    public static bool IsBureauOf(AppUser user, Department department) =>
        user.Role == UserRole.Bureau && user.RegionId == department.RegionId;
}

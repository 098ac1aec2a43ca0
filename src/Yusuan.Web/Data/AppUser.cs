using Microsoft.AspNetCore.Identity;

namespace Yusuan.Web.Data;

/// <summary>Who a user acts as. One role per account: a person with two roles has two accounts, as on the 一体化 platforms.</summary>
public enum UserRole
{
    /// <summary>预算单位: edits its own unit's budget.</summary>
    Unit = 1,
    /// <summary>主管部门: reviews its units, forwards the department.</summary>
    Department = 2,
    /// <summary>财政: sets 控制数, reviews, approves and publishes its region's departments.</summary>
    Bureau = 3,
    /// <summary>Creates regions, departments, units and users; sees no budget.</summary>
    Admin = 4,
}

public sealed class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public UserRole Role { get; set; }
    /// <summary>The bureau's region (财政 users).</summary>
    public int? RegionId { get; set; }
    /// <summary>The department (主管部门 users).</summary>
    public int? DepartmentId { get; set; }
    /// <summary>The unit (预算单位 users).</summary>
    public int? UnitId { get; set; }
}

public static class UserRoles
{
    public static string Chinese(this UserRole role) => role switch
    {
        UserRole.Unit => "预算单位",
        UserRole.Department => "主管部门",
        UserRole.Bureau => "财政",
        UserRole.Admin => "管理员",
        _ => role.ToString(),
    };
}

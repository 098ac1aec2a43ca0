using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Yusuan.Core.Profiles;
using Yusuan.Web.Budgets;
using Yusuan.Web.Data;

namespace Yusuan.Web.Pages.Admin;

/// <summary>The administrator's page: regions, departments, units, budget years and users. It shows no budget's figures.</summary>
public sealed class IndexModel(CurrentUser current, YusuanDb db, UserManager<AppUser> users, TimeProvider clock) : YusuanPage(current)
{
    public List<Region> Regions { get; private set; } = [];
    public List<AppUser> Users { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public static IReadOnlyList<string> Profiles => ProfileLoader.BundledIds;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    private async Task<IActionResult?> LoadAsync()
    {
        if (await UserAsync() is not { Role: UserRole.Admin }) return Denied();
        Regions = await db.Regions.Include(r => r.Departments).ThenInclude(d => d.Units).AsSplitQuery().ToListAsync();
        Users = await db.Users.OrderBy(u => u.UserName).ToListAsync();
        return null;
    }

    public async Task<IActionResult> OnPostRegionAsync(string code, string name, string bureau)
    {
        if (await LoadAsync() is { } denied) return denied;
        if (Blank(code, "地区编码") | Blank(name, "地区名称") | Blank(bureau, "财政局名称")) return Page();
        if (await db.Regions.AnyAsync(r => r.Code == code.Trim())) { Problems.Add($"地区编码 {code} 已存在"); return Page(); }
        db.Regions.Add(new Region { Code = code.Trim(), Name = name.Trim(), BureauName = bureau.Trim() });
        return await Done($"地区 {name}");
    }

    public async Task<IActionResult> OnPostDepartmentAsync(int regionId, string code, string name)
    {
        if (await LoadAsync() is { } denied) return denied;
        if (Blank(code, "部门编码") | Blank(name, "部门名称")) return Page();
        if (!Regions.Any(r => r.Id == regionId)) { Problems.Add("请选择地区"); return Page(); }
        if (await db.Departments.AnyAsync(d => d.RegionId == regionId && d.Code == code.Trim())) { Problems.Add($"部门编码 {code} 已存在"); return Page(); }
        db.Departments.Add(new Department { RegionId = regionId, Code = code.Trim(), Name = name.Trim() });
        return await Done($"部门 {name}");
    }

    public async Task<IActionResult> OnPostUnitAsync(int departmentId, string code, string name, string type)
    {
        if (await LoadAsync() is { } denied) return denied;
        if (Blank(code, "单位编码") | Blank(name, "单位名称")) return Page();
        if (type is not ("行政" or "参公" or "事业")) { Problems.Add("单位类型应为 行政、参公 或 事业"); return Page(); }
        if (!await db.Departments.AnyAsync(d => d.Id == departmentId)) { Problems.Add("请选择部门"); return Page(); }
        if (await db.Units.AnyAsync(u => u.DepartmentId == departmentId && u.Code == code.Trim())) { Problems.Add($"单位编码 {code} 已存在"); return Page(); }
        var unit = new Unit { DepartmentId = departmentId, Code = code.Trim(), Name = name.Trim(), Type = type };
        db.Units.Add(unit);
        // A unit added to a department whose budget year is open gets its (empty) budget in it.
        foreach (var open in await db.DepartmentBudgets.Where(b => b.DepartmentId == departmentId && b.Stage == DepartmentStage.Preparing).ToListAsync())
            db.UnitBudgets.Add(new UnitBudget { DepartmentBudgetId = open.Id, Unit = unit, Content = "{}", UpdatedAt = clock.GetUtcNow() });
        return await Done($"单位 {name}");
    }

    public async Task<IActionResult> OnPostYearAsync(int departmentId, int year, string profile, string amountUnit)
    {
        if (await LoadAsync() is { } denied) return denied;
        var department = await db.Departments.Include(d => d.Units).FirstOrDefaultAsync(d => d.Id == departmentId);
        if (department is null) { Problems.Add("请选择部门"); return Page(); }
        if (year is < 2000 or > 2100) { Problems.Add("预算年度应为四位年份"); return Page(); }
        if (!Profiles.Contains(profile)) { Problems.Add($"披露配置应为：{string.Join("、", Profiles)}"); return Page(); }
        if (amountUnit is not ("元" or "万元")) { Problems.Add("金额单位应为 元 或 万元"); return Page(); }
        if (await db.DepartmentBudgets.AnyAsync(b => b.DepartmentId == departmentId && b.Year == year)) { Problems.Add($"{department.Name} 已有 {year} 年预算"); return Page(); }
        var budget = new DepartmentBudget { DepartmentId = departmentId, Year = year, ProfileId = profile, AmountUnit = amountUnit, Content = "{}" };
        foreach (var unit in department.Units)
            budget.Units.Add(new UnitBudget { UnitId = unit.Id, Content = "{}", UpdatedAt = clock.GetUtcNow() });
        db.DepartmentBudgets.Add(budget);
        return await Done($"{department.Name} {year} 年预算");
    }

    public async Task<IActionResult> OnPostUserAsync(string userName, string displayName, string password, UserRole role, int? scope)
    {
        if (await LoadAsync() is { } denied) return denied;
        if (Blank(userName, "用户名") | Blank(displayName, "姓名") | Blank(password, "初始密码")) return Page();
        var user = new AppUser { UserName = userName.Trim(), DisplayName = displayName.Trim(), Role = role, EmailConfirmed = true };
        switch (role)
        {
            case UserRole.Unit when scope is { } u && await db.Units.AnyAsync(x => x.Id == u): user.UnitId = u; break;
            case UserRole.Department when scope is { } d && await db.Departments.AnyAsync(x => x.Id == d): user.DepartmentId = d; break;
            case UserRole.Bureau when scope is { } r && await db.Regions.AnyAsync(x => x.Id == r): user.RegionId = r; break;
            case UserRole.Admin: break;
            default: Problems.Add("请为预算单位、主管部门或财政用户选择所属单位、部门或地区"); return Page();
        }
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) { Problems.AddRange(result.Errors.Select(e => e.Description)); return Page(); }
        db.AuditEntries.Add(new AuditEntry { At = clock.GetUtcNow(), User = Me!.UserName!, Action = "管理", Field = "用户", NewValue = $"{user.UserName}（{role.Chinese()}）" });
        await db.SaveChangesAsync();
        Flash($"已建立用户 {user.UserName}");
        return Redirect("/admin");
    }

    private bool Blank(string? value, string label)
    {
        if (!string.IsNullOrWhiteSpace(value) && value.Length <= 200) return false;
        Problems.Add($"{label}不能为空，且不超过 200 字");
        return true;
    }

    private async Task<IActionResult> Done(string what)
    {
        db.AuditEntries.Add(new AuditEntry { At = clock.GetUtcNow(), User = Me!.UserName!, Action = "管理", Field = "机构", NewValue = what });
        await db.SaveChangesAsync();
        Flash($"已建立{what}");
        return Redirect("/admin");
    }

    public static string ScopeOf(AppUser u, IEnumerable<Region> regions) => u.Role switch
    {
        UserRole.Unit => regions.SelectMany(r => r.Departments).SelectMany(d => d.Units).FirstOrDefault(x => x.Id == u.UnitId)?.Name ?? "",
        UserRole.Department => regions.SelectMany(r => r.Departments).FirstOrDefault(x => x.Id == u.DepartmentId)?.Name ?? "",
        UserRole.Bureau => regions.FirstOrDefault(x => x.Id == u.RegionId)?.BureauName ?? "",
        _ => "",
    };
}

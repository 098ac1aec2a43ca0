using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Yusuan.Web.Data;

namespace Yusuan.Web.Pages.Bureau;

/// <summary>The bureau's desk: every department budget of its region and where it stands.</summary>
public sealed class IndexModel(CurrentUser current, YusuanDb db) : YusuanPage(current)
{
    public Region? Region { get; private set; }
    public List<DepartmentBudget> Budgets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await UserAsync() is not { Role: UserRole.Bureau, RegionId: { } regionId }) return Denied();
        Region = await db.Regions.FindAsync(regionId);
        Budgets = await db.DepartmentBudgets.Include(d => d.Department).Include(d => d.Units).Include(d => d.ControlFigures)
            .Where(d => d.Department!.RegionId == regionId).AsSplitQuery().ToListAsync();
        Budgets = Budgets.OrderByDescending(d => d.Year).ThenBy(d => d.Department!.Code, StringComparer.Ordinal).ToList();
        return Page();
    }
}

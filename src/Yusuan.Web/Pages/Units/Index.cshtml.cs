using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Yusuan.Web.Data;

namespace Yusuan.Web.Pages.Units;

/// <summary>A unit's budgets by year; with one open year the clerk goes straight to it.</summary>
public sealed class IndexModel(CurrentUser current, YusuanDb db) : YusuanPage(current)
{
    public List<UnitBudget> Budgets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await UserAsync() is not { Role: UserRole.Unit, UnitId: { } unitId }) return Denied();
        Budgets = await db.UnitBudgets.Include(b => b.Unit).Include(b => b.DepartmentBudget)
            .Where(b => b.UnitId == unitId).OrderByDescending(b => b.DepartmentBudget!.Year).ToListAsync();
        return Budgets.Count == 1 ? Redirect($"/units/{Budgets[0].Id}") : Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Yusuan.Web.Data;

namespace Yusuan.Web.Pages.Departments;

public sealed class IndexModel(CurrentUser current, YusuanDb db) : YusuanPage(current)
{
    public List<DepartmentBudget> Budgets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await UserAsync() is not { Role: UserRole.Department, DepartmentId: { } departmentId }) return Denied();
        Budgets = await db.DepartmentBudgets.Include(b => b.Department).Where(b => b.DepartmentId == departmentId)
            .OrderByDescending(b => b.Year).ToListAsync();
        return Budgets.Count == 1 ? Redirect($"/departments/{Budgets[0].Id}") : Page();
    }
}

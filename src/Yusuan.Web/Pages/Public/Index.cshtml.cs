using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yusuan.Web.Data;

namespace Yusuan.Web.Pages.Public;

/// <summary>The public list: published department budgets only, for anyone.</summary>
public sealed class IndexModel(YusuanDb db) : PageModel
{
    public List<DepartmentBudget> Budgets { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Budgets = await db.DepartmentBudgets.Include(d => d.Department).ThenInclude(d => d!.Region)
            .Where(d => d.Stage == DepartmentStage.Published).ToListAsync();
        Budgets = Budgets.OrderByDescending(d => d.PublishedAt).ToList();
    }
}

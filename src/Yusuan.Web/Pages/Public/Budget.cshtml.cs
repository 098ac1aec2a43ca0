using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yusuan.Web.Budgets;
using Yusuan.Web.Data;

namespace Yusuan.Web.Pages.Public;

/// <summary>One published department budget: its downloads and tables, as approved (the 批复 snapshot).</summary>
public sealed class BudgetModel(YusuanDb db, BudgetService budgets) : PageModel
{
    public DepartmentBudget Budget { get; private set; } = null!;
    public Evaluation? Evaluation { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var budget = await db.DepartmentBudgets.Include(d => d.Department).ThenInclude(d => d!.Region)
            .FirstOrDefaultAsync(d => d.Id == id && d.Stage == DepartmentStage.Published);
        if (budget is null) return NotFound();
        Budget = budget;
        Evaluation = budgets.Evaluator.Evaluate(await budgets.PublishedContentAsync((await budgets.DepartmentBudgetAsync(id))!));
        return Page();
    }
}

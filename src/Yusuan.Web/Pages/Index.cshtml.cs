using Microsoft.AspNetCore.Mvc;
using Yusuan.Web.Data;

namespace Yusuan.Web.Pages;

/// <summary>Anonymous visitors get the front page; a signed-in user goes straight to the work of their role.</summary>
public sealed class IndexModel(CurrentUser current) : YusuanPage(current)
{
    public async Task<IActionResult> OnGetAsync() => await UserAsync() switch
    {
        null => Page(),
        { Role: UserRole.Unit } => Redirect("/units"),
        { Role: UserRole.Department } => Redirect("/departments"),
        { Role: UserRole.Bureau } => Redirect("/bureau"),
        { Role: UserRole.Admin } => Redirect("/admin"),
        _ => Page(),
    };
}

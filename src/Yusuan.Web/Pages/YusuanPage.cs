using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yusuan.Web.Data;

namespace Yusuan.Web.Pages;

/// <summary>A page that knows its signed-in user; every handler asks <see cref="Budgets.Access"/> before it shows or changes anything.</summary>
public abstract class YusuanPage(CurrentUser current) : PageModel
{
    public AppUser? Me { get; private set; }

    protected async Task<AppUser?> UserAsync() => Me ??= await current.GetAsync();

    /// <summary>403 with the Chinese page, never a redirect that would hide why.</summary>
    protected IActionResult Denied() => StatusCode(StatusCodes.Status403Forbidden);

    protected void Flash(string message) => TempData["Message"] = message;

    protected void FlashError(string message) => TempData["Error"] = message;
}

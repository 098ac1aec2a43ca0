using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Yusuan.Web.Data;

namespace Yusuan.Web;

/// <summary>The signed-in user of this request, loaded once.</summary>
public sealed class CurrentUser(IHttpContextAccessor http, UserManager<AppUser> users)
{
    private AppUser? _user;
    private bool _loaded;

    public async Task<AppUser?> GetAsync()
    {
        if (_loaded) return _user;
        _loaded = true;
        var principal = http.HttpContext?.User;
        if (principal?.Identity?.IsAuthenticated != true) return null;
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        _user = id is null ? null : await users.FindByIdAsync(id);
        return _user;
    }
}

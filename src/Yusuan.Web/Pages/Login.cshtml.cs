using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Yusuan.Web.Data;
using Yusuan.Web.Demo;

namespace Yusuan.Web.Pages;

public sealed class LoginModel(SignInManager<AppUser> signIn, IOptions<YusuanOptions> options) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Problem { get; private set; }
    public IReadOnlyList<DemoAccount> DemoAccounts { get; private set; } = [];

    public void OnGet() => LoadDemo();

    public async Task<IActionResult> OnPostAsync()
    {
        LoadDemo();
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Problem = "请输入用户名和密码";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        Problem = result.IsLockedOut ? "登录失败次数过多，账号已锁定 15 分钟" : "用户名或密码不正确";
        return Page();
    }

    private void LoadDemo()
    {
        if (!options.Value.Demo) return;
        var file = YusuanApp.DemoAccountsFile(options.Value);
        if (System.IO.File.Exists(file)) DemoAccounts = JsonSerializer.Deserialize<List<DemoAccount>>(System.IO.File.ReadAllText(file)) ?? [];
    }
}

using Microsoft.AspNetCore.Identity;
using Yusuan.Web.Data;

namespace Yusuan.Web;

/// <summary>The first administrator comes from the machine (a command or the environment), never from a file in the repository.</summary>
public static class AdminAccounts
{
    public static async Task<IdentityResult> CreateAsync(IServiceProvider services, string userName, string password)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null) return IdentityResult.Success;
        return await users.CreateAsync(new AppUser { UserName = userName, DisplayName = "系统管理员", Role = UserRole.Admin, EmailConfirmed = true }, password);
    }

    /// <summary><c>create-admin USER</c>: the password from YUSUAN_ADMIN_PASSWORD, else one line of standard input.</summary>
    public static async Task<int> CommandAsync(string userName, string[] rest)
    {
        var password = Environment.GetEnvironmentVariable("YUSUAN_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.Write("管理员密码（至少 10 位）：");
            password = Console.ReadLine();
        }
        if (string.IsNullOrWhiteSpace(password))
        {
            Console.Error.WriteLine("没有密码：请设置环境变量 YUSUAN_ADMIN_PASSWORD 或在提示时输入");
            return 2;
        }
        var app = YusuanApp.Build(rest);
        await YusuanApp.PrepareAsync(app.Services);
        using var scope = app.Services.CreateScope();
        var result = await CreateAsync(scope.ServiceProvider, userName, password);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine("无法建立管理员：" + string.Join("；", result.Errors.Select(e => e.Description)));
            return 2;
        }
        Console.Error.WriteLine($"管理员 {userName} 已建立（已存在时不变）");
        return 0;
    }
}

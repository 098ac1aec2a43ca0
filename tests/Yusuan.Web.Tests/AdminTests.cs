using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yusuan.Web.Data;
using Yusuan.Web.Tests.Infrastructure;

namespace Yusuan.Web.Tests;

/// <summary>
/// The administrator sets up a region from nothing: region, department, unit, budget year, a clerk; the clerk signs in
/// and finds the unit's empty budget for the year. Bad entries are refused with a message, not stored.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class AdminTests(PostgresCluster cluster)
{
    [Fact]
    public async Task An_administrator_sets_up_a_region_whose_clerk_can_start_a_budget()
    {
        await using var factory = await YusuanWebFactory.CreateAsync("sqlite", cluster);
        using var admin = await factory.LoginAsync("admin");
        var token = await admin.AntiforgeryTokenAsync();
        async Task<HttpResponseMessage> Post(string handler, Dictionary<string, string> form)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin?handler={handler}") { Content = new FormUrlEncodedContent(form) };
            request.Headers.Add(ApiClient.TokenHeader, token);
            return await admin.SendAsync(request);
        }
        async Task<int> Id<T>(Func<YusuanDb, IQueryable<T>> query, Func<T, int> id)
        {
            await using var scope = factory.Scope();
            return id(await query(scope.ServiceProvider.GetRequiredService<YusuanDb>()).SingleAsync());
        }

        Assert.Equal(HttpStatusCode.Redirect, (await Post("Region", new() { ["code"] = "T1", ["name"] = "测试县", ["bureau"] = "测试县财政局" })).StatusCode);
        var region = await Id(db => db.Regions.Where(r => r.Code == "T1"), r => r.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await Post("Department", new() { ["regionId"] = region.ToString(), ["code"] = "501", ["name"] = "测试县教育局" })).StatusCode);
        var department = await Id(db => db.Departments.Where(d => d.Code == "501" && d.RegionId == region), d => d.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await Post("Unit", new() { ["departmentId"] = department.ToString(), ["code"] = "501001", ["name"] = "测试县教育局机关", ["type"] = "行政" })).StatusCode);
        var unit = await Id(db => db.Units.Where(u => u.Code == "501001"), u => u.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await Post("Year", new() { ["departmentId"] = department.ToString(), ["year"] = "2025", ["profile"] = "sichuan-2025", ["amountUnit"] = "万元" })).StatusCode);

        // Refused, with a message, nothing stored: a duplicate code, a bad type, a password below the policy.
        var duplicate = await Post("Region", new() { ["code"] = "T1", ["name"] = "重复", ["bureau"] = "重复" });
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("已存在", await duplicate.Content.ReadAsStringAsync());
        var badType = await Post("Unit", new() { ["departmentId"] = department.ToString(), ["code"] = "501002", ["name"] = "x", ["type"] = "企业" });
        Assert.Contains("行政、参公 或 事业", await badType.Content.ReadAsStringAsync());
        var weak = await Post("User", new() { ["userName"] = "weak", ["displayName"] = "弱密码", ["password"] = "123", ["role"] = "Unit", ["scope"] = unit.ToString() });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<YusuanDb>();
            Assert.Equal(1, await db.Regions.CountAsync(r => r.Code == "T1"));
            Assert.False(await db.Units.AnyAsync(u => u.Code == "501002"));
            Assert.False(await db.Users.AnyAsync(u => u.UserName == "weak"));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await Post("User", new()
        {
            ["userName"] = "clerk501", ["displayName"] = "教育局机关 财务", ["password"] = "Clerk-2025-abc", ["role"] = "Unit", ["scope"] = unit.ToString(),
        })).StatusCode);

        // The clerk signs in and lands on the unit's budget of the year, empty and editable.
        using var clerk = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var login = await clerk.GetStringAsync("/login");
        var tokenField = System.Text.RegularExpressions.Regex.Match(login, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signIn = await clerk.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "clerk501", ["Password"] = "Clerk-2025-abc", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(tokenField),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var units = await clerk.GetAsync("/units");
        Assert.Equal(HttpStatusCode.Redirect, units.StatusCode);
        var page = await clerk.GetStringAsync(units.Headers.Location!.OriginalString + "?tab=expenditures");
        Assert.Contains("测试县教育局机关", page);
        Assert.Contains("id=\"grid-form\"", page);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<YusuanDb>();
            var log = await db.AuditEntries.Where(a => a.Action == "管理").Select(a => a.NewValue).ToListAsync();
            Assert.Contains(log, v => v!.Contains("测试县教育局"));
            Assert.Contains(log, v => v!.Contains("clerk501"));
        }
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yusuan.Web.Data;
using Yusuan.Web.Tests.Infrastructure;

namespace Yusuan.Web.Tests;

/// <summary>
/// Every role × every page, download and form post: allowed, or refused (403; the login page for anonymous visitors).
/// Users sign in through /login as people do. A unit reaches no other unit's budget, whatever id it tries.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed partial class RoleMatrixTests(PostgresCluster cluster)
{
    private const string Anonymous = "-";
    private static readonly string[] Everyone = [Anonymous, "danwei", "bumen", "caizheng", "admin"];

    private sealed record Ids(int OwnUnit, int SiblingUnit, int OtherDepartmentUnit, int Department, int OtherDepartment, int Published);

    /// <summary>(method, path, who may) with ids filled in; a POST carries a harmless form (the step then fails on its stage, not its role).</summary>
    private static IEnumerable<(string Method, string Path, string[] Allowed)> Matrix(Ids i) =>
    [
        ("GET", "/units", ["danwei"]),
        ("GET", $"/units/{i.OwnUnit}", ["danwei", "bumen", "caizheng"]),
        ("GET", $"/units/{i.OwnUnit}?tab=expenditures", ["danwei", "bumen", "caizheng"]),
        ("GET", $"/units/{i.OwnUnit}?tab=history", ["danwei", "bumen", "caizheng"]),
        ("GET", $"/units/{i.OwnUnit}?tab=tables", ["danwei", "bumen", "caizheng"]),
        ("GET", $"/units/{i.SiblingUnit}", ["bumen", "caizheng"]),
        ("GET", $"/units/{i.OtherDepartmentUnit}", ["caizheng"]),
        ("GET", "/departments", ["bumen"]),
        ("GET", $"/departments/{i.Department}", ["bumen", "caizheng"]),
        ("GET", $"/departments/{i.Department}?tab=compare", ["bumen", "caizheng"]),
        ("GET", $"/departments/{i.Department}?tab=history", ["bumen", "caizheng"]),
        ("GET", $"/departments/{i.OtherDepartment}", ["caizheng"]),
        ("GET", "/bureau", ["caizheng"]),
        ("GET", "/admin", ["admin"]),
        ("GET", "/public", Everyone),
        ("GET", $"/public/{i.Published}", Everyone),
        ("GET", $"/download/unit/{i.OwnUnit}/xlsx", ["danwei", "bumen", "caizheng"]),
        ("GET", $"/download/unit/{i.OwnUnit}/template", ["danwei", "bumen", "caizheng"]),
        ("GET", $"/download/unit/{i.SiblingUnit}/csv", ["bumen", "caizheng"]),
        ("GET", $"/download/unit/{i.OtherDepartmentUnit}/xlsx", ["caizheng"]),
        ("GET", $"/download/department/{i.Department}/xlsx", ["bumen", "caizheng"]),
        ("GET", $"/download/department/{i.OtherDepartment}/html", ["caizheng"]),
        ("GET", $"/public/{i.Published}/download/xlsx", Everyone),
        ("POST", $"/units/{i.OwnUnit}?handler=Save", ["danwei"]),
        ("POST", $"/units/{i.OwnUnit}?handler=Json", ["danwei"]),
        ("POST", $"/units/{i.OwnUnit}?handler=Upload", ["danwei"]),
        ("POST", $"/units/{i.OwnUnit}?handler=Submit", ["danwei"]),
        ("POST", $"/units/{i.SiblingUnit}?handler=Save", []),
        ("POST", $"/units/{i.OtherDepartmentUnit}?handler=Save", []),
        ("POST", $"/units/{i.SiblingUnit}?handler=Return", ["bumen"]),
        ("POST", $"/units/{i.SiblingUnit}?handler=Submit", []),
        ("POST", $"/departments/{i.Department}?handler=Forward", ["bumen"]),
        ("POST", $"/departments/{i.Department}?handler=Texts", ["bumen"]),
        ("POST", $"/departments/{i.Department}?handler=Control", ["caizheng"]),
        ("POST", $"/departments/{i.Department}?handler=Return", ["caizheng"]),
        ("POST", $"/departments/{i.Department}?handler=Approve", ["caizheng"]),
        ("POST", $"/departments/{i.Department}?handler=Publish", ["caizheng"]),
        ("POST", $"/departments/{i.OtherDepartment}?handler=Forward", []),
        ("POST", "/admin?handler=Region", ["admin"]),
        ("POST", "/admin?handler=User", ["admin"]),
    ];

    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task Every_role_reaches_exactly_what_it_may(string kind)
    {
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        var ids = await IdsAsync(factory);
        var failures = new List<string>();
        foreach (var user in Everyone)
        {
            using var client = user == Anonymous
                ? factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true })
                : await factory.LoginAsync(user);
            var token = await TokenAsync(client, user);
            foreach (var (method, path, allowed) in Matrix(ids))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method == "POST")
                {
                    request.Headers.Add("X-CSRF-TOKEN", token);
                    // A form that no step can act on: version -1 and no content, so an allowed post changes nothing.
                    request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "-1", ["count"] = "0", ["list"] = "income", ["json"] = "{" });
                }
                using var response = await client.SendAsync(request);
                var denied = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/login", StringComparison.Ordinal) == true);
                var shouldAllow = allowed.Contains(user);
                if (shouldAllow == denied || (int)response.StatusCode >= 500)
                    failures.Add($"{user} {method} {path}: {(int)response.StatusCode}, expected {(shouldAllow ? "allowed" : "refused")}");
                if (!shouldAllow && user == Anonymous && denied && response.StatusCode == HttpStatusCode.Redirect)
                    Assert.StartsWith("/login", response.Headers.Location!.AbsolutePath);
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task Nothing_changed_for_the_refused(string kind)
    {
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        var ids = await IdsAsync(factory);
        string Snapshot(YusuanDb db) => string.Join("|", db.UnitBudgets.AsNoTracking().OrderBy(b => b.Id).Select(b => b.Id + ":" + b.Version + ":" + b.Stage)
            .Concat(db.DepartmentBudgets.AsNoTracking().OrderBy(b => b.Id).Select(b => b.Id + ":" + b.Version + ":" + b.Stage)));
        string before;
        await using (var scope = factory.Scope()) before = Snapshot(scope.ServiceProvider.GetRequiredService<YusuanDb>());

        // A unit posting a real grid to its sibling's budget, guessing the id: refused, nothing stored.
        using var danwei = await factory.LoginAsync("danwei");
        var token = await TokenAsync(danwei, "danwei");
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/units/{ids.SiblingUnit}?handler=Save")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "0", ["count"] = "1", ["list"] = "income", ["f_0_amount"] = "1", ["f_0_source"] = "其他收入" }),
        };
        post.Headers.Add("X-CSRF-TOKEN", token);
        Assert.Equal(HttpStatusCode.Forbidden, (await danwei.SendAsync(post)).StatusCode);
        // The bureau posting a department's 汇总上报: refused.
        using var caizheng = await factory.LoginAsync("caizheng");
        using var forward = new HttpRequestMessage(HttpMethod.Post, $"/departments/{ids.Department}?handler=Forward") { Content = new FormUrlEncodedContent([]) };
        forward.Headers.Add("X-CSRF-TOKEN", await TokenAsync(caizheng, "caizheng"));
        Assert.Equal(HttpStatusCode.Forbidden, (await caizheng.SendAsync(forward)).StatusCode);

        await using (var scope = factory.Scope()) Assert.Equal(before, Snapshot(scope.ServiceProvider.GetRequiredService<YusuanDb>()));
    }

    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task A_form_post_without_the_antiforgery_token_is_refused(string kind)
    {
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        var ids = await IdsAsync(factory);
        using var danwei = await factory.LoginAsync("danwei");
        var response = await danwei.PostAsync($"/units/{ids.OwnUnit}?handler=Save",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "0", ["count"] = "0", ["list"] = "income" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<Ids> IdsAsync(YusuanWebFactory factory)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<YusuanDb>();
        async Task<int> Unit(string code) => await db.UnitBudgets.Where(b => b.Unit!.Code == code).Select(b => b.Id).SingleAsync();
        async Task<int> Department(string code) => await db.DepartmentBudgets.Where(b => b.Department!.Code == code).Select(b => b.Id).SingleAsync();
        return new Ids(await Unit("801001"), await Unit("801002"), await Unit("342601"), await Department("801"), await Department("342"),
            await db.DepartmentBudgets.Where(b => b.Stage == DepartmentStage.Published).Select(b => b.Id).FirstAsync());
    }

    /// <summary>The antiforgery token of this client: from the API when signed in, from the login form when not.</summary>
    private static async Task<string> TokenAsync(HttpClient client, string user)
    {
        if (user != Anonymous) return await client.AntiforgeryTokenAsync();
        var page = await client.GetStringAsync("/login");
        return WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value);
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)""")]
    private static partial Regex TokenField();
}

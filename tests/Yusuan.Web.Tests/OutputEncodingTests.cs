using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yusuan.Web.Data;
using Yusuan.Web.Tests.Infrastructure;

namespace Yusuan.Web.Tests;

/// <summary>
/// Markup typed into any text field (names, projects, sources, codes, comments, the department's texts, display names)
/// comes out encoded on every page and in the web document; a text that a spreadsheet would run as a formula is quoted
/// in the CSV download; every response carries the security headers.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OutputEncodingTests(PostgresCluster cluster)
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(2)>";

    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task Markup_in_every_text_field_is_shown_as_text(string kind)
    {
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        int own, sibling, department, published;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<YusuanDb>();
            var unit = await db.Units.SingleAsync(u => u.Code == "801001");
            unit.Name = Script + "机关";
            var dept = await db.Departments.SingleAsync(d => d.Code == "801");
            dept.Name = Image + "农业农村局";
            (await db.Regions.SingleAsync()).BureauName = Script + "财政局";
            foreach (var user in await db.Users.ToListAsync()) user.DisplayName = Image + user.UserName;
            var budget = await db.DepartmentBudgets.SingleAsync(b => b.DepartmentId == dept.Id);
            budget.Content = new JsonObject { ["narrative"] = new JsonObject { ["texts"] = new JsonObject { ["functions"] = Script } } }.ToJsonString();
            await db.SaveChangesAsync();
            own = await db.UnitBudgets.Where(b => b.UnitId == unit.Id).Select(b => b.Id).SingleAsync();
            sibling = await db.UnitBudgets.Where(b => b.Unit!.Code == "801002").Select(b => b.Id).SingleAsync();
            department = budget.Id;
            published = await db.DepartmentBudgets.Where(b => b.Stage == DepartmentStage.Published).Select(b => b.Id).FirstAsync();
        }

        // Records entered through the API: a project named with markup, and a line whose code and source are markup
        // (the reader's findings then quote them back).
        using var danwei = await factory.LoginAsync("danwei");
        var token = await danwei.AntiforgeryTokenAsync();
        var version = (await danwei.UnitBudgetAsync(own))["version"]!.GetValue<int>();
        Assert.True((await danwei.PostRecordAsync(token, own, "projects", version++, new JsonObject { ["unit"] = "801001", ["name"] = Script, ["kind"] = "特定目标类" })).IsSuccessStatusCode);
        Assert.True((await danwei.PostRecordAsync(token, own, "expenditures", version++, new JsonObject
        {
            ["unit"] = "801001", ["functional"] = Image, ["economic"] = "30201", ["source"] = Script, ["amount"] = 1,
        })).IsSuccessStatusCode);

        // A comment with markup on a line, through the return form.
        using var bumen = await factory.LoginAsync("bumen");
        using (var request = new HttpRequestMessage(HttpMethod.Post, $"/units/{sibling}?handler=Return")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["target_0"] = Image, ["comment_0"] = Script }),
        })
        {
            request.Headers.Add(ApiClient.TokenHeader, await bumen.AntiforgeryTokenAsync());
            Assert.Equal(HttpStatusCode.Redirect, (await bumen.SendAsync(request)).StatusCode);
        }

        var pages = new List<(HttpClient Client, string Path)>();
        foreach (var tab in new[] { "overview", "expenditures", "income", "projects", "upload", "tables", "forms", "history" })
        {
            pages.Add((danwei, $"/units/{own}?tab={tab}"));
            pages.Add((bumen, $"/units/{sibling}?tab={tab}"));
        }
        foreach (var tab in new[] { "overview", "tables", "forms", "texts", "compare", "history" }) pages.Add((bumen, $"/departments/{department}?tab={tab}"));
        using var caizheng = await factory.LoginAsync("caizheng");
        using var admin = await factory.LoginAsync("admin");
        pages.Add((caizheng, "/bureau"));
        pages.Add((caizheng, $"/departments/{department}"));
        pages.Add((admin, "/admin"));
        pages.Add((danwei, "/public"));
        pages.Add((danwei, $"/public/{published}"));

        foreach (var (client, path) in pages)
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.False(body.Contains("<script>alert", StringComparison.OrdinalIgnoreCase), $"{path} prints a script tag as markup");
            Assert.False(body.Contains("<img src=x", StringComparison.OrdinalIgnoreCase), $"{path} prints an img tag as markup");
            AssertSecurityHeaders(response, path);
        }
        // The markup is there, as text.
        var unitPage = await danwei.GetStringAsync($"/units/{own}?tab=projects");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", unitPage);
    }

    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task Downloads_quote_formulas_and_encode_markup(string kind)
    {
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        int department;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<YusuanDb>();
            (await db.Units.SingleAsync(u => u.Code == "801001")).Name = "=HYPERLINK(\"http://example.invalid\",\"点击\")";
            (await db.Units.SingleAsync(u => u.Code == "801002")).Name = Script;
            await db.SaveChangesAsync();
            department = await db.DepartmentBudgets.Where(b => b.Department!.Code == "801").Select(b => b.Id).SingleAsync();
        }
        using var bumen = await factory.LoginAsync("bumen");

        using var csv = await bumen.GetAsync($"/download/department/{department}/csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        using var zip = new ZipArchive(await csv.Content.ReadAsStreamAsync());
        var texts = zip.Entries.Select(e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd()).ToList();
        Assert.Contains(texts, t => t.Contains("'=HYPERLINK", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Split('\n').Any(line => line.Split(',').Any(cell => cell.TrimStart('"').StartsWith("=HYPERLINK", StringComparison.Ordinal))));

        var html = await bumen.GetStringAsync($"/download/department/{department}/html");
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, string path)
    {
        Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var nosniff) && nosniff.Single() == "nosniff", $"{path}: X-Content-Type-Options");
        Assert.True(response.Headers.TryGetValues("X-Frame-Options", out var frame) && frame.Single() == "DENY", $"{path}: X-Frame-Options");
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp) && csp.Single().Contains("script-src 'self'"), $"{path}: CSP");
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Yusuan.Web.Tests.Infrastructure;

namespace Yusuan.Web.Tests;

/// <summary>Who may read and write which unit budget through the API, checked on the server whatever id is asked for.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ApiAccessTests(PostgresCluster cluster)
{
    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task Each_role_reads_and_writes_only_what_it_may(string kind)
    {
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        var own = await factory.UnitBudgetIdAsync("801001");          // danwei's unit, 编制
        var sibling = await factory.UnitBudgetIdAsync("801002");      // same department, another unit
        var sibling3 = await factory.UnitBudgetIdAsync("801003");
        var elsewhere = await factory.UnitBudgetIdAsync("342601");    // another department of the demo region

        using var danwei = factory.ClientAs("danwei");
        var danweiToken = await danwei.AntiforgeryTokenAsync();
        var ownBudget = await danwei.UnitBudgetAsync(own);
        var version = ownBudget["version"]!.GetValue<int>();
        var record = (JsonObject)ownBudget["content"]!["expenditures"]![0]!.DeepClone();
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(danwei.GetAsync($"/api/unit-budgets/{sibling}")));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(danwei.GetAsync($"/api/unit-budgets/{elsewhere}")));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(danwei.PutRecordAsync(danweiToken, sibling, "expenditures", 1, 0, record)));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(danwei.PutRecordAsync(danweiToken, elsewhere, "expenditures", 1, 0, record)));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(danwei.PostRecordAsync(danweiToken, sibling, "expenditures", 0, record)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(danwei.GetAsync("/api/unit-budgets/999999")));

        using var bumen = factory.ClientAs("bumen");
        foreach (var id in new[] { own, sibling, sibling3 }) await bumen.UnitBudgetAsync(id);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(bumen.GetAsync($"/api/unit-budgets/{elsewhere}")));
        var bumenToken = await bumen.AntiforgeryTokenAsync();
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(bumen.PutRecordAsync(bumenToken, own, "expenditures", 1, version, record)));

        using var caizheng = factory.ClientAs("caizheng");
        foreach (var id in new[] { own, sibling, elsewhere }) await caizheng.UnitBudgetAsync(id);
        var caizhengToken = await caizheng.AntiforgeryTokenAsync();
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(caizheng.PutRecordAsync(caizhengToken, own, "expenditures", 1, version, record)));

        using var admin = factory.ClientAs("admin");
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(admin.GetAsync($"/api/unit-budgets/{own}")));
        var adminToken = await admin.AntiforgeryTokenAsync();
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(admin.PutRecordAsync(adminToken, own, "expenditures", 1, version, record)));

        using var anonymous = factory.ClientAs(null);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous.GetAsync($"/api/unit-budgets/{own}")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous.GetAsync("/api/antiforgery")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous.PutRecordAsync(null, own, "expenditures", 1, version, record)));
        // The same without the test scheme at all: the app's own cookie authentication answers 401, not a redirect.
        using var plain = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(plain.GetAsync($"/api/unit-budgets/{own}")));

        // Nothing of the refused writes reached the budget.
        Assert.Equal(version, (await danwei.UnitBudgetAsync(own))["version"]!.GetValue<int>());
    }

    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task A_write_needs_the_antiforgery_header_and_a_known_list(string kind)
    {
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        var own = await factory.UnitBudgetIdAsync("801001");
        using var danwei = factory.ClientAs("danwei");
        var budget = await danwei.UnitBudgetAsync(own);
        var version = budget["version"]!.GetValue<int>();
        var record = (JsonObject)budget["content"]!["expenditures"]![0]!.DeepClone();
        record["amount"] = 1m;

        // No header at all (the antiforgery cookie is not even set yet), then a header with a wrong token.
        using (var response = await danwei.PutRecordAsync(null, own, "expenditures", 1, version, record))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("X-CSRF-TOKEN", await response.Content.ReadAsStringAsync());
        }
        var token = await danwei.AntiforgeryTokenAsync();
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(danwei.PutRecordAsync(null, own, "expenditures", 1, version, record)));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(danwei.PutRecordAsync("not-a-token", own, "expenditures", 1, version, record)));
        // A token issued to another user is not danwei's.
        using var bumen = factory.ClientAs("bumen");
        var bumenToken = await bumen.AntiforgeryTokenAsync();
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(danwei.PutRecordAsync(bumenToken, own, "expenditures", 1, version, record)));

        using (var response = await danwei.PutRecordAsync(token, own, "bogus", 1, version, record))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("bogus", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(danwei.PostRecordAsync(token, own, "units", version, record)));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(danwei.PutRecordAsync(token, own, "expenditures", 9999, version, record)));
        Assert.Equal(version, (await danwei.UnitBudgetAsync(own))["version"]!.GetValue<int>());

        // With the header and a known list the same write goes through.
        using (var response = await danwei.PutRecordAsync(token, own, "expenditures", 1, version, record))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(version + 1, (await danwei.UnitBudgetAsync(own))["version"]!.GetValue<int>());
    }

    private static async Task<HttpStatusCode> StatusAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        return response.StatusCode;
    }
}

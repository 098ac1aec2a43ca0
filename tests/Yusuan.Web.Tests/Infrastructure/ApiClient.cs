using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yusuan.Web.Data;

namespace Yusuan.Web.Tests.Infrastructure;

/// <summary>The budget API as a script uses it: the antiforgery token once, then reads and record changes.</summary>
public static class ApiClient
{
    public const string TokenHeader = "X-CSRF-TOKEN";

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client)
    {
        var body = await client.GetFromJsonAsync<JsonObject>("/api/antiforgery") ?? throw new InvalidOperationException("no body");
        Assert.Equal(TokenHeader, body["header"]!.GetValue<string>());
        return body["token"]!.GetValue<string>();
    }

    public static async Task<JsonObject> UnitBudgetAsync(this HttpClient client, int id)
    {
        using var response = await client.GetAsync($"/api/unit-budgets/{id}");
        Assert.True(response.IsSuccessStatusCode, $"GET /api/unit-budgets/{id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonObject>() ?? throw new InvalidOperationException("no body");
    }

    public static Task<HttpResponseMessage> PutRecordAsync(this HttpClient client, string? token, int id, string list, int row, int version, JsonObject record) =>
        client.SendAsync(Request(HttpMethod.Put, $"/api/unit-budgets/{id}/records/{list}/{row}", token, version, record));

    public static Task<HttpResponseMessage> PostRecordAsync(this HttpClient client, string? token, int id, string list, int version, JsonObject record) =>
        client.SendAsync(Request(HttpMethod.Post, $"/api/unit-budgets/{id}/records/{list}", token, version, record));

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject ?? throw new InvalidOperationException("not a JSON object");

    /// <summary>The id of the unit budget of the unit with this code (unit codes are unique across the demo's samples).</summary>
    public static async Task<int> UnitBudgetIdAsync(this YusuanWebFactory factory, string unitCode)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<YusuanDb>();
        return await db.UnitBudgets.Where(b => b.Unit!.Code == unitCode).Select(b => b.Id).SingleAsync();
    }

    private static HttpRequestMessage Request(HttpMethod method, string url, string? token, int version, JsonObject record)
    {
        var request = new HttpRequestMessage(method, url)
        {
            Content = JsonContent.Create(new JsonObject { ["version"] = version, ["record"] = record.DeepClone() }),
        };
        if (token is not null) request.Headers.Add(TokenHeader, token);
        return request;
    }
}

using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using Yusuan.Web.Data;
using Yusuan.Web.Tests.Infrastructure;

namespace Yusuan.Web.Tests;

/// <summary>Optimistic concurrency through the HTTP API: many edits at once, none lost, each audited once; a stale version gets 409.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ConcurrentEditTests(PostgresCluster cluster, ITestOutputHelper output)
{
    private const int Edits = 50;
    private const string List = "expenditures";

    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task Fifty_concurrent_edits_are_all_kept_and_each_audited_once(string kind)
    {
        var setup = Stopwatch.StartNew();
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        using var client = factory.ClientAs("danwei");
        var id = await factory.UnitBudgetIdAsync("801001");
        var token = await client.AntiforgeryTokenAsync();
        output.WriteLine($"{kind}: app prepared in {setup.ElapsedMilliseconds} ms");

        // 50 rows, one per edit: the unit has fewer, so copies of its first row are added first (one at a time).
        var budget = await client.UnitBudgetAsync(id);
        var rows = Expenditures(budget);
        var version = budget["version"]!.GetValue<int>();
        while (rows.Count < Edits)
        {
            using var added = await client.PostRecordAsync(token, id, List, version, (JsonObject)rows[0]!.DeepClone());
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
            version = (await added.JsonAsync())["version"]!.GetValue<int>();
            rows.Add(rows[0]!.DeepClone());
        }
        budget = await client.UnitBudgetAsync(id);
        var original = Expenditures(budget).Select(r => (JsonObject)r!.DeepClone()).ToList();
        var startVersion = budget["version"]!.GetValue<int>();
        Assert.Equal(version, startVersion);
        Assert.Equal(Edits, original.Count);
        var lastAudit = await LastAuditIdAsync(factory);
        output.WriteLine($"{kind}: {Edits} rows ready at {setup.ElapsedMilliseconds} ms");

        // Each edit sets its own row's amount to a value no row has; all start together against the same version.
        static decimal AmountOf(int row) => 100000m + row + row / 100m;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();
        var edits = Enumerable.Range(1, Edits).Select(row => Task.Run(async () =>
        {
            await gate.Task;
            var record = (JsonObject)original[row - 1].DeepClone();
            record["amount"] = AmountOf(row);
            var seen = startVersion;
            for (var attempt = 1; ; attempt++)
            {
                using var response = await client.PutRecordAsync(token, id, List, row, seen, record);
                if (response.StatusCode == HttpStatusCode.OK)
                    return (Row: row, Attempts: attempt, Version: (await response.JsonAsync())["version"]!.GetValue<int>());
                Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"row {row}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                var conflict = await response.JsonAsync();
                Assert.True(conflict["currentVersion"]!.GetValue<int>() > seen);
                Assert.True(attempt < 10 * Edits, $"row {row} never got through");
                // A short random pause, as a person or a script would take, spreads the retries out: without it most
                // of the 50 collide again on every round and the test spends its time on refused saves.
                await Task.Delay(Random.Shared.Next(1, 8 * Math.Min(attempt, 8)));
                seen = (await client.UnitBudgetAsync(id))["version"]!.GetValue<int>();
            }
        })).ToList();
        gate.SetResult();
        var saves = await Task.WhenAll(edits);
        output.WriteLine($"{kind}: {Edits} edits in {clock.ElapsedMilliseconds} ms, {saves.Sum(s => s.Attempts)} attempts (most {saves.Max(s => s.Attempts)})");

        // Every save got its own version: they were serialised, one after another, none skipped.
        Assert.Equal(Enumerable.Range(startVersion + 1, Edits), saves.Select(s => s.Version).Order());

        var final = await client.UnitBudgetAsync(id);
        Assert.Equal(startVersion + Edits, final["version"]!.GetValue<int>());
        var finalRows = Expenditures(final);
        Assert.Equal(Edits, finalRows.Count);
        for (var row = 1; row <= Edits; row++)
        {
            var expected = (JsonObject)original[row - 1].DeepClone();
            expected["amount"] = AmountOf(row);
            Assert.True(JsonNode.DeepEquals(expected, finalRows[row - 1]), $"row {row}: {finalRows[row - 1]!.ToJsonString()}");
        }
        foreach (var other in new[] { "income", "projects", "procurement" })
            Assert.True(JsonNode.DeepEquals(budget["content"]![other], final["content"]![other]), other);

        // One audit entry per save, each the one field it changed, old → new, by danwei.
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<YusuanDb>();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Id > lastAudit).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(Edits, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.Equal("danwei", e.User);
            Assert.Equal("编辑", e.Action);
            Assert.Equal(id, e.UnitBudgetId);
        });
        var expectedChanges = Enumerable.Range(1, Edits)
            .Select(row => ($"{List} › 第 {row} 行 › amount", original[row - 1]["amount"]!.ToJsonString(), (string?)JsonValue.Create(AmountOf(row)).ToJsonString()))
            .OrderBy(c => c.Item1, StringComparer.Ordinal).ToList();
        var actualChanges = entries.Select(e => (e.Field!, e.OldValue!, e.NewValue)).OrderBy(c => c.Item1, StringComparer.Ordinal).ToList();
        Assert.Equal(expectedChanges, actualChanges);
    }

    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task A_stale_version_gets_409_with_both_values_and_changes_nothing(string kind)
    {
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        using var client = factory.ClientAs("danwei");
        var id = await factory.UnitBudgetIdAsync("801001");
        var token = await client.AntiforgeryTokenAsync();
        var budget = await client.UnitBudgetAsync(id);
        var version = budget["version"]!.GetValue<int>();
        var row = (JsonObject)Expenditures(budget)[2]!.DeepClone();

        var mine = (JsonObject)row.DeepClone();
        mine["amount"] = 111.11m;
        using (var first = await client.PutRecordAsync(token, id, List, 3, version, mine))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var lastAudit = await LastAuditIdAsync(factory);

        // A second client that still holds the old version.
        var theirs = (JsonObject)row.DeepClone();
        theirs["amount"] = 222.22m;
        using var stale = await client.PutRecordAsync(token, id, List, 3, version, theirs);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var body = await stale.JsonAsync();
        Assert.Equal(version + 1, body["currentVersion"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(mine, body["current"]), body["current"]?.ToJsonString());
        Assert.True(JsonNode.DeepEquals(theirs, body["yours"]), body["yours"]?.ToJsonString());
        Assert.False(string.IsNullOrWhiteSpace(body["message"]?.GetValue<string>()));

        var after = await client.UnitBudgetAsync(id);
        Assert.Equal(version + 1, after["version"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(mine, Expenditures(after)[2]));
        Assert.Equal(lastAudit, await LastAuditIdAsync(factory));
    }

    private static JsonArray Expenditures(JsonObject budget) => budget["content"]![List]!.AsArray();

    private static async Task<long> LastAuditIdAsync(YusuanWebFactory factory)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<YusuanDb>();
        return await db.AuditEntries.MaxAsync(e => e.Id);
    }
}

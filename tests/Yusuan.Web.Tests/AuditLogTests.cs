using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Yusuan.Web.Data;
using Yusuan.Web.Tests.Infrastructure;

namespace Yusuan.Web.Tests;

/// <summary>The audit log is append-only twice over: the database's triggers (migration AuditAppendOnly) and YusuanDb's SaveChanges guard.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AuditLogTests(PostgresCluster cluster)
{
    private const string Refusal = "审计日志只能追加";

    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task Database_refuses_update_and_delete_of_an_audit_entry(string kind)
    {
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<YusuanDb>();
        var entry = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).FirstAsync();
        var count = await db.AuditEntries.CountAsync();

        AssertRefused(kind, () => db.Database.ExecuteSqlRaw("""UPDATE "AuditEntries" SET "User" = 'mallory' WHERE "Id" = {0}""", entry.Id));
        AssertRefused(kind, () => db.Database.ExecuteSqlRaw("""DELETE FROM "AuditEntries" WHERE "Id" = {0}""", entry.Id));
        AssertRefused(kind, () => db.Database.ExecuteSqlRaw("""DELETE FROM "AuditEntries" """));
        // Bulk operations bypass SaveChanges (and so YusuanDb's guard): the trigger still stands.
        await AssertRefusedAsync(kind, () => db.AuditEntries.Where(e => e.Id == entry.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Reason, "改写")));
        await AssertRefusedAsync(kind, () => db.AuditEntries.ExecuteDeleteAsync());
        if (kind == "postgres") AssertRefused(kind, () => db.Database.ExecuteSqlRaw("""TRUNCATE "AuditEntries" """));

        var after = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id);
        Assert.Equal((entry.User, entry.Action, entry.Field, entry.NewValue, entry.Reason), (after.User, after.Action, after.Field, after.NewValue, after.Reason));
        Assert.Equal(count, await db.AuditEntries.CountAsync());

        // Appending still works, through EF and through SQL.
        db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, User = "test", Action = "管理", Reason = "追加" });
        await db.SaveChangesAsync();
        Assert.Equal(count + 1, await db.AuditEntries.CountAsync());
    }

    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task SaveChanges_refuses_a_modified_or_removed_audit_entry(string kind)
    {
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<YusuanDb>();
            var entry = await db.AuditEntries.OrderBy(e => e.Id).FirstAsync();
            entry.Reason = "事后补写";
            var sync = Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
            Assert.Contains("审计日志只能追加", sync.Message);
            var async = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("审计日志只能追加", async.Message);

            db.Entry(entry).State = EntityState.Unchanged;
            db.AuditEntries.Remove(entry);
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(acceptAllChangesOnSuccess: false));
        }
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<YusuanDb>();
            var entry = await db.AuditEntries.OrderBy(e => e.Id).FirstAsync();
            Assert.Null(entry.Reason);
        }
    }

    private static void AssertRefused(string kind, Action action) => Check(kind, Record.Exception(action));

    private static async Task AssertRefusedAsync(string kind, Func<Task> action) => Check(kind, await Record.ExceptionAsync(action));

    private static void Check(string kind, Exception? exception)
    {
        Assert.NotNull(exception);
        var root = exception is DbUpdateException { InnerException: { } inner } ? inner : exception;
        if (kind == "sqlite") Assert.IsType<SqliteException>(root);
        else Assert.IsType<PostgresException>(root);
        Assert.Contains(Refusal, root.Message);
    }
}

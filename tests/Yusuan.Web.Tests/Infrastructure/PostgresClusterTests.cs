using Npgsql;
using Xunit.Abstractions;

namespace Yusuan.Web.Tests.Infrastructure;

[Collection(PostgresCollection.Name)]
public sealed class PostgresClusterTests(PostgresCluster cluster, ITestOutputHelper output)
{
    [PostgresFact]
    public async Task Two_databases_are_distinct_and_each_stores_rows()
    {
        output.WriteLine($"shared cluster started in {cluster.StartupTime.TotalMilliseconds:0} ms at {cluster.SocketDirectory}");
        var first = await cluster.CreateDatabaseAsync("first");
        var second = await cluster.CreateDatabaseAsync("first");

        Assert.NotEqual(DatabaseName(first), DatabaseName(second));
        await using (var a = await OpenAsync(first))
        {
            await ExecuteAsync(a, "CREATE TABLE budget (id int PRIMARY KEY, name text NOT NULL)");
            await ExecuteAsync(a, "INSERT INTO budget VALUES (1, '一般公共预算')");
            Assert.Equal("一般公共预算", await ScalarAsync(a, "SELECT name FROM budget WHERE id = 1"));
        }
        await using (var b = await OpenAsync(second))
        {
            // The first database's table is not visible here: the same name can be created afresh.
            Assert.Equal(0L, await ScalarAsync(b, "SELECT count(*) FROM pg_tables WHERE tablename = 'budget'"));
            await ExecuteAsync(b, "CREATE TABLE budget (id int PRIMARY KEY, name text NOT NULL)");
            await ExecuteAsync(b, "INSERT INTO budget VALUES (1, '政府性基金预算'), (2, '国有资本经营预算')");
            Assert.Equal(2L, await ScalarAsync(b, "SELECT count(*) FROM budget"));
        }
        await using (var a = await OpenAsync(first))
            Assert.Equal(1L, await ScalarAsync(a, "SELECT count(*) FROM budget"));
    }

    [PostgresFact]
    public async Task Connection_string_names_the_socket_folder_and_a_utf8_database()
    {
        var connectionString = await cluster.CreateDatabaseAsync("Web Tests!");
        var builder = new NpgsqlConnectionStringBuilder(connectionString);

        Assert.Equal(cluster.SocketDirectory, builder.Host);
        Assert.Equal(cluster.Port, builder.Port);
        Assert.Equal("yusuan", builder.Username);
        Assert.True(builder.Pooling);
        Assert.StartsWith("webtests_", builder.Database);
        Assert.True(File.Exists(Path.Combine(cluster.SocketDirectory, $".s.PGSQL.{cluster.Port}")));

        // A data source is how EF Core's Npgsql provider will use it.
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT current_database(), current_user, pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(builder.Database, reader.GetString(0));
        Assert.Equal("yusuan", reader.GetString(1));
        Assert.Equal("UTF8", reader.GetString(2));
    }

    [PostgresFact]
    public async Task The_server_listens_on_no_TCP_address()
    {
        await using var connection = await OpenAsync(await cluster.CreateDatabaseAsync("listen"));
        Assert.Equal("", await ScalarAsync(connection, "SHOW listen_addresses"));
        Assert.Equal("off", await ScalarAsync(connection, "SHOW fsync"));
    }

    [PostgresFact]
    public async Task Dispose_stops_the_server_and_deletes_the_folder()
    {
        // A cluster of its own: disposing the shared one would break the other tests.
        var own = await PostgresCluster.StartAsync();
        output.WriteLine($"own cluster started in {own.StartupTime.TotalMilliseconds:0} ms");
        var folder = own.SocketDirectory;
        var connectionString = await own.CreateDatabaseAsync("disposed");
        await using (var connection = await OpenAsync(connectionString))
            Assert.Equal(1, await ScalarAsync(connection, "SELECT 1"));
        var postmaster = int.Parse(File.ReadLines(Path.Combine(folder, "data", "postmaster.pid")).First());
        Assert.True(PostgresCluster.IsRunning(postmaster));

        own.Dispose();

        Assert.False(Directory.Exists(folder));
        Assert.False(PostgresCluster.IsRunning(postmaster), $"postmaster {postmaster} still runs");
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => OpenAsync(connectionString));
        own.Dispose(); // twice is harmless: xunit calls both DisposeAsync and Dispose on a fixture
    }

    [Fact]
    public void Binaries_are_found_or_the_reason_says_what_to_install()
    {
        if (PostgresCluster.Available)
        {
            Assert.Null(PostgresCluster.UnavailableReason);
            Assert.True(File.Exists(Path.Combine(PostgresCluster.BinDirectory, "initdb")));
        }
        else
        {
            Assert.Contains(".ci/setup", PostgresCluster.UnavailableReason);
            Assert.Contains("postgresql", PostgresCluster.UnavailableReason);
            Assert.Equal(PostgresCluster.Required ? null : PostgresCluster.UnavailableReason, PostgresCluster.SkipReason);
        }
    }

    private static string DatabaseName(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}

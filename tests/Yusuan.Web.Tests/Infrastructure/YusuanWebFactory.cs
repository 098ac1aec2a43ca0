using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Yusuan.Web.Data;
using Yusuan.Web.Demo;

namespace Yusuan.Web.Tests.Infrastructure;

/// <summary>
/// The web app over a database of its own: "sqlite" (a temp folder per factory holding the SQLite file and the demo
/// accounts) or "postgres" (a fresh database in the run's <see cref="PostgresCluster"/>). <see cref="CreateAsync"/>
/// also migrates and seeds the demo, which Program.cs does after Build() and WebApplicationFactory never reaches.
/// </summary>
public sealed partial class YusuanWebFactory : WebApplicationFactory<Program>
{
    private WebApplicationFactory<Program>? _testAuthentication;

    private YusuanWebFactory(string kind, string dataFolder, string? connectionString)
    {
        Kind = kind;
        DataFolder = dataFolder;
        ConnectionString = connectionString;
    }

    /// <summary>sqlite or postgres.</summary>
    public string Kind { get; }
    public string DataFolder { get; }
    /// <summary>The PostgreSQL connection string; null for SQLite (the app puts yusuan.db in <see cref="DataFolder"/>).</summary>
    public string? ConnectionString { get; }
    public IReadOnlyList<DemoAccount> Accounts { get; private set; } = [];

    public static string RepositoryRoot { get; } = FindRepositoryRoot();
    public static string SamplesFolder => Path.Combine(RepositoryRoot, "samples");

    /// <summary>A factory over a new database, migrated and seeded with the demo region.</summary>
    public static async Task<YusuanWebFactory> CreateAsync(string kind, PostgresCluster? cluster)
    {
        var folder = Path.Combine(Path.GetTempPath(), "yusuan-web-" + Guid.NewGuid().ToString("N")[..12]);
        string? connectionString = kind switch
        {
            "sqlite" => null,
            "postgres" => await (cluster ?? throw new ArgumentNullException(nameof(cluster))).CreateDatabaseAsync("web"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "sqlite or postgres"),
        };
        Directory.CreateDirectory(folder);
        var factory = new YusuanWebFactory(kind, folder, connectionString);
        try
        {
            // Program.cs's own PrepareAsync does run under WebApplicationFactory (the entry point goes on past Build()
            // until RunAsync starts the test server), so this second call finds the database migrated and the demo
            // seeded and changes nothing; it stays so the fixture does not depend on what Program.cs does after Build().
            await YusuanApp.PrepareAsync(factory.Services);
            factory.Accounts = JsonSerializer.Deserialize<List<DemoAccount>>(await File.ReadAllTextAsync(Path.Combine(folder, "demo-accounts.json")))
                ?? throw new InvalidOperationException("demo-accounts.json is empty");
            return factory;
        }
        catch
        {
            try { await factory.DisposeAsync(); }
            catch (Exception) { } // the first failure is the one to report
            throw;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting, not ConfigureAppConfiguration: YusuanApp.Build reads Yusuan:* before Build(), and only host
        // settings (passed to the app as arguments) are in place that early.
        builder.UseSetting("Yusuan:Database", Kind);
        builder.UseSetting("Yusuan:DataFolder", DataFolder);
        builder.UseSetting("Yusuan:Demo", "true");
        builder.UseSetting("Yusuan:SamplesFolder", SamplesFolder);
        if (ConnectionString is not null) builder.UseSetting("ConnectionStrings:Yusuan", ConnectionString);
        // Every EF command and request at Information would bury a failing test's own output.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // EF logs as an error each command the tests expect to fail (the audit triggers; the migrations history probe on a
        // new database); the exception reaches the test anyway.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None");
        // Development (WebApplicationFactory's default) also validates the app's DI scopes on build.
    }

    /// <summary>The same app and database with the test-only <see cref="TestAuthenticationHandler"/> (X-Test-User) added.</summary>
    public WebApplicationFactory<Program> WithTestAuthentication() =>
        _testAuthentication ??= WithWebHostBuilder(b => b.ConfigureTestServices(TestAuthenticationHandler.Register));

    /// <summary>A client signed in as <paramref name="userName"/> through the test scheme (null: anonymous); it keeps cookies.</summary>
    public HttpClient ClientAs(string? userName)
    {
        var client = WithTestAuthentication().CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (userName is not null) client.DefaultRequestHeaders.Add(TestAuthenticationHandler.Header, userName);
        return client;
    }

    public DemoAccount Account(string userName) => Accounts.Single(a => a.UserName == userName);

    /// <summary>
    /// A client signed in as a demo account the way a person is: GET /login for the antiforgery token, POST the form,
    /// keep the auth cookie.
    /// TODO: starts working once the lead's Razor Page /login (form fields UserName, Password and the antiforgery token)
    /// is on this branch; until then tests use <see cref="ClientAs"/>.
    /// </summary>
    public async Task<HttpClient> LoginAsync(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/login");
        var input = AntiforgeryInput().Match(page);
        var token = input.Success ? InputValue().Match(input.Value) : Match.Empty;
        if (!token.Success) throw new InvalidOperationException("/login has no __RequestVerificationToken field");
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = Account(userName).Password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        var response = await client.PostAsync("/login", form);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found))
            throw new InvalidOperationException($"login as {userName} answered {(int)response.StatusCode}, not a redirect");
        if (!response.Headers.TryGetValues("Set-Cookie", out var cookies) || !cookies.Any(c => c.StartsWith("yusuan=", StringComparison.Ordinal)))
            throw new InvalidOperationException($"login as {userName} set no yusuan cookie");
        return client;
    }

    /// <summary>A new DI scope of the app (its YusuanDb, services); dispose it.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public override async ValueTask DisposeAsync()
    {
        try
        {
            // A host that failed to start (CreateAsync's catch) may throw again here: the folder goes all the same.
            await base.DisposeAsync();
        }
        finally
        {
            if (ConnectionString is not null)
            {
                // This database's idle connections would otherwise count against the cluster's max_connections for minutes.
                await using var connection = new NpgsqlConnection(ConnectionString);
                NpgsqlConnection.ClearPool(connection);
            }
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(DataFolder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*>""")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex InputValue();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Yusuan.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Yusuan.sln above {AppContext.BaseDirectory}");
    }
}

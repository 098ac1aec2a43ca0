using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Yusuan.Web.Browser.Tests.Infrastructure;

/// <summary>
/// The real app (YusuanApp.Build, as Program.cs runs it) with the demo region, on Kestrel at a free loopback port, its
/// data in a temp folder that is deleted on dispose.
/// </summary>
public sealed class YusuanServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private YusuanServer(WebApplication app, string dataFolder, string baseUrl)
    {
        _app = app;
        DataFolder = dataFolder;
        BaseUrl = baseUrl;
    }

    public string DataFolder { get; }

    /// <summary>http://127.0.0.1:NNNNN, without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>Starts the app; <paramref name="extra"/> are more command-line settings (e.g. the database).</summary>
    public static async Task<YusuanServer> StartAsync(params string[] extra)
    {
        var data = Path.Combine(Path.GetTempPath(), "yusuan-browser-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(data);
        string[] args =
        [
            "--demo", "--urls", "http://127.0.0.1:0",
            $"--Yusuan:DataFolder={data}",
            $"--Yusuan:SamplesFolder={Path.Combine(RepositoryRoot, "samples")}",
            // The test host is the entry assembly: the Razor pages are found through the app's own name.
            "--applicationName=Yusuan.Web",
            "--Logging:LogLevel:Default=Warning",
            .. extra,
        ];
        var app = YusuanApp.Build(args);
        try
        {
            await YusuanApp.PrepareAsync(app.Services);
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            DeleteFolder(data);
            throw;
        }
        return new YusuanServer(app, data, app.Urls.Single().TrimEnd('/'));
    }

    /// <summary>The folder holding Yusuan.sln, found by walking up from the test's bin folder.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Yusuan.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Yusuan.sln above {AppContext.BaseDirectory}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        DeleteFolder(DataFolder);
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open: the temp folder is left behind, which does no harm
        }
    }
}

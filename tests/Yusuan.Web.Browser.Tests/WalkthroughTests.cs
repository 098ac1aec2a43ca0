using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Yusuan.Web.Browser.Tests.Infrastructure;
using Yusuan.Web.Tests.Infrastructure;

// One app and one Chromium at a time: the machine has two cores, and the timings in the log stay meaningful.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Yusuan.Web.Browser.Tests;

/// <summary>The walkthrough on SQLite (a temp folder); its screenshots are also copied to /tmp/yusuan-screens for a look.</summary>
public sealed class SqliteWalkthroughTests(ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Clerk_department_and_bureau_take_a_budget_from_upload_to_the_public_PDF()
    {
        var clock = Stopwatch.StartNew();
        await using var server = await YusuanServer.StartAsync();
        output.WriteLine($"app started on {server.BaseUrl} in {clock.Elapsed.TotalSeconds:0.0} s");
        var folder = WalkthroughRun.ScreenshotFolder("sqlite");
        await WalkthroughRun.RunAsync(server.BaseUrl, folder, output);
        WalkthroughRun.CopyScreenshots(folder, "/tmp/yusuan-screens");
        output.WriteLine($"total {clock.Elapsed.TotalSeconds:0.0} s");
    }
}

/// <summary>The same walkthrough on PostgreSQL (a throw-away cluster and database).</summary>
public sealed class PostgresWalkthroughTests(ITestOutputHelper output)
{
    [BrowserPostgresFact]
    public async Task Clerk_department_and_bureau_take_a_budget_from_upload_to_the_public_PDF()
    {
        var clock = Stopwatch.StartNew();
        using var cluster = await PostgresCluster.StartAsync();
        var cs = await cluster.CreateDatabaseAsync("browser");
        output.WriteLine($"PostgreSQL cluster started in {cluster.StartupTime.TotalSeconds:0.0} s");
        await using (var server = await YusuanServer.StartAsync("--Yusuan:Database=postgres", $"--ConnectionStrings:Yusuan={cs}"))
        {
            output.WriteLine($"app started on {server.BaseUrl} in {clock.Elapsed.TotalSeconds:0.0} s");
            await WalkthroughRun.RunAsync(server.BaseUrl, WalkthroughRun.ScreenshotFolder("postgres"), output);
        }
        output.WriteLine($"total {clock.Elapsed.TotalSeconds:0.0} s");
    }
}

internal static class WalkthroughRun
{
    /// <summary>screenshots/&lt;database&gt;/ under the test's output folder.</summary>
    public static string ScreenshotFolder(string database) => Path.Combine(AppContext.BaseDirectory, "screenshots", database);

    public static async Task RunAsync(string baseUrl, string screenshots, ITestOutputHelper output)
    {
        if (Tools.ChromiumMissing is { } missing) Assert.Fail(missing + " (YUSUAN_REQUIRE_TOOLS=1)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Tools.Chromium, Headless = true });
        await new Walkthrough(browser, baseUrl, screenshots, output).RunAsync();
        output.WriteLine($"screenshots in {screenshots}");
    }

    public static void CopyScreenshots(string from, string to)
    {
        if (Directory.Exists(to)) Directory.Delete(to, recursive: true);
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*.png")) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}

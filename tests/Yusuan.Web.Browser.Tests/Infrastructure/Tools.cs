using Yusuan.Web.Tests.Infrastructure;

namespace Yusuan.Web.Browser.Tests.Infrastructure;

/// <summary>What the browser tests need from the machine: Debian's Chromium, and PostgreSQL for the postgres run.</summary>
public static class Tools
{
    /// <summary>Debian's Chromium (apt-get install chromium); Playwright drives it instead of a downloaded browser.</summary>
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>True when YUSUAN_REQUIRE_TOOLS=1 (set by .ci/run): a missing tool then fails the test instead of skipping it.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("YUSUAN_REQUIRE_TOOLS") == "1";

    /// <summary>Why the browser tests cannot run here, or null.</summary>
    public static string? ChromiumMissing => File.Exists(Chromium)
        ? null
        : $"Chromium not found at {Chromium}: bash .ci/setup installs it (Debian package chromium)";

    public static string? BrowserSkipReason => Required ? null : ChromiumMissing;

    public static string? PostgresSkipReason => Required ? null : ChromiumMissing ?? PostgresCluster.UnavailableReason;
}

/// <summary>A browser test: skipped without Chromium, unless YUSUAN_REQUIRE_TOOLS=1, where it runs and fails.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Tools.BrowserSkipReason;
}

/// <summary>A browser test on PostgreSQL: skipped without Chromium or PostgreSQL, unless YUSUAN_REQUIRE_TOOLS=1.</summary>
public sealed class BrowserPostgresFactAttribute : FactAttribute
{
    public BrowserPostgresFactAttribute() => Skip = Tools.PostgresSkipReason;
}

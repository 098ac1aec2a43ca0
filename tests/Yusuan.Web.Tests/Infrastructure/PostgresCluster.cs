using System.Diagnostics;
using System.Text;
using Npgsql;

namespace Yusuan.Web.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL cluster for the tests: initdb into a temp folder, a postmaster reachable only through a Unix
/// socket in that folder, stopped and deleted on dispose. Tests never depend on a server that must already run, so a
/// developer's machine and CI behave the same. Use it as the <c>postgres</c> collection fixture (one cluster per test
/// run) and give each test class its own database with <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime, IDisposable
{
    // The socket lives in our own folder, so this number only names the socket file and cannot clash with any other
    // cluster on the machine, whatever port that one uses.
    private const int DefaultPort = 55432;
    private const string FolderPrefix = "yusuan-pg-";
    private const string User = "yusuan";
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(120);

    private static readonly Lazy<(string? BinDirectory, string? Reason)> Binaries = new(LocateBinaries);
    private static int _databaseCounter;

    private readonly object _gate = new();
    private Process? _watchdog;
    private bool _started;
    private bool _disposed;

    /// <summary>True when YUSUAN_REQUIRE_TOOLS=1 (set by .ci/run): a missing PostgreSQL then fails the tests instead of skipping them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("YUSUAN_REQUIRE_TOOLS") == "1";

    /// <summary>True when the PostgreSQL binaries (initdb, pg_ctl) were found.</summary>
    public static bool Available => Binaries.Value.BinDirectory is not null;

    /// <summary>Why the binaries are missing, with the package to install; null when <see cref="Available"/>.</summary>
    public static string? UnavailableReason => Binaries.Value.Reason;

    /// <summary>The reason to skip a PostgreSQL test, or null to run it: never skipped when <see cref="Required"/>.</summary>
    public static string? SkipReason => Required ? null : UnavailableReason;

    /// <summary>The folder holding initdb and pg_ctl; throws, saying what to install, when there is none.</summary>
    public static string BinDirectory =>
        Binaries.Value.BinDirectory ?? throw new InvalidOperationException(Binaries.Value.Reason);

    /// <summary>The cluster's own temp folder (data, log, socket); null before <see cref="InitializeAsync"/>.</summary>
    public string? RootDirectory { get; private set; }

    /// <summary>The folder of the Unix socket, which Npgsql takes as Host.</summary>
    public string SocketDirectory => RootDirectory ?? throw new InvalidOperationException("the cluster is not started");

    public int Port { get; } = DefaultPort;

    /// <summary>Time initdb plus pg_ctl start took, for the test log.</summary>
    public TimeSpan StartupTime { get; private set; }

    private string DataDirectory => Path.Combine(SocketDirectory, "data");

    /// <summary>Starts a cluster outside xunit's fixture machinery (e.g. a test of its own dispose).</summary>
    public static async Task<PostgresCluster> StartAsync()
    {
        var cluster = new PostgresCluster();
        try
        {
            await cluster.StartCoreAsync();
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>
    /// xunit's fixture start. Where PostgreSQL is missing and not required the tests are skipped (see
    /// <see cref="PostgresFactAttribute"/>), so starting nothing keeps the collection's other tests running.
    /// </summary>
    public Task InitializeAsync() => SkipReason is not null ? Task.CompletedTask : StartCoreAsync();

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The connection string of <paramref name="database"/> in this cluster.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = SocketDirectory,
        Port = Port,
        Username = User,
        Database = database,
        Pooling = true,
    }.ConnectionString;

    /// <summary>Creates an empty UTF-8 database with a name no other call returns and gives its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? prefix = null)
    {
        if (!_started) throw new InvalidOperationException(SkipReason ?? "the PostgreSQL cluster is not started");
        var name = UniqueName(prefix);
        // Not pooled: the admin connection is used once per database and must not keep "postgres" busy.
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        // template0 rather than template1: a clean copy whose encoding can be chosen, and no clash with concurrent use of template1.
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
        }
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        // Pooled connections would otherwise be handed out broken once the server is gone.
        NpgsqlConnection.ClearAllPools();
        if (RootDirectory is not null) StopAndDelete(RootDirectory);
        try
        {
            if (_watchdog is { HasExited: false }) _watchdog.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it ended on its own between the check and the kill
        }
        _watchdog?.Dispose();
    }

    private async Task StartCoreAsync()
    {
        lock (_gate)
        {
            if (_started || _disposed) throw new InvalidOperationException("a PostgresCluster starts once");
            _started = true;
        }
        var bin = BinDirectory;
        SweepAbandonedClusters(bin);

        var clock = Stopwatch.StartNew();
        var root = CreateFolder();
        RootDirectory = root;
        // initdb refuses root, so as root the cluster is run by the postgres user, who must be able to write here.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(root, (UnixFileMode)0b111_111_111);
        File.WriteAllText(Path.Combine(root, "owner.pid"), Environment.ProcessId.ToString());
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;

        // An explicit encoding and locale: the default follows the environment and could be SQL_ASCII, and the budgets are Chinese.
        await RunAsync(Path.Combine(bin, "initdb"),
            ["-D", DataDirectory, "-A", "trust", "-U", User, "-E", "UTF8", "--locale=C", "--no-sync"], root);
        var log = Path.Combine(root, "postgres.log");
        var options = $"-k '{root}' -p {Port} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        try
        {
            await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", DataDirectory, "-l", log, "-w", "-t", "60", "-o", options, "start"], root);
        }
        catch (InvalidOperationException e)
        {
            var tail = File.Exists(log) ? File.ReadAllText(log) : "(no server log)";
            throw new InvalidOperationException($"{e.Message}\nserver log:\n{tail}", e);
        }
        StartupTime = clock.Elapsed;
        _watchdog = StartWatchdog(bin, root);
    }

    // ProcessExit runs when the test host ends without disposing the fixture (e.g. a run cancelled from the IDE).
    private void OnProcessExit(object? sender, EventArgs e) => Dispose();

    /// <summary>
    /// A shell that outlives a crashed or killed test host: once this process is gone it stops the postmaster (which
    /// pg_ctl detached, so nothing else would end it) and deletes the folder.
    /// </summary>
    private Process? StartWatchdog(string bin, string root)
    {
        var stop = AsClusterUser(Path.Combine(bin, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        var script = "exec </dev/null >/dev/null 2>&1\n"
            + $"while kill -0 {Environment.ProcessId}; do sleep 1; done\n"
            + $"{ShellQuote(stop.File)} {string.Join(' ', stop.Arguments.Select(ShellQuote))}\n"
            + $"rm -rf {ShellQuote(root)}\n";
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = "/" };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        try
        {
            return Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no /bin/sh: the ProcessExit handler and the next run's sweep still clean up
        }
    }

    /// <summary>Stops and deletes clusters left by earlier runs whose test host died before its watchdog could act.</summary>
    private static void SweepAbandonedClusters(string bin)
    {
        foreach (var folder in Directory.EnumerateDirectories(TempRoot(), FolderPrefix + "*"))
        {
            try
            {
                var owner = File.ReadAllText(Path.Combine(folder, "owner.pid")).Trim();
                if (!int.TryParse(owner, out var pid) || IsRunning(pid)) continue;
                var data = Path.Combine(folder, "data");
                if (File.Exists(Path.Combine(data, "postmaster.pid")))
                {
                    var (file, arguments) = AsClusterUser(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
                    Run(file, arguments, folder, throwOnFailure: false);
                }
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // another run's folder being created or removed right now: not ours to fight over
            }
        }
    }

    private void StopAndDelete(string root)
    {
        var data = Path.Combine(root, "data");
        var pidFile = Path.Combine(data, "postmaster.pid");
        if (File.Exists(pidFile))
        {
            var postmaster = int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) ? pid : 0;
            // immediate: the data is thrown away anyway, so no checkpoint is worth waiting for.
            var (file, arguments) = AsClusterUser(Path.Combine(BinDirectory, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
            Run(file, arguments, root, throwOnFailure: false);
            // pg_ctl returns once postmaster.pid is gone, a moment before the process itself: wait, so that after
            // dispose no postmaster runs (a test checks it).
            var deadline = Stopwatch.StartNew();
            while (postmaster > 0 && IsRunning(postmaster) && deadline.Elapsed < TimeSpan.FromSeconds(10)) Thread.Sleep(20);
        }
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>Whether a process exists and is not a zombie waiting for init to reap it.</summary>
    public static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault();
            return state is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string UniqueName(string? prefix)
    {
        var clean = new StringBuilder();
        foreach (var c in (prefix ?? "test").ToLowerInvariant())
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_') clean.Append(c);
        if (clean.Length == 0 || char.IsDigit(clean[0])) clean.Insert(0, "db_");
        if (clean.Length > 40) clean.Length = 40; // identifiers stop at 63 bytes
        // The counter alone keeps names apart within a run; the random part keeps one run's names from matching another's in logs.
        return $"{clean}_{Interlocked.Increment(ref _databaseCounter)}_{Guid.NewGuid().ToString("N")[..12]}";
    }

    private static (string? BinDirectory, string? Reason) LocateBinaries()
    {
        var overridden = Environment.GetEnvironmentVariable("YUSUAN_PG_BIN");
        if (!string.IsNullOrEmpty(overridden))
            return HasTools(overridden)
                ? (overridden, null)
                : (null, $"YUSUAN_PG_BIN={overridden} has no initdb and pg_ctl; point it at a PostgreSQL bin folder, or unset it to use the one bash .ci/setup installs (Debian package postgresql)");

        // Debian keeps the server binaries off PATH, one folder per major version: take the newest.
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var newest = Directory.EnumerateDirectories(debian)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: double.TryParse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(x => HasTools(x.Dir))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Dir)
                .FirstOrDefault();
            if (newest is not null) return (newest, null);
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            if (HasTools(dir)) return (dir, null);

        return (null, $"PostgreSQL not found (no initdb in /usr/lib/postgresql/*/bin or on PATH, and YUSUAN_PG_BIN unset): bash .ci/setup installs it (Debian package postgresql)");
    }

    private static bool HasTools(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

    private static string CreateFolder()
    {
        while (true)
        {
            var path = Path.Combine(TempRoot(), FolderPrefix + Path.GetRandomFileName().Replace(".", ""));
            if (Directory.Exists(path)) continue;
            Directory.CreateDirectory(path);
            return path;
        }
    }

    // As root the folder must be reachable by the postgres user, which a TMPDIR under /root is not; /tmp always is.
    private static string TempRoot() => IsRoot ? "/tmp" : Path.GetTempPath();

    // .NET reads the name of the effective uid from the password database, so this is uid 0 without interop.
    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>initdb refuses root, so as root a PostgreSQL tool runs as the postgres user the Debian package creates.</summary>
    private static (string File, IReadOnlyList<string> Arguments) AsClusterUser(string tool, IReadOnlyList<string> arguments)
    {
        if (!IsRoot) return (tool, arguments);
        var runuser = new[] { "/usr/sbin/runuser", "/sbin/runuser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("running as root needs runuser (util-linux) to start PostgreSQL as the postgres user");
        return (runuser, ["-u", "postgres", "--", tool, .. arguments]);
    }

    private static Task RunAsync(string tool, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var (file, args) = AsClusterUser(tool, arguments);
        return Task.Run(() => Run(file, args, workingDirectory, throwOnFailure: true));
    }

    private static void Run(string file, IReadOnlyList<string> arguments, string workingDirectory, bool throwOnFailure)
    {
        // The working directory matters: the postgres user may not be allowed into the test host's own folder.
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ToolTimeout))
        {
            process.Kill(entireProcessTree: true);
            if (throwOnFailure) throw new TimeoutException($"{Describe(file, arguments)} took longer than {ToolTimeout.TotalSeconds:0} s");
            return;
        }
        process.WaitForExit();
        if (process.ExitCode != 0 && throwOnFailure)
            throw new InvalidOperationException($"{Describe(file, arguments)} exited with {process.ExitCode}:\n{stdout.Result}{stderr.Result}");
    }

    private static string Describe(string file, IReadOnlyList<string> arguments) =>
        string.Join(' ', arguments.Prepend(file).Select(ShellQuote));

    private static string ShellQuote(string s) =>
        s.Length > 0 && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.' or '=')
            ? s
            : "'" + s.Replace("'", "'\\''") + "'";
}

/// <summary>
/// A fact that needs PostgreSQL: skipped, saying what to install, where the binaries are missing — unless
/// YUSUAN_REQUIRE_TOOLS=1 (set by .ci/run after .ci/setup installed them), where it runs and fails.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresCluster.SkipReason;
}

/// <summary>The theory counterpart of <see cref="PostgresFactAttribute"/>.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute() => Skip = PostgresCluster.SkipReason;
}

/// <summary>One cluster for every test class in the <c>postgres</c> collection; each class creates its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "postgres";
}

using System.Runtime.CompilerServices;

// The tests run the command in-process; BudgetReader.Readers (the xlsx reader registers itself there) and the
// temp folders are shared, so the tests of this assembly run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Yusuan.Cli.Tests;

/// <summary>What one run of the command printed and returned.</summary>
internal sealed record CliResult(int Code, string Out, string Err)
{
    public override string ToString() => $"exit {Code}\n--- stdout ---\n{Out}\n--- stderr ---\n{Err}";
}

/// <summary>Runs <c>yusuan</c> in-process through <see cref="YusuanCommand.Run"/> with captured writers.</summary>
internal static class Cli
{
    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = YusuanCommand.Run(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    public static string SampleJson(string name) => Path.Combine(Sample(name), "budget.json");

    // The test binaries may live outside the repository (--artifacts-path): look above them, the working
    // directory and this source file.
    private static string FindRoot()
    {
        string[] starts = [AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(ThisFile()) ?? ""];
        foreach (var start in starts.Where(s => s.Length > 0))
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Yusuan.sln"))) return dir.FullName;
        throw new InvalidOperationException("Yusuan.sln not found above " + string.Join("; ", starts));
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}

/// <summary>A temporary folder per test, deleted afterwards.</summary>
public abstract class TempDirTest : IDisposable
{
    protected string Dir { get; } = Path.Combine(Path.GetTempPath(), "yusuan-cli-tests", Guid.NewGuid().ToString("N"));

    protected TempDirTest() => Directory.CreateDirectory(Dir);

    protected string PathIn(params string[] parts) => Path.Combine([Dir, .. parts]);

    /// <summary>Every file under <paramref name="dir"/> with its bytes, to show that a failed run changed nothing.</summary>
    protected static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    protected static void AssertUnchanged(Dictionary<string, byte[]> before, string dir)
    {
        var after = Snapshot(dir);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (file, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[file]), $"{file} changed");
    }

    /// <summary>Staging folders (.yusuan-…) must never be left next to the output.</summary>
    protected void AssertNoStagingLeft() =>
        Assert.Empty(Directory.EnumerateFileSystemEntries(Dir, ".yusuan-*", SearchOption.AllDirectories));

    /// <summary>The guangyuan sample with one text replacement (it must occur).</summary>
    protected string SampleWith(string file, string find, string replace)
    {
        var text = File.ReadAllText(Cli.SampleJson("guangyuan-2025-corrected"));
        Assert.Contains(find, text);
        var path = PathIn(file);
        File.WriteAllText(path, ReplaceFirst(text, find, replace));
        return path;
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var i = text.IndexOf(find, StringComparison.Ordinal);
        return text[..i] + replace + text[(i + find.Length)..];
    }

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); }
        catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}

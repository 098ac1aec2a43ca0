using System.Diagnostics;

namespace Yusuan.Tests.Shared.Documents;

/// <summary>
/// Programs from Debian's packages that some renderer tests drive: LibreOffice (a DOCX converted to PDF), Chromium (an
/// HTML page rendered headless) and poppler's pdftoppm / pdftotext. <c>.ci/run</c> installs them and sets
/// YUSUAN_REQUIRE_TOOLS=1, so in CI a missing program fails its test; elsewhere the test is skipped, saying which
/// package to install.
/// </summary>
internal static class ExternalTools
{
    public static bool Required => Environment.GetEnvironmentVariable("YUSUAN_REQUIRE_TOOLS") == "1";

    /// <summary>The full path of the first of <paramref name="names"/> found on PATH, or null.</summary>
    public static string? Find(params string[] names)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in names)
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    public static string Soffice => Find("soffice", "libreoffice") ?? throw Missing("soffice", "libreoffice-writer-nogui");
    public static string Chromium => Find("chromium", "chromium-browser", "google-chrome") ?? throw Missing("chromium", "chromium");
    public static string Pdftoppm => Find("pdftoppm") ?? throw Missing("pdftoppm", "poppler-utils");
    public static string Pdftotext => Find("pdftotext") ?? throw Missing("pdftotext", "poppler-utils");

    private static Exception Missing(string program, string package) =>
        new InvalidOperationException($"{program} not found on PATH (Debian package {package}; .ci/run installs it)");

    /// <summary>Runs a program to its end; throws with its output when it fails or takes longer than <paramref name="timeout"/>.</summary>
    public static string Run(string program, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} took longer than {timeout.TotalSeconds:0} s");
        }
        process.WaitForExit();
        var output = stdout.Result + stderr.Result;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}: {output}");
        return output;
    }
}

/// <summary>
/// A fact that needs programs from Debian's packages: skipped, with the package to install, when one is missing —
/// unless YUSUAN_REQUIRE_TOOLS=1 (set by .ci/run after installing them), where it runs and fails.
/// </summary>
internal sealed class ToolFactAttribute : Xunit.FactAttribute
{
    public ToolFactAttribute(params string[] programs)
    {
        if (ExternalTools.Required) return;
        var missing = programs.Where(p => ExternalTools.Find(p.Split('|')) is null).Select(p => p.Replace("|", " or ")).ToList();
        if (missing.Count > 0)
            Skip = $"not installed: {string.Join(", ", missing)} (bash .ci/setup installs them: libreoffice-writer-nogui, chromium, poppler-utils)";
    }
}

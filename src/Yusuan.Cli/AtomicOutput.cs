namespace Yusuan.Cli;

/// <summary>
/// Writes every output file into a staging folder next to the target and moves them into place only when
/// all were written, so a failed run never leaves a half-written workbook where a user would open it.
/// </summary>
internal static class AtomicOutput
{
    public static IReadOnlyList<string> Write(string outDir, Func<string, IReadOnlyList<string>> writeAll)
    {
        var target = Path.GetFullPath(outDir);
        var parent = Path.GetDirectoryName(target.TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".yusuan-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var files = writeAll(staging);
            Directory.CreateDirectory(target);
            foreach (var f in files)
            {
                var destination = Path.Combine(target, f);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(Path.Combine(staging, f), destination, overwrite: true);
            }
            return files;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }
}

internal static class FileNames
{
    public static string Safe(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['“', '”', '"', ':', '*', '?', '<', '>', '|', ' ']).ToHashSet();
        return new string(name.Select(c => invalid.Contains(c) ? '_' : c).ToArray());
    }
}

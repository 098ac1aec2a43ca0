namespace Yusuan.Cli;

/// <summary>
/// Writes every output file into a staging folder next to the target and moves them into place only when
/// all were written, so a failed run never leaves a half-written workbook where a user would open it.
/// A new output folder appears in one rename. In an existing folder, the files this run replaces and the files
/// an earlier run wrote that this one did not (<c>isOwnOutput</c>: stale tables of another profile, a workbook
/// not asked for this time) are first moved aside, and put back if anything fails: the folder then holds the
/// earlier run's output or this run's, never a mix. Other files in the folder are never touched.
/// </summary>
internal static class AtomicOutput
{
    public sealed record Result(IReadOnlyList<string> Written, IReadOnlyList<string> Removed);

    public static Result Write(string outDir, Func<string, IReadOnlyList<string>> writeAll, Func<string, bool>? isOwnOutput = null)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        if (File.Exists(target)) throw new IOException($"输出路径 {outDir} 是一个文件，不是文件夹");
        var parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".yusuan-{Guid.NewGuid():N}");
        var previous = staging + "-previous";
        var keepPrevious = false;
        Directory.CreateDirectory(staging);
        try
        {
            var files = writeAll(staging);
            if (!Directory.Exists(target))
            {
                Directory.Move(staging, target);
                return new Result(files, []);
            }

            var written = files.ToHashSet(StringComparer.Ordinal);
            var stale = isOwnOutput is null ? [] : Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(target, f))
                .Where(f => isOwnOutput(f) && !written.Contains(f))
                .Order(StringComparer.Ordinal).ToList();
            var movedAside = new List<string>();
            var movedIn = new List<string>();
            try
            {
                foreach (var f in files.Concat(stale).Where(f => File.Exists(Path.Combine(target, f))))
                {
                    MoveFile(Path.Combine(target, f), Path.Combine(previous, f));
                    movedAside.Add(f);
                }
                foreach (var f in files)
                {
                    MoveFile(Path.Combine(staging, f), Path.Combine(target, f));
                    movedIn.Add(f);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                foreach (var f in movedIn)
                {
                    try { File.Delete(Path.Combine(target, f)); }
                    catch (Exception x) when (x is IOException or UnauthorizedAccessException) { }
                }
                foreach (var f in movedAside)
                {
                    try { MoveFile(Path.Combine(previous, f), Path.Combine(target, f)); }
                    catch (Exception x) when (x is IOException or UnauthorizedAccessException) { keepPrevious = true; }
                }
                if (keepPrevious) throw new PreviousOutputNotRestoredException($"{e.Message}；上次生成的文件未能全部放回，保存在 {previous}", e);
                throw;
            }
            foreach (var dir in stale.Select(f => Path.GetDirectoryName(Path.Combine(target, f))!).Distinct())
                if (dir != target && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
            return new Result(files, stale);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (!keepPrevious && Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        }
    }

    private static void MoveFile(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to);
    }
}

/// <summary>A failed move whose undo failed too: the earlier files wait in the folder the message names.</summary>
internal sealed class PreviousOutputNotRestoredException(string message, Exception inner) : IOException(message, inner);

using System.Runtime.InteropServices;
using System.Text.Json;

namespace Yusuan.Cli;

/// <summary>
/// Writes every output file into a staging folder next to the target (<c>.yusuan-&lt;guid&gt;</c>), syncs it to disk, and
/// only then puts the files in place, so a failed, interrupted or killed run leaves the earlier output or this run's,
/// never a mix:
/// <list type="bullet">
/// <item>A new output folder appears in one rename.</item>
/// <item>In an existing folder, a journal (<c>out/.yusuan-journal</c>, written to disk first) lists the staged files and
/// the earlier files this run replaces or removes (<c>isOwnOutput</c>: stale tables of another profile …). Earlier files
/// are moved aside into the staging folder, new ones moved in, then the journal is deleted: that is the commit. A run
/// killed in between leaves the journal; the next run (<see cref="Recover"/>) completes the replacement from it and says so.</item>
/// <item>Staging folders a killed run left next to the folder are removed by the next run.</item>
/// <item>Ctrl+C (or SIGTERM) while files are written stops the run and leaves the folder as it was; during the moves
/// it waits for them to finish.</item>
/// <item>A symlink is never followed: <c>-o</c> itself, or a folder inside it that the output would go into, being one
/// is refused.</item>
/// </list>
/// Other files in the folder are never touched.
/// </summary>
internal static class AtomicOutput
{
    public sealed record Result(IReadOnlyList<string> Written, IReadOnlyList<string> Removed);

    internal const string JournalName = ".yusuan-journal";
    private const string MarkerName = ".yusuan-for";
    private const string PreviousName = ".yusuan-previous";

    private sealed record Journal(string Staging, List<string> New, List<string> Stale);

    /// <summary>Exit code of a run stopped by Ctrl+C (128 + SIGINT), as shells report it.</summary>
    internal const int Interrupted = 130;

    public static Result Write(string outDir, Func<string, IReadOnlyList<string>> writeAll, Func<string, bool>? isOwnOutput = null, TextWriter? log = null)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        if (File.Exists(target) && !IsLink(target)) throw new IOException($"输出路径 {outDir} 是一个文件，不是文件夹");
        if (IsLink(target)) throw new IOException($"输出文件夹 {outDir} 是符号链接：不跟随链接写入，请直接给出文件夹");
        var parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        Recover(outDir, log);

        var staging = Path.Combine(parent, $".yusuan-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, MarkerName), target);
        var state = new RunState(staging);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, state.OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, state.OnSignal);
        try
        {
            var files = writeAll(staging);
            foreach (var f in files) SyncFile(Path.Combine(staging, f));
            foreach (var dir in files.Select(f => Path.GetDirectoryName(Path.Combine(staging, f))!).Append(staging).Distinct()) SyncDirectory(dir);
            lock (state)
            {
                if (state.Cancelled) throw new OperationCanceledException("已中断（Ctrl+C）");
                state.Committing = true;
            }

            if (!Directory.Exists(target))
            {
                Directory.Move(staging, target);
                File.Delete(Path.Combine(target, MarkerName));
                SyncDirectory(target);
                SyncDirectory(parent);
                return new Result(files, []);
            }

            foreach (var f in files) RefuseLinks(target, f);
            var written = files.ToHashSet(StringComparer.Ordinal);
            var noLinks = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
            var stale = isOwnOutput is null ? [] : Directory.EnumerateFiles(target, "*", noLinks)
                .Select(f => Path.GetRelativePath(target, f))
                .Where(f => isOwnOutput(f) && !written.Contains(f))
                .Order(StringComparer.Ordinal).ToList();

            var journal = new Journal(staging, [.. files], stale);
            WriteJournal(target, journal);
            try { Apply(target, journal); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (!RollBack(target, journal))
                    throw new PreviousOutputNotRestoredException(
                        $"{e.Message}；替换未完成，也未能全部撤回：下次运行 yusuan build 时按 {Path.Combine(target, JournalName)} 完成替换", e);
                File.Delete(Path.Combine(target, JournalName));
                throw;
            }
            File.Delete(Path.Combine(target, JournalName));
            SyncDirectory(target);
            foreach (var dir in stale.Select(f => Path.GetDirectoryName(Path.Combine(target, f))!).Distinct())
                if (dir != target && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
            return new Result(files, stale);
        }
        finally
        {
            // A journal still in the folder names this staging folder: it is needed to finish the replacement.
            if (Directory.Exists(staging) && !File.Exists(Path.Combine(target, JournalName)))
            {
                try { Directory.Delete(staging, recursive: true); }
                catch (Exception x) when (x is IOException or UnauthorizedAccessException) { }
            }
        }
    }

    /// <summary>
    /// Finishes a replacement a killed run left half done (its journal in <paramref name="outDir"/>), and removes the
    /// staging folders killed runs left next to it. Says what it did on <paramref name="log"/>.
    /// </summary>
    public static void Recover(string outDir, TextWriter? log)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        var parent = Path.GetDirectoryName(target) ?? ".";
        if (!Directory.Exists(parent) || IsLink(target)) return;
        var journalPath = Path.Combine(target, JournalName);
        if (File.Exists(journalPath))
        {
            Journal? journal = null;
            try { journal = JsonSerializer.Deserialize<Journal>(File.ReadAllText(journalPath)); }
            catch (JsonException) { }
            if (journal is not null && Path.GetDirectoryName(journal.Staging) == parent && Directory.Exists(journal.Staging))
            {
                Apply(target, journal);
                SyncDirectory(target);
                log?.WriteLine($"上次生成在替换文件时被中断：已按 {JournalName} 完成替换（{journal.New.Count} 个文件），{outDir} 现为上次生成的完整结果。");
            }
            File.Delete(journalPath);
        }
        // A journal half written (killed before its rename) means the moves had not begun.
        foreach (var leftover in new[] { MarkerName, JournalName + ".tmp" })
            if (File.Exists(Path.Combine(target, leftover))) File.Delete(Path.Combine(target, leftover));

        var cleaned = 0;
        foreach (var dir in Directory.EnumerateDirectories(parent, ".yusuan-*"))
        {
            var name = Path.GetFileName(dir);
            if (name.Length != ".yusuan-".Length + 32 && !name.EndsWith("-previous", StringComparison.Ordinal)) continue;
            if (IsLink(dir)) continue;
            var marker = Path.Combine(dir, MarkerName);
            var mine = File.Exists(marker) ? SafeRead(marker) == target
                : Directory.GetLastWriteTimeUtc(dir) < DateTime.UtcNow.AddHours(-1);
            if (!mine) continue;
            try { Directory.Delete(dir, recursive: true); cleaned++; }
            catch (Exception x) when (x is IOException or UnauthorizedAccessException) { }
        }
        if (cleaned > 0) log?.WriteLine($"已删除中断的生成留下的 {cleaned} 个临时文件夹（.yusuan-…）。");
    }

    /// <summary>
    /// bench/kill-test.sh only (environment variable YUSUAN_COMMIT_DELAY_MS): a pause after each file moved in, so that
    /// random kills land inside the replacement, which otherwise lasts a millisecond.
    /// </summary>
    private static readonly int CommitDelayMs =
        int.TryParse(Environment.GetEnvironmentVariable("YUSUAN_COMMIT_DELAY_MS"), out var ms) && ms is > 0 and <= 1000 ? ms : 0;

    /// <summary>Moves earlier files aside and new files in, as far as not yet done: run again after a kill, it completes.</summary>
    private static void Apply(string target, Journal journal)
    {
        var previous = Path.Combine(journal.Staging, PreviousName);
        foreach (var f in journal.New)
        {
            var staged = Path.Combine(journal.Staging, f);
            if (!File.Exists(staged)) continue;
            var there = Path.Combine(target, f);
            if (File.Exists(there) || IsLink(there))
            {
                if (File.Exists(Path.Combine(previous, f))) File.Delete(there);
                else MoveFile(there, Path.Combine(previous, f));
            }
            MoveFile(staged, there);
            if (CommitDelayMs > 0) Thread.Sleep(CommitDelayMs);
        }
        foreach (var f in journal.Stale)
        {
            var there = Path.Combine(target, f);
            if (File.Exists(there) || IsLink(there)) MoveFile(there, Path.Combine(previous, f));
        }
    }

    /// <summary>Undoes <see cref="Apply"/> in-process after a failure: new files back to staging, earlier files back in place.</summary>
    private static bool RollBack(string target, Journal journal)
    {
        var previous = Path.Combine(journal.Staging, PreviousName);
        var ok = true;
        foreach (var f in journal.New.Concat(journal.Stale))
        {
            try
            {
                var there = Path.Combine(target, f);
                if (journal.New.Contains(f) && File.Exists(there) && !File.Exists(Path.Combine(journal.Staging, f)))
                    MoveFile(there, Path.Combine(journal.Staging, f));
                if (File.Exists(Path.Combine(previous, f)) && !File.Exists(there)) MoveFile(Path.Combine(previous, f), there);
            }
            catch (Exception x) when (x is IOException or UnauthorizedAccessException) { ok = false; }
        }
        return ok;
    }

    private static void WriteJournal(string target, Journal journal)
    {
        var temp = Path.Combine(target, JournalName + ".tmp");
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, journal);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, Path.Combine(target, JournalName), overwrite: true);
        SyncDirectory(target);
    }

    /// <summary>Refuses a path whose folders inside the output folder include a symlink (out/csv → elsewhere).</summary>
    private static void RefuseLinks(string target, string relative)
    {
        var dir = target;
        foreach (var part in (Path.GetDirectoryName(relative) ?? "").Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            dir = Path.Combine(dir, part);
            if (IsLink(dir))
                throw new IOException($"输出文件夹中的 {Path.GetRelativePath(target, dir)} 是符号链接：不跟随链接写入或删除，请改为普通文件夹");
            if (File.Exists(dir)) throw new IOException($"输出文件夹中的 {Path.GetRelativePath(target, dir)} 是一个文件，不是文件夹");
        }
    }

    private static bool IsLink(string path)
    {
        try { return new FileInfo(path).LinkTarget is not null; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    private static string? SafeRead(string path)
    {
        try { return File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    private static void MoveFile(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to, overwrite: false);
    }

    private static void SyncFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        stream.Flush(flushToDisk: true);
    }

    private static void SyncDirectory(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        try
        {
            var fd = Native.Open(path, 0 /* O_RDONLY */);
            if (fd < 0) return;
            try { Native.Fsync(fd); }
            finally { Native.Close(fd); }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
    }

    private static class Native
    {
        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static extern int Fsync(int fd);

        [DllImport("libc", EntryPoint = "close")]
        public static extern int Close(int fd);
    }

    /// <summary>Ctrl+C or SIGTERM: before the moves, the run stops and leaves the folder as it was; during them, it waits.</summary>
    private sealed class RunState(string staging)
    {
        public bool Cancelled;
        public bool Committing;

        public void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            lock (this)
            {
                Cancelled = true;
                if (Committing) return;
            }
            try { Directory.Delete(staging, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            Console.Error.WriteLine("已中断：未生成任何文件，输出文件夹未作任何改动。");
            Environment.Exit(Interrupted);
        }
    }
}

/// <summary>A failed move whose undo failed too: the journal in the folder lets the next run finish the replacement.</summary>
internal sealed class PreviousOutputNotRestoredException(string message, Exception inner) : IOException(message, inner);

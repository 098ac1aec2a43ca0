using System.Runtime.InteropServices;

namespace Yusuan.Core.Input;

/// <summary>
/// Every file Yusuan reads (a budget, a profile, check settings, a narrative, printed tables) is opened here: it must be
/// a regular file no larger than <see cref="MaxBytes"/>, and is read with that limit. A device (/dev/zero), a FIFO, a
/// socket, /dev/stdin and the kernel's /proc and /sys files are refused before they are opened, so nothing hangs or
/// fills memory. A refusal is an <see cref="InputFileException"/> (an IOException) with a Chinese message.
/// </summary>
public static class InputFiles
{
    /// <summary>512 MB unless the environment variable YUSUAN_MAX_INPUT_MB says otherwise.</summary>
    public static long MaxBytes { get; set; } = DefaultMaxBytes();

    private static long DefaultMaxBytes() =>
        long.TryParse(Environment.GetEnvironmentVariable("YUSUAN_MAX_INPUT_MB"), out var mb) && mb > 0 ? mb * 1024 * 1024 : 512L * 1024 * 1024;

    /// <summary>Throws unless <paramref name="path"/> is a regular file within the limit; returns its length.</summary>
    public static long Check(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0) throw new InputFileException("路径为空");
        if (path.Contains('\0')) throw new InputFileException("路径中含有空字符");
        string full;
        try { full = Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { throw new InputFileException("不是有效的路径"); }
        if (Directory.Exists(full)) throw new InputFileException("是一个文件夹，不是文件");
        if (!File.Exists(full)) throw new InputFileException("文件不存在");
        var real = full;
        try
        {
            if (File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target) real = target.FullName;
        }
        catch (IOException) { throw new InputFileException("是无法解析的符号链接"); }
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            foreach (var root in new[] { "/proc/", "/sys/", "/dev/" })
                if (real.StartsWith(root, StringComparison.Ordinal) || full.StartsWith(root, StringComparison.Ordinal))
                    throw new InputFileException("是系统的设备或进程文件，不是普通文件");
        }
        if (OperatingSystem.IsLinux() && Stat(real) is var (isRegular, size))
        {
            if (!isRegular) throw new InputFileException("不是普通文件（设备、管道或套接字），无法读取");
            if (size > MaxBytes) throw TooLarge(size);
            return size;
        }
        var length = new FileInfo(real).Length;
        if (length > MaxBytes) throw TooLarge(length);
        return length;
    }

    /// <summary>
    /// Why an output file may not be written at <paramref name="path"/>, or null: a system path (/dev, /proc, /sys), or
    /// something there already that is not a regular file (a device, a FIFO, a socket, a symbolic link). Writing replaces
    /// a file by renaming over it, which as root would replace /dev/null itself.
    /// </summary>
    public static string? OutputRefusal(string path)
    {
        string full;
        try { full = Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { return "不是有效的路径"; }
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
            foreach (var root in new[] { "/proc/", "/sys/", "/dev/" })
                if (full.StartsWith(root, StringComparison.Ordinal)) return "是系统的设备或进程路径，不能写入";
        var info = new FileInfo(full);
        if (info.LinkTarget is not null) return "是符号链接，不会写穿到链接的目标";
        if (!info.Exists) return null;
        if (OperatingSystem.IsLinux() && Stat(full) is (false, _)) return "已存在且不是普通文件（设备、管道或套接字）";
        return null;
    }

    private static InputFileException TooLarge(long size) =>
        new($"文件有 {size / (1024 * 1024)} MB，超过上限 {MaxBytes / (1024 * 1024)} MB（环境变量 YUSUAN_MAX_INPUT_MB 可调整）");

    /// <summary>Opens a checked file for reading.</summary>
    public static FileStream OpenRead(string path)
    {
        Check(path);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
    }

    /// <summary>The bytes of a checked file, never more than <see cref="MaxBytes"/> (a file that grows while read is refused).</summary>
    public static byte[] ReadAllBytes(string path)
    {
        var expected = Check(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        using var buffer = new MemoryStream((int)Math.Min(expected, int.MaxValue - 64));
        var chunk = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += n;
            if (total > MaxBytes || total > Array.MaxLength) throw TooLarge(total);
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    /// <summary>A checked file as UTF-8 text (a byte-order mark skipped).</summary>
    public static string ReadAllText(string path)
    {
        var bytes = ReadAllBytes(path);
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        return System.Text.Encoding.UTF8.GetString(span);
    }

    // statx(2) has the same layout on every Linux architecture: stx_mode (u16) at offset 28, stx_size (u64) at 40.
    [DllImport("libc", SetLastError = true, EntryPoint = "statx")]
    private static extern int StatX(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    private static (bool Regular, long Size)? Stat(string path)
    {
        try
        {
            var buffer = new byte[256];
            if (StatX(-100 /* AT_FDCWD */, path, 0, 0x1 | 0x2 | 0x200 /* TYPE | MODE | SIZE */, buffer) != 0) return null;
            var mode = BitConverter.ToUInt16(buffer, 28);
            var size = BitConverter.ToInt64(buffer, 40);
            return ((mode & 0xF000) == 0x8000, size);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return null; }
    }
}

/// <summary>A file that is not one Yusuan reads: a device, a FIFO, a folder, too large, missing.</summary>
public sealed class InputFileException(string message) : IOException(message);

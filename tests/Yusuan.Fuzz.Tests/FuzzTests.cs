using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Abstractions;
using Yusuan.Cli;

// The command runs in-process and shares static state (BudgetReader.Readers): one case at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Yusuan.Fuzz.Tests;

/// <summary>
/// Mutates the samples with a fixed seed (separators, overflow, control characters, surrogates, duplicate keys, truncated
/// and corrupt zips, XML bombs, wrong encodings, ragged CSV, symlinks, special files) and runs check and build on each:
/// the exit code is never 3, no case hangs, a failed build writes nothing, and every message is in Chinese and names
/// the file or option it is about.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper log) : IDisposable
{
    private const int Seed = 20261208;
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(30);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "yusuan-fuzz", Guid.NewGuid().ToString("N"));
    private readonly List<string> _failures = [];
    private readonly Dictionary<int, int> _codes = [];
    private int _cases;

    private static string Root { get; } = FindRoot();

    private static string FindRoot([CallerFilePath] string here = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(here)!); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Yusuan.sln"))) return dir.FullName;
        throw new InvalidOperationException("Yusuan.sln not found");
    }

    private static string SampleText(string name) => File.ReadAllText(Path.Combine(Root, "samples", name, "budget.json"));

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }

    private string Case(string name)
    {
        var dir = Path.Combine(_dir, $"{_cases:D5}");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    /// <summary>Runs one command with a timeout and checks what every run must satisfy.</summary>
    private void Run(string what, string subject, params string[] args)
    {
        _cases++;
        var output = new StringWriter();
        var error = new StringWriter();
        var outDir = args.SkipWhile(a => a != "-o").Skip(1).FirstOrDefault();
        var existed = outDir is { Length: > 0 } && Directory.Exists(outDir);
        var task = Task.Run(() => YusuanCommand.Run(args, output, error));
        if (!task.Wait(CaseTimeout))
        {
            _failures.Add($"{what}: hung (> {CaseTimeout.TotalSeconds} s): {string.Join(' ', args)}");
            return;
        }
        var code = task.Result;
        _codes[code] = _codes.GetValueOrDefault(code) + 1;
        var err = error.ToString();
        if (code is not (0 or 1 or 2))
        {
            _failures.Add($"{what}: exit {code}: {string.Join(' ', args)}\n{Tail(err)}");
            return;
        }
        if (code != 0 && args[0] == "build" && outDir is { Length: > 0 } && !existed && Directory.Exists(outDir))
            _failures.Add($"{what}: exit {code} but {outDir} was written");
        if (code != 0)
        {
            if (!err.Any(c => c is >= '\u4e00' and <= '\u9fff'))
                _failures.Add($"{what}: exit {code} without a Chinese message: {Tail(err)}");
            var name = Path.GetFileName(subject);
            var located = err.Contains(name, StringComparison.Ordinal) || err.Contains("--", StringComparison.Ordinal)
                || args.Skip(1).Any(a => a.Length > 1 && err.Contains(a, StringComparison.Ordinal))
                || (output.ToString() + err).Contains(Path.GetFileNameWithoutExtension(subject), StringComparison.Ordinal);
            if (!located) _failures.Add($"{what}: exit {code}, message names neither {name} nor an option: {Tail(err)}");
        }
    }

    private static string Tail(string s) => s.Length > 600 ? s[^600..] : s;

    private void Report(string category, Stopwatch clock)
    {
        log.WriteLine($"{category}: {_cases} cases in {clock.Elapsed.TotalSeconds:F1} s; exit codes {string.Join(", ", _codes.OrderBy(k => k.Key).Select(k => $"{k.Key}×{k.Value}"))}");
        foreach (var f in _failures.Take(20)) log.WriteLine(f);
        Assert.True(_failures.Count == 0, $"{_failures.Count} of {_cases} cases failed:\n" + string.Join("\n\n", _failures.Take(10)));
    }

    // Characters that break writers, parsers or reading order.
    private static readonly string[] Nasty =
    [
        "\\u0000", "\\u0007", "\\u000b", "\\u001b", "\\u007f", "\\u0085", "\\ud800", "\\udfff", "\\ud800\\u0041", "\\u202e", "\\u2066", "\\ufeff", "\\uffff",
        "\u202e", "\u200f", "\uFFFD", "😀", "\\\"", "<w:t>", "]]>", "&amp;", "=SUM(A1)", "\t", "𠀀",
    ];

    private static readonly string[] Numbers =
    [
        "1e400", "-1e400", "1e-400", "79228162514264337593543950335", "7922816251426433759354395033.5", "-0", "1e28", "9999999999999999999999999999",
        "\"1,234.5\"", "\"1.234,5\"", "\"１２３\"", "\"NaN\"", "\"Infinity\"", "\"12万\"", "\"(12)\"", "\"1 234\"", "\"0x10\"", "\"1e5\"", "\"\"", "null", "true",
        "[]", "{}", "\"2025-01-01\"", "\"=1+1\"", "\"12.345678901234567890123456789\"", "\"-5\"", "\"1,23\"",
    ];

    private const string Punctuation = "{}[],:\"\\0.-e";

    private static string Mutate(string json, Random rng)
    {
        switch (rng.Next(10))
        {
            case 0 or 1:
            {
                // A nasty character inside a string value.
                var quotes = AllIndexes(json, "\": \"").ToList();
                var at = quotes[rng.Next(quotes.Count)] + 4;
                return json.Insert(at, Nasty[rng.Next(Nasty.Length)]);
            }
            case 2 or 3:
            {
                // An amount replaced.
                var amounts = AllIndexes(json, "\"amount\": ").ToList();
                var at = amounts[rng.Next(amounts.Count)] + "\"amount\": ".Length;
                var end = json.IndexOfAny([',', '}'], at);
                return json[..at] + Numbers[rng.Next(Numbers.Length)] + json[end..];
            }
            case 4:
            {
                // A duplicate key.
                var keys = AllIndexes(json, "\"unit\": ").ToList();
                var at = keys[rng.Next(keys.Count)];
                return json.Insert(at, "\"unit\": \"x\", ");
            }
            case 5: return json[..rng.Next(json.Length)];
            case 6:
            {
                var chars = json.ToCharArray();
                for (var i = rng.Next(1, 4); i > 0; i--) chars[rng.Next(chars.Length)] = Punctuation[rng.Next(Punctuation.Length)];
                return new string(chars);
            }
            case 7: return json.Replace("\"year\": 2025", rng.Next(3) switch { 0 => "\"year\": 99999999999", 1 => "\"year\": \"二〇二五\"", _ => "\"year\": 1e400" });
            case 8: return json.Replace("\"profile\": \"sichuan-2025\"", "\"profile\": " + (rng.Next(4) switch
            {
                0 => "\"/dev/zero\"", 1 => "\"/proc/self/environ\"", 2 => "\"../../etc/passwd\"", _ => "\"\\u0000\"",
            }));
            default: return json.Replace("\"amountUnit\": \"万元\"", "\"amountUnit\": \"万元\", \"amountUnit\": \"元\"");
        }
    }

    private static IEnumerable<int> AllIndexes(string s, string find)
    {
        for (var i = s.IndexOf(find, StringComparison.Ordinal); i >= 0; i = s.IndexOf(find, i + 1, StringComparison.Ordinal)) yield return i;
    }

    [Fact]
    public void Mutated_json_budgets()
    {
        var rng = new Random(Seed);
        var clock = Stopwatch.StartNew();
        var sample = SampleText("guangyuan-2025-corrected");
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        for (var i = 0; i < 1600; i++)
        {
            var text = Mutate(sample, rng);
            if (rng.Next(4) == 0) text = Mutate(text, rng);
            var path = Case("budget.json");
            var bytes = (rng.Next(20)) switch
            {
                0 => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
                1 => gb.GetBytes(text),
                2 => [.. Encoding.UTF8.GetBytes(text), 0xFF, 0xFE],
                _ => Encoding.UTF8.GetBytes(text),
            };
            File.WriteAllBytes(path, bytes);
            if (i % 10 == 0) Run($"json #{i}", path, "build", path, "-o", Path.Combine(Path.GetDirectoryName(path)!, "out"), "--format", "csv,html,docx");
            else Run($"json #{i}", path, "check", path, "--format", i % 2 == 0 ? "json" : "text");
        }
        Report("json", clock);
    }

    [Fact]
    public void Corrupt_xlsx_templates()
    {
        var rng = new Random(Seed + 1);
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(_dir);
        var template = Path.Combine(_dir, "template.xlsx");
        Assert.Equal(0, YusuanCommand.Run(["template", "--from", Path.Combine(Root, "samples", "guangyuan-2025-corrected", "budget.json"), "-o", template], TextWriter.Null, TextWriter.Null));
        var original = File.ReadAllBytes(template);
        for (var i = 0; i < 300; i++)
        {
            var path = Case("budget.xlsx");
            byte[] bytes;
            switch (rng.Next(6))
            {
                case 0: bytes = original[..rng.Next(original.Length)]; break;
                case 1:
                    bytes = (byte[])original.Clone();
                    for (var k = rng.Next(1, 10); k > 0; k--) bytes[rng.Next(bytes.Length)] ^= (byte)rng.Next(1, 256);
                    break;
                default: bytes = RewriteEntry(original, rng); break;
            }
            File.WriteAllBytes(path, bytes);
            if (i % 6 == 0) Run($"xlsx #{i}", path, "build", path, "-o", Path.Combine(Path.GetDirectoryName(path)!, "out"), "--format", "csv,docx");
            else Run($"xlsx #{i}", path, "check", path);
        }
        Report("xlsx", clock);
    }

    /// <summary>One part of the package replaced: an XML bomb, control characters, a huge cell, garbage, or the part removed.</summary>
    private static byte[] RewriteEntry(byte[] xlsx, Random rng)
    {
        using var memory = new MemoryStream();
        memory.Write(xlsx);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entries = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList();
            var entry = entries[rng.Next(entries.Count)];
            string text;
            using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
            var choice = rng.Next(6);
            if (choice == 5) { entry.Delete(); }
            else
            {
                text = choice switch
                {
                    0 => "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]><l>&e;&e;&e;</l>",
                    1 => text.Replace("<t>", "<t>&#x1;_x000B_\u202e", StringComparison.Ordinal),
                    2 => text.Replace("<t>", "<t>" + new string('九', 40000), StringComparison.Ordinal),
                    3 => text[..rng.Next(text.Length)],
                    _ => text.Replace("<v>", "<v>1e400", StringComparison.Ordinal),
                };
                var name = entry.FullName;
                entry.Delete();
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }
        return memory.ToArray();
    }

    [Fact]
    public void Ragged_and_misencoded_csv_tables()
    {
        var rng = new Random(Seed + 2);
        var clock = Stopwatch.StartNew();
        var built = Path.Combine(_dir, "built");
        Assert.Equal(0, YusuanCommand.Run(["build", Path.Combine(Root, "samples", "guangyuan-2025-corrected"), "-o", built, "--format", "csv"], TextWriter.Null, TextWriter.Null));
        var csvs = Directory.GetFiles(Path.Combine(built, "csv")).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < 250; i++)
        {
            var folder = Path.GetDirectoryName(Case("x"))!;
            foreach (var csv in csvs.Take(rng.Next(1, csvs.Length + 1)))
            {
                var lines = File.ReadAllLines(csv).ToList();
                switch (rng.Next(7))
                {
                    case 0: lines[rng.Next(lines.Count)] += ",,,\"x"; break;
                    case 1: lines.RemoveAt(rng.Next(lines.Count)); break;
                    case 2: lines[rng.Next(lines.Count)] = string.Join(',', Enumerable.Repeat("1e400", rng.Next(1, 30))); break;
                    case 3: lines.Insert(rng.Next(lines.Count), "\u0007\u202e,\"\"\",\ud800"); break;
                    case 4: lines = [.. lines.Select(l => l.Replace(',', ';'))]; break;
                    case 5: lines[rng.Next(lines.Count)] = new string(',', 5000); break;
                }
                var target = Path.Combine(folder, Path.GetFileName(csv));
                if (rng.Next(5) == 0) File.WriteAllText(target, string.Join("\n", lines), Encoding.BigEndianUnicode);
                else File.WriteAllText(target, string.Join("\r\n", lines), new UTF8Encoding(false, false));
            }
            Run($"csv #{i}", folder, "check", folder);
        }
        Report("csv", clock);
    }

    [Fact]
    public void Special_files_links_and_options()
    {
        var clock = Stopwatch.StartNew();
        var sample = Path.Combine(Root, "samples", "guangyuan-2025-corrected", "budget.json");
        var special = new List<string> { "", " ", "\u0001", "nonexistent.json", "/", _dir };
        if (OperatingSystem.IsLinux())
        {
            special.AddRange(["/dev/zero", "/dev/null", "/dev/stdin", "/proc/self/environ", "/proc/self/mem", "/sys/kernel/mm"]);
            var fifo = Case("fifo.json");
            Process.Start("mkfifo", fifo).WaitForExit();
            special.Add(fifo);
            var link = Case("link.json");
            File.CreateSymbolicLink(link, "/dev/zero");
            special.Add(link);
            var loop = Case("loop.json");
            File.CreateSymbolicLink(loop, loop);
            special.Add(loop);
        }
        foreach (var path in special)
        {
            Run("input", path, "check", path);
            Run("input", path, "build", path, "-o", Path.Combine(_dir, "o" + _cases));
            Run("--settings", "--settings", "check", sample, "--settings", path);
            Run("--narrative", "--narrative", "check", sample, "--narrative", path);
            Run("--profile", "--profile", "check", sample, "--profile", path);
            Run("--catalog", "--catalog", "check", sample, "--catalog", path);
            Run("template --from", path, "template", "--from", path, "-o", Path.Combine(_dir, $"t{_cases}.xlsx"));
            // Output options get special paths of this test's own (a FIFO, links): a regression must not replace the
            // machine's /dev/null (it once did: a rename over it as root).
            if (path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal) || path.StartsWith("/sys/", StringComparison.Ordinal)) continue;
            Run("-o", "-o", "build", sample, "-o", path, "--format", "csv");
            Run("template -o", "-o", "template", "-o", path);
        }
        Report("special", clock);
    }
}

using System.Diagnostics;
using System.Text.Json;

namespace Yusuan.Cli.Tests;

/// <summary>Reported defects of input handling and output writing, one test each: never exit 3, never hang, never follow a link.</summary>
public sealed class HardeningTests : TempDirTest
{
    private const string UnitName = "\"name\": \"广元市社会保险事务中心\"";

    private static void AssertQuick(Stopwatch clock) => Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");

    [Fact]
    public void A_control_character_in_a_name_is_removed_with_a_located_warning_and_the_docx_is_written()
    {
        var input = SampleWith("budget.json", UnitName, "\"name\": \"广元市社会保险\\u000b事务中心\\u0007\"");

        var r = Cli.Run("build", input, "-o", PathIn("out"), "--format", "xlsx,csv,docx,html");

        Assert.True(r.Code == 0, r.ToString());
        Assert.Contains("B-TEXT", r.Err);
        Assert.Contains("units › 第 1 行 › name", r.Err);
        Assert.Contains("控制字符 U+000B", r.Err);
        Assert.True(File.Exists(PathIn("out", "document.docx")));
        AssertNoStagingLeft();
    }

    [Fact]
    public void Template_from_a_budget_with_a_control_character_writes_the_workbook()
    {
        var input = SampleWith("budget.json", UnitName, "\"name\": \"广元市社会保险\\u000b事务中心\"");

        var r = Cli.Run("template", "--from", input, "-o", PathIn("t.xlsx"));

        Assert.True(r.Code == 0, r.ToString());
        Assert.True(File.Exists(PathIn("t.xlsx")));
    }

    [Fact]
    public void A_lone_surrogate_escape_is_a_warning_not_an_internal_error()
    {
        var input = SampleWith("budget.json", UnitName, "\"name\": \"广元市社会保险事务中心\\ud800\"");

        var r = Cli.Run("check", input, "--format", "json");

        Assert.True(r.Code == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        var finding = Assert.Single(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "B-TEXT");
        Assert.Contains("不成对的代理项", finding.GetProperty("message").GetString());
        Assert.Equal("name", finding.GetProperty("place").GetProperty("field").GetString());
    }

    [Fact]
    public void A_lone_surrogate_in_a_key_is_unusable_input()
    {
        var input = SampleWith("budget.json", "\"amountUnit\"", "\"x\\ud800\": 1, \"amountUnit\"");

        var r = Cli.Run("check", input);

        Assert.True(r.Code == 2, r.ToString());
        Assert.Contains("不成对的代理项", r.Err);
    }

    [Fact]
    public void A_right_to_left_override_never_reaches_the_html()
    {
        var input = SampleWith("budget.json", UnitName, "\"name\": \"\\u202e广元市社会保险事务中心\"");

        var r = Cli.Run("build", input, "-o", PathIn("out"), "--format", "html,csv");

        Assert.True(r.Code == 0, r.ToString());
        Assert.Contains("双向文字控制符 U+202E", r.Err);
        foreach (var f in Directory.EnumerateFiles(PathIn("out"), "*", SearchOption.AllDirectories))
            Assert.DoesNotContain('\u202E', File.ReadAllText(f));
    }

    [Fact]
    public void An_empty_output_path_is_unusable_input()
    {
        Assert.Equal(2, Cli.Run("build", Cli.SampleJson("guangyuan-2025-corrected"), "-o", "").Code);
        Assert.Equal(2, Cli.Run("template", "-o", "").Code);
    }

    [Fact]
    public void Amounts_that_overflow_after_scaling_or_summing_are_budget_errors()
    {
        var input = SampleWith("budget.json", "\"amount\": 1183.38", "\"amount\": 79228162514264337593543950335");
        var r = Cli.Run("check", input);
        Assert.True(r.Code is 1, r.ToString());
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/proc/self/environ")]
    [InlineData("/dev/stdin")]
    public void A_budget_profile_outside_the_budget_folder_is_never_opened(string profile)
    {
        if (!OperatingSystem.IsLinux()) return;
        var input = SampleWith("budget.json", "\"profile\": \"sichuan-2025\"", $"\"profile\": \"{profile}\"");
        var clock = Stopwatch.StartNew();

        var r = Cli.Run("build", input, "-o", PathIn("out"));

        AssertQuick(clock);
        Assert.True(r.Code == 1, r.ToString());
        Assert.Contains("budget.json › profile", r.Err);
        Assert.False(Directory.Exists(PathIn("out")));
    }

    [Fact]
    public void A_profile_file_beside_the_budget_is_used()
    {
        File.Copy(Path.Combine(Cli.Root, "src", "Yusuan.Core", "Data", "profiles", "sichuan-2025.json"), PathIn("mine.json"));
        var input = SampleWith("budget.json", "\"profile\": \"sichuan-2025\"", "\"profile\": \"mine.json\"");

        var r = Cli.Run("check", input);

        Assert.True(r.Code == 0, r.ToString());
    }

    [Theory]
    [InlineData("--settings", "/dev/zero")]
    [InlineData("--settings", "/proc/self/environ")]
    [InlineData("--narrative", "/dev/stdin")]
    [InlineData("--profile", "/dev/zero")]
    public void Special_files_given_as_options_are_refused(string option, string path)
    {
        if (!OperatingSystem.IsLinux()) return;
        var clock = Stopwatch.StartNew();

        var r = Cli.Run("check", Cli.SampleJson("guangyuan-2025-corrected"), option, path);

        AssertQuick(clock);
        Assert.True(r.Code == 2, r.ToString());
        Assert.Contains("不是普通文件", r.Err);
        Assert.DoesNotContain("PATH=", r.Err);
    }

    [Fact]
    public void A_fifo_as_input_is_refused_without_hanging()
    {
        if (!OperatingSystem.IsLinux()) return;
        var fifo = PathIn("budget.json");
        Process.Start("mkfifo", fifo).WaitForExit();
        var clock = Stopwatch.StartNew();

        var check = Cli.Run("check", fifo);
        var build = Cli.Run("build", fifo, "-o", PathIn("out"));
        var xlsx = PathIn("t.xlsx");
        Process.Start("mkfifo", xlsx).WaitForExit();
        var check2 = Cli.Run("check", xlsx);

        AssertQuick(clock);
        Assert.Equal((2, 2, 2), (check.Code, build.Code, check2.Code));
        Assert.Contains("不是普通文件", check.Err + build.Err);
    }

    [Fact]
    public void An_input_over_the_size_limit_is_refused()
    {
        var saved = Core.Input.InputFiles.MaxBytes;
        Core.Input.InputFiles.MaxBytes = 1000;
        try
        {
            var r = Cli.Run("check", Cli.SampleJson("guangyuan-2025-corrected"));
            Assert.True(r.Code == 2, r.ToString());
            Assert.Contains("超过上限", r.Err);
        }
        finally { Core.Input.InputFiles.MaxBytes = saved; }
    }

    [Fact]
    public void A_symlinked_folder_inside_the_output_is_refused_and_nothing_outside_is_deleted()
    {
        var input = Cli.SampleJson("guangyuan-2025-corrected");
        Assert.Equal(0, Cli.Run("build", input, "-o", PathIn("out"), "--format", "csv").Code);
        Directory.CreateDirectory(PathIn("elsewhere"));
        File.WriteAllText(PathIn("elsewhere", "01-keep.csv"), "keep");
        Directory.Delete(PathIn("out", "csv"), recursive: true);
        Directory.CreateSymbolicLink(PathIn("out", "csv"), PathIn("elsewhere"));
        Directory.CreateSymbolicLink(PathIn("out", "loop"), PathIn("out"));

        var r = Cli.Run("build", input, "-o", PathIn("out"), "--format", "csv");

        Assert.True(r.Code == 2, r.ToString());
        Assert.Contains("符号链接", r.Err);
        Assert.Equal(["01-keep.csv"], Directory.EnumerateFiles(PathIn("elsewhere")).Select(Path.GetFileName));
        AssertNoStagingLeft();
    }

    [Fact]
    public void A_symlinked_output_folder_is_refused()
    {
        Directory.CreateDirectory(PathIn("real"));
        Directory.CreateSymbolicLink(PathIn("out"), PathIn("real"));

        var r = Cli.Run("build", Cli.SampleJson("guangyuan-2025-corrected"), "-o", PathIn("out"), "--format", "csv");

        Assert.True(r.Code == 2, r.ToString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(PathIn("real")));
    }

    [Fact]
    public void A_replacement_killed_half_way_is_completed_by_the_next_run()
    {
        // What a kill between two moves leaves: the journal, one new file in place, one still staged, an old one aside.
        var out_ = PathIn("out");
        var staging = PathIn(".yusuan-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(out_, "csv"));
        Directory.CreateDirectory(Path.Combine(staging, "csv"));
        File.WriteAllText(Path.Combine(staging, ".yusuan-for"), out_);
        File.WriteAllText(Path.Combine(out_, "tables.xlsx"), "new");
        Directory.CreateDirectory(Path.Combine(staging, ".yusuan-previous"));
        File.WriteAllText(Path.Combine(staging, ".yusuan-previous", "tables.xlsx"), "old");
        File.WriteAllText(Path.Combine(out_, "csv", "01-a.csv"), "old");
        File.WriteAllText(Path.Combine(staging, "csv", "01-a.csv"), "new");
        File.WriteAllText(Path.Combine(out_, "csv", "02-stale.csv"), "old");
        File.WriteAllText(Path.Combine(out_, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(out_, ".yusuan-journal"), JsonSerializer.Serialize(new
        {
            Staging = staging, New = new[] { "tables.xlsx", Path.Combine("csv", "01-a.csv") }, Stale = new[] { Path.Combine("csv", "02-stale.csv") },
        }));
        // And a staging folder of an earlier killed run.
        var stale = PathIn(".yusuan-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, ".yusuan-for"), out_);

        var r = Cli.Run("build", PathIn("missing.json"), "-o", out_);

        Assert.Equal(2, r.Code);
        Assert.Contains("已按 .yusuan-journal 完成替换", r.Err);
        Assert.Equal("new", File.ReadAllText(Path.Combine(out_, "tables.xlsx")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(out_, "csv", "01-a.csv")));
        Assert.False(File.Exists(Path.Combine(out_, "csv", "02-stale.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(out_, "notes.txt")));
        AssertNoStagingLeft();
    }

    [Fact]
    public void Template_output_onto_a_fifo_or_a_device_is_refused_and_leaves_it_as_it_was()
    {
        // Writing renames a finished file over the target: over /dev/null as root that replaced the device with a
        // regular file. A FIFO of this test's own stands in for it; the device paths are checked without writing.
        var fifo = PathIn("out.fifo");
        System.Diagnostics.Process.Start("mkfifo", fifo).WaitForExit();
        var r = Cli.Run("template", "-o", fifo);
        Assert.Equal(2, r.Code);
        Assert.Contains("不是普通文件", r.Err);
        var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%F", fifo]) { RedirectStandardOutput = true })!;
        Assert.Equal("fifo", stat.StandardOutput.ReadToEnd().Trim());
        Assert.NotNull(Yusuan.Core.Input.InputFiles.OutputRefusal("/dev/null"));
        Assert.NotNull(Yusuan.Core.Input.InputFiles.OutputRefusal("/proc/self/environ"));
        Assert.Null(Yusuan.Core.Input.InputFiles.OutputRefusal(PathIn("budget.xlsx")));
    }
}

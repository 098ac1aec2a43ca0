using Yusuan.Core.Input;

namespace Yusuan.Core.Tests.Input;

/// <summary>Text cleaned at the reader edge, files that are files, a budget's profile kept beside it.</summary>
public sealed class InputEdgeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "yusuan-edge-tests", Guid.NewGuid().ToString("N"));

    public InputEdgeTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }

    [Theory]
    [InlineData("单位\u000b名称\u0007", "单位名称", "控制字符 U+0007、控制字符 U+000B")]
    [InlineData("\u202e单位", "单位", "双向文字控制符 U+202E")]
    [InlineData("\u2066单\u2069位\uffff", "单位", "双向文字控制符 U+2066、双向文字控制符 U+2069、非字符 U+FFFF")]
    public void Invisible_characters_are_removed_and_named(string text, string clean, string removed)
    {
        Assert.Equal(clean, InputText.Clean(text, out var what));
        Assert.Equal(removed, what);
    }

    [Fact]
    public void An_unpaired_surrogate_is_removed_and_a_pair_kept()
    {
        Assert.Equal("单位😀", InputText.Clean("单位\ud800😀\udc00", out var what));
        Assert.Equal("不成对的代理项", what);
    }

    [Theory]
    [InlineData("第一行\n第二行\t制表")]
    [InlineData("😀 𠀀 广元")]
    [InlineData("\u200f")]
    public void Line_breaks_tabs_pairs_and_marks_stay(string text)
    {
        Assert.False(InputText.NeedsCleaning(text));
        Assert.Same(text, InputText.Clean(text, out var what));
        Assert.Null(what);
    }

    [Fact]
    public void A_budget_held_as_text_names_a_bundled_profile_only()
    {
        var raw = BudgetJsonReader.ReadText("""{ "year": 2025, "profile": "/etc/passwd" }""");

        var error = Assert.Single(raw.ReadErrors);
        Assert.Equal("profile", error.Location.Field);
        Assert.Null(raw.ReadWarnings.FirstOrDefault());
    }

    [Fact]
    public void Texts_of_a_read_budget_are_cleaned_with_located_warnings()
    {
        var raw = BudgetJsonReader.ReadText("""{ "year": 2025, "profile": "sichuan-2025", "units": [ { "code": "1", "name": "\u202e甲\u000b" } ], "narrative": { "职能": "a\ud800b" } }""");

        InputText.CleanAll(raw);

        Assert.Equal("甲", raw.Units[0].Name);
        Assert.Equal("ab", raw.Narrative!.Texts["职能"]);
        Assert.Equal(2, raw.ReadWarnings.Count);
        Assert.Contains(raw.ReadWarnings, w => w.Location.Row == 1 && w.Location.Field == "name");
    }

    [Fact]
    public void A_folder_and_a_missing_file_are_refused_with_chinese_messages()
    {
        Assert.Contains("文件夹", Assert.Throws<InputFileException>(() => InputFiles.Check(_dir)).Message);
        Assert.Contains("不存在", Assert.Throws<InputFileException>(() => InputFiles.Check(Path.Combine(_dir, "x.json"))).Message);
        Assert.Contains("为空", Assert.Throws<InputFileException>(() => InputFiles.Check("")).Message);
    }

    [Fact]
    public void Devices_and_proc_files_are_refused_without_reading()
    {
        if (!OperatingSystem.IsLinux()) return;
        foreach (var path in new[] { "/dev/zero", "/dev/stdin", "/proc/self/environ" })
            Assert.Throws<InputFileException>(() => InputFiles.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_over_the_limit_is_refused()
    {
        var path = Path.Combine(_dir, "big.json");
        File.WriteAllBytes(path, new byte[4096]);
        var saved = InputFiles.MaxBytes;
        InputFiles.MaxBytes = 1024;
        try { Assert.Contains("超过上限", Assert.Throws<InputFileException>(() => InputFiles.ReadAllBytes(path)).Message); }
        finally { InputFiles.MaxBytes = saved; }
    }
}

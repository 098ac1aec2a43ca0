namespace Yusuan.Cli.Tests;

/// <summary><c>yusuan build --rounding cell|largest-remainder</c> overrides the profile's rounding policy.</summary>
public sealed class RoundingOptionTests : TempDirTest
{
    private string ExpenditureCsv(string outDir) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(outDir, "csv"), "03-*.csv").Single());

    [Fact]
    public void Largest_remainder_makes_the_shenzhen_unit_row_add_up_and_says_so()
    {
        var cell = Cli.Run("build", Cli.Sample("shenzhen-2023"), "--allow-errors", "-o", PathIn("cell"), "--format", "csv");
        var adjusted = Cli.Run("build", Cli.Sample("shenzhen-2023"), "--allow-errors", "-o", PathIn("lr"), "--format", "csv", "--rounding", "largest-remainder");
        Assert.True(cell.Code == ExitCodes.Ok, cell.ToString());
        Assert.True(adjusted.Code == ExitCodes.Ok, adjusted.ToString());

        // 支出总计, 基本支出, 项目支出 of the unit row: 298,448 = 5,104 + 293,343 + 1 as published, = 5,105 + 293,343 adjusted.
        Assert.Contains("深圳市社会保险基金管理局本级,,,298448,5104,293343,", ExpenditureCsv(PathIn("cell")));
        Assert.Contains("深圳市社会保险基金管理局本级,,,298448,5105,293343,", ExpenditureCsv(PathIn("lr")));
        Assert.Contains("注：表中金额按四舍五入后的尾数调整，合计等于各分项之和。", ExpenditureCsv(PathIn("lr")));
        Assert.DoesNotContain("尾数调整", ExpenditureCsv(PathIn("cell")));
    }

    [Fact]
    public void Cell_overrides_a_profile_and_an_unknown_policy_is_unusable_input()
    {
        var explicitCell = Cli.Run("build", Cli.Sample("shenzhen-2023"), "--allow-errors", "-o", PathIn("a"), "--format", "csv", "--rounding", "cell");
        var byProfile = Cli.Run("build", Cli.Sample("shenzhen-2023"), "--allow-errors", "-o", PathIn("b"), "--format", "csv");
        Assert.Equal(ExitCodes.Ok, explicitCell.Code);
        Assert.Equal(ExitCodes.Ok, byProfile.Code);
        Assert.Equal(ExpenditureCsv(PathIn("b")), ExpenditureCsv(PathIn("a")));

        var r = Cli.Run("build", Cli.Sample("shenzhen-2023"), "--allow-errors", "-o", PathIn("c"), "--rounding", "banker");
        Assert.True(r.Code == ExitCodes.UnusableInput, r.ToString());
        Assert.Contains("banker", r.Err + r.Out);
        Assert.False(Directory.Exists(PathIn("c")));
    }

    [Fact]
    public void A_profile_file_naming_an_unknown_policy_is_unusable_input()
    {
        var bundled = File.ReadAllText(Path.Combine(Cli.Root, "src", "Yusuan.Core", "Data", "profiles", "shenzhen-2023.json"));
        Assert.Contains("\"rounding\": \"cell\"", bundled);
        var profile = PathIn("profile.json");
        File.WriteAllText(profile, bundled.Replace("\"rounding\": \"cell\"", "\"rounding\": \"bankers\""));
        var r = Cli.Run("build", Cli.Sample("shenzhen-2023"), "--allow-errors", "-o", PathIn("out"), "--profile", profile);
        Assert.True(r.Code == ExitCodes.UnusableInput, r.ToString());
        Assert.Contains("舍入方式“bankers”", r.Err);
        Assert.False(Directory.Exists(PathIn("out")));
        // The option overrides the file's setting.
        Assert.Equal(ExitCodes.Ok, Cli.Run("build", Cli.Sample("shenzhen-2023"), "--allow-errors", "-o", PathIn("out"), "--profile", profile, "--rounding", "cell").Code);
    }
}

namespace Yusuan.Cli.Tests;

/// <summary>The output folder holds one run's files or the previous run's, never a mix, and nothing half-written.</summary>
public sealed class AtomicOutputTests : TempDirTest
{
    private static IReadOnlyList<string> WriteTwo(string staging)
    {
        File.WriteAllText(Path.Combine(staging, "tables.xlsx"), "new");
        Directory.CreateDirectory(Path.Combine(staging, "csv"));
        File.WriteAllText(Path.Combine(staging, "csv", "01-a.csv"), "new");
        return ["tables.xlsx", Path.Combine("csv", "01-a.csv")];
    }

    [Fact]
    public void A_writer_that_fails_half_way_leaves_no_folder_behind()
    {
        var target = PathIn("out");

        Assert.Throws<InvalidOperationException>(() => AtomicOutput.Write(target, staging =>
        {
            WriteTwo(staging);
            throw new InvalidOperationException("writer failed");
        }));

        Assert.False(Directory.Exists(target));
        AssertNoStagingLeft();
    }

    [Fact]
    public void A_writer_that_fails_half_way_leaves_an_existing_folder_untouched()
    {
        var target = PathIn("out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "tables.xlsx"), "old");
        var before = Snapshot(target);

        Assert.Throws<InvalidOperationException>(() => AtomicOutput.Write(target, staging =>
        {
            WriteTwo(staging);
            throw new InvalidOperationException("writer failed");
        }, BuildCommand.IsOwnOutput));

        AssertUnchanged(before, target);
        AssertNoStagingLeft();
    }

    [Fact]
    public void A_new_folder_gets_exactly_the_files_written()
    {
        var target = PathIn("nested", "out");

        var result = AtomicOutput.Write(target, WriteTwo, BuildCommand.IsOwnOutput);

        Assert.Equal(["tables.xlsx", Path.Combine("csv", "01-a.csv")], result.Written);
        Assert.Empty(result.Removed);
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "csv", "01-a.csv")));
        AssertNoStagingLeft();
    }

    [Theory]
    [InlineData("tables.xlsx", true)]
    [InlineData("csv/01-部门收支总表.csv", true)]
    [InlineData("csv/15-x.csv", true)]
    [InlineData("csv/notes.csv", false)]
    [InlineData("csv/1-x.csv", false)]
    [InlineData("01-x.csv", false)]
    [InlineData("other/01-x.csv", false)]
    [InlineData("tables-2024.xlsx", false)]
    public void Only_the_build_own_file_names_count_as_its_output(string path, bool own) =>
        Assert.Equal(own, BuildCommand.IsOwnOutput(path.Replace('/', Path.DirectorySeparatorChar)));
}

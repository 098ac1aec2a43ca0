namespace Yusuan.Cli.Tests;

/// <summary><c>yusuan build --format txt</c>: the published document as plain text, next to the tables.</summary>
public sealed class BuildDocumentTests : TempDirTest
{
    [Fact]
    public void Txt_writes_the_document_with_its_narrative()
    {
        var r = Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", PathIn("out"), "--format", "xlsx,txt");

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.Contains(Path.Combine(PathIn("out"), "document.txt"), r.Out);
        var text = File.ReadAllText(PathIn("out", "document.txt"));
        Assert.Contains("广元市社会保险事务中心2025年收支预算总数1183.38万元，比2024年收支预算总数减少5.34万元，主要原因是2025年预算人数较上年减少1人。", text);
        Assert.Contains("第三部分 名词解释", text);
        Assert.True(File.Exists(PathIn("out", "tables.xlsx")));
    }

    [Fact]
    public void A_later_build_without_txt_removes_the_document_it_wrote()
    {
        Assert.Equal(ExitCodes.Ok, Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", PathIn("out"), "--format", "txt").Code);
        Assert.True(File.Exists(PathIn("out", "document.txt")));

        Assert.Equal(ExitCodes.Ok, Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", PathIn("out"), "--format", "csv").Code);
        Assert.False(File.Exists(PathIn("out", "document.txt")));
    }
}

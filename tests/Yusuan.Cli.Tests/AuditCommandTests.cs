using System.Text.Json;

namespace Yusuan.Cli.Tests;

/// <summary>yusuan audit FILE.txt: exit codes, the terminal summary and the yusuan-check JSON with text lines.</summary>
public sealed class AuditCommandTests
{
    private static string Reference(string name) => Path.Combine(Cli.Root, "tests", "Yusuan.Audit.Tests", "Reference", name);

    [Fact]
    public void Shenzhen_text_has_errors_located_by_line()
    {
        var result = Cli.Run("audit", Reference("004_da9b153982af61e6.txt"));
        Assert.True(result.Code == 1, result.ToString());
        Assert.Contains("第 449 行（四、城乡社区支出）", result.Out);
        Assert.Contains("错误 3 个，警告 18 个", result.Out);
    }

    [Fact]
    public void Json_is_the_check_schema_with_lines()
    {
        var result = Cli.Run("audit", Reference("000_28b05572a4c2d15e.txt"), "--format", "json");
        Assert.True(result.Code == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("yusuan-check/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal("audit", json.RootElement.GetProperty("inputKind").GetString());
        var names = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == "T-CATALOG-NAME")
            .Select(f => f.GetProperty("place").GetProperty("row").GetInt32()).Order().ToList();
        Assert.Equal([23, 24, 31, 92, 93, 100], names);
    }

    [Fact]
    public void A_file_without_tables_or_missing_is_unusable()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var prose = Path.Combine(dir.FullName, "prose.txt");
            File.WriteAllText(prose, "第一部分 部门概况\n一、部门职责\n");
            Assert.Equal(2, Cli.Run("audit", prose).Code);
            Assert.Equal(2, Cli.Run("audit", Path.Combine(dir.FullName, "missing.txt")).Code);
        }
        finally { dir.Delete(true); }
    }
}

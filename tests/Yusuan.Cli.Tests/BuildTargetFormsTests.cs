using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Yusuan.Cli.Tests;

/// <summary><c>yusuan build</c> writes a budget's 绩效目标 forms after its tables: a sheet and a CSV per form kind.</summary>
public sealed class BuildTargetFormsTests : TempDirTest
{
    private static List<string> SheetNames(string path)
    {
        using var workbook = SpreadsheetDocument.Open(path, false);
        return workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
    }

    [Fact]
    public void Shandong_sample_builds_its_tables_and_the_approval_forms()
    {
        var outDir = PathIn("out");

        var r = Cli.Run("build", Cli.Sample("shandong-2021"), "-o", outDir);

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.Contains("绩效目标：3 张表样", r.Err);
        var sheets = SheetNames(Path.Combine(outDir, "tables.xlsx"));
        Assert.Equal(15, sheets.Count);
        Assert.Equal("表1 收支总表", sheets[0]);
        Assert.Equal("项目支出绩效目标批复表", sheets[^1]);
        var csv = File.ReadAllText(Path.Combine(outDir, "csv", "15-项目支出绩效目标批复表.csv"));
        Assert.StartsWith("2021年，某县水利局纳入绩效目标管理的项目3个", csv);
        Assert.Contains("项目名称,小型水库工程运行维护", csv);
    }

    [Fact]
    public void Bazhong_sample_gets_a_sheet_per_form_kind()
    {
        var outDir = PathIn("out");

        var r = Cli.Run("build", Cli.Sample("bazhong-2021"), "-o", outDir, "--allow-errors");

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        var sheets = SheetNames(Path.Combine(outDir, "tables.xlsx"));
        Assert.Contains("部门整体支出绩效目标申报表", sheets);
        Assert.Contains("项目支出绩效目标申报表（运转类）", sheets);
        Assert.Contains("项目支出绩效目标申报表（事业发展类）", sheets);
        // bazhong-2021 keeps its published document's mistakes: built with --allow-errors, the draft's first sheet is 检查结果,
        // which has no CSV; the form's CSV carries its printed number, or one after the tables'.
        Assert.Equal("检查结果", sheets[0]);
        Assert.Single(Directory.GetFiles(Path.Combine(outDir, "csv"), "??-部门整体支出绩效目标申报表.csv"));
    }

    [Fact]
    public void A_budget_without_targets_gets_no_form_sheet()
    {
        var input = PathIn("budget.json");
        var json = File.ReadAllText(Cli.SampleJson("shandong-2021"));
        File.WriteAllText(input, json[..json.IndexOf(",\n  \"targets\"", StringComparison.Ordinal)] + "\n}\n");
        var outDir = PathIn("out");

        var r = Cli.Run("build", input, "-o", outDir);

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.DoesNotContain("绩效目标", r.Err);
        Assert.Equal(14, SheetNames(Path.Combine(outDir, "tables.xlsx")).Count);
        Assert.Equal(14, Directory.GetFiles(Path.Combine(outDir, "csv"), "*.csv").Length);
    }

    [Fact]
    public void The_built_workbook_checks_without_reading_problems_from_its_forms()
    {
        var outDir = PathIn("out");
        Assert.Equal(ExitCodes.Ok, Cli.Run("build", Cli.Sample("shandong-2021"), "-o", outDir).Code);

        var r = Cli.Run("check", Path.Combine(outDir, "tables.xlsx"));

        Assert.DoesNotContain("R-READ", r.Out + r.Err);
        Assert.DoesNotContain("批复表", r.Out);
    }
}

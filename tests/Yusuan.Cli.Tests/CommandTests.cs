namespace Yusuan.Cli.Tests;

/// <summary><c>--help</c>, <c>template</c>, <c>catalog</c> and <c>profiles</c>.</summary>
public sealed class CommandTests : TempDirTest
{
    [Theory]
    // In-process the root command is named after the test host, not "yusuan": match what follows the name.
    [InlineData(new[] { "--help" }, " [command] [options]")]
    [InlineData(new[] { "-h" }, " [command] [options]")]
    [InlineData(new[] { "build", "--help" }, " build <input> [options]")]
    [InlineData(new[] { "template", "--help" }, " template [options]")]
    [InlineData(new[] { "catalog", "--help" }, " catalog <year> [<code>] [options]")]
    [InlineData(new[] { "profiles", "--help" }, " profiles [options]")]
    public void Help_works_on_every_command(string[] args, string usage)
    {
        var r = Cli.Run(args);

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.Contains(usage, r.Out);
        Assert.Equal("", r.Err);
    }

    [Fact]
    public void Root_help_lists_every_command_with_its_description()
    {
        var r = Cli.Run("--help");

        Assert.Contains("build <input>", r.Out);
        Assert.Contains("没有错误时生成全部公开表格", r.Out);
        Assert.Contains("生成供单位填报的 xlsx 录入模板", r.Out);
        Assert.Contains("查看某年度的科目", r.Out);
        Assert.Contains("列出内置的披露配置及其表格", r.Out);
    }

    [Fact]
    public void Build_help_names_its_options()
    {
        var r = Cli.Run("build", "--help");

        foreach (var option in new[] { "-o, --output", "--profile", "--catalog", "--format" })
            Assert.Contains(option, r.Out);
    }

    [Fact]
    public void Template_from_a_sample_is_read_back_by_build_into_the_same_tables()
    {
        var template = PathIn("budget.xlsx");

        var t = Cli.Run("template", "-o", template, "--from", Cli.Sample("guangyuan-2025-corrected"));
        var fromXlsx = Cli.Run("build", template, "-o", PathIn("from-xlsx"));
        var fromJson = Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", PathIn("from-json"));

        Assert.True(t.Code == ExitCodes.Ok, t.ToString());
        Assert.Equal(template, t.Out.Trim());
        Assert.True(fromXlsx.Code == ExitCodes.Ok, fromXlsx.ToString());
        Assert.Equal(0, fromJson.Code);
        var csv = Directory.GetFiles(PathIn("from-json", "csv")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(csv, Directory.GetFiles(PathIn("from-xlsx", "csv")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var f in csv)
            Assert.Equal(File.ReadAllText(PathIn("from-json", "csv", f!)), File.ReadAllText(PathIn("from-xlsx", "csv", f!)));
        Assert.Empty(Directory.GetFiles(Dir, "*.tmp-*"));
    }

    [Fact]
    public void Blank_template_is_a_readable_workbook_whose_missing_data_build_reports()
    {
        var template = PathIn("blank.xlsx");

        var t = Cli.Run("template", "-o", template, "--year", "2025", "--profile", "sichuan-2025");
        var b = Cli.Run("build", template, "-o", PathIn("out"));

        Assert.True(t.Code == ExitCodes.Ok, t.ToString());
        Assert.True(b.Code == ExitCodes.BudgetErrors, b.ToString()); // read, not refused: its content is what is missing
        Assert.Contains("没有任何预算单位", b.Err);
        Assert.False(Directory.Exists(PathIn("out")));
    }

    [Fact]
    public void Template_creates_missing_folders_and_replaces_an_existing_file()
    {
        var template = PathIn("a", "b", "budget.xlsx");
        Assert.Equal(0, Cli.Run("template", "-o", template).Code);
        Assert.True(File.Exists(template));

        File.WriteAllText(template, "old");
        Assert.Equal(0, Cli.Run("template", "-o", template).Code);
        Assert.NotEqual("old", File.ReadAllText(template));
    }

    [Fact]
    public void Template_refusals_exit_2()
    {
        var year = Cli.Run("template", "-o", PathIn("t.xlsx"), "--year", "1990");
        Assert.True(year.Code == ExitCodes.UnusableInput, year.ToString());
        Assert.Contains("没有 1990 年的支出功能分类科目", year.Err);

        var profile = Cli.Run("template", "-o", PathIn("t.xlsx"), "--profile", "nope");
        Assert.Equal(ExitCodes.UnusableInput, profile.Code);
        Assert.Contains("找不到披露配置“nope”", profile.Err);

        var from = Cli.Run("template", "-o", PathIn("t.xlsx"), "--from", PathIn("nothere.json"));
        Assert.Equal(ExitCodes.UnusableInput, from.Code);
        Assert.Contains("nothere.json：文件不存在", from.Err);

        Directory.CreateDirectory(PathIn("folder.xlsx"));
        var folder = Cli.Run("template", "-o", PathIn("folder.xlsx"));
        Assert.Equal(ExitCodes.UnusableInput, folder.Code);
        Assert.Contains("是一个文件夹", folder.Err);

        Assert.False(File.Exists(PathIn("t.xlsx")));
    }

    [Fact]
    public void Template_from_a_budget_with_errors_exits_1_and_writes_nothing()
    {
        var input = SampleWith("budget.json", "\"type\": \"参公\"", "\"type\": \"企业\"");

        var r = Cli.Run("template", "-o", PathIn("t.xlsx"), "--from", input);

        Assert.True(r.Code == ExitCodes.BudgetErrors, r.ToString());
        Assert.Contains("budget.json › units › 第 1 行 › type：单位类型“企业”无法识别", r.Err);
        Assert.False(File.Exists(PathIn("t.xlsx")));
    }

    [Fact]
    public void Catalog_prints_the_subtree_of_a_code()
    {
        var r = Cli.Run("catalog", "2025", "208");

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("2025 年支出功能分类", lines[0]);
        Assert.Equal("208  社会保障和就业支出", lines[1]);
        Assert.Contains("  20801  人力资源和社会保障管理事务", lines);
        Assert.Contains("    2080109  社会保险经办机构", lines);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("208", l.TrimStart()));
    }

    [Fact]
    public void Catalog_picks_the_economic_classification_for_3xx_codes()
    {
        var r = Cli.Run("catalog", "2025", "302");

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.StartsWith("2025 年部门预算支出经济分类", r.Out);
        Assert.Contains("  30201  办公费", r.Out);
    }

    [Fact]
    public void Catalog_without_a_code_lists_the_top_level()
    {
        var r = Cli.Run("catalog", "2025");

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.Contains("208  社会保障和就业支出", r.Out);
        Assert.Contains("210  卫生健康支出", r.Out);
        Assert.DoesNotContain("20801", r.Out);
    }

    [Fact]
    public void Unknown_catalog_code_names_the_nearest_codes()
    {
        var r = Cli.Run("catalog", "2025", "2080188");

        Assert.True(r.Code == ExitCodes.UnusableInput, r.ToString());
        Assert.Contains("2025 年支出功能分类中没有科目 2080188；相近的：2080101 行政运行；", r.Err);
        Assert.Equal("", r.Out);
    }

    [Theory]
    [InlineData(new[] { "catalog", "1990" }, "没有 1990 年的支出功能分类科目")]
    [InlineData(new[] { "catalog", "2025", "208", "--kind", "foo" }, "--kind 不认识：foo")]
    [InlineData(new[] { "catalog", "2025", "--catalog", "/no/such/folder" }, "--catalog：文件夹 /no/such/folder 不存在")]
    [InlineData(new[] { "catalog", "明年" }, "Cannot parse argument '明年'")]
    public void Catalog_refusals_exit_2(string[] args, string message)
    {
        var r = Cli.Run(args);

        Assert.True(r.Code == ExitCodes.UnusableInput, r.ToString());
        Assert.Contains(message, r.Err);
    }

    [Fact]
    public void Profiles_lists_the_bundled_profiles_with_their_tables()
    {
        var r = Cli.Run("profiles");

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.Contains("sichuan-2025  ", r.Out);
        Assert.Contains("部门收支总表", r.Out);
        Assert.Equal("", r.Err);
    }
}

using System.Diagnostics;
using System.IO.Compression;
using Yusuan.Checks;

namespace Yusuan.Cli.Tests;

/// <summary>build checks before it publishes; --allow-errors writes a draft; catalog years; sorted and collapsed output.</summary>
public sealed class BuildChecksTests : TempDirTest
{
    [Fact]
    public void Budget_with_errors_is_not_built_nothing_is_written_and_exit_is_1()
    {
        var outDir = PathIn("out");

        var r = Cli.Run("build", Cli.Sample("guangyuan-2025"), "-o", outDir);

        Assert.True(r.Code == ExitCodes.BudgetErrors, r.ToString());
        Assert.Contains("[错误 P-WEIGHT-TOTAL] budget.json › targets.projects › 第 6 行 › indicators", r.Err);
        Assert.Contains("[警告 P-RATE-PERCENT]", r.Err);
        Assert.Contains("错误 4 个，警告 2 个，提示 0 个", r.Err);
        Assert.Contains("未生成任何文件", r.Err);
        Assert.Contains("--allow-errors", r.Err);
        Assert.Equal("", r.Out);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void The_readme_sample_builds_silently_clean()
    {
        var r = Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", PathIn("out"), "--format", "xlsx");

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.Contains("检查：错误 0 个，警告 0 个，提示 0 个", r.Err);
        Assert.DoesNotContain("[错误", r.Err);
        Assert.DoesNotContain("[警告", r.Err);
        Assert.DoesNotContain("草稿", r.Err);
        Assert.Equal(["build", "samples/guangyuan-2025-corrected"],
            File.ReadAllText(Path.Combine(Cli.Root, "README.md")).Split("src/Yusuan.Cli -- ")[1].Split(' ').Take(2));
    }

    [Fact]
    public void Warnings_print_and_do_not_stop_the_build()
    {
        var r = Cli.Run("build", Cli.Sample("department-2025"), "-o", PathIn("out"), "--format", "csv");

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.Contains("[警告 P-PROJECT-NO-TARGET]", r.Err);
        Assert.Matches("错误 0 个，警告 \\d+ 个", r.Err);
        Assert.NotEmpty(Directory.GetFiles(PathIn("out", "csv")));
    }

    [Fact]
    public void Allow_errors_writes_a_draft_marked_on_every_page_that_lists_the_findings()
    {
        var outDir = PathIn("out");

        var r = Cli.Run("build", Cli.Sample("guangyuan-2025"), "-o", outDir, "--allow-errors", "--format", "xlsx,docx,html,txt,pdf");

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.Contains("草稿：错误 4 个，警告 2 个，提示 0 个，不得公开", r.Err);

        var text = File.ReadAllText(Path.Combine(outDir, "document.txt"));
        Assert.StartsWith("【草稿】", text);
        Assert.Contains("草稿：检查发现的问题", text);
        Assert.Contains("1. [错误 P-WEIGHT-TOTAL] budget.json › targets.projects › 第 6 行 › indicators", text);
        Assert.True(text.IndexOf("草稿：检查发现的问题", StringComparison.Ordinal) < text.IndexOf("第一部分", StringComparison.Ordinal));

        Assert.Contains("class=\"draft-banner\"", File.ReadAllText(Path.Combine(outDir, "document.html")));

        using (var docx = ZipFile.OpenRead(Path.Combine(outDir, "document.docx")))
        {
            var header = Assert.Single(docx.Entries, e => e.FullName.StartsWith("word/header", StringComparison.Ordinal));
            using (var reader = new StreamReader(header.Open())) Assert.Contains("草稿", reader.ReadToEnd());
            using var body = new StreamReader(docx.GetEntry("word/document.xml")!.Open());
            var xml = body.ReadToEnd();
            // Every section (the cover's first page included) carries the header.
            Assert.Equal(Count(xml, "<w:sectPr"), Count(xml, "<w:headerReference w:type=\"default\""));
            Assert.Equal(1, Count(xml, "<w:headerReference w:type=\"first\""));
        }

        using (var xlsx = ZipFile.OpenRead(Path.Combine(outDir, "tables.xlsx")))
        {
            using var workbook = new StreamReader(xlsx.GetEntry("xl/workbook.xml")!.Open());
            var sheets = workbook.ReadToEnd();
            Assert.True(sheets.IndexOf("name=\"检查结果\"", StringComparison.Ordinal) < sheets.IndexOf("name=\"附表", StringComparison.Ordinal));
            using var strings = new StreamReader(xlsx.GetEntry("xl/sharedStrings.xml")!.Open());
            var shared = strings.ReadToEnd();
            Assert.Contains("草稿：预算数据未通过检查", shared);
            Assert.Contains("[错误 P-WEIGHT-TOTAL]", shared);
        }

        // PDF: 草稿 at the top of every page (pdftotext, poppler-utils, is a test prerequisite: README).
        var pages = PdfPages(Path.Combine(outDir, "document.pdf"));
        Assert.True(pages.Count > 10);
        Assert.All(pages, p => Assert.Contains("草稿 · 未通过检查，不得公开", p));
    }

    [Fact]
    public void A_clean_build_has_no_draft_marks()
    {
        var outDir = PathIn("out");
        Assert.Equal(ExitCodes.Ok, Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", outDir, "--format", "xlsx,html,txt").Code);

        Assert.DoesNotContain("草稿", File.ReadAllText(Path.Combine(outDir, "document.txt")));
        Assert.DoesNotContain("draft-banner", File.ReadAllText(Path.Combine(outDir, "document.html")));
        using var xlsx = ZipFile.OpenRead(Path.Combine(outDir, "tables.xlsx"));
        using var workbook = new StreamReader(xlsx.GetEntry("xl/workbook.xml")!.Open());
        Assert.DoesNotContain("检查结果", workbook.ReadToEnd());
    }

    private static int Count(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    private static List<string> PdfPages(string pdf)
    {
        using var p = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return text.Split('\f').Where(t => t.Trim().Length > 0).ToList();
    }
}

public sealed class CatalogYearCliTests
{
    [Fact]
    public void Catalog_of_a_year_past_the_newest_says_which_it_uses()
    {
        var r = Cli.Run("catalog", "2030", "208");

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.Contains("警告：2030 年晚于科目表的最新年度 2025 年：按 2025 年的科目（编码和名称）使用", r.Err);
        Assert.StartsWith("2025 年支出功能分类（用于 2030 年）", r.Out);
        Assert.Contains("2080109", r.Out);
    }

    [Fact]
    public void Catalog_of_a_covered_year_warns_nothing()
    {
        var r = Cli.Run("catalog", "2025", "208");
        Assert.Equal(ExitCodes.Ok, r.Code);
        Assert.Equal("", r.Err);
    }
}

public sealed class CheckOutputOrderTests
{
    private static Finding At(string rule, Place place, string message = "…") => new(rule, Severity.Error, place, message);

    [Fact]
    public void Findings_are_sorted_by_file_sheet_and_row()
    {
        var report = new CheckReport(
        [
            At("P-A", new Place { File = "budget.json", Sheet = "targets.projects[10].indicators", Row = 1 }),
            At("B-B", new Place { File = "budget.json", Sheet = "expenditures", Row = 9 }),
            At("P-C", new Place { File = "budget.json", Sheet = "targets.projects[2].indicators", Row = 3 }),
            At("B-D", new Place { File = "budget.json", Sheet = "expenditures", Row = 2 }),
            At("P-E", new Place { File = "budget.json", Sheet = "targets.projects[2].indicators", Row = 1 }),
        ]);
        var input = new CheckedInput("budget.json", "budget", "sichuan-2025", []);

        var groups = CheckOutput.Groups(report, input).ToList();

        Assert.Equal(["budget.json › expenditures", "budget.json › targets.projects[2].indicators", "budget.json › targets.projects[10].indicators"],
            groups.Select(g => g.Key));
        Assert.Equal(["B-D", "B-B"], groups[0].Select(f => f.RuleId));
        Assert.Equal(["P-E", "P-C"], groups[1].Select(f => f.RuleId));
    }

    [Fact]
    public void Identical_findings_are_collapsed_with_a_count()
    {
        var same = new Place { File = "budget.json", Sheet = "expenditures" };
        var report = new CheckReport(
        [
            At("B-X", same with { Row = 7 }, "同一问题"),
            At("B-Y", same with { Row = 5 }, "另一问题"),
            At("B-X", same with { Row = 3 }, "同一问题"),
            At("B-X", same with { Row = 12 }, "同一问题"),
            At("B-Z", new Place { File = "budget.json" }, "整体"),
            At("B-Z", new Place { File = "budget.json" }, "整体"),
        ]);
        var input = new CheckedInput("budget.json", "budget", null, []);
        var text = new StringWriter();

        CheckOutput.WriteText(report, input, text, color: false);

        var lines = text.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith('[')).ToList();
        Assert.Equal(
        [
            "[错误 B-Z] budget.json: 整体（共 2 处）",
            "[错误 B-X] budget.json › expenditures › 第 3 行: 同一问题（共 3 处：第 3、7、12 行）",
            "[错误 B-Y] budget.json › expenditures › 第 5 行: 另一问题",
        ], lines);
        // The counts are of findings, not of lines.
        Assert.Contains("错误 6 个", text.ToString());
        Assert.Equal(lines, CheckOutput.Lines(report, input));
    }
}

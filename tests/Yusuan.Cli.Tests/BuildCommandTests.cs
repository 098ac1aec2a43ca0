using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Yusuan.Cli.Tests;

/// <summary><c>yusuan build</c>: exit codes 0 / 1 / 2, what is written, and that a failed run writes nothing.</summary>
public sealed class BuildCommandTests : TempDirTest
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void A_CFF_only_font_stops_a_pdf_build_with_exit_2_and_only_warns_otherwise()
    {
        const string noto = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
        // .ci/setup installs fonts-noto-cjk; only a developer's machine without it skips the check.
        if (!File.Exists(noto))
        {
            Assert.False(Environment.GetEnvironmentVariable("YUSUAN_REQUIRE_TOOLS") == "1", $"{noto} missing: .ci/setup installs fonts-noto-cjk");
            return;
        }
        var saved = Environment.GetEnvironmentVariable(Pdf.CjkFontLocator.EnvironmentVariable);
        Environment.SetEnvironmentVariable(Pdf.CjkFontLocator.EnvironmentVariable, noto + ":2");
        try
        {
            var asked = Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", PathIn("pdf"), "--format", "pdf");
            Assert.True(asked.Code == ExitCodes.UnusableInput, asked.ToString());
            Assert.Contains("CFF", asked.Err);
            Assert.Contains(Pdf.CjkFontLocator.BodyPackage, asked.Err);
            Assert.DoesNotContain("内部错误", asked.Err);
            var byDefault = Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", PathIn("all"));
            Assert.True(byDefault.Code == ExitCodes.Ok, byDefault.ToString());
            Assert.Contains("跳过 PDF", byDefault.Err);
            Assert.False(File.Exists(PathIn("all", "document.pdf")));
            Assert.True(File.Exists(PathIn("all", "document.docx")));
        }
        finally { Environment.SetEnvironmentVariable(Pdf.CjkFontLocator.EnvironmentVariable, saved); }
    }

    [Fact]
    public void Sample_builds_into_a_workbook_and_a_csv_per_table_and_form_kind_with_a_bom()
    {
        var outDir = PathIn("out");

        var r = Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", outDir);

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        // Each CSV carries the document's table number: 表1–表12, the project targets as 表13 (sichuan-2025's one
        // target form), then the two tables the document prints without a number, numbered after them; and a README.
        var csv = Directory.GetFiles(Path.Combine(outDir, "csv")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(16, csv.Count);
        Assert.Equal(Enumerable.Range(1, 15).Select(i => $"{i:D2}-"), csv.Where(f => f != "README.txt").Select(f => f![..3]));
        Assert.Contains("01-部门收支总表.csv", csv);
        Assert.Contains("13-表13_部门预算项目绩效目标表.csv", csv);
        Assert.Contains("15-政府购买服务预算表.csv", csv);
        var readme = File.ReadAllText(Path.Combine(outDir, "csv", "README.txt"));
        Assert.Contains("前导 0", readme);
        Assert.Contains("文本", readme);
        foreach (var f in Directory.GetFiles(Path.Combine(outDir, "csv"), "*.csv"))
        {
            var bytes = File.ReadAllBytes(f);
            Assert.True(bytes.AsSpan().StartsWith(Utf8Bom), $"{f} has no UTF-8 BOM");
            Assert.True(bytes.Length > 100, f);
        }
        Assert.StartsWith("部门收支总表", File.ReadAllText(Path.Combine(outDir, "csv", "01-部门收支总表.csv")));
        using (var workbook = SpreadsheetDocument.Open(Path.Combine(outDir, "tables.xlsx"), false))
        {
            Assert.Equal(15, workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Count());
            // Sheets carry the document's numbers (表13), the tables it prints without one their titles.
            var names = workbook.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Select(x => x.Name!.Value!).ToList();
            Assert.Contains(names, n => n.StartsWith("表13", StringComparison.Ordinal));
            Assert.Contains(names, n => n.StartsWith("政府购买服务预算表", StringComparison.Ordinal));
            // Codes are text cells, never numbers (a unit code such as 342601, a 科目编码 such as 2080501, keep their digits as written).
            var shared = workbook.WorkbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var cells = workbook.WorkbookPart.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<Cell>()).ToList();
            string TextOf(Cell cell) => cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)] : cell.InnerText;
            Assert.Contains(cells, c => c.DataType is not null && c.DataType.Value != CellValues.Number && TextOf(c) == "342601");
            Assert.DoesNotContain(cells, c => (c.DataType is null || c.DataType.Value == CellValues.Number) && c.CellValue?.Text == "342601");
        }

        // stdout lists exactly the files written (for scripts); progress goes to stderr.
        // The default formats are xlsx, csv and the published document as PDF, DOCX and HTML (.ci/setup installs the PDF's font).
        var listed = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(20, listed.Length); // 15 CSVs and csv/README.txt, the workbook and three documents
        Assert.Contains(Path.Combine(outDir, "tables.xlsx"), listed);
        Assert.Contains(Path.Combine(outDir, "document.pdf"), listed);
        Assert.All(listed, f => Assert.True(File.Exists(f), f));
        Assert.Contains("完成：20 个文件", r.Err);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(outDir, "document.html")));
        using (var docx = WordprocessingDocument.Open(Path.Combine(outDir, "document.docx"), false))
            Assert.Contains("部门收支总表", docx.MainDocumentPart!.Document!.InnerText);
        Assert.StartsWith("%PDF-", File.ReadAllText(Path.Combine(outDir, "document.pdf"))[..8]);
        Assert.Equal(["csv", "document.docx", "document.html", "document.pdf", "tables.xlsx"],
            Directory.EnumerateFileSystemEntries(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        AssertNoStagingLeft();
    }

    [Fact]
    public void Json_file_and_folder_holding_it_give_the_same_tables()
    {
        Assert.Equal(0, Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", PathIn("a")).Code);
        Assert.Equal(0, Cli.Run("build", Cli.SampleJson("guangyuan-2025-corrected"), "-o", PathIn("b"), "--format", "csv").Code);

        Assert.False(File.Exists(PathIn("b", "tables.xlsx")));
        foreach (var f in Directory.GetFiles(PathIn("b", "csv")))
            Assert.Equal(File.ReadAllBytes(PathIn("a", "csv", Path.GetFileName(f))), File.ReadAllBytes(f));
    }

    [Fact]
    public void Validation_error_exits_1_with_located_message_and_writes_nothing()
    {
        var input = SampleWith("budget.json", "\"functional\": \"2080109\"", "\"functional\": \"2080188\"");
        var outDir = PathIn("out");

        var r = Cli.Run("build", input, "-o", outDir);

        Assert.True(r.Code == ExitCodes.BudgetErrors, r.ToString());
        Assert.Contains("预算数据有 1 处错误，未生成任何文件", r.Err);
        Assert.Contains("budget.json › expenditures › 第 1 行 › functional：支出功能分类科目 2080188 不存在于 2025 年科目中", r.Err);
        Assert.Contains("相近的有效科目：2080101 行政运行", r.Err);
        Assert.Equal("", r.Out);
        Assert.False(Directory.Exists(outDir));
        AssertNoStagingLeft();
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_in_one_run()
    {
        var input = SampleWith("budget.json", "\"functional\": \"2080109\"", "\"functional\": \"208\"");
        File.WriteAllText(input, File.ReadAllText(input).Replace("\"amount\": 1183.38", "\"amount\": -1183.38"));

        var r = Cli.Run("build", input, "-o", PathIn("out"));

        Assert.Equal(ExitCodes.BudgetErrors, r.Code);
        Assert.Contains("预算数据有 2 处错误", r.Err);
        Assert.Contains("budget.json › income › 第 1 行 › amount：金额 -1183.38 为负数", r.Err);
        Assert.Contains("budget.json › expenditures › 第 1 行 › functional：208 社会保障和就业支出 是类级科目", r.Err);
    }

    [Fact]
    public void Failed_build_leaves_an_existing_output_folder_untouched()
    {
        var outDir = PathIn("out");
        Directory.CreateDirectory(Path.Combine(outDir, "csv"));
        File.WriteAllText(Path.Combine(outDir, "tables.xlsx"), "last year's workbook");
        File.WriteAllText(Path.Combine(outDir, "csv", "01-部门收支总表.csv"), "old");
        File.WriteAllText(Path.Combine(outDir, "csv", "15-old.csv"), "old");
        File.WriteAllText(Path.Combine(outDir, "说明.txt"), "mine");
        var before = Snapshot(outDir);
        var input = SampleWith("budget.json", "\"amount\": 1183.38", "\"amount\": \"一千\"");

        var r = Cli.Run("build", input, "-o", outDir);

        Assert.True(r.Code == ExitCodes.BudgetErrors, r.ToString());
        Assert.Contains("budget.json › income › 第 1 行 › amount：“一千”不是数字", r.Err);
        AssertUnchanged(before, outDir);
        AssertNoStagingLeft();
    }

    [Fact]
    public void Rebuild_replaces_the_previous_output_and_removes_its_stale_tables_but_no_other_file()
    {
        var outDir = PathIn("out");
        Assert.Equal(0, Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", outDir).Code);
        var first = Snapshot(outDir);
        File.WriteAllText(Path.Combine(outDir, "tables.xlsx"), "stale");
        File.WriteAllText(Path.Combine(outDir, "csv", "15-另一配置的表.csv"), "stale"); // e.g. a profile with more tables
        File.WriteAllText(Path.Combine(outDir, "csv", "我的笔记.csv"), "mine");
        File.WriteAllText(Path.Combine(outDir, "说明.txt"), "mine");

        var r = Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", outDir);

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.Contains("已删除上次生成、本次未生成的 1 个文件", r.Err);
        Assert.Contains(Path.Combine(outDir, "csv", "15-另一配置的表.csv"), r.Err);
        Assert.False(File.Exists(Path.Combine(outDir, "csv", "15-另一配置的表.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(outDir, "csv", "我的笔记.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(outDir, "说明.txt")));
        Assert.NotEqual("stale", File.ReadAllText(Path.Combine(outDir, "tables.xlsx")));
        foreach (var (file, bytes) in first.Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal)))
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(outDir, file)));
        AssertNoStagingLeft();
    }

    [Fact]
    public void Without_a_cjk_font_the_default_build_skips_the_pdf_and_an_asked_for_pdf_is_refused()
    {
        var outDir = PathIn("out");
        var saved = Environment.GetEnvironmentVariable("YUSUAN_PDF_FONT");
        Environment.SetEnvironmentVariable("YUSUAN_PDF_FONT", PathIn("no-such-font.ttf"));
        try
        {
            var r = Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", outDir);
            Assert.True(r.Code == ExitCodes.Ok, r.ToString());
            Assert.Contains("跳过 PDF", r.Err);
            Assert.Contains("fonts-wqy-microhei", r.Err);
            Assert.False(File.Exists(Path.Combine(outDir, "document.pdf")));
            Assert.True(File.Exists(Path.Combine(outDir, "tables.xlsx")));

            var asked = Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", PathIn("out2"), "--format", "pdf");
            Assert.Equal(ExitCodes.UnusableInput, asked.Code);
            Assert.Contains("--format pdf", asked.Err);
            Assert.False(Directory.Exists(PathIn("out2")));
        }
        finally { Environment.SetEnvironmentVariable("YUSUAN_PDF_FONT", saved); }
    }

    [Fact]
    public void Building_one_format_removes_the_other_format_of_the_previous_run()
    {
        var outDir = PathIn("out");
        Assert.Equal(0, Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", outDir).Code);

        var r = Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", outDir, "--format", "xlsx");

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.Contains("已删除上次生成、本次未生成的 19 个文件", r.Err);
        Assert.Equal(["tables.xlsx"], Directory.EnumerateFileSystemEntries(outDir).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failure_while_moving_files_into_place_restores_the_previous_output()
    {
        var outDir = PathIn("out");
        Assert.Equal(0, Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", outDir).Code);
        foreach (var f in Directory.GetFiles(outDir, "*", SearchOption.AllDirectories)) File.WriteAllText(f, "previous run");
        // A folder where this run's fifth CSV must go: moving that file in fails half-way through.
        var blocker = Directory.GetFiles(Path.Combine(outDir, "csv"), "05-*.csv").Single();
        File.Delete(blocker);
        Directory.CreateDirectory(blocker);
        File.WriteAllText(Path.Combine(blocker, "x"), "in the way");
        var before = Snapshot(outDir);

        var r = Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", outDir);

        Assert.True(r.Code == ExitCodes.UnusableInput, r.ToString());
        Assert.Contains($"无法写入输出文件夹 {outDir}", r.Err);
        Assert.Contains("输出文件夹未作任何改动", r.Err);
        Assert.Equal("", r.Out);
        AssertUnchanged(before, outDir);
        AssertNoStagingLeft();
    }

    [Fact]
    public void Output_path_that_is_a_file_is_refused()
    {
        var file = PathIn("out");
        File.WriteAllText(file, "a file");

        var r = Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", file);

        Assert.Equal(ExitCodes.UnusableInput, r.Code);
        Assert.Contains($"--output：{file} 是一个文件，不是文件夹", r.Err);
        Assert.Equal("a file", File.ReadAllText(file));
        AssertNoStagingLeft();
    }

    [Fact]
    public void Missing_input_file_exits_2()
    {
        var r = Cli.Run("build", PathIn("nothere.json"), "-o", PathIn("out"));

        Assert.Equal(ExitCodes.UnusableInput, r.Code);
        Assert.Contains("无法使用输入文件", r.Err);
        Assert.Contains($"{PathIn("nothere.json")}：文件不存在", r.Err);
        Assert.False(Directory.Exists(PathIn("out")));
    }

    [Fact]
    public void Folder_without_a_budget_exits_2()
    {
        Directory.CreateDirectory(PathIn("empty"));

        var r = Cli.Run("build", PathIn("empty"), "-o", PathIn("out"));

        Assert.Equal(ExitCodes.UnusableInput, r.Code);
        Assert.Contains("文件夹中没有 budget.json 或 budget.xlsx", r.Err);
    }

    [Theory]
    [InlineData("budget.txt")]
    [InlineData("budget.pdf")]
    [InlineData("budget.csv")]
    public void Other_file_types_exit_2(string name)
    {
        File.WriteAllText(PathIn(name), "%PDF-1.4 or any text");

        var r = Cli.Run("build", PathIn(name), "-o", PathIn("out"));

        Assert.Equal(ExitCodes.UnusableInput, r.Code);
        Assert.Contains($"{name}：无法读取“{Path.GetExtension(name)}”格式的文件（预算数据应为 .json 或 yusuan template 生成的 .xlsx）", r.Err);
        Assert.False(Directory.Exists(PathIn("out")));
    }

    [Fact]
    public void Corrupt_json_exits_2_with_its_line()
    {
        File.WriteAllText(PathIn("budget.json"), "{\n  \"year\": 2025,\n  \"profile\": \"sichuan-2025\"\n  \"units\": []\n}\n");

        var r = Cli.Run("build", PathIn("budget.json"), "-o", PathIn("out"));

        Assert.True(r.Code == ExitCodes.UnusableInput, r.ToString());
        Assert.Contains("无法使用输入文件", r.Err);
        Assert.Contains("budget.json › 第 4 行：不是有效的 JSON", r.Err);
        Assert.Contains("是否缺少逗号", r.Err);
        Assert.False(Directory.Exists(PathIn("out")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    public void Empty_json_exits_2(string text)
    {
        File.WriteAllText(PathIn("budget.json"), text);

        var r = Cli.Run("build", PathIn("budget.json"), "-o", PathIn("out"));

        Assert.Equal(ExitCodes.UnusableInput, r.Code);
        Assert.Contains("budget.json：文件为空", r.Err);
    }

    [Fact]
    public void Json_that_is_not_an_object_exits_2()
    {
        File.WriteAllText(PathIn("budget.json"), "[1, 2]");

        var r = Cli.Run("build", PathIn("budget.json"), "-o", PathIn("out"));

        Assert.Equal(ExitCodes.UnusableInput, r.Code);
        Assert.Contains("budget.json：JSON 顶层应为对象", r.Err);
    }

    [Fact]
    public void Json_saved_in_gbk_or_utf16_exits_2_and_says_so()
    {
        var text = File.ReadAllText(Cli.SampleJson("guangyuan-2025-corrected"));
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(PathIn("gbk.json"), System.Text.Encoding.GetEncoding("GBK").GetBytes(text));
        File.WriteAllText(PathIn("utf16.json"), text, System.Text.Encoding.Unicode);

        var gbk = Cli.Run("build", PathIn("gbk.json"), "-o", PathIn("out"));
        var utf16 = Cli.Run("build", PathIn("utf16.json"), "-o", PathIn("out"));

        Assert.True(gbk.Code == ExitCodes.UnusableInput, gbk.ToString());
        Assert.Contains("gbk.json › 第 4 行：文件不是 UTF-8 编码（可能是 GBK/GB2312 等）", gbk.Err); // "万元" on line 4
        Assert.Equal(ExitCodes.UnusableInput, utf16.Code);
        Assert.Contains("utf16.json：文件是 UTF-16（Unicode）编码，不是 UTF-8", utf16.Err);
        Assert.False(Directory.Exists(PathIn("out")));
    }

    [Fact]
    public void Json_with_a_utf8_bom_is_read()
    {
        File.WriteAllText(PathIn("budget.json"), File.ReadAllText(Cli.SampleJson("guangyuan-2025-corrected")), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal(0xEF, File.ReadAllBytes(PathIn("budget.json"))[0]);

        var r = Cli.Run("build", PathIn("budget.json"), "-o", PathIn("out"));

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
    }

    [Fact]
    public void Text_file_renamed_to_xlsx_exits_2()
    {
        File.WriteAllText(PathIn("budget.xlsx"), "单位编码,金额\n342601,1183.38\n");

        var r = Cli.Run("build", PathIn("budget.xlsx"), "-o", PathIn("out"));

        Assert.True(r.Code == ExitCodes.UnusableInput, r.ToString());
        Assert.Contains("budget.xlsx：不是有效的 xlsx 工作簿", r.Err);
        Assert.False(Directory.Exists(PathIn("out")));
    }

    [Fact]
    public void Truncated_xlsx_exits_2()
    {
        Assert.Equal(0, Cli.Run("template", "-o", PathIn("full.xlsx"), "--from", Cli.Sample("guangyuan-2025-corrected")).Code);
        var bytes = File.ReadAllBytes(PathIn("full.xlsx"));
        File.WriteAllBytes(PathIn("budget.xlsx"), bytes[..(bytes.Length / 2)]);

        var r = Cli.Run("build", PathIn("budget.xlsx"), "-o", PathIn("out"));

        Assert.True(r.Code == ExitCodes.UnusableInput, r.ToString());
        Assert.Contains("budget.xlsx：不是有效的 xlsx 工作簿", r.Err);
        Assert.DoesNotContain("Unhandled exception", r.Err);
    }

    [Theory]
    [InlineData("--format", "doc", "--format 不认识：doc（可用：xlsx、csv")]
    [InlineData("--format", ",", "--format 没有给出格式")]
    [InlineData("--profile", "nope", "找不到披露配置“nope”")]
    [InlineData("--catalog", "/no/such/folder", "--catalog：文件夹 /no/such/folder 不存在")]
    public void Unusable_options_exit_2(string option, string value, string message)
    {
        var r = Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", PathIn("out"), option, value);

        Assert.True(r.Code == ExitCodes.UnusableInput, r.ToString());
        Assert.Contains(message, r.Err);
        Assert.False(Directory.Exists(PathIn("out")));
    }

    [Theory]
    // The command line's own messages are System.CommandLine's Chinese (zh-Hans) ones.
    [InlineData(new[] { "build" }, "命令缺少所需参数: 'build'")]
    [InlineData(new[] { "build", "a.json", "--no-such-option" }, "未识别命令或参数“'--no-such-option'”")]
    [InlineData(new[] { "frobnicate" }, "未识别命令或参数“'frobnicate'”")]
    [InlineData(new string[0], "未提供必需的命令")]
    public void Command_line_that_does_not_parse_exits_2(string[] args, string message)
    {
        var r = Cli.Run(args);

        Assert.True(r.Code == ExitCodes.UnusableInput, r.ToString());
        Assert.Contains(message, r.Err);
    }
}

public sealed class ProvinceBuildTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "yusuan-province-tests", Guid.NewGuid().ToString("N"));

    public ProvinceBuildTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }

    [Fact]
    public void A_budget_of_more_units_than_a_department_gets_tables_but_no_document_by_default()
    {
        // 100 万元 a unit: build checks first, and 100 元 units would be a budget entered in the wrong unit (B-AMOUNT-UNIT).
        var units = Enumerable.Range(1, BuildCommand.DocumentUnitLimit + 1).Select(i => $"{100000 + i}").ToList();
        var json = $$"""
            {
              "year": 2025, "profile": "sichuan-2025", "amountUnit": "元",
              "department": { "code": "999", "name": "合成省级汇总" },
              "units": [ {{string.Join(",", units.Select(u => $$"""{ "code": "{{u}}", "name": "单位{{u}}", "type": "行政" }"""))}} ],
              "income": [ {{string.Join(",", units.Select(u => $$"""{ "unit": "{{u}}", "source": "一般公共预算拨款收入", "amount": 1000000.00 }"""))}} ],
              "expenditures": [ {{string.Join(",", units.Select(u => $$"""{ "unit": "{{u}}", "functional": "2080109", "economic": "30101", "amount": 1000000.00 }"""))}} ]
            }
            """;
        var input = Path.Combine(_dir, "budget.json");
        File.WriteAllText(input, json);
        var outDir = Path.Combine(_dir, "out");

        var r = Cli.Run("build", input, "-o", outDir);

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.Contains("公开文本按部门编制", r.Err);
        Assert.True(File.Exists(Path.Combine(outDir, "tables.xlsx")));
        Assert.Empty(Directory.GetFiles(outDir, "document.*"));
    }
}

public sealed class BrokenProfileTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "yusuan-broken-profile", Guid.NewGuid().ToString("N"));

    public BrokenProfileTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }

    [Fact]
    public void A_profile_table_that_cannot_be_built_exits_2_and_writes_nothing()
    {
        // Valid JSON with known properties, but a row dimension no builder knows: found only when the table is derived.
        var profile = Path.Combine(_dir, "broken.json");
        File.WriteAllText(profile, """
            { "id": "broken", "name": "坏配置", "projectKinds": ["特定目标类"],
              "tables": [ { "id": "t", "title": "表", "rows": { "dimension": "nonsense" },
                            "columns": [ { "header": "合计", "measure": { "of": "expenditure" } } ] } ] }
            """);
        var outDir = Path.Combine(_dir, "out");

        var r = Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", outDir, "--profile", profile, "--format", "xlsx");

        Assert.Equal(ExitCodes.UnusableInput, r.Code);
        Assert.Contains("配置 broken 无法生成表格", r.Err);
        Assert.Contains("nonsense", r.Err);
        Assert.False(Directory.Exists(outDir));
    }
}

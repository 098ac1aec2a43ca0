using Yusuan.Core.Catalogs;
using Yusuan.Core.Input;
using Yusuan.Core.Model;

namespace Yusuan.Spreadsheet.Tests;

/// <summary>What a clerk gets wrong in the workbook is reported where it is: file › sheet › row › column.</summary>
public sealed class TemplateBadInputTests : IDisposable
{
    private readonly string _dir = TemplateTestFiles.TempDir();

    public void Dispose() => TemplateTestFiles.Delete(_dir);

    private static BudgetInputException AssembleFails(string path) =>
        Assert.Throws<BudgetInputException>(() => new BudgetAssembler().Assemble(TemplateReader.Read(path)));

    [Fact]
    public void Text_in_an_amount_cell_is_located()
    {
        var (_, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        TemplateTestFiles.SetCell(path, "支出明细", "K5", "abc");

        var e = AssembleFails(path);

        var error = Assert.Single(e.Errors);
        Assert.Equal("budget.xlsx › 支出明细 › 第 5 行 › 金额", error.Location.ToString());
        Assert.Contains("abc", error.Problem);
        Assert.False(e.Unreadable);
    }

    [Fact]
    public void Empty_required_amount_is_located()
    {
        var (_, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        TemplateTestFiles.SetCell(path, "支出明细", "K3", null);

        var error = Assert.Single(AssembleFails(path).Errors);
        Assert.Equal("budget.xlsx › 支出明细 › 第 3 行 › 金额", error.Location.ToString());
        Assert.Contains("金额为空", error.Problem);
    }

    [Fact]
    public void Unknown_functional_code_names_the_nearest_valid_codes()
    {
        var (budget, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        var catalog = CatalogLoader.Load(2025).Functional;
        var line = budget.Expenditures[3]; // row 5
        var wrong = line.FunctionalCode[..5] + "88";
        Assert.False(catalog.Contains(wrong));
        TemplateTestFiles.SetCell(path, "支出明细", "B5", wrong);
        TemplateTestFiles.SetCell(path, "支出明细", "C5", null);

        var error = Assert.Single(AssembleFails(path).Errors);

        Assert.Equal(("budget.xlsx", "支出明细", 5), (error.Location.File, error.Location.Sheet, error.Location.Row));
        // The clerk reads the column header they typed into, not the JSON field name.
        Assert.Equal("功能分类科目编码", error.Location.Field);
        Assert.Equal("budget.xlsx › 支出明细 › 第 5 行 › 功能分类科目编码", error.Location.ToString());
        Assert.Contains(wrong, error.Problem);
        Assert.NotNull(error.Allowed);
        Assert.Contains("相近的有效科目", error.Allowed);
        var sibling = catalog.Children(line.FunctionalCode[..5]).First();
        Assert.Contains($"{sibling} {catalog.NameOf(sibling)}", error.Allowed);
    }

    [Fact]
    public void Unit_missing_from_the_unit_sheet_is_located_at_its_column()
    {
        var (_, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        TemplateTestFiles.SetCell(path, "收入", "A2", "999999");

        var error = Assert.Single(AssembleFails(path).Errors);

        Assert.Equal("budget.xlsx › 收入 › 第 2 行 › 单位编码", error.Location.ToString());
        Assert.Contains("999999", error.Problem);
    }

    [Fact]
    public void Code_chosen_from_the_list_with_its_name_is_accepted()
    {
        var (budget, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        var catalogs = CatalogLoader.Load(2025);
        var line = budget.Expenditures[3];
        TemplateTestFiles.SetCell(path, "支出明细", "B5", $"{line.FunctionalCode} {catalogs.Functional.NameOf(line.FunctionalCode)}");
        TemplateTestFiles.SetCell(path, "支出明细", "C5", null);
        TemplateTestFiles.SetCell(path, "支出明细", "D5", $"{line.EconomicCode} {catalogs.Economic.NameOf(line.EconomicCode)}");
        TemplateTestFiles.SetCell(path, "支出明细", "E5", null);

        var raw = TemplateReader.Read(path);
        Assert.Equal(line.FunctionalCode, raw.Expenditures[3].Functional);
        Assert.Equal(catalogs.Functional.NameOf(line.FunctionalCode), raw.Expenditures[3].FunctionalName);
        Assert.Equal(line.EconomicCode, raw.Expenditures[3].Economic);

        var back = new BudgetAssembler().Assemble(raw);
        Assert.Equal(line with { Location = null }, back.Expenditures[3] with { Location = null });
    }

    [Fact]
    public void A_bare_code_typed_as_a_number_is_accepted()
    {
        var (budget, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        var line = budget.Expenditures[3];
        TemplateTestFiles.SetCell(path, "支出明细", "B5", line.FunctionalCode, number: true);
        TemplateTestFiles.SetCell(path, "支出明细", "C5", null);

        var back = new BudgetAssembler().Assemble(TemplateReader.Read(path));
        Assert.Equal(line with { Location = null }, back.Expenditures[3] with { Location = null });
    }

    [Fact]
    public void A_wrong_name_beside_a_code_is_reported()
    {
        var (budget, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        var line = budget.Expenditures[3];
        TemplateTestFiles.SetCell(path, "支出明细", "B5", $"{line.FunctionalCode} 不存在的名称");
        TemplateTestFiles.SetCell(path, "支出明细", "C5", null);

        var error = Assert.Single(AssembleFails(path).Errors);
        Assert.Equal(5, error.Location.Row);
        Assert.Contains("不存在的名称", error.Problem);
    }

    [Fact]
    public void A_name_that_contradicts_the_code_cell_is_reported_at_the_name_column()
    {
        var (budget, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        var catalog = CatalogLoader.Load(2025).Functional;
        var line = budget.Expenditures[3];
        TemplateTestFiles.SetCell(path, "支出明细", "B5", $"{line.FunctionalCode} {catalog.NameOf(line.FunctionalCode)}");
        TemplateTestFiles.SetCell(path, "支出明细", "C5", "另一个名称");

        var e = AssembleFails(path);
        Assert.Contains(e.Errors, x => x.Location.ToString() == "budget.xlsx › 支出明细 › 第 5 行 › 功能分类科目名称");
    }

    [Fact]
    public void Missing_sheet_is_located()
    {
        var (_, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        TemplateTestFiles.RemoveSheet(path, "支出明细");

        var e = Assert.Throws<BudgetInputException>(() => TemplateReader.Read(path));

        var error = Assert.Single(e.Errors);
        Assert.Equal("budget.xlsx › 支出明细", error.Location.ToString());
        Assert.Contains("缺少工作表", error.Problem);
    }

    [Fact]
    public void Optional_sheets_may_be_removed()
    {
        var (budget, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        TemplateTestFiles.RemoveSheet(path, "政府购买服务");
        TemplateTestFiles.RemoveSheet(path, "代码表");
        TemplateTestFiles.RemoveSheet(path, "说明");

        var back = new BudgetAssembler().Assemble(TemplateReader.Read(path));
        Assert.Equal(budget.Expenditures.Count, back.Expenditures.Count);
    }

    [Fact]
    public void Changed_header_is_located_at_row_1_and_its_column()
    {
        var (_, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        TemplateTestFiles.SetCell(path, "收入", "D1", "金额（万元）");

        var e = Assert.Throws<BudgetInputException>(() => TemplateReader.Read(path));

        var error = Assert.Single(e.Errors);
        Assert.Equal("budget.xlsx › 收入 › 第 1 行 › D 列", error.Location.ToString());
        Assert.Contains("“金额”", error.Problem);
        Assert.Contains("金额（万元）", error.Problem);
    }

    [Fact]
    public void Renamed_text_file_is_unreadable()
    {
        var path = Path.Combine(_dir, "budget.xlsx");
        File.WriteAllText(path, "单位编码,金额\n342601,1183.38\n");

        var e = Assert.Throws<BudgetInputException>(() => TemplateReader.Read(path));

        Assert.True(e.Unreadable);
        var error = Assert.Single(e.Errors);
        Assert.Equal("budget.xlsx", error.Location.ToString());
        Assert.Contains("不是有效的 xlsx", error.Problem);
    }

    [Fact]
    public void Empty_file_and_zip_that_is_no_workbook_are_unreadable()
    {
        var empty = Path.Combine(_dir, "empty.xlsx");
        File.WriteAllBytes(empty, []);
        var e = Assert.Throws<BudgetInputException>(() => TemplateReader.Read(empty));
        Assert.True(e.Unreadable);
        Assert.Contains("文件为空", Assert.Single(e.Errors).Problem);

        var zip = Path.Combine(_dir, "budget.xlsx");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        using (var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open()))
            writer.Write("not a workbook");
        e = Assert.Throws<BudgetInputException>(() => TemplateReader.Read(zip));
        Assert.True(e.Unreadable);
        Assert.Equal("budget.xlsx", Assert.Single(e.Errors).Location.ToString());
    }

    [Fact]
    public void A_foreign_workbook_reports_every_missing_required_sheet()
    {
        var path = Path.Combine(_dir, "budget.xlsx");
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            var ws = wb.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            ws.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(new DocumentFormat.OpenXml.Spreadsheet.SheetData());
            wb.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets(
                new DocumentFormat.OpenXml.Spreadsheet.Sheet { Name = "Sheet1", SheetId = 1, Id = wb.GetIdOfPart(ws) }));
        }

        var e = Assert.Throws<BudgetInputException>(() => TemplateReader.Read(path));

        Assert.Equal(
            ["budget.xlsx › 基本信息", "budget.xlsx › 单位", "budget.xlsx › 收入", "budget.xlsx › 项目", "budget.xlsx › 支出明细"],
            e.Errors.Select(x => x.Location.ToString()));
    }

    [Fact]
    public void Empty_rows_are_skipped_and_rows_keep_their_numbers()
    {
        var (budget, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        TemplateTestFiles.ClearRow(path, "支出明细", 3);

        var back = new BudgetAssembler().Assemble(TemplateReader.Read(path));

        Assert.Equal(budget.Expenditures.Count - 1, back.Expenditures.Count);
        Assert.Equal(budget.Expenditures[2] with { Location = null }, back.Expenditures[1] with { Location = null });
        Assert.Equal(4, back.Expenditures[1].Location!.Row);
    }

    [Theory]
    [InlineData("1183.38", 1183.38)]
    [InlineData("1183.3800000000001", 1183.38)] // binary noise a spreadsheet program may store
    [InlineData("0.30000000000000004", 0.3)]
    [InlineData("1.18338E3", 1183.38)]
    [InlineData("24876530.26", 24876530.26)]
    public void Number_cells_are_read_as_exact_decimals(string stored, double expected)
    {
        var (_, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        TemplateTestFiles.SetCell(path, "收入", "D2", stored, number: true);

        var raw = TemplateReader.Read(path);

        Assert.Equal(decimal.Parse(expected.ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture),
            raw.Income[0].Amount.Value);
    }

    [Fact]
    public void Text_holding_a_number_counts_as_that_number()
    {
        var (_, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        TemplateTestFiles.SetCell(path, "收入", "D2", "11,833,800.00");

        var back = new BudgetAssembler().Assemble(TemplateReader.Read(path));
        Assert.Equal(11833800m, back.Income[0].Amount);
    }

    [Fact]
    public void Amounts_in_wan_yuan_are_converted()
    {
        var (budget, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        TemplateTestFiles.SetCell(path, "基本信息", "B4", "万元");
        TemplateTestFiles.SetCell(path, "收入", "D2", "1183.38", number: true);

        var back = new BudgetAssembler().Assemble(TemplateReader.Read(path));

        Assert.Equal(budget.Income[0].Amount, back.Income[0].Amount);
        Assert.Equal(budget.Expenditures[0].Amount * 10000m, back.Expenditures[0].Amount);
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData(null, false)]
    public void Carried_over_accepts_yes_no_words(string? text, bool expected)
    {
        var (_, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        TemplateTestFiles.SetCell(path, "收入", "C2", text);

        var raw = TemplateReader.Read(path);

        Assert.Equal(expected, raw.Income[0].CarriedOver);
        Assert.Empty(raw.ReadErrors);
    }

    [Fact]
    public void Carried_over_accepts_a_boolean_cell_and_reports_other_words()
    {
        var (_, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        SetBoolean(path, "收入", "C2");
        Assert.True(TemplateReader.Read(path).Income[0].CarriedOver);

        TemplateTestFiles.SetCell(path, "收入", "C2", "也许");
        var error = Assert.Single(AssembleFails(path).Errors);
        Assert.Equal("budget.xlsx › 收入 › 第 2 行 › 是否上年结转", error.Location.ToString());
    }

    [Fact]
    public void Unparseable_year_is_located_in_the_info_sheet()
    {
        var (_, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        TemplateTestFiles.SetCell(path, "基本信息", "B2", "明年");

        var e = AssembleFails(path);
        Assert.Contains(e.Errors, x => x.Location.ToString() == "budget.xlsx › 基本信息 › 第 2 行 › 预算年度");
    }

    private static void SetBoolean(string path, string sheet, string reference)
    {
        TemplateTestFiles.SetCell(path, sheet, reference, "1", number: true);
        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, true);
        TemplateTestFiles.FindCell(doc, sheet, reference)!.DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.Boolean;
    }
}

/// <summary>The 公开文本 and 科目用途 sheets: optional, read into the narrative, their errors located by column header.</summary>
public sealed class TemplateNarrativeTests : IDisposable
{
    private readonly string _dir = TemplateTestFiles.TempDir();

    public void Dispose() => TemplateTestFiles.Delete(_dir);

    [Fact]
    public void Written_rows_name_texts_counts_and_projects_for_the_clerk()
    {
        var (budget, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");

        Assert.Equal("functions 单位职能简介", TemplateTestFiles.Text(path, "公开文本", "A2"));
        Assert.Equal(budget.Narrative!.Texts["functions"], TemplateTestFiles.Text(path, "公开文本", "B2"));
        Assert.Equal("2080109", TemplateTestFiles.Text(path, "科目用途", "A2"));
    }

    [Fact]
    public void A_template_without_the_narrative_sheets_reads_without_narrative()
    {
        var (budget, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        TemplateTestFiles.RemoveSheet(path, "公开文本");
        TemplateTestFiles.RemoveSheet(path, "科目用途");

        var back = new BudgetAssembler().Assemble(TemplateReader.Read(path));

        Assert.Null(back.Narrative);
        Assert.Equal(budget.Expenditures.Count, back.Expenditures.Count);
    }

    [Fact]
    public void A_fresh_template_reads_without_narrative()
    {
        var path = Path.Combine(_dir, "budget.xlsx");
        TemplateWriter.Write(path, 2025, "sichuan-2025");

        Assert.Null(TemplateReader.Read(path).Narrative);
    }

    [Fact]
    public void Clerk_rows_read_by_label_prefix_and_code_with_name()
    {
        var path = Path.Combine(_dir, "budget.xlsx");
        TemplateWriter.Write(path, 2025, "sichuan-2025");
        TemplateTestFiles.SetCell(path, "公开文本", "A2", "单位重点工作");
        TemplateTestFiles.SetCell(path, "公开文本", "B2", "一是……\r\n二是……");
        TemplateTestFiles.SetCell(path, "公开文本", "A3", "vehicles 车辆数");
        TemplateTestFiles.SetCell(path, "公开文本", "B3", "2", number: true);
        TemplateTestFiles.SetCell(path, "公开文本", "A4", "项目用途：预算准备金");
        TemplateTestFiles.SetCell(path, "公开文本", "B4", "主要用于临时增加工作所需开支");
        TemplateTestFiles.SetCell(path, "公开文本", "A5", "项目目标:预算准备金");
        TemplateTestFiles.SetCell(path, "公开文本", "B5", "保障临时工作");
        TemplateTestFiles.SetCell(path, "公开文本", "A6", "staff");
        TemplateTestFiles.SetCell(path, "科目用途", "A2", "2080109 社会保险经办机构");
        TemplateTestFiles.SetCell(path, "科目用途", "B2", "人员经费支出");

        var n = TemplateReader.Read(path).Narrative!;

        Assert.Equal("一是……\n二是……", n.Texts["priorities"]);
        Assert.False(n.Texts.ContainsKey("staff")); // blank is absent
        Assert.Equal(2m, n.Counts["vehicles"].Value);
        Assert.Equal("主要用于临时增加工作所需开支", n.Projects["预算准备金"]);
        Assert.Equal("保障临时工作", n.Goals["预算准备金"]);
        Assert.Equal("人员经费支出", n.Uses["2080109"]);
    }

    [Fact]
    public void Bad_count_is_located_in_the_content_column()
    {
        var (_, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        var row = Enumerable.Range(2, 20).First(r => TemplateTestFiles.Text(path, "公开文本", $"A{r}")!.StartsWith("vehicles", StringComparison.Ordinal));
        TemplateTestFiles.SetCell(path, "公开文本", $"B{row}", "两辆");

        var e = Assert.Throws<BudgetInputException>(() => new BudgetAssembler().Assemble(TemplateReader.Read(path)));

        var error = Assert.Single(e.Errors);
        Assert.Equal($"budget.xlsx › 公开文本 › 第 {row} 行 › 内容", error.Location.ToString());
        Assert.Contains("两辆", error.Problem);
    }

    [Fact]
    public void Duplicate_rows_are_located_in_the_item_column()
    {
        var (_, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        TemplateTestFiles.SetCell(path, "科目用途", "A3", "2080109");

        var e = Assert.Throws<BudgetInputException>(() => new BudgetAssembler().Assemble(TemplateReader.Read(path)));

        var error = Assert.Single(e.Errors);
        Assert.Equal("budget.xlsx › 科目用途 › 第 3 行 › 功能分类科目编码", error.Location.ToString());
    }
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Yusuan.Core.Input;

namespace Yusuan.Spreadsheet.Tests;

/// <summary>
/// Regressions of “silently wrong money” in the xlsx template: an amount cell is read exactly or refused at its sheet,
/// row and column — misplaced separators, dates, TRUE/FALSE, formulas, exponents, figures beyond 10^15.
/// </summary>
public sealed class TemplateAmountTests : IDisposable
{
    private const string Sheet = "支出明细";
    private const string Cell = "K5";
    private const string Where = "budget.xlsx › 支出明细 › 第 5 行 › 金额";
    private readonly string _dir = TemplateTestFiles.TempDir();

    public void Dispose() => TemplateTestFiles.Delete(_dir);

    private static InputError SingleError(string path)
    {
        var e = Assert.Throws<BudgetInputException>(() => new BudgetAssembler().Assemble(TemplateReader.Read(path)));
        Assert.False(e.Unreadable);
        return Assert.Single(e.Errors);
    }

    private string Filled() => TemplateTestFiles.Filled(_dir, "guangyuan-2025").Path;

    [Theory]
    [InlineData("12,3")]
    [InlineData("1,2,3,4")]
    public void Misplaced_thousands_separators_in_a_text_cell_are_refused(string text)
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, Sheet, Cell, text);

        var error = SingleError(path);

        Assert.Equal(Where, error.Location.ToString());
        Assert.Contains("千分位逗号的位置不对", error.Problem);
        Assert.Contains(text, error.Problem);
    }

    [Fact]
    public void Well_grouped_and_full_width_text_cells_are_read_with_their_value()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, Sheet, Cell, "１，２３４．５０");
        TemplateTestFiles.SetCell(path, Sheet, "K6", " 12,345,678 ");

        var budget = new BudgetAssembler().Assemble(TemplateReader.Read(path));

        Assert.Equal(1234.50m, budget.Expenditures[3].Amount);
        Assert.Equal(12345678m, budget.Expenditures[4].Amount);
    }

    [Fact]
    public void A_date_typed_into_an_amount_cell_is_refused_not_read_as_its_serial_number()
    {
        var path = Filled();
        SetStyledNumber(path, Sheet, Cell, "45658", numberFormatId: 14); // 2025-01-01 as Excel stores it

        var error = SingleError(path);

        Assert.Equal(Where, error.Location.ToString());
        Assert.Contains("日期", error.Problem);
    }

    [Fact]
    public void A_custom_date_format_is_a_date_too()
    {
        var path = Filled();
        SetStyledNumber(path, Sheet, Cell, "45658", numberFormatId: 180, formatCode: "yyyy\"年\"m\"月\"d\"日\"");

        Assert.Contains("日期", SingleError(path).Problem);
    }

    [Fact]
    public void A_number_format_with_thousands_is_not_a_date()
    {
        var path = Filled();
        SetStyledNumber(path, Sheet, Cell, "45658", numberFormatId: 181, formatCode: "#,##0.00;[Red]-#,##0.00");

        var budget = new BudgetAssembler().Assemble(TemplateReader.Read(path));

        Assert.Equal(45658m, budget.Expenditures[3].Amount);
    }

    [Fact]
    public void A_boolean_cell_is_refused()
    {
        var path = Filled();
        Edit(path, Sheet, Cell, c => { c.DataType = CellValues.Boolean; c.CellValue = new CellValue("1"); });

        var error = SingleError(path);

        Assert.Equal(Where, error.Location.ToString());
        Assert.Contains("真假值", error.Problem);
    }

    [Fact]
    public void A_formula_is_refused_even_with_its_computed_value()
    {
        var path = Filled();
        Edit(path, Sheet, Cell, c => { c.CellFormula = new CellFormula("K3+K4"); c.CellValue = new CellValue("1000"); });

        var error = SingleError(path);

        Assert.Equal(Where, error.Location.ToString());
        Assert.Contains("公式", error.Problem);
        Assert.Contains("K3+K4", error.Problem);
    }

    [Fact]
    public void Exponent_text_is_refused()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, Sheet, Cell, "1e-400");

        Assert.Contains("科学计数法", SingleError(path).Problem);
    }

    [Fact]
    public void An_underflowing_stored_number_is_refused_not_read_as_zero()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, Sheet, Cell, "1E-400", number: true);

        var error = SingleError(path);

        Assert.Equal(Where, error.Location.ToString());
        Assert.Contains("指数下溢", error.Problem);
    }

    [Fact]
    public void Binary_noise_of_a_stored_number_is_still_cut_at_fifteen_digits()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, Sheet, Cell, "1183.3800000000001", number: true);

        Assert.Equal(1183.38m, new BudgetAssembler().Assemble(TemplateReader.Read(path)).Expenditures[3].Amount);
    }

    [Fact]
    public void An_amount_that_overflows_when_converted_from_wan_yuan_is_an_error_not_an_exception()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, "基本信息", "B4", "万元");
        TemplateTestFiles.SetCell(path, Sheet, Cell, "100000000000000", number: true); // 10^14 万元 = 10^18 元

        var e = Assert.Throws<BudgetInputException>(() => new BudgetAssembler().Assemble(TemplateReader.Read(path)));

        var error = Assert.Single(e.Errors, x => x.Location.ToString() == Where);
        Assert.Contains("超出预算可处理的范围", error.Problem);
    }

    [Fact]
    public void A_figure_beyond_ten_to_the_fifteen_is_an_error()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, Sheet, Cell, "1E+30", number: true);

        var error = SingleError(path);

        Assert.Equal(Where, error.Location.ToString());
        Assert.Contains("超出预算可处理的范围", error.Problem);
    }

    [Fact]
    public void A_name_longer_than_its_limit_is_located_at_its_column()
    {
        var path = Filled();
        TemplateTestFiles.SetCell(path, "单位", "B2", new string('名', TextLimits.Name + 1));

        var error = SingleError(path);

        Assert.Equal("budget.xlsx › 单位 › 第 2 行 › 单位名称", error.Location.ToString());
        Assert.Contains("超过上限 200", error.Problem);
    }

    // ---- workbook edits ----

    private static void Edit(string path, string sheet, string reference, Action<Cell> change)
    {
        TemplateTestFiles.SetCell(path, sheet, reference, "0", number: true);
        using var doc = SpreadsheetDocument.Open(path, true);
        var cell = TemplateTestFiles.FindCell(doc, sheet, reference)!;
        cell.RemoveAllChildren();
        change(cell);
    }

    /// <summary>A number cell with a cell format of the given number format (a built-in id, or a custom code).</summary>
    private static void SetStyledNumber(string path, string sheet, string reference, string stored, uint numberFormatId, string? formatCode = null)
    {
        TemplateTestFiles.SetCell(path, sheet, reference, stored, number: true);
        using var doc = SpreadsheetDocument.Open(path, true);
        var stylesheet = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        if (formatCode is not null)
        {
            stylesheet.NumberingFormats ??= new NumberingFormats();
            stylesheet.NumberingFormats.Append(new NumberingFormat { NumberFormatId = numberFormatId, FormatCode = formatCode });
            stylesheet.NumberingFormats.Count = (uint)stylesheet.NumberingFormats.ChildElements.Count;
        }
        var formats = stylesheet.CellFormats!;
        formats.Append(new CellFormat { NumberFormatId = numberFormatId, ApplyNumberFormat = true });
        formats.Count = (uint)formats.ChildElements.Count;
        TemplateTestFiles.FindCell(doc, sheet, reference)!.StyleIndex = (uint)formats.ChildElements.Count - 1;
    }
}

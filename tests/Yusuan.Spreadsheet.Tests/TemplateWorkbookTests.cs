using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;

namespace Yusuan.Spreadsheet.Tests;

/// <summary>A fresh template: its sheets, headers, frozen header rows, widths and drop-down lists.</summary>
public sealed class TemplateWorkbookTests : IDisposable
{
    private readonly string _dir = TemplateTestFiles.TempDir();
    private readonly string _path;

    public TemplateWorkbookTests()
    {
        _path = Path.Combine(_dir, "budget.xlsx");
        TemplateWriter.Write(_path, 2025, "sichuan-2025");
    }

    public void Dispose() => TemplateTestFiles.Delete(_dir);

    // Declared before Headers, which uses it.
    private static readonly string[] IndicatorHeaders =
        ["一级指标", "二级指标", "三级指标", "四级指标(选填)", "指标性质", "指标值", "度量单位", "权重", "指标方向"];

    private static readonly Dictionary<string, string[]> Headers = new()
    {
        ["单位"] = ["单位编码", "单位名称", "单位类型"],
        ["收入"] = ["单位编码", "资金来源", "是否上年结转", "金额"],
        ["项目"] = ["单位编码", "项目名称", "项目类别"],
        ["支出明细"] =
        [
            "单位编码", "功能分类科目编码", "功能分类科目名称", "经济分类科目编码", "经济分类科目名称", "支出性质", "项目名称",
            "资金来源", "是否上年结转", "政府经济分类科目编码(选填)", "金额",
        ],
        ["三公上年数"] = ["单位编码", "因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"],
        ["政府采购"] = ["单位编码", "项目名称", "采购品目", "采购类别", "数量", "计量单位", .. IncomeSources.AllNames],
        ["政府购买服务"] = ["单位编码", "项目名称", "购买品目", "数量", "计量单位", "单价", .. IncomeSources.AllNames],
        ["上年数"] = ["指标", "金额", "原因"],
        ["绩效目标"] = ["单位编码", "项目名称", "项目属性", "项目期限", "立项依据", "年度目标", "中长期目标", "原表金额(选填)"],
        ["绩效指标"] = ["单位编码", "项目名称", .. IndicatorHeaders],
        ["整体目标"] = ["单位编码", "年度总体目标", "中长期目标", "原表金额合计(选填)"],
        ["整体任务"] = ["单位编码", "任务名称", "任务类别", "对应项目(选填)", "主要内容", "原表金额(选填)"],
        ["整体指标"] = ["单位编码", .. IndicatorHeaders],
        ["公开文本"] = ["项目", "内容"],
        ["科目用途"] = ["功能分类科目编码", "主要用于", "名词解释(选填)"],
    };


    [Fact]
    public void Has_the_sheets_in_order_with_the_code_list_hidden()
    {
        using var doc = SpreadsheetDocument.Open(_path, false);
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(
            ["说明", "基本信息", "单位", "收入", "项目", "支出明细", "三公上年数", "政府采购", "政府购买服务", "上年数",
             "绩效目标", "绩效指标", "整体目标", "整体任务", "整体指标", "公开文本", "科目用途", "代码表"],
            sheets.Select(s => s.Name!.Value));
        Assert.Equal(SheetStateValues.Hidden, sheets[^1].State!.Value);
        Assert.All(sheets.SkipLast(1), s => Assert.Null(s.State));
    }

    [Fact]
    public void Data_sheets_have_their_headers_frozen_and_sized()
    {
        using var doc = SpreadsheetDocument.Open(_path, false);
        foreach (var (sheet, expected) in Headers)
        {
            var ws = TemplateTestFiles.Part(doc, sheet).Worksheet;
            var header = ws.GetFirstChild<SheetData>()!.Elements<Row>().First();
            Assert.Equal(1u, header.RowIndex!.Value);
            Assert.Equal(expected, header.Elements<Cell>().Select(c => c.InlineString!.InnerText));
            var pane = ws.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(1d, pane.VerticalSplit!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            var columns = ws.GetFirstChild<Columns>()!.Elements<Column>().ToList();
            Assert.Equal(expected.Length, columns.Count);
            Assert.All(columns, c => Assert.True(c.Width!.Value >= 6));
            Assert.Single(ws.GetFirstChild<SheetData>()!.Elements<Row>());
        }
    }

    [Fact]
    public void Info_sheet_has_labels_and_values()
    {
        Assert.Equal(["预算年度", "披露配置", "金额单位", "部门编码", "部门名称"],
            new[] { "A2", "A3", "A4", "A5", "A6" }.Select(r => TemplateTestFiles.Text(_path, "基本信息", r)));
        Assert.Equal("2025", TemplateTestFiles.Text(_path, "基本信息", "B2"));
        Assert.Equal("sichuan-2025", TemplateTestFiles.Text(_path, "基本信息", "B3"));
        Assert.Equal("元", TemplateTestFiles.Text(_path, "基本信息", "B4"));
        Assert.Null(TemplateTestFiles.Text(_path, "基本信息", "B5"));
    }

    [Fact]
    public void Instructions_explain_units_totals_codes_and_required_fields()
    {
        using var doc = SpreadsheetDocument.Open(_path, false);
        var text = string.Join("\n", TemplateTestFiles.Part(doc, "说明").Worksheet.Descendants<Cell>().Select(c => c.InnerText));
        Assert.Contains("不要填写任何合计", text);
        Assert.Contains("“元”为单位", text);
        Assert.Contains("万元", text);
        Assert.Contains("2080109 社会保险经办机构", text);
        Assert.Contains("必填", text);
        foreach (var sheet in Headers.Keys) Assert.Contains(sheet + "：", text);
    }

    [Theory]
    [InlineData("支出明细", "B", "List_Functional")]
    [InlineData("支出明细", "D", "List_Economic")]
    [InlineData("支出明细", "J", "List_Government")]
    [InlineData("支出明细", "F", "List_Natures")]
    [InlineData("支出明细", "H", "List_Sources")]
    [InlineData("支出明细", "I", "List_YesNo")]
    [InlineData("支出明细", "A", "List_Units")]
    [InlineData("支出明细", "G", "List_Projects")]
    [InlineData("单位", "C", "List_UnitTypes")]
    [InlineData("收入", "B", "List_Sources")]
    [InlineData("收入", "C", "List_YesNo")]
    [InlineData("项目", "C", "List_ProjectKinds")]
    [InlineData("政府采购", "D", "List_Categories")]
    [InlineData("基本信息", "B", "List_AmountUnits")]
    [InlineData("绩效目标", "A", "List_Units")]
    [InlineData("绩效目标", "B", "List_Projects")]
    [InlineData("绩效目标", "C", "List_TargetAttributes")]
    [InlineData("绩效指标", "B", "List_Projects")]
    [InlineData("绩效指标", "C", "List_IndicatorLevel1")]
    [InlineData("绩效指标", "D", "List_IndicatorLevel2")]
    [InlineData("绩效指标", "G", "List_IndicatorNatures")]
    [InlineData("绩效指标", "K", "List_Directions")]
    [InlineData("整体目标", "A", "List_Units")]
    [InlineData("整体任务", "C", "List_TaskKinds")]
    [InlineData("整体任务", "D", "List_Projects")]
    [InlineData("整体指标", "B", "List_IndicatorLevel1")]
    [InlineData("整体指标", "F", "List_IndicatorNatures")]
    [InlineData("整体指标", "J", "List_Directions")]
    public void Columns_have_drop_down_lists(string sheet, string column, string list)
    {
        using var doc = SpreadsheetDocument.Open(_path, false);
        var validations = TemplateTestFiles.Part(doc, sheet).Worksheet.Descendants<DataValidation>()
            .Where(v => v.Type?.Value == DataValidationValues.List && v.Formula1?.Text == list).ToList();
        var range = Assert.Single(validations).SequenceOfReferences!.InnerText;
        if (sheet == "基本信息") Assert.Equal("B4", range);
        else Assert.Equal($"{column}2:{column}2001", range);
    }

    [Fact]
    public void Code_lists_hold_the_years_catalog_and_vocabularies()
    {
        var catalogs = CatalogLoader.Load(2025);
        using var doc = SpreadsheetDocument.Open(_path, false);

        var functional = ListItems(doc, "List_Functional");
        Assert.Contains("2080109 社会保险经办机构", functional);
        Assert.Equal(Walk(catalogs.Functional, null).Count(c => c.Length == 7), functional.Count);
        Assert.All(functional, f => Assert.Matches(@"^\d{7} \S", f));

        var economic = ListItems(doc, "List_Economic");
        Assert.Contains("30101 基本工资", economic);
        Assert.DoesNotContain(economic, e => e.StartsWith("301 ", StringComparison.Ordinal));
        Assert.Equal(Walk(catalogs.Economic, null).Count(c => c.Length >= 5), economic.Count);

        Assert.Equal(IncomeSources.AllNames, ListItems(doc, "List_Sources"));
        Assert.Equal(ExpenditureNatures.AllNames, ListItems(doc, "List_Natures"));
        Assert.Equal(UnitTypes.AllNames, ListItems(doc, "List_UnitTypes"));
        Assert.Equal(ProfileLoader.Load("sichuan-2025").ProjectKinds, ListItems(doc, "List_ProjectKinds"));
        Assert.Equal(["是", "否"], ListItems(doc, "List_YesNo"));
        Assert.Equal(["货物", "工程", "服务"], ListItems(doc, "List_Categories"));
        Assert.Equal(["元", "万元"], ListItems(doc, "List_AmountUnits"));

        Assert.Equal(["新增", "延续"], ListItems(doc, "List_TargetAttributes"));
        Assert.Equal(["产出指标", "效益指标", "满意度指标", "成本指标", "效果指标"], ListItems(doc, "List_IndicatorLevel1"));
        var level2 = ListItems(doc, "List_IndicatorLevel2");
        foreach (var name in new[] { "数量指标", "质量指标", "时效指标", "经济成本指标", "社会效益指标", "可持续影响指标", "服务对象满意度指标", "项目产出", "项目效益" })
            Assert.Contains(name, level2);
        Assert.Equal(["≥", "≤", "=", "定性"], ListItems(doc, "List_IndicatorNatures"));
        Assert.Equal(["正向", "反向"], ListItems(doc, "List_Directions"));
        Assert.Equal(["人员经费", "公用经费", "基本支出", "项目支出", .. ProfileLoader.Load("sichuan-2025").ProjectKinds], ListItems(doc, "List_TaskKinds"));
    }

    [Theory]
    [InlineData("绩效指标", "J")]
    [InlineData("整体指标", "I")]
    [InlineData("绩效目标", "H")]
    [InlineData("整体任务", "F")]
    public void Weight_and_stated_amount_columns_take_only_numbers(string sheet, string column)
    {
        using var doc = SpreadsheetDocument.Open(_path, false);
        var validation = Assert.Single(TemplateTestFiles.Part(doc, sheet).Worksheet.Descendants<DataValidation>(),
            v => v.SequenceOfReferences!.InnerText == $"{column}2:{column}2001");
        Assert.Equal(DataValidationValues.Decimal, validation.Type!.Value);
        Assert.Equal(DataValidationOperatorValues.GreaterThanOrEqual, validation.Operator!.Value);
    }

    [Fact]
    public void Unit_and_project_lists_point_at_the_data_sheets()
    {
        using var doc = SpreadsheetDocument.Open(_path, false);
        var names = doc.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().ToDictionary(n => n.Name!.Value!, n => n.Text);
        Assert.Equal("'单位'!$A$2:$A$2001", names["List_Units"]);
        Assert.Equal("'项目'!$B$2:$B$2001", names["List_Projects"]);
    }

    [Fact]
    public void A_fresh_template_reads_as_an_empty_budget()
    {
        var raw = TemplateReader.Read(_path);
        Assert.Equal(2025, raw.Year);
        Assert.Equal("sichuan-2025", raw.Profile);
        Assert.Equal("元", raw.AmountUnit);
        Assert.Null(raw.DepartmentCode);
        Assert.Empty(raw.Units);
        Assert.Empty(raw.Expenditures);
        Assert.Empty(raw.ReadErrors);
    }

    /// <summary>The cells of 代码表 a defined name covers.</summary>
    private static List<string> ListItems(SpreadsheetDocument doc, string name)
    {
        var text = doc.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == name).Text;
        var m = System.Text.RegularExpressions.Regex.Match(text, @"^'代码表'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$");
        Assert.True(m.Success, text);
        Assert.Equal(m.Groups[1].Value, m.Groups[3].Value);
        var (col, first, last) = (m.Groups[1].Value, int.Parse(m.Groups[2].Value), int.Parse(m.Groups[4].Value));
        var cells = TemplateTestFiles.Part(doc, "代码表").Worksheet.Descendants<Cell>()
            .ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "");
        return Enumerable.Range(first, last - first + 1).Select(r => cells[$"{col}{r}"]).ToList();
    }

    private static IEnumerable<string> Walk(Classification c, string? code)
    {
        foreach (var child in c.Children(code))
        {
            yield return child;
            foreach (var below in Walk(c, child)) yield return below;
        }
    }
}

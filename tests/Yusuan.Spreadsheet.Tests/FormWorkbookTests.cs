using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Yusuan.Core.Input;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;

namespace Yusuan.Spreadsheet.Tests;

/// <summary>The 绩效目标 forms in the build workbook (after the tables) and as CSV, read back.</summary>
public sealed class FormWorkbookTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("yusuan-forms-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Sample(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Yusuan.sln"))) return Path.Combine(dir.FullName, "samples", name, "budget.json");
        throw new InvalidOperationException("Yusuan.sln not found above " + AppContext.BaseDirectory);
    }

    private (string Path, IReadOnlyList<Yusuan.Core.Tables.Table> Tables, IReadOnlyList<Form> Forms) Build(string sample)
    {
        var budget = BudgetReader.Read(Sample(sample));
        var tables = TableSetBuilder.Build(budget);
        var forms = TargetFormBuilder.Build(budget);
        var path = System.IO.Path.Combine(_dir, $"{sample}.xlsx");
        TableWorkbookWriter.Write(tables, forms, path);
        return (path, tables, forms);
    }

    private static string? PrintTitles(XlsxProbe x, string sheet)
    {
        var index = x.SheetNames.IndexOf(sheet);
        return x.WorkbookPart.Workbook.DefinedNames?.Elements<DefinedName>()
            .FirstOrDefault(d => d.Name == "_xlnm.Print_Titles" && d.LocalSheetId?.Value == (uint)index)?.Text;
    }

    [Fact]
    public void Sichuan_table_13_follows_the_tables_and_reads_back()
    {
        var (path, tables, _) = Build("department-2025");
        using var x = new XlsxProbe(path);

        Assert.Equal(tables.Count + 1, x.SheetNames.Count);
        const string name = "表13 部门预算项目绩效目标表";
        Assert.Equal(name, x.SheetNames[^1]);
        var sheet = x.Sheet(name);
        Assert.Equal("表 13", x.Text(sheet, "A1"));
        Assert.Equal("部门预算项目绩效目标表（2025 年度）", x.Text(sheet, "A2"));
        Assert.True(x.IsBold(sheet, "A2"));
        Assert.Contains("A2:L2", XlsxProbe.Merges(sheet));
        Assert.Equal("金额单位：万元", x.Text(sheet, "G3"));
        Assert.Equal(["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性"],
            "ABCDEFGHIJKL".Select(c => x.Text(sheet, $"{c}4")));
        Assert.Equal("'表13 部门预算项目绩效目标表'!$4:$4", PrintTitles(x, name));

        // 农业综合行政执法工作经费: 9 indicators, its unit, name, amount and goal merged over them.
        Assert.Equal("801002-某市农业综合行政执法支队", x.Text(sheet, "A5"));
        Assert.Equal("农业综合行政执法工作经费", x.Text(sheet, "B5"));
        Assert.Equal("24.12", x.Text(sheet, "C5"));
        Assert.Equal("#,##0.00;-#,##0.00;;@", x.NumberFormatCode(sheet, "C5"));
        Assert.Contains("A5:A13", XlsxProbe.Merges(sheet));
        Assert.Contains("C5:C13", XlsxProbe.Merges(sheet));
        Assert.Equal(["产出指标", "数量指标", "开展农业综合执法检查次数", "≥", "120", "次", "10", "正向指标"], "EFGHIJKL".Select(c => x.Text(sheet, $"{c}5")));
        Assert.Equal("37.72", x.Text(sheet, "C14"));
        Assert.True(x.Format(sheet, "G5").Alignment!.WrapText!.Value);
        Assert.Equal(1u, x.Format(sheet, "G5").BorderId!.Value);
    }

    [Fact]
    public void Shandong_forms_print_one_below_the_other_with_page_breaks()
    {
        var (path, _, forms) = Build("shandong-2021");
        using var x = new XlsxProbe(path);
        const string name = "项目支出绩效目标批复表";
        Assert.Equal(name, x.SheetNames[^1]);
        var sheet = x.Sheet(name);

        Assert.Equal("2021年，某县水利局纳入绩效目标管理的项目3个，涉及资金76.00万元，占项目支出的100%。", x.Text(sheet, "A1"));
        Assert.Equal("2021年度项目支出绩效目标批复表", x.Text(sheet, "A3"));
        Assert.Equal(("项目名称", "河湖长制工作经费"), (x.Text(sheet, "A4"), x.Text(sheet, "B4")));
        Assert.Contains("B4:F4", XlsxProbe.Merges(sheet));
        Assert.Equal(("项目资金申请（万元）", "18"), (x.Text(sheet, "A7"), x.Text(sheet, "D7")));
        Assert.Contains("A7:A9", XlsxProbe.Merges(sheet));
        Assert.Equal(["一级指标", "二级指标", "三级指标", "四级指标", "指标值", "计量单位"], "ABCDEF".Select(c => x.Text(sheet, $"{c}11")));
        Assert.Equal(["产出", "项目产出", "数量指标", "县级河湖长巡河次数", "≥48", "次"], "ABCDEF".Select(c => x.Text(sheet, $"{c}12")));
        Assert.Contains("A12:A16", XlsxProbe.Merges(sheet));
        Assert.Contains("C12:C13", XlsxProbe.Merges(sheet));
        Assert.Equal("其他说明", x.Text(sheet, "A20"));

        var breaks = sheet.Descendants<Break>().Select(b => b.Id!.Value).ToList();
        Assert.Equal(forms.Count - 1, breaks.Count);
        Assert.Equal(20u, breaks[0]);
        Assert.Equal("2021年度项目支出绩效目标批复表", x.Text(sheet, "A21"));
        Assert.Equal("水旱灾害防御物资储备", x.Text(sheet, "B22"));
        Assert.Null(PrintTitles(x, name));
        Assert.Equal(OrientationValues.Portrait, sheet.Descendants<PageSetup>().Single().Orientation!.Value);
    }

    [Fact]
    public void Bazhong_forms_get_a_sheet_per_kind_with_signature_lines()
    {
        var (path, tables, forms) = Build("bazhong-2021");
        using var x = new XlsxProbe(path);
        var sheets = TableWorkbookWriter.FormSheets(forms);
        Assert.Equal(tables.Count + sheets.Count, x.SheetNames.Count);
        Assert.Contains("部门整体支出绩效目标申报表", x.SheetNames);
        Assert.Contains("项目支出绩效目标申报表（运转类）", x.SheetNames);

        var sheet = x.Sheet("项目支出绩效目标申报表（运转类）");
        Assert.Equal("巴中市2021年市级部门预算项目支出绩效目标申报表", x.Text(sheet, "A1"));
        Assert.Equal("（运转类项目）", x.Text(sheet, "A2"));
        Assert.StartsWith("申报单位（盖章）：", x.Text(sheet, "A3"));
        var first = forms.First(f => f.Definition == "project-declaration");
        var below = 4 + first.RowCount;
        Assert.Equal("单位领导：", x.Text(sheet, $"A{below}"));
        Assert.Equal("经办人：", x.Text(sheet, $"{TableLayoutLetters(first.ColumnCount * 2 / 3)}{below}"));
    }

    private static string TableLayoutLetters(int index) => ((char)('A' + index)).ToString();

    [Fact]
    public void Workbook_with_forms_is_valid_open_xml()
    {
        foreach (var sample in new[] { "shandong-2021", "department-2025" })
        {
            using var x = new XlsxProbe(Build(sample).Path);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(x.Document)
                .Select(e => $"{sample}: {e.Path?.XPath}: {e.Description}").ToList();
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void Checking_the_built_workbook_leaves_the_forms_alone()
    {
        var (path, _, _) = Build("shandong-2021");
        var read = PrintedWorkbookReader.Read(path);
        Assert.Equal("shandong-2021", read.Profile.Id);
        Assert.DoesNotContain(read.Problems, p => p.RuleId == PrintedWorkbookReader.RuleId);
    }

    [Fact]
    public void Forms_of_a_kind_make_one_csv()
    {
        var budget = BudgetReader.Read(Sample("shandong-2021"));
        var forms = TargetFormBuilder.Build(budget);
        var csv = Path.Combine(_dir, "forms.csv");
        FormCsvWriter.Write(forms, csv);
        var bytes = File.ReadAllBytes(csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = File.ReadAllText(csv).Split("\r\n");
        Assert.Equal("2021年，某县水利局纳入绩效目标管理的项目3个，涉及资金76.00万元，占项目支出的100%。", lines[0]);
        Assert.Equal("2021年度项目支出绩效目标批复表", lines[1]);
        Assert.Equal("项目名称,河湖长制工作经费,,,,", lines[2]);
        Assert.Equal("项目资金申请（万元）,年度资金总额,,18.00,,", lines[5]);
        Assert.Equal(",其中：财政拨款,,18.00,,", lines[6]);
        Assert.Equal("一级指标,二级指标,三级指标,四级指标,指标值,计量单位", lines[9]);
        Assert.Equal("产出,项目产出,数量指标,县级河湖长巡河次数,≥48,次", lines[10]);
        Assert.Equal(",,,河湖健康评价报告,6,份", lines[11]);
        Assert.Equal(forms.Count - 1, lines.Count(l => l.Length == 0) - 1); // an empty line between forms, and the final CRLF
        Assert.Contains(",其他资金,,4.00,,", lines);
    }
}

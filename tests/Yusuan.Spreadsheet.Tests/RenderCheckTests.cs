using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;

namespace Yusuan.Spreadsheet.Tests;

/// <summary>
/// Writes tables shaped like 附表 1, 3, 5 and 10 of reference 002 to one workbook. Set YUSUAN_RENDER_CHECK to a
/// path to keep it (e.g. /tmp/render-check.xlsx) and look at it: libreoffice --headless --convert-to pdf.
/// </summary>
public sealed class RenderCheckTests
{
    [Fact]
    public void Reference_like_tables_make_a_valid_workbook()
    {
        var keep = Environment.GetEnvironmentVariable("YUSUAN_RENDER_CHECK");
        var path = string.IsNullOrWhiteSpace(keep) ? Path.Combine(Path.GetTempPath(), $"render-check-{Guid.NewGuid():N}.xlsx") : keep;
        try
        {
            TableWorkbookWriter.Write(
                [TableFixtures.Balance(), TableFixtures.Spending(), TableFixtures.DeepHeader(), TableFixtures.EmptyFund()], path);
            using var x = new XlsxProbe(path);
            Assert.Equal(["附表1 部门收支总表", "附表3 部门支出总表", "附表5 财政拨款支出预算表（部门经济分类科目）", "附表10 政府性基金预算支出预算表"], x.SheetNames);
            var deep = x.Sheet(x.SheetNames[2]);
            var merges = XlsxProbe.Merges(deep);
            Assert.Contains("A4:C4", merges);   // 项 目
            Assert.Contains("A5:B5", merges);   // 科目编码
            Assert.Contains("C5:C6", merges);   // 单位名称（科目） reaches the last header row
            Assert.Contains("D4:D6", merges);   // 总计
            Assert.Contains("E4:K4", merges);   // 市级当年财政拨款安排
            Assert.Contains("E5:E6", merges);   // 合计
            Assert.Contains("F5:H5", merges);   // 一般公共预算拨款
            Assert.Equal("12345.68", x.Text(deep, "G11"));
            Assert.Equal("'附表5 财政拨款支出预算表（部门经济分类科目）'!$4:$6",
                x.WorkbookPart.Workbook.DefinedNames!.Elements<DocumentFormat.OpenXml.Spreadsheet.DefinedName>().ElementAt(2).Text);
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2016).Validate(x.Document));
        }
        finally
        {
            if (string.IsNullOrWhiteSpace(keep)) File.Delete(path);
        }
    }
}

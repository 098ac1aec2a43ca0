using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Yusuan.Spreadsheet;

/// <summary>What an xlsx file is: a filled input template (a budget), or a workbook of printed tables.</summary>
public static class WorkbookKind
{
    /// <summary>
    /// True when the workbook has the template's line sheets (基本信息 and 支出明细, <see cref="TemplateLayout"/>), false when
    /// it opens but has not (a workbook of tables), null when it cannot be opened as xlsx at all (the template reader then says why).
    /// </summary>
    public static bool? IsBudgetTemplate(string path)
    {
        try
        {
            using var doc = SpreadsheetDocument.Open(path, false);
            var names = doc.WorkbookPart?.Workbook?.Sheets?.Elements<Sheet>()
                .Select(s => TemplateLayout.NormalizeHeader(s.Name?.Value)).ToHashSet(StringComparer.Ordinal) ?? [];
            return names.Contains(TemplateLayout.Info) && names.Contains(TemplateLayout.Expenditures.Name);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }
}

namespace Yusuan.Spreadsheet;

/// <summary>The template's column headers by sheet and field, for anything that names a place to a clerk (the web app's findings).</summary>
public static class TemplateColumns
{
    /// <summary>The header of <paramref name="field"/> on <paramref name="sheet"/> (支出明细, functional → 功能分类科目编码), or null.</summary>
    public static string? Label(string sheet, string field) =>
        TemplateLayout.FieldLabels(sheet).TryGetValue(field, out var label) ? label : null;
}

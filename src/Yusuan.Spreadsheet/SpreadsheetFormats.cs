using Yusuan.Core.Input;

namespace Yusuan.Spreadsheet;

/// <summary>Makes <see cref="BudgetReader"/> read the xlsx template (the CLI calls this once at start).</summary>
public static class SpreadsheetFormats
{
    public static void Register() => BudgetReader.Readers[".xlsx"] = TemplateReader.Read;
}

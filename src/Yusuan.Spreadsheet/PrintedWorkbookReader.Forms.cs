using System.Text.RegularExpressions;
using Yusuan.Core.Profiles;
using Yusuan.Spreadsheet.Printed;

namespace Yusuan.Spreadsheet;

// 绩效目标 forms in a printed workbook (the sheets `yusuan build` appends after the tables) are not disclosure tables:
// the reader leaves them alone rather than report them as unrecognised. Their content is checked on the budget.
public static partial class PrintedWorkbookReader
{
    /// <summary>Is the sheet one of the profile's target forms: its sheet name, or a title of the form's title (placeholders match anything)?</summary>
    private static bool IsTargetForm(SheetTop top, Profile profile)
    {
        foreach (var form in profile.Targets.Forms)
        {
            if (form.SheetName is { } name && Squeeze(top.Grid.Name) == Squeeze(name)) return true;
            var pattern = FormTitlePattern(form.Title);
            if (top.Candidates.Any(c => pattern.IsMatch(Squeeze(c.Text)))) return true;
        }
        return false;
    }

    private static Regex FormTitlePattern(string title)
    {
        var parts = Regex.Split(Squeeze(title), @"\{[^{}]*\}").Select(Regex.Escape);
        return new Regex("^" + string.Join(".*", parts) + "$", RegexOptions.CultureInvariant);
    }

    private static string Squeeze(string? text) => new((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
}

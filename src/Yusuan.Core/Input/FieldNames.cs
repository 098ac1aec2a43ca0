namespace Yusuan.Core.Input;

/// <summary>
/// The Chinese name of an input field, as the xlsx template heads its column (src/Yusuan.Spreadsheet/TemplateLayout.cs;
/// Core cannot reference the spreadsheet project, so the few that messages name are repeated here; keep the two the
/// same). Messages and hints name fields by these, never by their JSON names: a clerk who fills the template
/// has never seen <c>statedAmount</c>.
/// </summary>
public static class FieldNames
{
    public const string StatedAmount = "原表金额";
    public const string StatedTotal = "原表金额合计";
    public const string TaskKind = "任务类别";
    public const string TaskProjects = "对应项目";
    public const string ProjectTargets = "项目绩效目标";
    public const string AmountUnit = "金额单位";
    public const string Narrative = "公开文本";

    /// <summary>JSON name → Chinese name, for the fields above.</summary>
    public static IReadOnlyDictionary<string, string> ByJsonName { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["statedAmount"] = StatedAmount,
        ["statedTotal"] = StatedTotal,
        ["kind"] = TaskKind,
        ["projects"] = TaskProjects,
        ["amountUnit"] = AmountUnit,
        ["narrative"] = Narrative,
    };
}

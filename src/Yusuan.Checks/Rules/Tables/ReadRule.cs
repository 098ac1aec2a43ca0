namespace Yusuan.Checks.Rules.Tables;

/// <summary>
/// R-READ: what the printed-table reader (<c>PrintedWorkbookReader</c> in Yusuan.Spreadsheet) could not read as printed —
/// a missing or unknown sheet, a header that is not the profile's, text where a figure should be, a row with no code
/// and no name. The reader reports these findings itself, while reading; the rule is registered so that
/// <c>yusuan rules</c> lists it and a profile or a bureau's settings can change its severity or switch it off. It finds
/// nothing in tables built in memory.
/// </summary>
public sealed class ReadRule : ITableRule
{
    public const string Id = "R-READ";

    public static readonly Rule Definition = new(
        Id, "表格读取问题", Severity.Error, RuleTarget.Tables,
        "读取印制表格时遇到的问题：缺少配置要求公开的表、无法识别的表、重复的表、表头与配置不符、金额栏不是数字、数据区的合并单元格、"
        + "表头以外的列、没有编码也没有名称的行、无法识别的科目名称（docs/import-layout.md §6）。读取不会因此中止，其余各表照常检查。");

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(TableCheckContext context) => [];
}

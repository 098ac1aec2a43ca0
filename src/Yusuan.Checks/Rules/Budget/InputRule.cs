using Yusuan.Core.Input;

namespace Yusuan.Checks.Rules;

/// <summary>
/// B-INPUT: what <see cref="BudgetAssembler"/> refuses while reading (codes that do not exist in the year's catalog or are not
/// at 项 level, a name that is not the year's name — e.g. 医疗卫生与计划生育支出 in a 2021 budget —, unknown units and
/// projects, bad amounts …). It finds nothing itself: the reader reports these, <see cref="InputFindings"/> turns them into
/// findings, and no other rule can run on a budget that could not be read.
/// </summary>
internal sealed class InputRule : IBudgetRule
{
    public static readonly Rule Definition = new("B-INPUT", "预算数据不符合录入规则", Severity.Error, RuleTarget.Budget,
        "读取时检查的录入规则（docs/input-format.md）：科目在预算年度的科目表中存在且为项级、科目名称是当年的名称（如 2021 年预算不能用"
        + "“医疗卫生与计划生育支出”）、单位和项目已登记、金额为不小于 0 的数字等。有这类错误时无法生成表格，其他规则不运行；本规则不能关闭。");

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(BudgetCheckContext context) => [];
}

/// <summary>Turns the errors of a budget that could not be read into located findings of rule B-INPUT.</summary>
public static class InputFindings
{
    public static string RuleId => InputRule.Definition.Id;

    public static CheckReport From(IEnumerable<InputError> errors) => new(errors
        .Select(e => new Finding(InputRule.Definition.Id, Severity.Error, Place.Of(e.Location), e.Problem) { Hint = e.Allowed })
        .ToList());
}

/// <summary>
/// B-TEXT: invisible characters the reader removed from a text (control characters, unpaired surrogates, bidirectional
/// overrides: <see cref="InputText"/>). Like B-INPUT it finds nothing itself; the reader reports each cleaned field.
/// </summary>
internal sealed class InputTextRule : IBudgetRule
{
    public static readonly Rule Definition = new("B-TEXT", "文字中的不可见字符已删除", Severity.Warning, RuleTarget.Budget,
        "读取时删除的字符（docs/input-format.md#text）：控制字符（制表符和换行除外）、不成对的代理项、非字符和双向文字控制符"
        + "（U+202A–U+202E、U+2066–U+2069）。它们不可见，会使 DOCX、XLSX 无法生成，或使公开文本中的金额显示颠倒。删除后照常生成；核对该处文字。");

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(BudgetCheckContext context) => context.Budget.InputWarnings
        .Select(e => new Finding(Definition.Id, Definition.DefaultSeverity, Place.Of(e.Location), e.Problem) { Hint = e.Allowed });
}

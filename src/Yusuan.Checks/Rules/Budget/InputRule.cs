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

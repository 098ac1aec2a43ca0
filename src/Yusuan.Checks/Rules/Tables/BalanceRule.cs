namespace Yusuan.Checks.Rules.Tables;

/// <summary>
/// T-BALANCE (domain.md §8.2, §8.4): in the balance tables (收支总表, 财政拨款收支总表), as the profile's
/// <c>checks.balance</c> declares: 本年收入合计 = Σ income items, 本年支出合计 = Σ spending classes, 收入总计 = 本年收入合计
/// + 上年结转, 支出总计 = 本年支出合计 + 结转下年, and 收入总计 = 支出总计.
/// </summary>
internal sealed class BalanceRule : ITableRule
{
    public static readonly Rule Definition = new(
        "T-BALANCE", "收支平衡", Severity.Error, RuleTarget.Tables,
        "按披露配置 checks.balance 核对收支总表与财政拨款收支总表：本年收入合计 = 各收入项之和，本年支出合计 = 各类支出之和，"
        + "收入总计 = 本年收入合计 + 上年结转，支出总计 = 本年支出合计 + 结转下年，收入总计 = 支出总计（docs/rules.md#t-balance）。");

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(TableCheckContext context) => TableRun.Of(context).Findings.Where(f => f.RuleId == Definition.Id);

    private const string Hint = "收支总表的合计与总计应由各收入项、各类支出汇总得出，收入总计应等于支出总计：核对该行及其各分项";

    internal static IEnumerable<Relation> Relations(TableRun run) =>
        run.Context.Profile.Checks.Balance.SelectMany(check =>
            CellRelations.Expand(run, check with { Relation = check.Relation ?? "§8.2" }, Definition.Id, Hint, "checks.balance"));
}

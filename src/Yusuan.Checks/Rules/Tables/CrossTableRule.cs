namespace Yusuan.Checks.Rules.Tables;

/// <summary>
/// T-CROSS-TABLE (domain.md §8.2, §8.4–§8.9): the same money printed in two tables agrees, as the profile's
/// <c>checks.crossTable</c> declares: 收支总表 by 类 = 支出总表 by 类; 财政拨款收支总表's 一般公共预算 column by 类 =
/// 一般公共预算支出表; 基本支出表 = the 基本 columns; 项目支出表 = the 项目 columns; economic view = functional view;
/// “三公” = its economic lines; 收入 = 支出 per unit.
/// </summary>
internal sealed class CrossTableRule : ITableRule
{
    public static readonly Rule Definition = new(
        "T-CROSS-TABLE", "表间勾稽", Severity.Error, RuleTarget.Tables,
        "按披露配置 checks.crossTable 核对不同表中的同一笔钱：收支总表各类 = 支出总表各类；财政拨款收支总表 = 一般公共预算、政府性基金、"
        + "国有资本经营预算支出表之和；基本支出表、项目支出表 = 相应的基本、项目栏；经济分类合计 = 功能分类合计；"
        + "“三公”经费 = 相应经济科目；各单位收入 = 支出（docs/rules.md#t-cross-table）。");

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(TableCheckContext context) => TableRun.Of(context).Findings.Where(f => f.RuleId == Definition.Id);

    private const string Hint = "同一笔钱在不同表中应印同一个数：核对两张表中对应的行和栏，找出填错或漏列的一方";

    internal static IEnumerable<Relation> Relations(TableRun run) =>
        run.Context.Profile.Checks.CrossTable.SelectMany(check =>
            CellRelations.Expand(run, check, Definition.Id, Hint, "checks.crossTable"));
}

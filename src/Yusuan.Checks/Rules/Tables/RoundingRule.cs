namespace Yusuan.Checks.Rules.Tables;

/// <summary>
/// T-ROUNDING: a printed total that differs from the sum of its printed parts by no more than their rounding can
/// explain (each part may be off by half a unit of the last printed digit: |差| ≤ n × 单位 / 2, and at least one
/// unit) — a 尾数差, reported once at the total's cell instead of the relation's own error.
/// </summary>
internal sealed class RoundingRule : ITableRule
{
    public const string Id = "T-ROUNDING";

    public static readonly Rule Definition = new(
        Id, "尾数差", Severity.Warning, RuleTarget.Tables,
        "印出的合计与印出的分项之和相差不超过各分项分别四舍五入的误差（n 个分项：n × 末位单位 / 2，至少 1 个末位单位）时，"
        + "报为尾数差而非错误；适用于 T-SUM-LEVEL、T-SUM-UNIT、T-COLUMN-SUM、T-BALANCE、T-CROSS-TABLE 的每一条关系。");

    public const string Hint =
        "逐格四舍五入造成的尾数差：采用舍入策略 largest-remainder（最大余数法），使印出的合计等于印出的分项之和，或在表注中说明尾数差";

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(TableCheckContext context) => TableRun.Of(context).Findings.Where(f => f.RuleId == Id);
}

using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Yusuan.Checks.Printed;
using Yusuan.Core.Catalogs;

namespace Yusuan.Checks.Rules.Tables;

/// <summary>
/// What the table rules share for one check run: each table's shape, the year's catalogs, and every relation between
/// printed figures evaluated once, so that a difference is reported once — by the rule of its relation when it is a
/// real mismatch, by T-ROUNDING when the rounding of the parts explains it.
/// </summary>
internal sealed partial class TableRun
{
    private static readonly ConditionalWeakTable<TableCheckContext, TableRun> Runs = new();

    public static TableRun Of(TableCheckContext context) => Runs.GetValue(context, c => new TableRun(c));

    private readonly Lazy<IReadOnlyList<Finding>> _findings;
    private readonly List<Finding> _problems = [];

    private TableRun(TableCheckContext context)
    {
        Context = context;
        Year = context.Year ?? YearOf(context);
        try { Catalogs = Year is { } y ? CatalogLoader.Load(y) : null; }
        catch (Exception e) when (e is InvalidDataException or IOException) { Catalogs = null; }
        Shapes = context.Tables
            .Select(t => new TableShape(t, context.Profile.Tables.FirstOrDefault(d => d.Id == t.Id && t.Id.Length > 0), Catalogs))
            .ToList();
        // Units first: a unit one table names wrongly is reported once (T-UNIT), and its figures are compared under the unit meant.
        UnitFindings = UnitRule.Reconcile(this);
        _findings = new Lazy<IReadOnlyList<Finding>>(Evaluate);
    }

    /// <summary>The T-UNIT findings: units and unit codes a table prints that are not the other tables' units.</summary>
    public IReadOnlyList<Finding> UnitFindings { get; }

    public TableCheckContext Context { get; }
    public int? Year { get; }
    public CatalogSet? Catalogs { get; }
    public IReadOnlyList<TableShape> Shapes { get; }

    /// <summary>The shape of the table with this profile id; null when the set has no such table.</summary>
    public TableShape? Shape(string id) => Shapes.FirstOrDefault(s => s.Table.Id == id);

    /// <summary>Every relation finding of the run (errors of each relation rule, T-ROUNDING warnings), each once.</summary>
    public IReadOnlyList<Finding> Findings => _findings.Value;

    /// <summary>A declaration that cannot be checked against these tables (a column or row the table does not print).</summary>
    public void Problem(string ruleId, PrintedTable table, string message) =>
        _problems.Add(new Finding(ruleId, Severity.Warning, new Place { File = table.File, Table = table.DisplayName }, "无法核对：" + message)
        {
            Hint = "核对披露配置（profile）中 checks 的表名、列名和行名是否与印出的表一致",
        });

    /// <summary>
    /// A row the profile's layout of the table prints and the printed table does not (广元 附表 4 ends without 收入总计 /
    /// 支出总计): reported once per table and row, by the first rule that needs it; the relations that need it are not checked.
    /// </summary>
    public void MissingRow(string ruleId, PrintedTable table, string label)
    {
        if (!_missingRows.Add($"{table.DisplayName}|{TableShape.NormalizeLabel(label)}")) return;
        _problems.Add(new Finding(ruleId, Severity.Warning, new Place { File = table.File, Table = table.DisplayName },
            $"无法核对：表中没有“{label}”行，与这一行有关的关系未核对")
        {
            Hint = "按公开格式补印这一行（没有金额也应列出）",
        });
    }

    private readonly HashSet<string> _missingRows = new(StringComparer.Ordinal);

    private IReadOnlyList<Finding> Evaluate()
    {
        var relations = SumLevelRule.Relations(this)
            .Concat(SumUnitRule.Relations(this))
            .Concat(ColumnSumRule.Relations(this))
            .Concat(BalanceRule.Relations(this))
            .Concat(CrossTableRule.Relations(this))
            .ToList();
        var findings = new List<Finding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            if (relation.Evaluate() is not { } f) continue;
            if (seen.Add($"{f.RuleId}|{f.Place}|{f.Printed}|{f.Expected}|{relation.Statement}")) findings.Add(f);
        }
        var problems = _problems.DistinctBy(p => $"{p.RuleId}|{p.Place}|{p.Message}");
        return findings.Concat(problems).ToList();
    }

    /// <summary>The catalog year: the context's, else the profile id's (sichuan-2025), else a year printed in a header (2021年预算数).</summary>
    private static int? YearOf(TableCheckContext context)
    {
        if (YearPattern().Match(context.Profile.Id) is { Success: true } m) return int.Parse(m.Groups[1].Value);
        foreach (var t in context.Tables)
            foreach (var path in t.ColumnPaths)
                if (HeaderYearPattern().Match(path) is { Success: true } h) return int.Parse(h.Groups[1].Value);
        return null;
    }

    [GeneratedRegex(@"(20\d\d)$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(20\d\d)\s*年")]
    private static partial Regex HeaderYearPattern();
}

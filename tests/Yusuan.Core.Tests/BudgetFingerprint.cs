using System.Globalization;
using System.Text;
using Yusuan.Core.Model;
using Yusuan.Core.Tables;

namespace Yusuan.Core.Tests;

/// <summary>
/// A budget as text, without where it was read from: every table's printed cells, the lines, the targets and the
/// narrative. Two budgets with the same fingerprint publish the same document.
/// </summary>
internal static class BudgetFingerprint
{
    public static string Tables(Budget budget)
    {
        var s = new StringBuilder();
        foreach (var t in TableSetBuilder.Build(budget))
        {
            s.Append("## ").Append(t.Id).Append(' ').Append(t.Number).Append(' ').Append(t.Title).Append(" | ")
                .Append(t.Subject).Append(" | ").Append(t.UnitLabel).Append(" | empty=").Append(t.IsEmpty).Append(' ').AppendLine(t.EmptyNote);
            s.AppendLine(string.Join(" | ", t.ColumnPaths));
            foreach (var row in t.Rows)
                s.Append(row.Kind).Append(' ').Append(row.Depth).Append(' ').Append(row.Key).Append(": ")
                    .AppendLine(string.Join(" | ", Enumerable.Range(0, row.Cells.Count).Select(c => t.Format(row, c))));
        }
        return s.ToString();
    }

    public static string Lines(Budget budget)
    {
        var s = new StringBuilder();
        s.AppendLine($"{budget.Year} {budget.ProfileId} {budget.Department} {budget.AmountUnit}");
        foreach (var u in budget.Units) s.AppendLine(u.ToString());
        foreach (var i in budget.Income) s.AppendLine((i with { Location = null }).ToString());
        foreach (var p in budget.Projects) s.AppendLine((p with { Location = null }).ToString());
        foreach (var l in budget.Expenditures) s.AppendLine((l with { Location = null }).ToString());
        foreach (var (unit, t) in budget.ThreePublicPrevious.OrderBy(kv => kv.Key, StringComparer.Ordinal)) s.AppendLine($"{unit} {t}");
        foreach (var p in budget.Procurement)
            s.AppendLine((p with { Location = null, Amounts = new Dictionary<IncomeSource, decimal>() }) + Amounts(p.Amounts));
        foreach (var p in budget.ServicePurchases)
            s.AppendLine((p with { Location = null, Amounts = new Dictionary<IncomeSource, decimal>() }) + Amounts(p.Amounts));
        foreach (var (k, v) in budget.PreviousYear.Figures.OrderBy(kv => kv.Key, StringComparer.Ordinal)) s.AppendLine($"previous {k}={v}");
        foreach (var (k, v) in budget.PreviousYear.Projects.OrderBy(kv => kv.Key, StringComparer.Ordinal)) s.AppendLine($"previous project {k}={v}");
        foreach (var (k, v) in budget.PreviousYear.Reasons.OrderBy(kv => kv.Key, StringComparer.Ordinal)) s.AppendLine($"reason {k}={v}");
        return s.ToString();
    }

    private static string Amounts(IReadOnlyDictionary<IncomeSource, decimal> amounts) =>
        " " + string.Join(";", amounts.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}={kv.Value.ToString(CultureInfo.InvariantCulture)}"));

    public static string Targets(PerformanceTargets targets)
    {
        var s = new StringBuilder();
        foreach (var p in targets.Projects)
        {
            s.AppendLine((p with { Location = null, Indicators = [] }).ToString());
            Indicators(s, p.Indicators);
        }
        foreach (var d in targets.Departments)
        {
            s.AppendLine((d with { Location = null, Indicators = [], Tasks = [] }).ToString());
            foreach (var t in d.Tasks) s.AppendLine((t with { Location = null, Projects = [] }) + " projects=" + string.Join("|", t.Projects));
            Indicators(s, d.Indicators);
        }
        return s.ToString();
    }

    private static void Indicators(StringBuilder s, IReadOnlyList<Indicator> indicators)
    {
        foreach (var i in indicators) s.Append("  ").AppendLine((i with { Location = null }).ToString());
    }

    public static string Narrative(NarrativeInputs? n)
    {
        if (n is null) return "(none)";
        var s = new StringBuilder();
        foreach (var (name, d) in new[] { ("text", n.Texts), ("use", n.Uses), ("project", n.Projects), ("goal", n.Goals), ("glossary", n.Glossary) })
            foreach (var (k, v) in d.OrderBy(kv => kv.Key, StringComparer.Ordinal)) s.AppendLine($"{name} {k}={v}");
        foreach (var (k, v) in n.Counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)) s.AppendLine($"count {k}={v}");
        return s.ToString();
    }
}

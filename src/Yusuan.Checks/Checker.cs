using Yusuan.Checks.Printed;
using Yusuan.Checks.Rules;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;

namespace Yusuan.Checks;

/// <summary>Runs the rules over a budget or over printed tables, with a bureau's settings applied.</summary>
public sealed class Checker(RuleSet? rules = null, CheckSettings? settings = null)
{
    private readonly RuleSet _rules = rules ?? RuleSet.Default;
    private readonly CheckSettings _settings = settings ?? CheckSettings.Default;

    public CheckReport Check(Budget budget, Profile? profile = null, CatalogSet? catalogs = null)
    {
        var context = new BudgetCheckContext(budget, catalogs ?? CatalogLoader.Load(budget.Year), profile ?? ProfileLoader.Load(budget.ProfileId));
        return Run(_rules.BudgetRules.Select(r => (r.Rule, (Func<IEnumerable<Finding>>)(() => r.Check(context)))));
    }

    /// <summary>
    /// Checks printed tables; <paramref name="year"/> picks the catalogs (default: the year in the profile id or a header).
    /// <paramref name="builtFromBudget"/>: the tables are a budget's own, whose lines the budget rules checked; the table
    /// rules that repeat a budget rule (<see cref="Rule.LineRule"/>) do not run.
    /// </summary>
    public CheckReport Check(IReadOnlyList<PrintedTable> tables, Profile profile, int? year = null, bool builtFromBudget = false)
    {
        var context = new TableCheckContext(tables, profile) { Year = year };
        return Run(_rules.TableRules.Where(r => !builtFromBudget || r.Rule.LineRule is null)
            .Select(r => (r.Rule, (Func<IEnumerable<Finding>>)(() => r.Check(context)))));
    }

    private CheckReport Run(IEnumerable<(Rule Rule, Func<IEnumerable<Finding>> Check)> rules)
    {
        var findings = new List<Finding>();
        foreach (var (rule, check) in rules)
        {
            if (_settings.SeverityOf(rule) is not { } severity) continue;
            // A rule states its default severity on each finding; settings move the whole rule up or down.
            foreach (var f in check())
                findings.Add(f.Severity == rule.DefaultSeverity ? f with { Severity = severity } : f);
        }
        return new CheckReport(findings);
    }
}

using Yusuan.Checks;
using Yusuan.Checks.Printed;
using Yusuan.Checks.Rules;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Publishing;

/// <summary>
/// Every rule over a line-level budget: its lines, and the tables it would publish read back as printed. The CLI's
/// <c>check</c> and <c>build</c> and the web app's save and submit all go through here, so they never disagree.
/// </summary>
public static class BudgetCheck
{
    public static CheckReport Run(Budget budget, Profile profile, CatalogSet catalogs, CheckSettings? bureauSettings = null) =>
        Run(budget, profile, catalogs, bureauSettings, out _);

    /// <summary>As <see cref="Run(Budget, Profile, CatalogSet, CheckSettings?)"/>, also naming the tables checked (附表 3 部门支出总表 …).</summary>
    public static CheckReport Run(Budget budget, Profile profile, CatalogSet catalogs, CheckSettings? bureauSettings, out IReadOnlyList<string> tableNames)
    {
        var settings = SettingsFor(profile, bureauSettings);
        var checker = new Checker(RuleSet.Default, settings);
        var findings = new List<Finding>(checker.Check(budget, profile, catalogs).Findings);
        var printed = PrintedTables.From(TableSetBuilder.Build(budget, profile, catalogs));
        findings.AddRange(checker.Check(printed, profile, builtFromBudget: true).Findings);
        tableNames = printed.Select(t => t.DisplayName).ToList();
        return new CheckReport(findings);
    }

    /// <summary>The profile's default rule settings, then the bureau's (which win). Throws InvalidDataException on a bad profile.</summary>
    public static CheckSettings SettingsFor(Profile profile, CheckSettings? bureauSettings = null)
    {
        var settings = ProfileSettings.For(profile, RuleSet.Default.All);
        return bureauSettings is null ? settings : settings.With(bureauSettings);
    }
}

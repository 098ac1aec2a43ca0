using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;

namespace Yusuan.Checks.Rules;

/// <summary>A rule over the line-level budget (the core's input).</summary>
public interface IBudgetRule
{
    Rule Rule { get; }
    IEnumerable<Finding> Check(BudgetCheckContext context);
}

/// <summary>What budget rules read: the budget, its year's catalogs and its profile.</summary>
public sealed record BudgetCheckContext(Budget Budget, CatalogSet Catalogs, Profile Profile);

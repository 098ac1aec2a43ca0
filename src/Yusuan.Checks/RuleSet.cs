using Yusuan.Checks.Rules;

namespace Yusuan.Checks;

/// <summary>
/// The registered rules. A rule is a small class with one purpose; adding one means adding it to
/// <see cref="Default"/>, which `yusuan rules` lists and docs/rules.md documents.
/// </summary>
public sealed class RuleSet(IReadOnlyList<IBudgetRule> budgetRules, IReadOnlyList<ITableRule> tableRules)
{
    public IReadOnlyList<IBudgetRule> BudgetRules { get; } = budgetRules;
    public IReadOnlyList<ITableRule> TableRules { get; } = tableRules;

    public IEnumerable<Rule> All => BudgetRules.Select(r => r.Rule).Concat(TableRules.Select(r => r.Rule));

    public static RuleSet Default { get; } = new(BuiltInRules.Budget(), BuiltInRules.Tables());
}

namespace Yusuan.Checks.Tests.Rules;

/// <summary>The table rules are registered once, with stable ids, and documented in docs/rules.md.</summary>
public class TableRuleRegistryTests
{
    private static readonly string[] Ids =
        ["T-SUM-LEVEL", "T-SUM-UNIT", "T-COLUMN-SUM", "T-BALANCE", "T-CROSS-TABLE", "T-ROUNDING", "T-CATALOG-CODE", "T-CATALOG-NAME"];

    [Fact]
    public void Table_rules_are_registered_in_order()
    {
        var rules = RuleSet.Default.TableRules.Select(r => r.Rule).ToList();
        Assert.Equal(Ids, rules.Select(r => r.Id));
        Assert.All(rules, r => Assert.Equal(RuleTarget.Tables, r.Target));
        Assert.Equal(Severity.Warning, rules.Single(r => r.Id == "T-ROUNDING").DefaultSeverity);
        Assert.All(rules.Where(r => r.Id != "T-ROUNDING"), r => Assert.Equal(Severity.Error, r.DefaultSeverity));
        Assert.All(rules.Where(r => r.Id != "T-ROUNDING"), r => Assert.Contains("domain.md §8", r.Description));
    }

    [Fact]
    public void Every_table_rule_is_documented()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "rules.md"));
        var section = doc[doc.IndexOf("## 表格规则（T-）", StringComparison.Ordinal)..];
        foreach (var id in Ids) Assert.Contains($"| `{id}` |", section);
    }
}

namespace Yusuan.Checks.Tests.Rules;

/// <summary>The table rules are registered once, with stable ids, and documented in docs/rules.md.</summary>
public class TableRuleRegistryTests
{
    private static readonly string[] Ids =
    [
        "R-READ", "T-SUM-LEVEL", "T-SUM-UNIT", "T-COLUMN-SUM", "T-BALANCE", "T-CROSS-TABLE", "T-ROUNDING", "T-CATALOG-CODE", "T-CATALOG-NAME",
        "T-UNIT", "T-SERVICE-QUANTITY-PRICE", "T-PROCUREMENT-EXCEEDS-PROJECT", "T-SERVICE-EXCEEDS-PROJECT",
    ];

    [Fact]
    public void Table_rules_are_registered_in_order()
    {
        var rules = RuleSet.Default.TableRules.Select(r => r.Rule).ToList();
        Assert.Equal(Ids, rules.Select(r => r.Id));
        Assert.All(rules, r => Assert.Equal(RuleTarget.Tables, r.Target));
        Assert.Equal(Severity.Warning, rules.Single(r => r.Id == "T-ROUNDING").DefaultSeverity);
        Assert.All(rules.Where(r => r.Id != "T-ROUNDING"), r => Assert.Equal(Severity.Error, r.DefaultSeverity));
        Assert.All(rules.Where(r => r.Id.StartsWith("T-SUM", StringComparison.Ordinal) || r.Id.StartsWith("T-C", StringComparison.Ordinal)
            || r.Id is "T-BALANCE" or "T-UNIT"), r => Assert.Contains($"docs/rules.md#{r.Id.ToLowerInvariant()}", r.Description));
        // The 政府采购 / 购买服务 table rules repeat budget rules, which check the same on the lines (§5.12).
        Assert.Equal(["B-SERVICE-QUANTITY-PRICE", "B-PROCUREMENT-EXCEEDS-PROJECT", "B-SERVICE-EXCEEDS-PROJECT"],
            rules.Where(r => r.LineRule is not null).Select(r => r.LineRule));
        Assert.All(rules.Where(r => r.LineRule is not null), r => Assert.Contains(RuleSet.Default.BudgetRules, b => b.Rule.Id == r.LineRule));
    }

    [Fact]
    public void Reading_problems_are_a_registered_rule_settings_can_move()
    {
        var read = RuleSet.Default.All.Single(r => r.Id == "R-READ");
        Assert.Equal((Severity.Error, RuleTarget.Tables), (read.DefaultSeverity, read.Target));
        Assert.Equal(Yusuan.Spreadsheet.PrintedWorkbookReader.RuleId, read.Id);
        var settings = CheckSettings.Default.With(new CheckSettings(new Dictionary<string, Severity?> { ["R-READ"] = Severity.Warning }));
        Assert.Equal(Severity.Warning, settings.SeverityOf(read));
    }

    [Fact]
    public void Every_table_rule_is_documented()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "rules.md"));
        var section = doc[doc.IndexOf("## 表格规则（T-）", StringComparison.Ordinal)..];
        foreach (var id in Ids) Assert.Contains($"| `{id}` |", section);
    }
}

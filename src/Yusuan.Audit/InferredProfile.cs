using Yusuan.Core.Profiles;

namespace Yusuan.Audit;

/// <summary>
/// The relations a profile would declare (its <c>checks</c>), built in memory from the recognised tables: column sums from
/// the columns' meanings, the balance rows of the 收支总表 kinds, and the equalities between the totals every layout prints.
/// </summary>
public static class InferredProfile
{
    public static Profile For(ReadDocument document)
    {
        var columnSums = new List<ColumnSumCheck>();
        var balance = new List<CellRelationCheck>();
        var cross = new List<CellRelationCheck>();
        var byId = document.Tables.ToDictionary(t => t.Table.Id);
        string? Col(FoundTable t, params string[] meanings)
        {
            for (var i = 0; i < t.Table.ColumnPaths.Count; i++)
                if (t.Table.ColumnKinds[i] == Yusuan.Core.Tables.ColumnKind.Amount && meanings.Contains(Effective(t.Meanings[i])) && !t.Meanings[i].Contains("previous"))
                    return t.Table.ColumnPaths[i];
            return null;
        }
        foreach (var t in document.Tables.Where(t => t.Kind.Layout != "balance"))
        {
            var total = Col(t, "total");
            var parts = new[] { "basic", "project", "upper", "business", "subsidiary" }.Select(m => Col(t, m)).Where(p => p is not null).Select(p => p!).ToList();
            if (total is not null && parts.Count >= 2 && parts.Contains(Col(t, "basic")!) && parts.Contains(Col(t, "project") ?? ""))
                columnSums.Add(new ColumnSumCheck { Table = t.Table.Id, Total = total, Parts = parts, Relation = "§8.3" });
            var personnel = Col(t, "personnel");
            var pub = Col(t, "public");
            var basicTotal = Col(t, "basic") ?? (t.Kind.Id == "basic" ? total : null);
            if (personnel is not null && pub is not null && basicTotal is not null)
                columnSums.Add(new ColumnSumCheck { Table = t.Table.Id, Total = basicTotal, Parts = [personnel, pub], Relation = "§8.6" });
            if (t.Kind.Id.EndsWith("three-public", StringComparison.Ordinal) && total is not null)
            {
                var abroad = Col(t, "abroad");
                var reception = Col(t, "reception");
                var vehicles = Col(t, "vehicles");
                var purchase = Col(t, "vehicle-purchase");
                var operation = Col(t, "vehicle-operation");
                if (abroad is not null && reception is not null && vehicles is not null)
                    columnSums.Add(new ColumnSumCheck { Table = t.Table.Id, Total = total, Parts = [abroad, vehicles, reception], Relation = "§8.9" });
                if (vehicles is not null && purchase is not null && operation is not null)
                    columnSums.Add(new ColumnSumCheck { Table = t.Table.Id, Total = vehicles, Parts = [purchase, operation], Relation = "§8.9" });
            }
        }
        foreach (var t in document.Tables.Where(t => t.Kind.Layout == "balance"))
            BalanceChecks(t, balance);
        // Cross-table equalities of totals every layout prints (Whole: the 合计 row of each).
        void Equal(string a, string[] am, string b, string[] bm, string relation, string? by = null)
        {
            if (!byId.TryGetValue(a, out var ta) || !byId.TryGetValue(b, out var tb)) return;
            if (Col(ta, am) is not { } ca || Col(tb, bm) is not { } cb) return;
            cross.Add(new CellRelationCheck { Total = new CellRef { Table = a, Column = ca }, Parts = [new CellRef { Table = b, Column = cb }], Relation = relation, By = by, Levels = [1, 2, 3] });
        }
        Equal("income", ["total", "year"], "expenditure", ["total", "year"], "§8.2");
        // A 一般公共预算 basic / project table compares with the 一般公共预算支出表; a 基本支出总表 / 项目支出总表 of all sources
        // (深圳) with the 支出总表.
        var basicOf = byId.TryGetValue("basic", out var b) && !b.Title.Contains("一般公共预算") ? "expenditure" : "gpb-functional";
        var projectsOf = byId.TryGetValue("projects", out var p) && !p.Title.Contains("一般公共预算") ? "expenditure" : "gpb-functional";
        Equal("basic", ["total", "year"], basicOf, ["basic"], "§8.6");
        Equal("projects", ["total", "year"], projectsOf, ["project"], "§8.7");
        Equal("gpb-economic", ["total", "year"], "gpb-functional", ["total", "year"], "§8.8");
        Equal("gpb-economic", ["basic"], "gpb-functional", ["basic"], "§8.8");
        Equal("gpb-economic", ["project"], "gpb-functional", ["project"], "§8.8");
        // The 收支总表's spending side by 类 = the 支出总表 by 类 (§8.2); the 财政拨款 one = Σ the three funds' tables (§8.4).
        if (byId.TryGetValue("summary", out var summary) && SpendingColumn(summary) is { } sc && byId.TryGetValue("expenditure", out var exp) && Col(exp, "total", "year") is { } ec)
            cross.Add(new CellRelationCheck { Total = new CellRef { Table = "summary", Column = sc }, Parts = [new CellRef { Table = "expenditure", Column = ec }], By = "code", Levels = [1], Relation = "§8.2" });
        if (byId.TryGetValue("fiscal-summary", out var fiscal) && SpendingColumn(fiscal) is { } fc)
        {
            var parts = new[] { "gpb-functional", "fund", "state-capital" }
                .Where(byId.ContainsKey).Select(id => (id, col: Col(byId[id], "total", "year"))).Where(x => x.col is not null)
                .Select(x => new CellRef { Table = x.id, Column = x.col }).ToList();
            // Without the 一般公共预算 table the sum would be partial: the relation is checked only when all it needs is printed.
            if (parts.Count > 0 && byId.ContainsKey("gpb-functional"))
                cross.Add(new CellRelationCheck { Total = new CellRef { Table = "fiscal-summary", Column = fc }, Parts = parts, By = "code", Levels = [1], Relation = "§8.4" });
        }
        // The 财政拨款收支总表's 一般公共预算 / 政府性基金 / 国有资本经营 columns by 类 = those tables (§8.5).
        if (fiscal is not null)
            foreach (var (meaning, id) in new[] { ("gpb", "gpb-functional"), ("fund", "fund"), ("capital", "state-capital") })
                if (Col(fiscal, meaning) is { } column && byId.TryGetValue(id, out var table) && Col(table, "total", "year") is { } total)
                    cross.Add(new CellRelationCheck
                    {
                        Total = new CellRef { Table = "fiscal-summary", Column = column }, Parts = [new CellRef { Table = id, Column = total }],
                        By = "code", Levels = [1], Relation = "§8.5",
                    });
        return new Profile
        {
            Id = document.Year is { } y ? $"audit-{y}" : "audit",
            Name = "按公开文本推断",
            Tables = document.Tables.Select(t => new TableDefinition
            {
                Id = t.Table.Id, Title = t.Title, Layout = t.Kind.Layout,
                Rows = new RowSpec { Dimension = t.Kind.Dimension },
                Keys = t.Table.ColumnPaths.Where(Vocabulary.IsUnitCodeHeader).Take(1).Select(p => new KeyColumn { Header = p, Value = "unitCode" }).ToList(),
            }).ToList(),
            Checks = new ProfileChecks { ColumnSums = columnSums, Balance = balance, CrossTable = cross },
        };
    }

    /// <summary>
    /// A column's meaning: its last header's, except a 小计 / 合计 under a header that means something (公务用车购置及运行维护费
    /// /小计 is the vehicles' subtotal, 基本支出/合计 the basic total).
    /// </summary>
    private static string Effective(string meaning)
    {
        var parts = meaning.Split('/');
        if (parts[^1] == "total")
            for (var i = parts.Length - 2; i >= 0; i--)
                if (parts[i] is not ("?" or "key" or "year" or "total" or "fiscal" or "gpb")) return parts[i];
        return parts[^1];
    }

    /// <summary>The balance table's first figure column right of its second label column (the spending side's 合计 / 预算数).</summary>
    private static string? SpendingColumn(FoundTable t)
    {
        var labels = Enumerable.Range(0, t.Table.ColumnKinds.Count).Where(c => t.Table.ColumnKinds[c] == Yusuan.Core.Tables.ColumnKind.Text).ToList();
        if (labels.Count < 2) return null;
        var c = labels[1] + 1;
        return c < t.Table.ColumnPaths.Count ? t.Table.ColumnPaths[c] : null;
    }

    private static List<string> SpendingColumns(FoundTable t)
    {
        var labels = Enumerable.Range(0, t.Table.ColumnKinds.Count).Where(c => t.Table.ColumnKinds[c] == Yusuan.Core.Tables.ColumnKind.Text).ToList();
        return Enumerable.Range(labels[1] + 1, t.Table.ColumnPaths.Count - labels[1] - 1)
            .Where(c => t.Table.ColumnKinds[c] == Yusuan.Core.Tables.ColumnKind.Amount && !t.Table.ColumnPaths[c].StartsWith('列'))
            .Select(c => t.Table.ColumnPaths[c]).ToList();
    }

    private static string? IncomeColumn(FoundTable t)
    {
        var labels = Enumerable.Range(0, t.Table.ColumnKinds.Count).Where(c => t.Table.ColumnKinds[c] == Yusuan.Core.Tables.ColumnKind.Text).ToList();
        if (labels.Count < 2) return null;
        var c = labels[0] + 1;
        return c < labels[1] ? t.Table.ColumnPaths[c] : null;
    }

    private static void BalanceChecks(FoundTable t, List<CellRelationCheck> balance)
    {
        var inc = IncomeColumn(t);
        var spend = SpendingColumn(t);
        if (inc is null || spend is null) return;
        var labels = Enumerable.Range(0, t.Table.ColumnKinds.Count).Where(c => t.Table.ColumnKinds[c] == Yusuan.Core.Tables.ColumnKind.Text).ToList();
        var left = t.Table.Rows.Select(r => r.Texts[labels[0]]).Where(x => x is not null).Select(x => x!).ToList();
        var right = t.Table.Rows.Select(r => r.Texts[labels[1]]).Where(x => x is not null).Select(x => x!).ToList();
        string? Find(List<string> side, string normal) => side.FirstOrDefault(s => Vocabulary.NormalizeHeader(s) == normal || Vocabulary.NormalizeHeader(s).EndsWith(normal, StringComparison.Ordinal) && Vocabulary.NormalizeHeader(s).Length <= normal.Length + 2);
        var id = t.Table.Id;
        // 本年收入合计 below its items, or 一、本年收入 above them (广元 附表4).
        var incomeTotal = Find(left, "本年收入合计") ?? Find(left, "收入合计") ?? left.FirstOrDefault(l => Vocabulary.NormalizeHeader(l) == "本年收入");
        var spendTotal = Find(right, "本年支出合计") ?? Find(right, "支出合计") ?? right.FirstOrDefault(l => Vocabulary.NormalizeHeader(l) == "本年支出");
        var incomeGrand = Find(left, "收入总计");
        var spendGrand = Find(right, "支出总计");
        if (incomeTotal is not null)
        {
            // Income items: the rows numbered 一、二、… above 本年收入合计.
            var end = left.IndexOf(incomeTotal);
            var items = left.Take(end).Where(l => System.Text.RegularExpressions.Regex.IsMatch(l.Trim(), @"^[一二三四五六七八九十]+、")).ToList();
            if (items.Count > 0)
                balance.Add(new CellRelationCheck { Table = id, Columns = [inc], Total = new CellRef { Row = incomeTotal }, Parts = items.Select(i => new CellRef { Row = i }).ToList(), Relation = "§8.2" });
        }
        if (spendTotal is not null)
            balance.Add(new CellRelationCheck { Table = id, Columns = SpendingColumns(t), Total = new CellRef { Row = spendTotal }, Parts = [new CellRef { Row = "@classes" }], Relation = "§8.2" });
        if (incomeTotal is not null && spendTotal is not null)
            balance.Add(new CellRelationCheck { Table = id, Total = new CellRef { Column = inc, Row = incomeTotal }, Parts = [new CellRef { Column = spend, Row = spendTotal }], Relation = "§8.2" });
        if (incomeGrand is not null && spendGrand is not null)
            balance.Add(new CellRelationCheck { Table = id, Total = new CellRef { Column = inc, Row = incomeGrand }, Parts = [new CellRef { Column = spend, Row = spendGrand }], Relation = "§8.2" });
    }
}

using System.Collections.Concurrent;
using CsCheck;
using Xunit.Abstractions;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Core.Tests;

/// <summary>
/// Random budgets (several units of the three types, 项 codes of the 2025 catalog, economic codes, natures, sources,
/// carried-over money, amounts with 分, 三公 of last year, procurement and service purchases) built under the
/// sichuan-2025 (万元, two decimals) and shenzhen-2023 (whole 万元) profiles. Under largest-remainder every printed
/// total adds up, down the rows and across the columns, wherever the exact amounts do; the sums readers check are
/// declared (whatever the budget); and each figure keeps the bound docs/rounding.md states. Under cell every figure is
/// its exact amount rounded, within half a unit.
/// </summary>
public class RoundingPropertyTests(ITestOutputHelper output)
{
    private static readonly CatalogSet Catalogs = CatalogLoader.Load(2025);

    /// <summary>项 codes of a few 类; a budget draws from a window of neighbours, so that 类 and 款 rows have several parts.</summary>
    private static readonly string[] Functional = Descend(Catalogs.Functional, Catalogs.Functional.TopLevel)
        .Where(c => c.Length == 7 && c[..3] is "201" or "205" or "208" or "210" or "212" or "221").ToArray();

    private static readonly string[] ThreePublicCodes = ["30212", "31013", "30231", "30217"];

    private static readonly string[] Economic = Descend(Catalogs.Economic, Catalogs.Economic.TopLevel)
        .Where(c => c.Length >= 5 && c[..3] is "301" or "302" or "303" or "310")
        .Concat(ThreePublicCodes).Distinct().ToArray();

    private static readonly string[] Categories = ["货物", "工程", "服务"];

    private static IEnumerable<string> Descend(Classification catalog, IEnumerable<string> codes) =>
        codes.SelectMany(c => new[] { c }.Concat(Descend(catalog, catalog.Children(c))));

    private sealed record LineSpec(int Unit, int Functional, int Economic, int Nature, int Project, int Source, bool Carried, long Cents);

    private sealed record ItemSpec(int Unit, int Project, int Category, int SetAside, int Source, long Cents, int Source2, long Cents2);

    /// <summary>Amounts in 分: many below one printed unit, many of a few units, some large.</summary>
    private static readonly Gen<long> Cents = Gen.OneOf(Gen.Long[1, 200_000], Gen.Long[1, 30_000_000], Gen.Long[1, 3_000_000_000]);

    private static readonly Gen<LineSpec> Lines =
        from unit in Gen.Int[0, 3]
        from functional in Gen.Int[0, 11]
        from economic in Gen.Int[0, Economic.Length - 1]
        from nature in Gen.Int[0, 19]
        from project in Gen.Int[0, 2]
        from source in Gen.Int[0, 19]
        from carried in Gen.Int[0, 6]
        from cents in Cents
        select new LineSpec(unit, functional, economic, nature, project, source, carried == 0, cents);

    private static readonly Gen<ItemSpec> Items =
        from unit in Gen.Int[0, 3]
        from project in Gen.Int[-1, 2]
        from category in Gen.Int[0, 2]
        from setAside in Gen.Int[0, 2]
        from source in Gen.Int[0, 9]
        from cents in Cents
        from source2 in Gen.Int[0, 9]
        from cents2 in Gen.OneOf(Gen.Const(0L), Cents)
        select new ItemSpec(unit, project, category, setAside, source, cents, source2, cents2);

    private static Gen<Budget> Budgets(Profile profile) =>
        from types in Gen.Int[0, 2].Array[1, 4]
        from window in Gen.Int[0, Functional.Length - 12]
        from lines in Lines.Array[1, 40]
        from previous in Gen.Long[0, 3_000_000].Array[4].Array[4]
        from hasPrevious in Gen.Bool.Array[4]
        from procurement in Items.Array[0, 5]
        from services in Items.Array[0, 3]
        select Make(profile, types, window, lines, previous, hasPrevious, procurement, services);

    private static Budget Make(Profile profile, int[] types, int window, LineSpec[] specs, long[][] previous, bool[] hasPrevious,
        ItemSpec[] procurement, ItemSpec[] services)
    {
        var units = types.Select((t, i) => new BudgetUnit($"99900{i + 1}", $"测试单位{i + 1}", (UnitType)t)).ToList();
        var kinds = profile.ProjectKinds.Count > 0 ? profile.ProjectKinds : ["项目"];
        var projects = units.SelectMany((u, i) => Enumerable.Range(0, 3).Select(p => new Project(u.Code, $"项目{p + 1}", kinds[(i + p) % kinds.Count]))).ToList();
        string? ProjectOf(int unit, int p) => p < 0 ? null : $"项目{p + 1}";

        var lines = new List<ExpenditureLine>();
        foreach (var s in specs)
        {
            var unit = units[s.Unit % units.Count];
            var economic = Economic[s.Economic];
            var nature = s.Nature switch
            {
                < 10 => ExpenditureNatures.BasicNatureOf(economic),
                < 17 => ExpenditureNature.Project,
                < 19 => ExpenditureNature.RemittanceToSuperior,
                _ => ExpenditureNature.SubsidyToSubordinate,
            };
            var source = s.Source < 10 ? IncomeSource.GeneralPublicBudget : IncomeSources.All[s.Source - 10];
            lines.Add(new ExpenditureLine(unit.Code, Functional[window + s.Functional], economic, nature,
                nature == ExpenditureNature.Project ? ProjectOf(s.Unit, s.Project) : null, source, s.Carried, s.Cents / 100m));
        }
        var income = lines.GroupBy(l => (l.UnitCode, l.Source, l.CarriedOver))
            .Select(g => new IncomeLine(g.Key.UnitCode, g.Key.Source, g.Key.CarriedOver, g.Sum(l => l.Amount))).ToList();
        var three = new Dictionary<string, ThreePublicFigures>();
        for (var i = 0; i < units.Count; i++)
            if (hasPrevious[i])
                three[units[i].Code] = new ThreePublicFigures(previous[i][0] / 100m, previous[i][1] / 100m, previous[i][2] / 100m, previous[i][3] / 100m);

        Dictionary<IncomeSource, decimal> Amounts(ItemSpec s)
        {
            var amounts = new Dictionary<IncomeSource, decimal> { [IncomeSources.All[s.Source]] = s.Cents / 100m };
            if (s.Cents2 > 0) amounts[IncomeSources.All[s.Source2]] = amounts.GetValueOrDefault(IncomeSources.All[s.Source2]) + s.Cents2 / 100m;
            return amounts;
        }
        return new Budget
        {
            Year = 2025,
            ProfileId = profile.Id,
            Department = new Department("999", "测试部门"),
            Units = units,
            Expenditures = lines,
            Income = income,
            Projects = projects,
            ThreePublicPrevious = three,
            Procurement = procurement.Select((s, i) => new ProcurementItem(units[s.Unit % units.Count].Code, ProjectOf(s.Unit, s.Project),
                $"品目{i + 1}", Categories[s.Category], 1, "台", Amounts(s)) { SmallBusiness = s.SetAside > 0, MicroBusiness = s.SetAside > 1 }).ToList(),
            ServicePurchases = services.Select((s, i) => new ServicePurchaseItem(units[s.Unit % units.Count].Code, ProjectOf(s.Unit, s.Project),
                $"服务{i + 1}", 2, "项", s.Cents / 200m, Amounts(s))).ToList(),
        };
    }

    /// <summary>Samples per property; YUSUAN_ROUNDING_ITER=5000 explores longer (docs/rounding.md reports such a run).</summary>
    private static int Iterations(int normal) =>
        int.TryParse(Environment.GetEnvironmentVariable("YUSUAN_ROUNDING_ITER"), out var n) && n > 0 ? n : normal;

    private static Profile Load(string id, string rounding)
    {
        var profile = ProfileLoader.Load(id);
        return profile with { Presentation = profile.Presentation with { Rounding = rounding } };
    }

    [Theory]
    [InlineData("sichuan-2025")]
    [InlineData("shenzhen-2023")]
    public void Largest_remainder_tables_add_up_everywhere_their_exact_amounts_do(string profileId)
    {
        var profile = Load(profileId, Presentation.LargestRemainderRounding);
        var stats = new Stats();
        Budgets(profile).Sample(budget =>
        {
            var tables = TableSetBuilder.Build(budget, profile, Catalogs);
            foreach (var t in tables)
            {
                AssertDeclaredSumsAddUp(t);
                AssertRowHierarchyDeclared(t);
                AssertKnownSums(profileId, t);
                AssertBound(t, stats);
                AssertTotalsAsRoundedOnce(t);
                if (!t.IsEmpty) Assert.EndsWith(profile.Presentation.RoundingNote, t.Note);
            }
        }, iter: Iterations(150));
        output.WriteLine($"{profileId}: {stats}");
    }

    [Theory]
    [InlineData("sichuan-2025")]
    [InlineData("shenzhen-2023")]
    public void Cell_rounding_prints_each_exact_amount_within_half_a_unit_and_adds_no_note(string profileId)
    {
        var profile = Load(profileId, Presentation.CellRounding);
        var plain = ProfileLoader.Load(profileId);
        Budgets(profile).Sample(budget =>
        {
            foreach (var t in TableSetBuilder.Build(budget, profile, Catalogs))
            {
                var step = t.Presentation.Step;
                for (var r = 0; r < t.Rows.Count; r++)
                    for (var c = 0; c < t.Columns.Count; c++)
                    {
                        if (t.Columns[c].Kind != ColumnKind.Amount || t.Rows[r].Cells[c].Value is not { } v) continue;
                        var shown = t.Shown(r, c)!.Value;
                        Assert.True(Math.Abs(shown - v / t.Presentation.Divisor) <= step / 2, $"{t.Id} {t.Rows[r].Key} {t.ColumnPaths[c]}: {shown} vs {v}");
                        Assert.Equal(t.Presentation.FormatShown(shown), t.Format(t.Rows[r], c));
                    }
                var definition = plain.Tables.First(d => d.Id == t.Id);
                Assert.True(t.Note is null || !t.Note.Contains(t.Presentation.RoundingNote), t.Note);
                if (!t.IsEmpty || !definition.EmptyNoteReplacesNote) Assert.Equal(definition.Note, t.Note);
            }
        }, iter: Iterations(60));
    }

    /// <summary>Every declared part sums to its total in printed figures wherever the exact amounts do.</summary>
    internal static void AssertDeclaredSumsAddUp(Table t)
    {
        foreach (var b in t.Sums)
        {
            for (var p = 0; p < b.Rows.Count; p++)
            {
                var parts = Enumerable.Range(0, b.Rows.Count).Where(i => b.RowParents[i] == p).ToList();
                if (parts.Count == 0) continue;
                foreach (var c in b.Columns)
                    AssertSum(t, (b.Rows[p], c), parts.Select(i => (b.Rows[i], c)).ToArray(), mustHoldExactly: false);
            }
            for (var q = 0; q < b.Columns.Count; q++)
            {
                var parts = Enumerable.Range(0, b.Columns.Count).Where(j => b.ColumnParents[j] == q).ToList();
                if (parts.Count == 0) continue;
                foreach (var r in b.Rows)
                    AssertSum(t, (r, b.Columns[q]), parts.Select(j => (r, b.Columns[j])).ToArray(), mustHoldExactly: false);
            }
        }
    }

    /// <summary>
    /// total = Σ parts in printed figures when it holds exactly (null cells count as 0); with
    /// <paramref name="mustHoldExactly"/>, it must hold exactly (a sum any budget keeps).
    /// </summary>
    internal static void AssertSum(Table t, (int Row, int Column) total, (int Row, int Column)[] parts, bool mustHoldExactly)
    {
        decimal Exact((int Row, int Column) x) => t.Rows[x.Row].Cells[x.Column].Value ?? 0m;
        decimal Shown((int Row, int Column) x) => t.Shown(x.Row, x.Column) ?? 0m;
        var what = $"{t.Id}: {t.Rows[total.Row].Key} {t.ColumnPaths[total.Column]} = Σ " +
            string.Join(" + ", parts.Select(p => $"{t.Rows[p.Row].Key} {t.ColumnPaths[p.Column]}"));
        var exact = Exact(total) == parts.Sum(Exact);
        if (mustHoldExactly) Assert.True(exact, $"not exact: {what}: {Exact(total)} vs {parts.Sum(Exact)}");
        if (!exact) return;
        Assert.True(Shown(total) == parts.Sum(Shown), $"printed {Shown(total)} ≠ {string.Join(" + ", parts.Select(Shown))}: {what}");
    }

    /// <summary>A hierarchy table declares the rows as a reader reads them: each row a part of the nearest row above it one level up.</summary>
    private static void AssertRowHierarchyDeclared(Table t)
    {
        if (t.Rows.Count == 0 || t.Rows[0].Kind == RowKind.Balance) return;
        var block = Assert.Single(t.Sums);
        Assert.Equal(Enumerable.Range(0, t.Rows.Count), block.Rows);
        var expected = new int[t.Rows.Count];
        for (var i = 0; i < t.Rows.Count; i++)
        {
            var row = t.Rows[i];
            if (row.Key.EndsWith("/previous", StringComparison.Ordinal) || row.Key.EndsWith("/change", StringComparison.Ordinal))
            {
                expected[i] = t.Rows.Select((r, j) => (r, j)).First(x => x.r.Key == row.Key[..row.Key.LastIndexOf('/')] + "/current").j;
                continue;
            }
            if (row.Key.EndsWith("/current", StringComparison.Ordinal) || row.Kind == RowKind.Total) { expected[i] = -1; continue; }
            if (row.Kind == RowKind.Department) { expected[i] = i > 0 && t.Rows[i - 1].Kind == RowKind.Total ? i - 1 : -1; continue; }
            expected[i] = -1;
            for (var j = i - 1; j >= 0; j--)
                if (t.Rows[j].Kind is RowKind.Total or RowKind.Department || t.Rows[j].Depth < row.Depth) { expected[i] = j; break; }
        }
        Assert.Equal(expected, block.RowParents.ToArray());
    }

    /// <summary>The sums a reader checks in each table of the two profiles, named by header and row, independent of how they are derived.</summary>
    private static void AssertKnownSums(string profileId, Table t)
    {
        void Columns(string total, params string[] parts)
        {
            var ti = t.ColumnIndex(total);
            Assert.True(ti >= 0, $"{t.Id}: no column {total}");
            var pi = parts.Select(p => t.ColumnIndex(p)).ToArray();
            Assert.DoesNotContain(-1, pi);
            if (t.Rows.Count == 0) return; // a table without data prints no rows
            // Declared, so that the rounding keeps it ...
            var block = t.Sums.Single(b => b.Columns.Contains(ti));
            var parent = block.Columns.ToList().IndexOf(ti);
            Assert.Equal(pi.Order(), block.Columns.Where((_, j) => block.ColumnParents[j] == parent).Order());
            // ... and holding on every row, whatever the budget.
            foreach (var r in block.Rows) AssertSum(t, (r, ti), pi.Select(p => (r, p)).ToArray(), mustHoldExactly: true);
        }
        void Rows(int column, int total, params int[] parts) =>
            AssertSum(t, (total, column), parts.Select(p => (p, column)).ToArray(), mustHoldExactly: true);
        int Row(string key) => t.Rows.Select((r, i) => (r, i)).Single(x => x.r.Key == key).i;
        int[] Classes() => t.Rows.Select((r, i) => (r, i)).Where(x => x.r.Key.Split('|')[1] is { Length: 12 } k && k.StartsWith("spending:", StringComparison.Ordinal)).Select(x => x.i).ToArray();

        switch (profileId, t.Id)
        {
            case ("sichuan-2025", "income-expenditure-summary"):
                Rows(1, Row("closing:本年收入合计|本年支出合计"), 0, 1, 2, 3, 4, 5);
                Rows(1, Row("closing:收入总计|支出总计"), Row("closing:本年收入合计|本年支出合计"), Row("closing:七、上年结转|"));
                Rows(3, Row("closing:本年收入合计|本年支出合计"), Classes());
                Rows(3, Row("closing:收入总计|支出总计"), Row("closing:本年收入合计|本年支出合计"));
                BothSides(t, Row("closing:收入总计|支出总计"));
                break;
            case ("sichuan-2025", "income"):
                Columns("合计", "上年结转", "一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "事业收入", "事业单位经营收入",
                    "其他收入", "上级补助收入", "附属单位上缴收入", "用事业基金弥补收支差额");
                break;
            case ("sichuan-2025", "expenditure"):
                Columns("合计", "基本支出", "项目支出", "上缴上级支出", "对附属单位补助支出");
                break;
            case ("sichuan-2025", "fiscal-summary"):
                Rows(1, 0, 1, 2, 3);
                Rows(1, 4, 5, 6, 7);
                Rows(1, Row("closing:收入总计|支出总计"), 0, 4);
                Rows(3, 0, Classes());
                Columns("合计", "一般公共预算", "政府性基金预算", "国有资本经营预算");
                BothSides(t, Row("closing:收入总计|支出总计"));
                break;
            case ("sichuan-2025", "fiscal-economic"):
                Columns("总计", "当年财政拨款安排/合计", "上年结转安排/合计");
                foreach (var year in new[] { "当年财政拨款安排", "上年结转安排" })
                    Columns(year + "/合计", year + "/一般公共预算拨款/小计", year + "/政府性基金安排/小计", year + "/国有资本经营预算安排/小计");
                break;
            case ("sichuan-2025", "gpb"):
                Columns("合计", "当年财政拨款安排", "上年结转安排");
                break;
            case ("sichuan-2025", "gpb-basic"):
                Columns("基本支出/合计", "人员经费", "公用经费");
                break;
            case ("sichuan-2025", "gpb-three-public" or "fund-three-public"):
                Columns("当年财政拨款预算安排/合计", "因公出国（境）费用", "公务用车购置及运行费/小计", "公务接待费");
                Columns("公务用车购置及运行费/小计", "公务用车购置费", "公务用车运行费");
                break;
            case ("sichuan-2025", "procurement"):
                Columns("资金来源/合计", "资金来源/一般公共预算", "资金来源/政府性基金预算", "资金来源/国有资本经营预算", "资金来源/其他资金");
                break;
            case ("shenzhen-2023", "income-expenditure-summary"):
                Rows(1, 0, 1, 2, 3);
                Rows(1, 5, 6, 7, 8, 9, 10);
                Rows(1, Row("closing:本年收入合计|本年支出合计"), 0, 4, 5);
                Rows(1, Row("closing:收入总计|支出总计"), Row("closing:本年收入合计|本年支出合计"), Row("closing:上年结余、结转|结转下年"));
                Rows(3, Row("closing:本年收入合计|本年支出合计"), Classes());
                BothSides(t, Row("closing:收入总计|支出总计"));
                break;
            case ("shenzhen-2023", "income"):
                Columns("收入总计", "一般公共预算拨款/小计", "政府预算拨款/政府性基金预算拨款", "政府预算拨款/国有资本经营预算拨款", "本年收入/财政专户管理资金",
                    "单位资金/事业收入", "单位资金/事业单位经营收入", "单位资金/上级补助收入", "单位资金/附属单位上缴收入", "单位资金/其他收入", "上年结余、结转");
                break;
            case ("shenzhen-2023", "basic"):
                Columns("总计", "政府预算拨款/小计", "财政专户管理资金", "单位资金/事业收入", "单位资金/事业单位经营收入", "单位资金/上级补助收入",
                    "单位资金/附属单位上缴收入", "单位资金/其他收入", "上年结余、结转");
                Columns("政府预算拨款/小计", "政府预算拨款/一般公共预算拨款", "政府预算拨款/政府性基金预算拨款", "政府预算拨款/国有资本经营预算拨款");
                break;
            case ("shenzhen-2023", "projects"):
                Columns("总计", "一般公共预算拨款/小计", "政府预算拨款/政府性基金预算拨款", "政府预算拨款/国有资本经营预算拨款", "财政专户管理资金",
                    "单位资金/事业收入", "单位资金/事业单位经营收入", "单位资金/上级补助收入", "单位资金/附属单位上缴收入", "单位资金/其他收入", "上年结余、结转");
                break;
            case ("shenzhen-2023", "fiscal-summary"):
                Rows(1, 0, 1, 2, 3);
                Rows(1, Row("closing:收入总计|支出总计"), Row("closing:本年收入合计|本年支出合计"), Row("closing:上年结余、结转|结转下年"));
                Rows(3, Row("closing:本年收入合计|本年支出合计"), Classes());
                BothSides(t, Row("closing:收入总计|支出总计"));
                break;
            case ("shenzhen-2023", "gpb-three-public"):
                Columns("总计", "因公出国（境）费", "公务接待费", "公务用车购置及运行维护费/小计");
                Columns("公务用车购置及运行维护费/小计", "公务用车购置费", "公务用车运行维护费");
                break;
        }
    }

    /// <summary>收入总计 and 支出总计 print the same figure when they are the same amount.</summary>
    private static void BothSides(Table t, int row)
    {
        var cells = t.Rows[row].Cells;
        Assert.Equal(cells[1].Value, cells[3].Value);
        Assert.Equal(t.Shown(row, 1), t.Shown(row, 3));
    }

    /// <summary>What each table's top figures print: the same as rounding them on their own (the total is rounded first).</summary>
    private static void AssertTotalsAsRoundedOnce(Table t)
    {
        foreach (var b in t.Sums)
            for (var i = 0; i < b.Rows.Count; i++)
                for (var j = 0; j < b.Columns.Count; j++)
                {
                    if (b.RowParents[i] >= 0 || b.ColumnParents[j] >= 0) continue;
                    if (t.Rows[b.Rows[i]].Cells[b.Columns[j]].Value is not { } v) continue;
                    Assert.Equal(t.Presentation.Printed(v), t.Shown(b.Rows[i], b.Columns[j]));
                }
    }

    /// <summary>
    /// |printed − exact| &lt; one unit, except a cell that is at once below the top row but not a leaf row and in a
    /// column that is a sum and a part: there, less than the number of parts under it that have no parts themselves,
    /// counting as one more part any money a total's parts leave out (docs/rounding.md). Cells no block holds: half a unit.
    /// </summary>
    private static void AssertBound(Table t, Stats stats)
    {
        var step = t.Presentation.Step;
        var held = new HashSet<(int, int)>();
        foreach (var b in t.Sums)
        {
            var rows = ForestOf(b.RowParents);
            var columns = ForestOf(b.ColumnParents);
            for (var i = 0; i < b.Rows.Count; i++)
                for (var j = 0; j < b.Columns.Count; j++)
                {
                    var (r, c) = (b.Rows[i], b.Columns[j]);
                    held.Add((r, c));
                    if (t.Rows[r].Cells[c].Value is not { } v) continue;
                    var error = Math.Abs(t.Shown(r, c)!.Value - v / t.Presentation.Divisor) / step;
                    var oneDimension = rows.Size[rows.Root[i]] == 1 || columns.Size[columns.Root[j]] == 1;
                    var guaranteed = oneDimension || rows.IsLeaf(i) || rows.Root[i] == i || columns.IsLeaf(j) || columns.Root[j] == j
                        || (SoleChildOfRoot(rows, i) && v == t.Rows[b.Rows[rows.Root[i]]].Cells[c].Value);
                    if (guaranteed)
                    {
                        Assert.True(error < 1, $"{t.Id} {t.Rows[r].Key} {t.ColumnPaths[c]}: printed {t.Shown(r, c)} for {v}");
                        stats.Guaranteed(error);
                    }
                    else
                    {
                        var bound = Math.Min(columns.Size[j], rows.Size[i]);
                        Assert.True(error < bound, $"{t.Id} {t.Rows[r].Key} {t.ColumnPaths[c]}: printed {t.Shown(r, c)} for {v}, bound {bound}");
                        stats.Exceptional(error);
                    }
                }
        }
        for (var r = 0; r < t.Rows.Count; r++)
            for (var c = 0; c < t.Columns.Count; c++)
            {
                if (held.Contains((r, c)) || t.Columns[c].Kind != ColumnKind.Amount || t.Rows[r].Cells[c].Value is not { } v) continue;
                Assert.True(Math.Abs(t.Shown(r, c)!.Value - v / t.Presentation.Divisor) <= step / 2);
            }
    }

    private static bool SoleChildOfRoot(Forest f, int i)
    {
        for (var n = i; f.Parent[n] >= 0; n = f.Parent[n])
            if (f.Children[f.Parent[n]] != 1) return false;
        return true;
    }

    /// <summary>Parents, each node's root, number of children and subtree size (an upper bound of its leaves with hidden parts).</summary>
    private sealed record Forest(int[] Parent, int[] Root, int[] Children, int[] Size)
    {
        public bool IsLeaf(int n) => Children[n] == 0;
    }

    private static Forest ForestOf(IReadOnlyList<int> parents)
    {
        var n = parents.Count;
        var root = new int[n];
        var children = new int[n];
        var size = Enumerable.Repeat(1, n).ToArray();
        for (var i = 0; i < n; i++)
        {
            if (parents[i] >= 0) children[parents[i]]++;
            var r = i;
            while (parents[r] >= 0) { r = parents[r]; size[r]++; }
            root[i] = r;
        }
        return new Forest(parents.ToArray(), root, children, size);
    }

    /// <summary>How far printed figures lie from their exact amounts, in units, over every sample.</summary>
    private sealed class Stats
    {
        private readonly ConcurrentBag<(bool Guaranteed, decimal Error)> _errors = [];
        public void Guaranteed(decimal error) => _errors.Add((true, error));
        public void Exceptional(decimal error) => _errors.Add((false, error));

        public override string ToString()
        {
            var all = _errors.ToArray();
            var exceptional = all.Where(e => !e.Guaranteed).ToArray();
            return $"{all.Length} cells, {all.Count(e => e.Error <= 0.5m)} rounded to nearest; max error {(all.Length == 0 ? 0 : all.Max(e => e.Error)):0.####} units; "
                + $"{exceptional.Length} cells outside the proved bound, {exceptional.Count(e => e.Error >= 1)} of them one unit off or more (max {(exceptional.Length == 0 ? 0 : exceptional.Max(e => e.Error)):0.####})";
        }
    }
}

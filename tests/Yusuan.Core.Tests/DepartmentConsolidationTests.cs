using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Core.Tests;

/// <summary>
/// The made-up department 801 某市农业农村局 (samples/department-2025, three units: 行政, 参公, 事业) in the
/// sichuan-2025 profile. Expected figures are those of samples/department-2025/NOTES.md, computed from the
/// lines by an independent script (compute_expected.py).
/// </summary>
public class DepartmentConsolidationTests
{
    private static readonly Budget B = Repo.Budget("department-2025");
    private static readonly IReadOnlyList<Table> All = TableSetBuilder.Build(B);
    private static readonly IReadOnlyDictionary<string, Table> T = All.ToDictionary(t => t.Id);
    private static readonly string[] UnitCodes = ["801001", "801002", "801003"];

    public static TheoryData<string> PerUnitTables()
    {
        var data = new TheoryData<string>();
        foreach (var id in PerUnitTableIds()) data.Add(id);
        return data;
    }

    private static IEnumerable<string> PerUnitTableIds() =>
        All.Where(t => t.Rows.Any(r => r.Kind == RowKind.Unit)).Select(t => t.Id);

    [Fact]
    public void Most_tables_show_unit_blocks()
    {
        // Every grouped table of the profile consolidates; only the balance tables (附表 1, 4) and empty ones do not.
        var withBlocks = PerUnitTableIds().ToHashSet();
        foreach (var id in new[] { "income", "expenditure", "fiscal-economic", "gpb", "gpb-basic", "gpb-projects", "gpb-three-public", "fund", "procurement", "service-purchase" })
            Assert.Contains(id, withBlocks);
    }

    [Theory]
    [MemberData(nameof(PerUnitTables))]
    public void Total_equals_sum_of_unit_rows_in_every_column(string id)
    {
        var t = T[id];
        var total = t.Rows.Single(r => r.Kind == RowKind.Total);
        var units = t.Rows.Where(r => r.Kind == RowKind.Unit).ToList();
        var department = t.Rows.SingleOrDefault(r => r.Kind == RowKind.Department);
        var amounts = AmountColumns(t);
        Assert.NotEmpty(amounts);
        foreach (var c in amounts)
        {
            var sum = units.Sum(u => u.Cells[c].Value ?? 0m);
            Assert.True((total.Cells[c].Value ?? 0m) == sum, $"{t.Title} 列 {t.ColumnPaths[c]}: 合计 {total.Cells[c].Value} ≠ Σ 单位 {sum}");
            if (department is not null) Assert.Equal(total.Cells[c].Value, department.Cells[c].Value);
        }
    }

    [Theory]
    [MemberData(nameof(PerUnitTables))]
    public void Unit_blocks_come_in_unit_order_and_hold_only_their_unit(string id)
    {
        var t = T[id];
        var order = t.Rows.Where(r => r.Kind == RowKind.Unit).Select(r => r.Key.Split('/')[0]).Distinct().ToList();
        Assert.Equal(order.OrderBy(k => Array.IndexOf(UnitCodes, k["unit:".Length..])), order);
        Assert.All(order, k => Assert.Contains(k["unit:".Length..], UnitCodes));

        string? current = null;
        foreach (var row in t.Rows)
        {
            if (row.Kind == RowKind.Unit) current = row.Key.Split('/')[0];
            else if (row.Kind is RowKind.Group or RowKind.Detail)
            {
                Assert.NotNull(current);
                Assert.StartsWith(current + "/", row.Key);
            }
        }
    }

    [Theory]
    [MemberData(nameof(PerUnitTables))]
    public void Each_unit_row_equals_the_sum_of_its_detail_rows(string id)
    {
        var t = T[id];
        if (t.Rows.All(r => r.Kind != RowKind.Detail)) return; // a table of unit rows only (收入总表)
        foreach (var unit in t.Rows.Where(r => r.Kind == RowKind.Unit))
        {
            var details = t.Rows.Where(r => r.Kind == RowKind.Detail && r.Key.StartsWith(unit.Key + "/", StringComparison.Ordinal)).ToList();
            // A detail row may sit under another detail row (a project under its 项): count the innermost only.
            var innermost = details.Where(d => !details.Any(o => o.Key.StartsWith(d.Key + "/", StringComparison.Ordinal))).ToList();
            // A column the 合计 row leaves empty does not add up (单价): skip it.
            var total = t.Rows.Single(r => r.Kind == RowKind.Total);
            foreach (var c in AmountColumns(t).Where(c => total.Cells[c].Value is not null || innermost.All(d => d.Cells[c].Value is null)))
                Assert.Equal(unit.Cells[c].Value ?? 0m, innermost.Sum(d => d.Cells[c].Value ?? 0m));
        }
    }

    [Theory]
    [InlineData("total", 26_015_208.41, 23_117_641.16, 2_897_567.25)]
    [InlineData("unit:801001", 11_234_327.45, 10_662_367.45, 571_960.00)]
    [InlineData("unit:801002", 8_122_982.62, 7_083_752.12, 1_039_230.50)]
    [InlineData("unit:801003", 6_657_898.34, 5_371_521.59, 1_286_376.75)]
    public void Expenditure_table_is_exact_per_unit(string key, double total, double basic, double project)
    {
        // InlineData cannot hold decimal; these literals have two decimals and convert exactly.
        var t = T["expenditure"];
        Assert.Equal((decimal)total, t.Value(key, "合计"));
        Assert.Equal((decimal)basic, t.Value(key, "基本支出"));
        Assert.Equal((decimal)project, t.Value(key, "项目支出"));
    }

    [Fact]
    public void Department_row_names_the_department()
    {
        var row = T["expenditure"].Row("department")!;
        Assert.Contains(row.Cells, c => c.Text == "801");
        Assert.Contains(row.Cells, c => c.Text == "某市农业农村局");
    }

    [Fact]
    public void Rounded_total_is_the_rounded_exact_sum_not_the_sum_of_rounded_units()
    {
        // 万元: the units print 1,123.43 + 812.30 + 665.79 = 2,601.52, and the department prints 2,601.52 from
        // 26,015,208.41 元. The basic column's units print 1,066.24 + 708.38 + 537.15 = 2,311.77, yet the exact
        // total 23,117,641.16 元 prints 2,311.76: a 尾数差 that only a rounding check can explain.
        var t = T["expenditure"];
        Assert.Equal("2,311.76", t.Printed("total", "基本支出"));
        Assert.Equal("1,066.24", t.Printed("unit:801001", "基本支出"));
        Assert.Equal("708.38", t.Printed("unit:801002", "基本支出"));
        Assert.Equal("537.15", t.Printed("unit:801003", "基本支出"));
    }

    [Fact]
    public void Gpb_basic_table_splits_personnel_and_public_funds()
    {
        var t = T["gpb-basic"];
        Assert.Equal(22_844_041.16m, t.Value("total", "合计"));
        Assert.Equal(19_719_453.88m, t.Value("total", "人员经费"));
        Assert.Equal(3_124_587.28m, t.Value("total", "公用经费"));
        Assert.Equal(4_541_667.28m, t.Value("unit:801003", "人员经费"));
        Assert.Equal(556_254.31m, t.Value("unit:801003", "公用经费"));
    }

    [Theory]
    [InlineData("801001", "30101", "50101")] // 行政: 机关工资福利支出
    [InlineData("801002", "30101", "50101")] // 参公 follows the 机关 map
    [InlineData("801003", "30101", "50501")] // 事业: 对事业单位经常性补助 · 工资福利支出
    [InlineData("801001", "30201", "50201")]
    [InlineData("801002", "30227", "50205")]
    [InlineData("801003", "30201", "50502")] // 事业: 对事业单位经常性补助 · 商品和服务支出
    [InlineData("801003", "30302", "50905")] // 退休费: 对个人和家庭的补助 stays in 509 for every unit type
    [InlineData("801002", "31013", "50303")] // 公务用车购置 of a 参公 unit: 机关资本性支出（一）· 公务用车购置
    public void Government_economic_class_depends_on_unit_type(string unit, string economic, string government)
    {
        var derived = new DerivedBudget(B, CatalogLoader.Load(B.Year), ProfileLoader.Load(B.ProfileId));
        var classes = derived.Lines.Where(f => f.Line.UnitCode == unit && f.Line.EconomicCode == economic)
            .Select(f => f.GovernmentCode).Distinct().ToList();
        Assert.Equal([government], classes);
    }

    [Fact]
    public void Three_public_funds_of_the_department()
    {
        var t = T["gpb-three-public"];
        var total = t.Rows.Single(r => r.Kind == RowKind.Total);
        var units = t.Rows.Where(r => r.Kind == RowKind.Unit).ToList();
        Assert.Equal(3, units.Count);
        // Only 801002 buys a vehicle (31013, 2 执法执勤用车).
        var purchase = t.ColumnIndex("公务用车购置费");
        Assert.True(purchase >= 0);
        Assert.Equal(0m, units[0].Cells[purchase].Value ?? 0m);
        Assert.Equal(360_000m, units[1].Cells[purchase].Value);
        Assert.Equal(0m, units[2].Cells[purchase].Value ?? 0m);
        Assert.Equal(360_000m, total.Cells[purchase].Value);
        Assert.Equal("", t.Printed("unit:801001", "公务用车购置费"));
    }

    private static List<int> AmountColumns(Table t) =>
        t.Columns.Select((c, i) => (c, i)).Where(x => x.c.Kind == ColumnKind.Amount).Select(x => x.i).ToList();
}

using System.Globalization;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Core.Tests;

/// <summary>
/// The published 尾数差 of samples/shenzhen-2023 (NOTES.md, 问题 1–3) under the largest-remainder policy: the same
/// lines, printed so that parts add up. Exact: 基本 5,104.40 + 项目 293,343.25 = 298,447.65.
/// </summary>
public class RoundingExampleTests
{
    private const string Unit = "unit:307002";

    private static int Whole(string? printed) => int.Parse(printed!, NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static IReadOnlyDictionary<string, Table> Shenzhen(string rounding)
    {
        var budget = Repo.Budget("shenzhen-2023");
        var profile = ProfileLoader.Load(budget.ProfileId);
        profile = profile with { Presentation = profile.Presentation with { Rounding = rounding } };
        return TableSetBuilder.Build(budget, profile).ToDictionary(t => t.Id);
    }

    [Fact]
    public void Shenzhen_basic_plus_projects_adds_up_to_the_total_it_did_not_add_up_to_as_published()
    {
        var cell = Shenzhen(Presentation.CellRounding)["expenditure"];
        var adjusted = Shenzhen(Presentation.LargestRemainderRounding)["expenditure"];
        // As published: 5,104 + 293,343 = 298,447 ≠ 298,448.
        Assert.Equal(298447, Whole(cell.Printed(Unit, "基本支出")) + Whole(cell.Printed(Unit, "项目支出")));
        Assert.Equal("298,448", cell.Printed(Unit, "支出总计"));
        // Largest remainder: the total stays 298,448 (rounded first); the missing unit goes to 基本 (remainder .40 > .25).
        Assert.Equal("298,448", adjusted.Printed(Unit, "支出总计"));
        Assert.Equal(Whole(adjusted.Printed(Unit, "支出总计")), Whole(adjusted.Printed(Unit, "基本支出")) + Whole(adjusted.Printed(Unit, "项目支出")));
        Assert.Equal("5,105", adjusted.Printed(Unit, "基本支出"));
        Assert.Equal("293,343", adjusted.Printed(Unit, "项目支出"));
        // Basic by 类 adds up to basic: 6 + 3,356 + 120 + 1,623 = 5,105 (published: = 5,105 ≠ 5,104).
        Assert.Equal(Whole(adjusted.Printed(Unit, "基本支出")), new[] { "205", "208", "210", "221" }.Sum(c => Whole(adjusted.Printed($"{Unit}/functional:{c}", "基本支出"))));
        // And every 类 row across: 208 prints 3,356 + 12,858 = 16,214.
        Assert.Equal(Whole(adjusted.Printed($"{Unit}/functional:208", "支出总计")),
            Whole(adjusted.Printed($"{Unit}/functional:208", "基本支出")) + Whole(adjusted.Printed($"{Unit}/functional:208", "项目支出")));
    }

    [Fact]
    public void Shenzhen_basic_table_302_and_303_rows_add_up_to_their_class()
    {
        var cell = Shenzhen(Presentation.CellRounding)["basic"];
        var adjusted = Shenzhen(Presentation.LargestRemainderRounding)["basic"];
        var rows302 = adjusted.Rows.Where(r => r.Key.StartsWith(Unit + "/economic:302", StringComparison.Ordinal) && r.Key.Length > (Unit + "/economic:302").Length).ToList();
        // Published: rows add to 397, 302 prints 396; 303 rows add to 637, 303 prints 636.
        Assert.Equal(397, rows302.Sum(r => Whole(cell.Printed(r.Key, "总计"))));
        Assert.Equal("396", cell.Printed(Unit + "/economic:302", "总计"));
        Assert.Equal(Whole(adjusted.Printed(Unit + "/economic:302", "总计")), rows302.Sum(r => Whole(adjusted.Printed(r.Key, "总计"))));
        Assert.Equal(Whole(adjusted.Printed(Unit + "/economic:303", "总计")),
            new[] { "30301", "30302", "30305" }.Sum(c => Whole(adjusted.Printed($"{Unit}/economic:{c}", "总计"))));
        // The unit total is rounded first and stays as published.
        Assert.Equal(cell.Printed(Unit, "总计"), adjusted.Printed(Unit, "总计"));
    }

    [Fact]
    public void Shenzhen_summary_sides_stay_equal_and_the_adjusted_tables_say_so()
    {
        var tables = Shenzhen(Presentation.LargestRemainderRounding);
        var summary = tables["income-expenditure-summary"];
        Assert.Equal("298,448", summary.Printed("closing:收入总计|支出总计", "收 入/2023 年预算数"));
        Assert.Equal("298,448", summary.Printed("closing:收入总计|支出总计", "支 出/2023 年预算数"));
        Assert.Equal("298,448", summary.Printed("closing:本年收入合计|本年支出合计", "收 入/2023 年预算数"));
        // Its own note, then the policy's.
        Assert.StartsWith("注：财政拨款收支情况包括", summary.Note);
        Assert.EndsWith("\n注：表中金额按四舍五入后的尾数调整，合计等于各分项之和。", summary.Note);
        Assert.All(tables.Values.Where(t => !t.IsEmpty), t => Assert.EndsWith("合计等于各分项之和。", t.Note));
        Assert.All(Shenzhen(Presentation.CellRounding).Values, t => Assert.DoesNotContain("尾数调整", t.Note ?? ""));
        Assert.All(tables.Values, RoundingPropertyTests.AssertDeclaredSumsAddUp);
    }

    [Fact]
    public void Every_sample_adds_up_under_largest_remainder()
    {
        foreach (var sample in new[] { "guangyuan-2025", "bazhong-2021", "department-2025", "shenzhen-2023" })
        {
            var budget = Repo.Budget(sample);
            var profile = ProfileLoader.Load(budget.ProfileId);
            profile = profile with { Presentation = profile.Presentation with { Rounding = Presentation.LargestRemainderRounding } };
            foreach (var t in TableSetBuilder.Build(budget, profile)) RoundingPropertyTests.AssertDeclaredSumsAddUp(t);
        }
    }

    [Fact]
    public void A_single_column_is_apportioned_by_largest_remainder_from_the_top_down()
    {
        // 合计 0.30 万元 (3,000 元) of three units of 1,000 元 each, two decimals: each 0.10 exactly; then 1,004 + 998 + 998 = 3,000:
        // 0.1004 → 0.10, 0.0998 → 0.10, 0.0998 → 0.10.
        var t = Table([3000m, 1004m, 998m, 998m]);
        Assert.Equal([0.30m, 0.10m, 0.10m, 0.10m], Enumerable.Range(0, 4).Select(r => t.Shown(r, 1)!.Value));
        // 合计 100.005 元 → 0.01 万元 (cell); three parts 33.335 元 each (0.0033 万元) → floors 0, the one unit to the first.
        var u = Table([100.005m, 33.335m, 33.335m, 33.335m]);
        Assert.Equal([0.01m, 0.01m, 0.00m, 0.00m], Enumerable.Range(0, 4).Select(r => u.Shown(r, 1)!.Value));
        // 0.0060 + 0.0060 + 0.0030 万元 = 0.0150 → 0.02: the two largest remainders (.60, .60) get a unit each: 0.01 + 0.01 + 0.
        var v = Table([150m, 60m, 60m, 30m]);
        Assert.Equal([0.02m, 0.01m, 0.01m, 0.00m], Enumerable.Range(0, 4).Select(r => v.Shown(r, 1)!.Value));
    }

    private static Table Table(decimal[] yuan) => new()
    {
        Id = "t",
        Title = "t",
        Subject = "",
        UnitLabel = "",
        Header = [HeaderCell.Leaf("项目", ColumnKind.Text), HeaderCell.Leaf("金额", ColumnKind.Amount)],
        Rows = yuan.Select((y, i) => new TableRow(i == 0 ? RowKind.Total : RowKind.Unit, i == 0 ? 0 : 1, [i == 0 ? "合计" : $"单位{i}", Cell.Of(y)], $"r{i}")).ToList(),
        Presentation = new Presentation { Rounding = Presentation.LargestRemainderRounding },
        Sums = [SumBlock.Of([.. Enumerable.Range(0, yuan.Length)], [-1, .. Enumerable.Repeat(0, yuan.Length - 1)], [1], [-1])],
    };
}

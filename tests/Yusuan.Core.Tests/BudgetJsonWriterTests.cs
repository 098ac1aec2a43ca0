using System.Globalization;
using System.Text;
using System.Text.Json;
using Yusuan.Core.Input;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests;

/// <summary>
/// A raw budget written as input-format JSON reads back as the same records: the samples publish the same tables, targets
/// and narrative; every field the reader knows survives; bad entries are reported again at the same record.
/// </summary>
public sealed class BudgetJsonWriterTests
{
    public static TheoryData<string> Samples => new() { "guangyuan-2025", "bazhong-2021", "shenzhen-2023", "shandong-2021", "department-2025" };

    private static string SampleJson(string sample) => Path.Combine(Repo.Sample(sample), "budget.json");

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_written_and_read_back_publishes_the_same_budget(string sample)
    {
        var raw = BudgetJsonReader.Read(SampleJson(sample));
        var original = new BudgetAssembler().Assemble(raw);

        var json = BudgetJsonWriter.Write(raw);
        var back = new BudgetAssembler().Assemble(BudgetJsonReader.ReadText(json));

        Assert.NotEmpty(original.Expenditures);
        Assert.Equal(BudgetFingerprint.Lines(original), BudgetFingerprint.Lines(back));
        Assert.Equal(BudgetFingerprint.Tables(original), BudgetFingerprint.Tables(back));
        Assert.Equal(BudgetFingerprint.Targets(original.Targets), BudgetFingerprint.Targets(back.Targets));
        Assert.Equal(BudgetFingerprint.Narrative(original.Narrative), BudgetFingerprint.Narrative(back.Narrative));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Writing_what_was_read_back_gives_the_same_text(string sample)
    {
        var json = BudgetJsonWriter.Write(BudgetJsonReader.Read(SampleJson(sample)));
        var again = BudgetJsonWriter.Write(BudgetJsonReader.ReadText(json));

        Assert.Equal(json, again);
        // Compact text holds the same budget as the indented one.
        var compact = BudgetJsonWriter.Write(BudgetJsonReader.ReadText(json), indented: false);
        Assert.DoesNotContain("\n", compact);
        Assert.Equal(json, BudgetJsonWriter.Write(BudgetJsonReader.ReadText(compact)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_records_read_back_field_for_field(string sample)
    {
        var raw = BudgetJsonReader.Read(SampleJson(sample));
        var back = BudgetJsonReader.ReadText(BudgetJsonWriter.Write(raw));
        Assert.Equal(RawDump.Of(raw), RawDump.Of(back));
    }

    [Fact]
    public void Samples_with_targets_and_narrative_write_them()
    {
        var json = BudgetJsonWriter.Write(BudgetJsonReader.Read(SampleJson("shenzhen-2023")));
        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("targets").GetProperty("departments").GetArrayLength() > 0);
        Assert.True(doc.RootElement.GetProperty("narrative").EnumerateObject().Any());
        Assert.True(doc.RootElement.GetProperty("previousYear").EnumerateObject().Any());
    }

    // ---- every field, and what only a hand-made (or xlsx) raw budget holds ----

    private static SourceLocation At(string list, int row) => new("budget.xlsx", list, row);

    private static RawAmount N(decimal value, string list = "x", int row = 1) => new(value, value.ToString(CultureInfo.InvariantCulture), At(list, row));

    // Typed text goes through the one amount parser, as every reader does, so a bad entry carries its precise problem.
    private static RawAmount T(string? text, string list = "x", int row = 1) => RawAmount.FromText(text, At(list, row));

    /// <summary>A raw budget using every field the reader knows, with bad entries of every kind.</summary>
    internal static RawBudget Everything()
    {
        var raw = new RawBudget { Location = new SourceLocation("budget.xlsx"), Year = 2025, Profile = "sichuan-2025", AmountUnit = "万元",
            DepartmentCode = "342", DepartmentName = "广元市人力资源和社会保障局" };
        raw.Units.Add(new RawUnit(At("单位", 2), "342601", "广元市社会保险事务中心", "参公"));
        raw.Units.Add(new RawUnit(At("单位", 3), "342602", "广元市 \"劳动\" <监察> 支队", "事业"));
        raw.Income.Add(new RawIncome(At("收入", 2), "342601", "一般公共预算拨款收入", false, N(1183.380m)));
        raw.Income.Add(new RawIncome(At("收入", 3), "342602", "事业收入", true, T("1.2.3")));
        raw.Income.Add(new RawIncome(At("收入", 4), "342602", null, false, T(null)));
        raw.Projects.Add(new RawProject(At("项目", 2), "342601", "乡村振兴经费", "特定目标类"));
        raw.Projects.Add(new RawProject(At("项目", 3), "342601", "培训、宣传经费", "特定目标类"));
        raw.Projects.Add(new RawProject(At("项目", 4), "342602", "稽核经费", "运转类"));
        raw.Expenditures.Add(new RawExpenditure(At("支出明细", 2))
        {
            Unit = "342601", Functional = "2080109", FunctionalName = "社会保险经办机构", Economic = "30101", EconomicName = "基本工资",
            Nature = "人员经费", Source = "一般公共预算拨款收入", Amount = N(600.00m),
        });
        raw.Expenditures.Add(new RawExpenditure(At("支出明细", 3))
        {
            Unit = "342601", Functional = "2080109", Economic = "30201", Project = "乡村振兴经费", Source = "政府性基金预算拨款收入",
            CarriedOver = true, Government = "50201", Amount = N(0.0001m),
        });
        raw.Expenditures.Add(new RawExpenditure(At("支出明细", 4))
        {
            Unit = "342602", Functional = "9999999", Economic = "3020X", Nature = "公用", Amount = T("abc"),
        });
        raw.Expenditures.Add(new RawExpenditure(At("支出明细", 5)) { Unit = " 342602 ", Functional = " 2080109 ", Economic = "30201", Amount = T("  ") });
        raw.Expenditures.Add(new RawExpenditure(At("支出明细", 6)) { Amount = T("1E+40") });
        raw.ThreePublicPrevious.Add(new RawThreePublic(At("三公上年数", 2), "342601", N(0m), T(null), N(12.5m), T("一万")));
        raw.Procurement.Add(new RawProcurement(At("政府采购", 2))
        {
            Unit = "342601", Project = "乡村振兴经费", Item = "便携式计算机", Category = "货物", Quantity = N(5m), Measure = "台",
            Amounts = [("一般公共预算拨款收入", N(3.00m)), ("事业收入", T("三"))], SmallBusiness = true, MicroBusiness = true,
        });
        raw.Procurement.Add(new RawProcurement(At("政府采购", 3)) { Unit = "342602", Item = "物业服务", Category = "服务", Quantity = T("若干") });
        raw.ServicePurchases.Add(new RawServicePurchase(At("政府购买服务", 2))
        {
            Unit = "342602", Project = "稽核经费", Item = "中介机构实地稽核服务", Quantity = N(6m), Measure = "家", UnitPrice = T("面议"),
            Amounts = [("一般公共预算拨款收入", N(60.00m))],
        });
        raw.ServicePurchases.Add(new RawServicePurchase(At("政府购买服务", 3)) { Unit = "342602", Item = "审计", UnitPrice = T(null) });
        raw.PreviousFigures["totalIncome"] = N(1188.72m);
        raw.PreviousFigures["fiscalTotal"] = T("上年无");
        raw.PreviousFigures["operatingExpenses"] = T(null);
        raw.PreviousFigures["reasonsTotal"] = N(1m);
        raw.PreviousProjects["乡村振兴经费"] = N(1365m);
        raw.PreviousProjects["稽核经费"] = T("x");
        raw.PreviousReasons["totalIncome"] = "2025 年预算人数较上年减少 1 人";
        raw.PreviousReasons["projects.乡村振兴经费"] = "延续";
        raw.ProjectTargets.Add(new RawProjectTarget(At("绩效目标", 2))
        {
            Unit = "342601", Project = "乡村振兴经费", Attribute = "延续", Period = "2025-01-01 至 2025-12-31", Basis = "文件",
            AnnualGoal = "帮扶\n两个村", LongTermGoal = null, StatedAmount = N(3.64m),
            Indicators =
            [
                new RawIndicator(At("绩效指标", 2)) { Level1 = "产出指标", Level2 = "数量指标", Name = "帮扶村数量", Nature = "≥", Value = "1", Measure = "个", Weight = N(30m), Direction = "正向" },
                new RawIndicator(At("绩效指标", 3)) { Level1 = "效益指标", Level2 = "社会效益指标", Name = "群众满意", Level4 = "四级", Nature = "好", Value = "95%", Weight = T("十") },
                new RawIndicator(At("绩效指标", 4)) { Level1 = "产出指标", Level2 = "质量指标", Name = "合格率", Nature = "定性", Value = "优", Weight = T(null) },
            ],
        });
        raw.ProjectTargets.Add(new RawProjectTarget(At("绩效目标", 3)) { Unit = "342602", Project = "稽核经费", StatedAmount = T(null) });
        raw.DepartmentTargets.Add(new RawDepartmentTarget(At("整体目标", 2))
        {
            Objective = "全面完成", LongTermObjective = "长期", StatedTotal = T("合计"),
            Tasks =
            [
                new RawTargetTask(At("整体任务", 2)) { Name = "人员支出", Kind = "人员经费", Description = "保障", StatedAmount = N(923.77m) },
                // An xlsx 对应项目 cell: a name holding 、 is one name; ；separates; an unknown name stays to be reported.
                new RawTargetTask(At("整体任务", 3)) { Name = "项目", Kind = "特定目标类", ProjectsText = "乡村振兴经费、培训、宣传经费；稽核经费;不存在的项目" },
                new RawTargetTask(At("整体任务", 4)) { Name = "列表", Kind = "项目支出", Projects = ["乡村振兴经费", " 稽核经费 ", ""] },
                new RawTargetTask(At("整体任务", 5)) { Name = "空", Kind = "项目支出", Projects = [] },
            ],
            Indicators = [new RawIndicator(At("整体指标", 2)) { Level1 = "满意度指标", Level2 = "服务对象满意度指标", Name = "满意度", Nature = ">=", Value = "90", Measure = "%" }],
        });
        raw.DepartmentTargets.Add(new RawDepartmentTarget(At("整体目标", 3))
        {
            Unit = "342601", Objective = "单位目标",
            Tasks = [new RawTargetTask(At("整体任务", 6)) { Name = "单位项目", Kind = "特定目标类", ProjectsText = "培训、宣传经费、稽核经费" }],
        });
        var narrative = new RawNarrative(new SourceLocation("budget.xlsx", "公开文本"));
        narrative.Texts["functions"] = "贯彻执行\n养老、失业、工伤保险";
        narrative.Texts["priorities"] = "1.稳步推进\n2.……";
        narrative.Uses["2080109"] = "人员经费支出";
        narrative.Projects["乡村振兴经费"] = "帮扶";
        narrative.Goals["稽核经费"] = "完成稽核";
        narrative.Glossary["2130110"] = "反映……";
        narrative.Counts["vehicles"] = N(2m);
        narrative.Counts["largeEquipment"] = T("两台");
        narrative.Counts["newVehicles"] = T(null);
        raw.Narrative = narrative;
        return raw;
    }

    [Fact]
    public void Every_field_reads_back_as_written()
    {
        var raw = Everything();
        var back = BudgetJsonReader.ReadText(BudgetJsonWriter.Write(raw));

        // The xlsx 对应项目 cells come back as the lists the assembler would have split them into; a quantity not given
        // comes back empty (the JSON reader makes one for every record; both mean none).
        var expected = RawDump.Of(raw)
            .Replace("service 342602||审计|absent|", "service 342602||审计|empty|")
            .Replace("task 项目 特定目标类  projects=∅ text=乡村振兴经费、培训、宣传经费；稽核经费;不存在的项目",
                "task 项目 特定目标类  projects=[乡村振兴经费][培训、宣传经费][稽核经费][不存在的项目] text=∅")
            .Replace("task 单位项目 特定目标类  projects=∅ text=培训、宣传经费、稽核经费",
                "task 单位项目 特定目标类  projects=[培训、宣传经费][稽核经费] text=∅");
        Assert.Contains("projects=[乡村振兴经费][培训、宣传经费][稽核经费][不存在的项目]", expected);
        Assert.Equal(expected, RawDump.Of(back));
        Assert.Empty(back.ReadErrors);
    }

    [Fact]
    public void Every_field_written_is_idempotent_and_numbers_keep_their_digits()
    {
        var json = BudgetJsonWriter.Write(Everything());
        Assert.Equal(json, BudgetJsonWriter.Write(BudgetJsonReader.ReadText(json)));

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("1183.380", root.GetProperty("income")[0].GetProperty("amount").GetRawText());
        Assert.Equal("0.0001", root.GetProperty("expenditures")[1].GetProperty("amount").GetRawText());
        Assert.Equal(JsonValueKind.String, root.GetProperty("expenditures")[2].GetProperty("amount").ValueKind);
        // An empty amount the reader always makes is left out; an optional one given empty stays, as null.
        Assert.False(root.GetProperty("income")[2].TryGetProperty("amount", out _));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("targets").GetProperty("projects")[1].GetProperty("statedAmount").ValueKind);
        Assert.False(root.GetProperty("targets").GetProperty("projects")[1].TryGetProperty("indicators", out var none) && none.GetArrayLength() > 0);
        // Optional fields appear only when they hold something.
        var first = root.GetProperty("expenditures")[0];
        Assert.True(first.TryGetProperty("functionalName", out _));
        Assert.False(first.TryGetProperty("carriedOver", out _));
        Assert.False(root.GetProperty("expenditures")[2].TryGetProperty("functionalName", out _));
        Assert.True(root.GetProperty("expenditures")[1].GetProperty("carriedOver").GetBoolean());
        Assert.False(root.GetProperty("procurement")[1].TryGetProperty("smallBusiness", out _));
        Assert.True(root.GetProperty("procurement")[0].GetProperty("microBusiness").GetBoolean());
        // Chinese is written as itself, not as \u escapes.
        Assert.Contains("广元市社会保险事务中心", json);
    }

    [Fact]
    public void Bad_values_are_reported_again_at_the_same_record()
    {
        var raw = BudgetJsonReader.Read(SampleJson("guangyuan-2025"));
        raw.Expenditures[2] = raw.Expenditures[2] with
        {
            Functional = "2089998",
            Amount = new RawAmount(null, "abc", raw.Expenditures[2].Amount.Location),
        };
        var before = Errors(raw);
        Assert.Contains(before, e => e.Location == new SourceLocation("budget.json", "expenditures", 3, "functional"));
        Assert.Contains(before, e => e.Location == new SourceLocation("budget.json", "expenditures", 3, "amount") && e.Problem.Contains("abc"));

        var after = Errors(BudgetJsonReader.ReadText(BudgetJsonWriter.Write(raw)));

        // Same place, same problem; what is allowed may read better from the JSON reader (one amount parser for all inputs).
        Assert.Equal(before.Select(e => e.Location + " " + e.Problem), after.Select(e => e.Location + " " + e.Problem));
    }

    [Fact]
    public void Every_bad_entry_of_the_full_budget_is_reported_again_in_the_same_place()
    {
        var raw = Everything();
        var before = Errors(raw);
        var after = Errors(BudgetJsonReader.ReadText(BudgetJsonWriter.Write(raw), "budget.xlsx"));

        // The JSON locates by list and record number where the xlsx had sheet rows; the problems are the same, record for record.
        Assert.True(before.Count >= 15, string.Join("\n", before));
        Assert.Equal(before.Select(Problem), after.Select(Problem));
        Assert.Contains(after, e => e.Location == new SourceLocation("budget.xlsx", "expenditures", 3, "functional"));
        Assert.Contains(after, e => e.Location == new SourceLocation("budget.xlsx", "expenditures", 3, "amount") && e.Problem.Contains("abc"));
        Assert.Contains(after, e => e.Location == new SourceLocation("budget.xlsx", "targets.departments[1].tasks", 2, "projects") && e.Problem.Contains("不存在的项目"));
    }

    private static string Problem(InputError e) => e.Problem;

    private static List<InputError> Errors(RawBudget raw) =>
        Assert.Throws<BudgetInputException>(() => new BudgetAssembler().Assemble(raw)).Errors.ToList();

    // ---- reading JSON text ----

    [Fact]
    public void Text_reads_as_the_file_does()
    {
        var path = SampleJson("shenzhen-2023");
        var text = File.ReadAllText(path);
        Assert.Equal(RawDump.Of(BudgetJsonReader.Read(path)), RawDump.Of(BudgetJsonReader.ReadText("\uFEFF" + text)));
        Assert.Equal(new SourceLocation("mine.json", "expenditures", 1), BudgetJsonReader.ReadText(text, "mine.json").Expenditures[0].Location);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    [InlineData("{\n  \"year\": 2025,\n  \"profile\" \"x\"\n}")]
    [InlineData("[1, 2]")]
    public void Unreadable_text_is_refused_as_the_file_would_be(string text)
    {
        var dir = Path.Combine(Path.GetTempPath(), "yusuan-writer-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var path = Path.Combine(dir, "budget.json");
            File.WriteAllText(path, text, new UTF8Encoding(false));
            var fromFile = Assert.Throws<BudgetInputException>(() => BudgetJsonReader.Read(path));
            var fromText = Assert.Throws<BudgetInputException>(() => BudgetJsonReader.ReadText(text));
            Assert.True(fromText.Unreadable);
            Assert.Equal(fromFile.Errors, fromText.Errors);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var raw = BudgetJsonReader.ReadText("{ // a budget\n \"year\": 2025, \"units\": [ { \"code\": \"1\", }, ], }");
        Assert.Equal(2025, raw.Year);
        Assert.Equal("1", Assert.Single(raw.Units).Code);
    }
}

/// <summary>A raw budget's content as text, without locations: an amount is its number (with its digits) or else its text.</summary>
internal static class RawDump
{
    public static string Of(RawBudget r)
    {
        var s = new StringBuilder();
        s.AppendLine($"{r.Year} {r.Profile} {r.AmountUnit} {r.DepartmentCode} {r.DepartmentName}");
        foreach (var u in r.Units) s.AppendLine($"unit {u.Code} {u.Name} {u.Type}");
        foreach (var i in r.Income) s.AppendLine($"income {i.Unit} {i.Source} {i.CarriedOver} {A(i.Amount)}");
        foreach (var p in r.Projects) s.AppendLine($"project {p.Unit} {p.Name} {p.Kind}");
        foreach (var e in r.Expenditures)
            s.AppendLine($"line {e.Unit}|{e.Functional}|{e.FunctionalName}|{e.Economic}|{e.EconomicName}|{e.Nature}|{e.Project}|{e.Source}|{e.CarriedOver}|{e.Government}|{A(e.Amount)}");
        foreach (var t in r.ThreePublicPrevious) s.AppendLine($"three {t.Unit} {A(t.Abroad)} {A(t.VehiclePurchase)} {A(t.VehicleOperation)} {A(t.Reception)}");
        foreach (var p in r.Procurement)
            s.AppendLine($"procurement {p.Unit}|{p.Project}|{p.Item}|{p.Category}|{A(p.Quantity)}|{p.Measure}|{Amounts(p.Amounts)}|{p.SmallBusiness}|{p.MicroBusiness}");
        foreach (var p in r.ServicePurchases)
            s.AppendLine($"service {p.Unit}|{p.Project}|{p.Item}|{A(p.Quantity)}|{p.Measure}|{A(p.UnitPrice)}|{Amounts(p.Amounts)}");
        foreach (var (k, v) in r.PreviousFigures) s.AppendLine($"previous {k}={A(v)}");
        foreach (var (k, v) in r.PreviousProjects) s.AppendLine($"previous project {k}={A(v)}");
        foreach (var (k, v) in r.PreviousReasons) s.AppendLine($"reason {k}={v}");
        foreach (var t in r.ProjectTargets)
        {
            s.AppendLine($"target {t.Unit}|{t.Project}|{t.Attribute}|{t.Period}|{t.Basis}|{t.AnnualGoal}|{t.LongTermGoal}|{A(t.StatedAmount)}");
            Indicators(s, t.Indicators);
        }
        foreach (var d in r.DepartmentTargets)
        {
            s.AppendLine($"department target {d.Unit}|{d.Objective}|{d.LongTermObjective}|{A(d.StatedTotal)}");
            foreach (var t in d.Tasks)
                s.AppendLine($"task {t.Name} {t.Kind} {t.Description} projects={(t.Projects is null ? "∅" : string.Concat(t.Projects.Select(p => $"[{p}]")))} text={t.ProjectsText ?? "∅"} stated={A(t.StatedAmount)}");
            Indicators(s, d.Indicators);
        }
        if (r.Narrative is { } n)
        {
            foreach (var (name, d) in new[] { ("text", n.Texts), ("use", n.Uses), ("project", n.Projects), ("goal", n.Goals), ("glossary", n.Glossary) })
                foreach (var (k, v) in d) s.AppendLine($"narrative {name} {k}={v}");
            foreach (var (k, v) in n.Counts) s.AppendLine($"narrative count {k}={A(v)}");
        }
        else s.AppendLine("no narrative");
        foreach (var e in r.ReadErrors) s.AppendLine("read error " + e);
        return s.ToString();
    }

    private static void Indicators(StringBuilder s, IReadOnlyList<RawIndicator> indicators)
    {
        foreach (var i in indicators)
            s.AppendLine($"  indicator {i.Level1}|{i.Level2}|{i.Name}|{i.Level4}|{i.Nature}|{i.Value}|{i.Measure}|{A(i.Weight)}|{i.Direction}");
    }

    private static string Amounts(IReadOnlyList<(string Source, RawAmount Amount)> amounts) =>
        string.Join(";", amounts.Select(a => $"{a.Source}={A(a.Amount)}"));

    /// <summary>absent (null), empty (no number, no text), a number with its digits, or a text.</summary>
    private static string A(RawAmount? a) => a switch
    {
        null => "absent",
        { Value: { } v } => "n:" + v.ToString(CultureInfo.InvariantCulture),
        { Text: { } t } => "t:" + t,
        _ => "empty",
    };
}

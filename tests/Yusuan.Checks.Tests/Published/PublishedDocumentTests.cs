using Yusuan.Spreadsheet;

namespace Yusuan.Checks.Tests.Published;

/// <summary>
/// The printed tables of the three reference documents, transcribed as published under samples/published, read and
/// checked as `yusuan check samples/published/&lt;doc&gt;` does. Each test asserts the exact set of findings — rule,
/// severity, place (file › table › row › column), printed and expected — against the document's FINDINGS.md: every
/// real mismatch an error at its place, every 尾数差 a T-ROUNDING warning, every catalog problem a T-CATALOG-* error,
/// and nothing where the tables agree. Findings that come from the transcription, not from the document (广元 附表 5
/// rows lost in the source text), are listed apart, with the reason.
/// </summary>
public class PublishedDocumentTests
{
    /// <summary>The reader's problems and the checker's findings, with the profile's default settings, as the CLI reports them.</summary>
    internal static IReadOnlyList<Finding> Check(string doc)
    {
        var read = PrintedWorkbookReader.Read(Path.Combine(Repo.Root, "samples", "published", doc));
        var settings = ProfileSettings.For(read.Profile, RuleSet.Default.All);
        return read.Problems.Concat(new Checker(RuleSet.Default, settings).Check(read.Tables, read.Profile).Findings).ToList();
    }

    private static string Line(Finding f) => $"{f.RuleId} {f.Severity} {f.Place} | {f.Printed} → {f.Expected}";

    private static List<string> Sorted(IEnumerable<string> lines) => lines.Order(StringComparer.Ordinal).ToList();

    // ---- 广元市社会保险事务中心 2025 (sichuan-2025) ----

    private const string G1 = "01-部门收支总表.csv › 附表 1 部门收支总表";
    private const string G4 = "04-财政拨款收支预算总表.csv › 附表 4 财政拨款收支预算总表";
    private const string G5 = "05-财政拨款支出预算表（部门经济分类科目）.csv › 附表 5 财政拨款支出预算表（部门经济分类科目）";
    private const string G6 = "06-一般公共预算支出预算表.csv › 附表 6 一般公共预算支出预算表";
    private const string G7 = "07-一般公共预算基本支出预算表.csv › 附表 7 一般公共预算基本支出预算表";
    private const string G9 = "09-一般公共预算_三公_经费支出预算表.csv › 附表 9 一般公共预算“三公”经费支出预算表";

    private static readonly string[] Table5Columns =
        ["总计", "当年财政拨款安排/合计", "当年财政拨款安排/一般公共预算拨款/小计", "当年财政拨款安排/一般公共预算拨款/基本支出"];

    /// <summary>FINDINGS.md §1: the document's own mistakes.</summary>
    private static IEnumerable<string> GuangyuanMistakes()
    {
        // §1.1 #1–#6: 208 printed 1,072.86 where its 项 add to 1,072.87, seen from 附表 1 and 附表 4.
        yield return $"T-ROUNDING Warning {G1} › 第 33 行（本年支出合计） › 支 出/预算数 | 1,183.38 → 1,183.37";
        yield return $"T-ROUNDING Warning {G1} › 第 12 行（八、社会保障和就业支出） › 支 出/预算数 | 1,072.86 → 1,072.87";
        yield return $"T-ROUNDING Warning {G4} › 第 5 行（一、本年支出） › 支 出/合计 | 1,183.38 → 1,183.37";
        yield return $"T-ROUNDING Warning {G4} › 第 5 行（一、本年支出） › 支 出/一般公共预算 | 1,183.38 → 1,183.37";
        yield return $"T-ROUNDING Warning {G4} › 第 13 行（社会保障和就业支出） › 支 出/合计 | 1,072.86 → 1,072.87";
        yield return $"T-ROUNDING Warning {G4} › 第 13 行（社会保障和就业支出） › 支 出/一般公共预算 | 1,072.86 → 1,072.87";
        // #7, #8: 附表 5's 30101 233.90 (sub-items 233.89) and 30102 155.92 (155.93), in its four printed columns.
        foreach (var c in Table5Columns) yield return $"T-ROUNDING Warning {G5} › 第 10 行（301 01 342601） › {c} | 233.90 → 233.89";
        foreach (var c in Table5Columns) yield return $"T-ROUNDING Warning {G5} › 第 13 行（301 02 342601） › {c} | 155.92 → 155.93";
        // #9–#14: 附表 7's 基本 = 人员 + 公用 (合计 and unit rows), 人员经费 923.76 against 301 + 303, 30101, 30102.
        yield return $"T-ROUNDING Warning {G7} › 第 5 行 › 基本支出/合计 | 1,090.44 → 1,090.43";
        yield return $"T-ROUNDING Warning {G7} › 第 6 行（342601 广元市社会保险事务中心） › 基本支出/合计 | 1,090.44 → 1,090.43";
        yield return $"T-ROUNDING Warning {G7} › 第 6 行（342601 广元市社会保险事务中心） › 基本支出/人员经费 | 923.76 → 923.77";
        yield return $"T-ROUNDING Warning {G7} › 第 8 行（301 01 30101 基本工资） › 基本支出/合计 | 233.90 → 233.89";
        yield return $"T-ROUNDING Warning {G7} › 第 8 行（301 01 30101 基本工资） › 基本支出/人员经费 | 233.90 → 233.89";
        yield return $"T-ROUNDING Warning {G7} › 第 11 行（301 02 30102 津贴补贴） › 基本支出/合计 | 155.92 → 155.93";
        yield return $"T-ROUNDING Warning {G7} › 第 11 行（301 02 30102 津贴补贴） › 基本支出/人员经费 | 155.92 → 155.93";
        // §1.2 #15, #16: 附表 6 heads its block with the department's name and prints the department's code 342 on its 项.
        yield return $"T-UNIT Error {G6} › 第 7 行（广元市人力资源和社会保障局部门） › 单位名称（科目） | 广元市人力资源和社会保障局部门 → 342601 广元市社会保险事务中心";
        foreach (var (line, label) in new[]
        {
            (8, "208 01 09 342 社会保险经办机构"), (9, "208 05 01 342 行政单位离退休"), (10, "208 05 05 342 机关事业单位基本养老保险缴费支出"),
            (11, "208 99 99 342 其他社会保障和就业支出"), (12, "210 11 01 342 行政单位医疗"), (13, "221 02 01 342 住房公积金"),
        })
            yield return $"T-UNIT Error {G6} › 第 {line} 行（{label}） › 单位代码 | 342 → 342601";
        // §1.4: 附表 4 prints neither 收入总计 nor 支出总计, so 收入总计 = 支出总计 and 附表 5 总计 = 附表 4 支出总计 go unchecked.
        yield return $"T-BALANCE Warning {G4} |  → ";
        yield return $"T-BALANCE Warning {G4} |  → ";
    }

    /// <summary>
    /// FINDINGS.md §3: 附表 5's rows from 30103 to the 302 款 (every 项目支出 row with them) are missing in the source text.
    /// As transcribed, 附表 5 does not add up, and 附表 7's and 附表 9's rows have nothing to match in it. These are
    /// artefacts of the text, not mistakes of the document.
    /// </summary>
    private static IEnumerable<string> GuangyuanRowsLostInTheText()
    {
        // 301 845.38 against the two 款 the text kept (233.90 + 155.92).
        foreach (var c in Table5Columns) yield return $"T-SUM-LEVEL Error {G5} › 第 9 行（工资福利支出） › {c} | 845.38 → 389.82";
        // The unit row against the 类 and 款 rows the text kept (301 + 30299 + 303), and no 项目支出 row at all.
        foreach (var c in Table5Columns.Take(3)) yield return $"T-SUM-UNIT Error {G5} › 第 8 行（广元市社会保险事务中心） › {c} | 1,183.38 → 968.70";
        yield return $"T-SUM-UNIT Error {G5} › 第 8 行（广元市社会保险事务中心） › 当年财政拨款安排/一般公共预算拨款/基本支出 | 1,090.44 → 968.70";
        yield return $"T-SUM-UNIT Error {G5} › 第 8 行（广元市社会保险事务中心） › 当年财政拨款安排/一般公共预算拨款/项目支出 | 92.94 → 0.00";
        // 附表 7 = 附表 5's 基本支出 by economic 类 and 款 (§8.6): the 附表 7 rows whose 附表 5 rows were lost.
        foreach (var (line, label, printed, expected) in new[]
        {
            (15, "301 03 30103 奖金", "249.72", "0.00"), (20, "301 08 30108 机关事业单位基本养老保险缴费", "94.15", "0.00"),
            (21, "301 10 30110 职工基本医疗保险缴费", "30.32", "0.00"), (22, "301 12 30112 其他社会保障缴费", "1.18", "0.00"),
            (24, "301 13 30113 住房公积金", "80.19", "0.00"), (25, "302 商品和服务支出", "166.67", "44.93"),
            (26, "302 01 30201 办公费", "43.70", "0.00"), (27, "302 02 30202 印刷费", "3.00", "0.00"), (28, "302 07 30207 邮电费", "2.00", "0.00"),
            (29, "302 11 30211 差旅费", "12.00", "0.00"), (30, "302 15 30215 会议费", "2.00", "0.00"), (31, "302 16 30216 培训费", "3.00", "0.00"),
            (32, "302 17 30217 公务接待费", "1.50", "0.00"), (33, "302 28 30228 工会经费", "4.85", "0.00"), (34, "302 29 30229 福利费", "7.09", "0.00"),
            (36, "302 39 30239 其他交通费用", "42.60", "0.00"),
        })
            yield return $"T-CROSS-TABLE Error {G7} › 第 {line} 行（{label}） › 基本支出/合计 | {printed} → {expected}";
        // 附表 9's 公务接待费 = 附表 5's 30217 row (§8.9), one of the rows lost.
        yield return $"T-CROSS-TABLE Error {G9} › 第 8 行（342601 广元市社会保险事务中心） › 当年财政拨款预算安排/公务接待费 | 1.50 → 0.00";
    }

    [Fact]
    public void Guangyuan_findings_are_its_published_mistakes_and_the_rows_the_text_lost()
    {
        var findings = Check("guangyuan-2025");
        Assert.Equal(Sorted(GuangyuanMistakes().Concat(GuangyuanRowsLostInTheText())), Sorted(findings.Select(Line)));
        Assert.Equal((33, 23), (findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Warning)));
        Assert.Equal(["无法核对：表中没有“收入总计”行，与这一行有关的关系未核对", "无法核对：表中没有“支出总计”行，与这一行有关的关系未核对"],
            findings.Where(f => f.RuleId == "T-BALANCE").Select(f => f.Message));
    }

    [Fact]
    public void Guangyuan_rounding_warning_for_208_names_its_parts_and_the_difference()
    {
        var f = Check("guangyuan-2025").Single(f => f.Place.ToString() == $"{G1} › 第 12 行（八、社会保障和就业支出） › 支 出/预算数");
        Assert.Equal("T-ROUNDING", f.RuleId);
        Assert.Equal(
            "尾数差：“支 出/预算数” = 附表 3 部门支出总表“合计”，印出的数比分项之和少 0.01"
            + "（2080109 975.45 + 2080501 2.09 + 2080505 94.15 + 2089999 1.18 = 1,072.87），在 4 个分项各自四舍五入的误差（至多 0.02）之内（docs/rules.md#t-cross-table）",
            f.Message);
    }

    [Fact]
    public void Guangyuan_table_6_unit_is_reported_once_and_its_figures_still_checked_by_unit()
    {
        var findings = Check("guangyuan-2025");
        var unit = findings.First(f => f.RuleId == "T-UNIT");
        Assert.Equal("单位“广元市人力资源和社会保障局部门”不是其他各表的单位：附表 2、附表 3、附表 5、附表 7、附表 8、附表 9 的单位为“342601 广元市社会保险事务中心”，"
            + "本表按这一单位与其他各表核对（docs/rules.md#t-unit）", unit.Message);
        // 附表 6 = 附表 7 + 附表 8 and 附表 5 = 附表 6 + 10 + 12 by unit hold once the block is read as 342601's.
        Assert.DoesNotContain(findings, f => f.RuleId == "T-CROSS-TABLE" && (f.Place.Table?.StartsWith("附表 6", StringComparison.Ordinal) ?? false));
        Assert.DoesNotContain(findings, f => f.RuleId == "T-CROSS-TABLE" && f.Place.Field == "总计");
    }

    // ---- 社保局机关 (巴中市社会保险管理局) 2021 (bazhong-2021) ----

    [Fact]
    public void Bazhong_findings_are_its_old_class_names_and_its_service_purchase()
    {
        const string b1 = "01-部门预算收支总表.csv › 部门预算收支总表";
        const string b3 = "03-财政拨款收支预算总表.csv › 财政拨款收支预算总表";
        const string b10 = "10-政府向社会力量购买服务预算表.csv › 表7 政府向社会力量购买服务预算表 › 第 7 行（701002 市社保局机关 社会保险基金审计购买服务费 中介机构实地稽核服务 家）";
        var findings = Check("bazhong-2021");
        Assert.Equal(Sorted(
        [
            // FINDINGS.md §1.1 #1–#6: 类 names that are not the 2021 names, in both balance tables.
            $"T-CATALOG-NAME Error {b1} › 第 11 行（七、文化体育旅游与传媒支出） › 支 出/项 目 | 文化体育旅游与传媒支出 → 文化旅游体育与传媒支出",
            $"T-CATALOG-NAME Error {b1} › 第 12 行（八、社会保障与就业支出） › 支 出/项 目 | 社会保障与就业支出 → 社会保障和就业支出",
            $"T-CATALOG-NAME Error {b1} › 第 19 行（十五、资源勘探信息工业等支出） › 支 出/项 目 | 资源勘探信息工业等支出 → 资源勘探工业信息等支出",
            $"T-CATALOG-NAME Error {b3} › 第 12 行（文化体育旅游与传媒支出） › 支 出/项 目 | 文化体育旅游与传媒支出 → 文化旅游体育与传媒支出",
            $"T-CATALOG-NAME Error {b3} › 第 13 行（社会保障与就业支出） › 支 出/项 目 | 社会保障与就业支出 → 社会保障和就业支出",
            $"T-CATALOG-NAME Error {b3} › 第 20 行（资源勘探信息工业等支出） › 支 出/项 目 | 资源勘探信息工业等支出 → 资源勘探工业信息等支出",
            // §1.2 #7, #8: 表7's 6 家 × 1.00 printed as 60.00, more than its project's 24.40 in the 项目支出表.
            $"T-SERVICE-QUANTITY-PRICE Error {b10} › 资金来源/合计 | 60.00 → 6.00",
            $"T-SERVICE-EXCEEDS-PROJECT Error {b10} › 资金来源/一般公共预算经费拨款(补助) | 60.00 → 不超过 24.40",
        ]), Sorted(findings.Select(Line)));
    }

    [Fact]
    public void Bazhong_balance_is_checked_although_it_numbers_carry_over_twenty_nine()
    {
        // The document numbers 结转下年 二十九、 (twice used), the profile 三十一、: the row is still found and the
        // balance 支出总计 = 本年支出合计 + 结转下年 holds, so nothing is reported about it.
        Assert.DoesNotContain(Check("bazhong-2021"), f => f.RuleId == "T-BALANCE");
    }

    // ---- 深圳市社会保险基金管理局（本级） 2023 (shenzhen-2023) ----

    [Fact]
    public void Shenzhen_findings_are_its_blank_class_row_and_the_rounding_its_note_announces()
    {
        const string s2 = "02-收入总表.csv › 表 2 收入总表";
        const string s3 = "03-支出总表.csv › 表 3 支出总表";
        const string s4 = "04-基本支出总表.csv › 表 4 基本支出总表";
        const string s6 = "06-政府预算拨款收支总表.csv › 表 6 政府预算拨款收支总表";
        const string s7 = "07-一般公共预算支出表（按功能分类）.csv › 表 7 一般公共预算支出表（按功能分类）";
        const string s8 = "08-一般公共预算支出表（按经济分类）.csv › 表 8 一般公共预算支出表（按经济分类）";
        const string unit = "深圳市社会保险基金管理局本级";
        const string department = "深圳市人力资源和社会保障局";
        const string gpb = "本年收入/政府预算拨款/一般公共预算拨款/小计";
        var findings = Check("shenzhen-2023");
        Assert.Equal(Sorted(
        [
            // FINDINGS.md §1.1 #1, #3, #4: 表 6 prints 四、城乡社区支出 blank.
            $"T-SUM-LEVEL Error {s6} › 第 25 行（四、城乡社区支出） › 支 出/2023 年预算数 |  → 280,485",
            $"T-CROSS-TABLE Error {s6} › 第 25 行（四、城乡社区支出） › 支 出/2023 年预算数 |  → 280,485",
            $"T-BALANCE Error {s6} › 第 32 行（本年支出合计） › 支 出/2023 年预算数 | 298,448 → 17,963",
            // §1.2 #5–#20: 尾数差 of whole 万元.
            $"T-ROUNDING Warning {s2} › 第 7 行（{department}） › {gpb} | 17,963 → 17,962",
            $"T-ROUNDING Warning {s2} › 第 8 行（{unit}） › {gpb} | 17,963 → 17,962",
            $"T-ROUNDING Warning {s3} › 第 5 行（{unit}） › 支出总计 | 298,448 → 298,447",
            $"T-ROUNDING Warning {s3} › 第 5 行（{unit}） › 基本支出 | 5,104 → 5,105",
            $"T-ROUNDING Warning {s4} › 第 16 行（商品和服务支出） › 总计 | 396 → 397",
            $"T-ROUNDING Warning {s4} › 第 16 行（商品和服务支出） › 政府预算拨款/小计 | 396 → 397",
            $"T-ROUNDING Warning {s4} › 第 16 行（商品和服务支出） › 政府预算拨款/一般公共预算拨款 | 396 → 397",
            $"T-ROUNDING Warning {s4} › 第 32 行（对个人和家庭的补助） › 总计 | 636 → 637",
            $"T-ROUNDING Warning {s4} › 第 32 行（对个人和家庭的补助） › 政府预算拨款/小计 | 636 → 637",
            $"T-ROUNDING Warning {s4} › 第 32 行（对个人和家庭的补助） › 政府预算拨款/一般公共预算拨款 | 636 → 637",
            $"T-ROUNDING Warning {s7} › 第 4 行（{department}） › 支出总计 | 17,963 → 17,962",
            $"T-ROUNDING Warning {s7} › 第 5 行（{unit}） › 支出总计 | 17,963 → 17,962",
            $"T-ROUNDING Warning {s7} › 第 5 行（{unit}） › 基本支出 | 5,104 → 5,105",
            $"T-ROUNDING Warning {s8} › 第 4 行（{department}） › 支出总计 | 17,963 → 17,962",
            // #15 and #16: the unit's 17,963 against 基本 + 项目 and against Σ 类, two relations.
            $"T-ROUNDING Warning {s8} › 第 5 行（{unit}） › 支出总计 | 17,963 → 17,962",
            $"T-ROUNDING Warning {s8} › 第 5 行（{unit}） › 支出总计 | 17,963 → 17,962",
            $"T-ROUNDING Warning {s8} › 第 15 行（302 商品和服务支出） › 支出总计 | 4,410 → 4,411",
            $"T-ROUNDING Warning {s8} › 第 15 行（302 商品和服务支出） › 基本支出 | 396 → 397",
            $"T-ROUNDING Warning {s8} › 第 32 行（303 对个人和家庭的补助） › 支出总计 | 4,224 → 4,225",
            $"T-ROUNDING Warning {s8} › 第 32 行（303 对个人和家庭的补助） › 基本支出 | 636 → 637",
        ]), Sorted(findings.Select(Line)));
    }
}

using System.Text;
using System.Text.Json.Nodes;
using Yusuan.Core.Input;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests;

/// <summary>
/// Every kind of bad JSON input is reported with its place (file › list › record › field), what is wrong and
/// what is allowed, and all of a file's errors come in one pass.
/// </summary>
public sealed class BudgetInputErrorTests : IDisposable
{
    private const string File = "budget.json";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "yusuan-input-tests", Guid.NewGuid().ToString("N"));

    public BudgetInputErrorTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }

    // A small valid budget in 元: one unit, one project, a basic line and a project line.
    private const string Minimal = """
        {
          "year": 2025,
          "profile": "sichuan-2025",
          "amountUnit": "元",
          "department": { "code": "342", "name": "广元市人力资源和社会保障局" },
          "units": [ { "code": "342601", "name": "广元市社会保险事务中心", "type": "参公" } ],
          "income": [ { "unit": "342601", "source": "一般公共预算拨款收入", "amount": 1000.00 } ],
          "projects": [ { "unit": "342601", "name": "乡村振兴经费", "kind": "特定目标类" } ],
          "expenditures": [
            { "unit": "342601", "functional": "2080109", "functionalName": "社会保险经办机构",
              "economic": "30101", "economicName": "基本工资", "amount": 600.00 },
            { "unit": "342601", "functional": "2080109", "economic": "30201", "project": "乡村振兴经费", "amount": 400.00 }
          ],
          "procurement": [
            { "unit": "342601", "project": "乡村振兴经费", "item": "便携式计算机", "category": "货物",
              "quantity": 2, "measure": "台", "amounts": { "一般公共预算拨款收入": 100.00 } }
          ]
        }
        """;

    private string Write(string text, string name = File)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private string Write(Action<JsonObject> change)
    {
        var doc = JsonNode.Parse(Minimal)!.AsObject();
        change(doc);
        return Write(doc.ToJsonString());
    }

    private static JsonObject Record(JsonObject doc, string list, int number) => doc[list]![number - 1]!.AsObject();

    private static BudgetInputException Fails(string path)
    {
        var e = Assert.Throws<BudgetInputException>(() => BudgetReader.Read(path));
        Assert.False(e.Unreadable); // readable input with wrong values: exit code 1, not 2
        return e;
    }

    private InputError SingleError(Action<JsonObject> change) => Assert.Single(Fails(Write(change)).Errors);

    private static SourceLocation At(string list, int record, string field) => new(File, list, record, field);

    [Fact]
    public void Minimal_document_is_valid()
    {
        var budget = BudgetReader.Read(Write(Minimal));
        Assert.Equal(2, budget.Expenditures.Count);
        Assert.Equal(1000.00m, budget.Income[0].Amount);
    }

    // ---- codes ----

    [Fact]
    public void Unknown_functional_code_lists_the_nearest_valid_codes()
    {
        var error = SingleError(d => Record(d, "expenditures", 2)["functional"] = "2080188");

        Assert.Equal(At("expenditures", 2, "functional"), error.Location);
        Assert.Equal("budget.json › expenditures › 第 2 行 › functional", error.Location.ToString());
        Assert.Equal("支出功能分类科目 2080188 不存在于 2025 年科目中", error.Problem);
        Assert.StartsWith("相近的有效科目：2080101 行政运行；2080102 一般行政管理事务；", error.Allowed);
        Assert.Equal(
            "budget.json › expenditures › 第 2 行 › functional：支出功能分类科目 2080188 不存在于 2025 年科目中（相近的有效科目：2080101 行政运行；2080102 一般行政管理事务；2080103 机关服务；2080104 综合业务管理；2080105 劳动保障监察）",
            error.ToString());
    }

    [Fact]
    public void Unknown_economic_code_lists_the_nearest_valid_codes()
    {
        var error = SingleError(d => Record(d, "expenditures", 2)["economic"] = "30288");

        Assert.Equal(At("expenditures", 2, "economic"), error.Location);
        Assert.Equal("部门预算支出经济分类科目 30288 不存在于 2025 年科目中", error.Problem);
        Assert.Contains("30201 办公费", error.Allowed);
    }

    [Theory]
    [InlineData("208", "208 社会保障和就业支出 是类级科目，支出明细须填到项级", "可选：20801 人力资源和社会保障管理事务；")]
    [InlineData("20801", "20801 人力资源和社会保障管理事务 是款级科目，支出明细须填到项级", "可选：2080101 行政运行；2080102 一般行政管理事务；")]
    public void Functional_code_above_the_item_level_is_refused(string code, string problem, string allowed)
    {
        var error = SingleError(d =>
        {
            Record(d, "expenditures", 1)["functional"] = code;
            Record(d, "expenditures", 1).Remove("functionalName");
        });

        Assert.Equal(At("expenditures", 1, "functional"), error.Location);
        Assert.Equal(problem, error.Problem);
        Assert.StartsWith(allowed, error.Allowed);
    }

    [Fact]
    public void Department_economic_code_at_the_class_level_is_refused()
    {
        var error = SingleError(d =>
        {
            Record(d, "expenditures", 1)["economic"] = "301";
            Record(d, "expenditures", 1).Remove("economicName");
        });

        Assert.Equal(At("expenditures", 1, "economic"), error.Location);
        Assert.Equal("301 工资福利支出 是类级科目，支出明细须填到款级", error.Problem);
        Assert.StartsWith("可选：30101 基本工资；", error.Allowed);
    }

    [Fact]
    public void Department_economic_sub_item_of_the_year_is_accepted()
    {
        var budget = BudgetReader.Read(Write(d =>
        {
            Record(d, "expenditures", 1)["economic"] = "3010101";
            Record(d, "expenditures", 1)["economicName"] = "晋级工资";
        }));
        Assert.Equal("3010101", budget.Expenditures[0].EconomicCode);
    }

    [Theory]
    [InlineData("", "缺少支出功能分类科目编码")]
    [InlineData("2080109a", "科目编码“2080109a”应为数字")]
    public void Missing_or_non_numeric_code_is_located(string code, string problem)
    {
        var error = SingleError(d =>
        {
            Record(d, "expenditures", 2)["functional"] = code;
        });

        Assert.Equal(At("expenditures", 2, "functional"), error.Location);
        Assert.Equal(problem, error.Problem);
    }

    [Fact]
    public void Functional_name_that_does_not_match_the_catalog_is_reported()
    {
        var error = SingleError(d => Record(d, "expenditures", 1)["functionalName"] = "社会保险经办");

        Assert.Equal(At("expenditures", 1, "functional"), error.Location);
        Assert.Equal("名称“社会保险经办”与科目不符；2025 年 2080109 的名称是“社会保险经办机构”", error.Problem);
    }

    [Fact]
    public void Functional_name_of_an_earlier_year_says_which_years_it_belonged_to()
    {
        var error = SingleError(d =>
        {
            Record(d, "expenditures", 1)["functional"] = "2080501";
            Record(d, "expenditures", 1)["functionalName"] = "归口管理的行政单位离退休";
        });

        Assert.Equal(At("expenditures", 1, "functional"), error.Location);
        Assert.Equal("“归口管理的行政单位离退休”是 2014–2019 年的名称；2025 年 2080501 的名称是“行政单位离退休”", error.Problem);
    }

    [Fact]
    public void Economic_name_that_does_not_match_the_catalog_is_reported()
    {
        var error = SingleError(d => Record(d, "expenditures", 1)["economicName"] = "办公费");

        Assert.Equal(At("expenditures", 1, "economic"), error.Location);
        Assert.Equal("名称“办公费”与科目不符；2025 年 30101 的名称是“基本工资”", error.Problem);
    }

    // ---- units, sources, types, projects ----

    [Fact]
    public void Unit_code_not_declared_in_units_is_reported()
    {
        var error = SingleError(d => Record(d, "income", 1)["unit"] = "342699");

        Assert.Equal(At("income", 1, "unit"), error.Location);
        Assert.Equal("单位 342699 不在单位表中", error.Problem);
        Assert.Equal("可填：342601", error.Allowed);
    }

    [Fact]
    public void Project_line_of_an_undeclared_unit_is_reported_once()
    {
        // The project exists, but for another unit: only the unit is wrong, so only the unit is reported.
        var error = SingleError(d => Record(d, "expenditures", 2)["unit"] = "342699");

        Assert.Equal(At("expenditures", 2, "unit"), error.Location);
        Assert.Equal("单位 342699 不在单位表中", error.Problem);
    }

    [Fact]
    public void Duplicate_unit_code_is_reported()
    {
        var error = SingleError(d => d["units"]!.AsArray().Add(new JsonObject { ["code"] = "342601", ["name"] = "又一个", ["type"] = "事业" }));

        Assert.Equal(At("units", 2, "code"), error.Location);
        Assert.Equal("单位编码 342601 重复", error.Problem);
    }

    [Fact]
    public void Unknown_unit_type_is_reported_with_the_allowed_types()
    {
        var error = SingleError(d => Record(d, "units", 1)["type"] = "企业");

        Assert.Equal(At("units", 1, "type"), error.Location);
        Assert.Equal("单位类型“企业”无法识别", error.Problem);
        Assert.Equal("可填：行政、参公、事业", error.Allowed);
    }

    [Fact]
    public void Unknown_income_source_is_reported_with_the_allowed_sources()
    {
        var error = SingleError(d => Record(d, "income", 1)["source"] = "一般预算拨款");

        Assert.Equal(At("income", 1, "source"), error.Location);
        Assert.Equal("资金来源“一般预算拨款”无法识别", error.Problem);
        Assert.StartsWith("可填：一般公共预算拨款收入、政府性基金预算拨款收入、", error.Allowed);
    }

    [Fact]
    public void Unknown_funding_source_of_a_line_or_a_procurement_amount_is_located()
    {
        var e = Fails(Write(d =>
        {
            Record(d, "expenditures", 1)["source"] = "财政拨款";
            Record(d, "procurement", 1)["amounts"] = new JsonObject { ["预算内"] = 100 };
        }));

        Assert.Equal([At("expenditures", 1, "source"), At("procurement", 1, "amounts.预算内")], e.Errors.Select(x => x.Location));
        Assert.Equal(["资金来源“财政拨款”无法识别", "资金来源“预算内”无法识别"], e.Errors.Select(x => x.Problem));
    }

    [Fact]
    public void Duplicate_project_of_a_unit_is_reported()
    {
        var error = SingleError(d => d["projects"]!.AsArray().Add(new JsonObject { ["unit"] = "342601", ["name"] = "乡村振兴经费", ["kind"] = "特定目标类" }));

        Assert.Equal(At("projects", 2, "name"), error.Location);
        Assert.Equal("项目“乡村振兴经费”在单位 342601 中重复", error.Problem);
        Assert.Equal("同一单位的项目名称不能重复；同名项目请合并其支出明细", error.Allowed);
    }

    [Fact]
    public void Project_line_whose_project_is_not_declared_is_reported()
    {
        var error = SingleError(d => Record(d, "expenditures", 2)["project"] = "不存在的项目");

        Assert.Equal(At("expenditures", 2, "project"), error.Location);
        Assert.Equal("项目“不存在的项目”不在单位 342601 的项目表中", error.Problem);
        Assert.Equal("先在项目表中登记该项目", error.Allowed);
    }

    [Fact]
    public void Procurement_of_an_undeclared_project_is_reported()
    {
        var error = SingleError(d => Record(d, "procurement", 1)["project"] = "不存在的项目");

        Assert.Equal(At("procurement", 1, "project"), error.Location);
        Assert.Equal("项目“不存在的项目”不在单位 342601 的项目表中", error.Problem);
    }

    [Fact]
    public void Project_nature_without_a_project_is_reported()
    {
        var error = SingleError(d => Record(d, "expenditures", 1)["nature"] = "项目");

        Assert.Equal(At("expenditures", 1, "project"), error.Location);
        Assert.Equal("项目支出缺少项目名称", error.Problem);
    }

    [Fact]
    public void Unknown_project_kind_is_reported_with_the_profile_kinds()
    {
        var error = SingleError(d => Record(d, "projects", 1)["kind"] = "专项");

        Assert.Equal(At("projects", 1, "kind"), error.Location);
        Assert.Equal("项目类别“专项”不在配置 sichuan-2025 中", error.Problem);
        Assert.Contains("特定目标类", error.Allowed);
    }

    // ---- amounts ----

    [Fact]
    public void Negative_amount_is_reported()
    {
        var error = SingleError(d => Record(d, "income", 1)["amount"] = -1000.00m);

        Assert.Equal(At("income", 1, "amount"), error.Location);
        Assert.Equal("金额 -1000.00 为负数", error.Problem);
        Assert.Equal("金额不能小于 0", error.Allowed);
    }

    [Fact]
    public void Amount_below_a_fen_in_yuan_is_reported()
    {
        var error = SingleError(d => Record(d, "expenditures", 1)["amount"] = 600.005m);

        Assert.Equal(At("expenditures", 1, "amount"), error.Location);
        Assert.Equal("金额 600.005 精确到了分以下（600.005 元）", error.Problem);
        Assert.Equal("金额最多精确到分", error.Allowed);
    }

    [Fact]
    public void Amount_in_wan_yuan_may_have_six_decimals_but_not_seven()
    {
        var six = BudgetReader.Read(Write(d =>
        {
            d["amountUnit"] = "万元";
            Record(d, "income", 1)["amount"] = 0.123456m;
        }));
        Assert.Equal(1234.56m, six.Income[0].Amount);

        var error = SingleError(d =>
        {
            d["amountUnit"] = "万元";
            Record(d, "income", 1)["amount"] = 0.1234567m;
        });
        Assert.Equal(At("income", 1, "amount"), error.Location);
        Assert.Equal("金额 0.1234567 精确到了分以下（1234.567 元）", error.Problem);
    }

    [Theory]
    [InlineData("\"一千\"", "“一千”不是数字")]
    [InlineData("\"1000元\"", "“1000元”带有单位或货币符号")]
    [InlineData("true", "“true”是真假值，不是金额")]
    [InlineData("[1000]", "应为数字，实际是数组：[1000]")]
    [InlineData("\"\"", "金额为空")]
    [InlineData("null", "金额为空")]
    public void Text_in_an_amount_field_is_reported(string json, string problem)
    {
        var path = Write(Minimal.Replace("\"amount\": 1000.00", "\"amount\": " + json, StringComparison.Ordinal));

        var error = Assert.Single(Fails(path).Errors);

        Assert.Equal(At("income", 1, "amount"), error.Location);
        Assert.Equal(problem, error.Problem);
    }

    [Fact]
    public void Missing_amount_is_reported()
    {
        var error = SingleError(d => Record(d, "income", 1).Remove("amount"));

        Assert.Equal(At("income", 1, "amount"), error.Location);
        Assert.Equal("金额为空", error.Problem);
    }

    [Fact]
    public void Number_written_as_text_with_thousands_separators_is_accepted()
    {
        var budget = BudgetReader.Read(Write(d => Record(d, "income", 1)["amount"] = "1,000.00"));
        Assert.Equal(1000.00m, budget.Income[0].Amount);
    }

    [Fact]
    public void Number_too_large_for_an_exact_decimal_is_reported_not_thrown()
    {
        var path = Write(Minimal.Replace("\"amount\": 1000.00", "\"amount\": 1e40", StringComparison.Ordinal));

        var error = Assert.Single(Fails(path).Errors);

        Assert.Equal(At("income", 1, "amount"), error.Location);
        Assert.Equal("金额 1e40 超出预算可处理的范围（绝对值不超过 10^15 元，即 1,000,000,000,000,000）", error.Problem);
    }

    [Fact]
    public void Text_in_a_quantity_field_is_reported()
    {
        var error = SingleError(d => Record(d, "procurement", 1)["quantity"] = "两台");

        Assert.Equal(At("procurement", 1, "quantity"), error.Location);
        Assert.Equal("“两台”不是数字", error.Problem);
    }

    [Fact]
    public void Text_in_a_previous_year_figure_is_reported()
    {
        var error = SingleError(d => d["previousYear"] = new JsonObject { ["totalIncome"] = "约一千" });

        Assert.Equal(new SourceLocation(File, "previousYear", Field: "totalIncome"), error.Location);
        Assert.Equal("“约一千”不是数字", error.Problem);
    }

    [Fact]
    public void Unknown_amount_unit_is_reported()
    {
        var error = SingleError(d => d["amountUnit"] = "千元");

        Assert.Equal(new SourceLocation(File, Field: "amountUnit"), error.Location);
        Assert.Equal("金额单位“千元”无法识别", error.Problem);
        Assert.Equal("可填：元、万元", error.Allowed);
    }

    // ---- structure ----

    [Fact]
    public void Carried_over_written_as_text_is_reported_not_read_as_false()
    {
        var error = SingleError(d => Record(d, "income", 1)["carriedOver"] = "true");

        Assert.Equal(At("income", 1, "carriedOver"), error.Location);
        Assert.Equal("“true”不是 true 或 false", error.Problem);
    }

    [Fact]
    public void Misspelt_field_names_are_reported_with_the_field_meant()
    {
        var e = Fails(Write(d =>
        {
            d["expenditure"] = d["expenditures"]!.DeepClone();
            d.Remove("expenditures");
            Record(d, "income", 1)["carriedover"] = true;
            Record(d, "expenditure", 1)["note"] = "fields far from any known name are left alone";
        }));

        Assert.Equal([new SourceLocation(File, Field: "expenditure"), At("income", 1, "carriedover")], e.Errors.Select(x => x.Location));
        Assert.Equal(["字段“expenditure”无法识别，应为“expenditures”？", "字段“carriedover”无法识别，应为“carriedOver”？"], e.Errors.Select(x => x.Problem));
    }

    [Fact]
    public void Record_that_is_not_an_object_is_reported()
    {
        var error = SingleError(d => d["income"]!.AsArray().Insert(0, 1000));

        Assert.Equal(new SourceLocation(File, "income", 1), error.Location);
        Assert.Equal("每条记录应为对象（{ … }），实际是数字：1000", error.Problem);
    }

    [Fact]
    public void List_that_is_not_an_array_is_reported()
    {
        var error = SingleError(d => d["income"] = Record(d, "income", 1).DeepClone());

        Assert.Equal(new SourceLocation(File, Field: "income"), error.Location);
        Assert.Equal("“income”应为数组（[ … ]），实际是对象", error.Problem);
    }

    [Fact]
    public void Unreadable_year_is_one_error()
    {
        var error = SingleError(d => d["year"] = "明年");

        Assert.Equal(new SourceLocation(File, Field: "year"), error.Location);
        Assert.Equal("预算年度“明年”无法识别", error.Problem);
        Assert.Equal("填写四位年份，如 2025", error.Allowed);
    }

    [Fact]
    public void Missing_year_is_one_error_not_one_per_line()
    {
        var error = SingleError(d => d.Remove("year"));

        Assert.Equal(new SourceLocation(File, Field: "year"), error.Location);
        Assert.Equal("缺少预算年度", error.Problem);
    }

    [Fact]
    public void Year_without_a_catalog_is_one_error_not_one_per_line()
    {
        var error = SingleError(d => d["year"] = 1990);

        Assert.Equal(new SourceLocation(File, Field: "year"), error.Location);
        Assert.Equal("没有 1990 年的支出功能分类科目", error.Problem);
    }

    [Fact]
    public void Unknown_profile_is_reported()
    {
        var error = SingleError(d => d["profile"] = "nope");

        Assert.Equal(new SourceLocation(File, Field: "profile"), error.Location);
        Assert.Contains("nope", error.Problem);
    }

    [Fact]
    public void Every_error_of_a_file_comes_in_one_pass_in_file_order()
    {
        var text = System.IO.File.ReadAllText(SampleJson("guangyuan-2025"));
        text = ReplaceFirst(text, "\"type\": \"参公\"", "\"type\": \"企业\"");
        text = ReplaceFirst(text, "\"amount\": 1183.38", "\"amount\": 1183.381");       // 万元: 11833810 元, fine
        text = ReplaceFirst(text, "\"economic\": \"3010102\"", "\"economic\": \"30101\"");  // a 款 is fine for economic …
        text = ReplaceFirst(text, "\"economicName\": \"基本工资\"", "\"economicName\": \"基本工资X\""); // … with its name
        text = ReplaceFirst(text, "\"amount\": 230.87", "\"amount\": 230.8712345");

        var e = Fails(Write(text));

        Assert.Equal(
            [
                "budget.json › units › 第 1 行 › type：单位类型“企业”无法识别（可填：行政、参公、事业）",
                "budget.json › expenditures › 第 2 行 › economic：名称“基本工资X”与科目不符；2025 年 30101 的名称是“基本工资”",
                "budget.json › expenditures › 第 2 行 › amount：金额 230.8712345 精确到了分以下（2308712.345 元）（金额最多精确到分）",
            ],
            e.Errors.Select(x => x.ToString()));
        Assert.Equal(string.Join(Environment.NewLine, e.Errors), e.Message);
    }

    [Fact]
    public void Json_errors_are_unreadable_input_with_their_line()
    {
        var e = Assert.Throws<BudgetInputException>(() => BudgetReader.Read(Write("{\n  \"year\": 2025\n  \"profile\": \"sichuan-2025\"\n}")));

        Assert.True(e.Unreadable);
        var error = Assert.Single(e.Errors);
        Assert.Equal(new SourceLocation(File, Row: 3), error.Location);
        Assert.StartsWith("不是有效的 JSON（", error.Problem);
    }

    [Fact]
    public void Json_in_a_legacy_encoding_is_unreadable_input_with_its_line()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(_dir, File);
        System.IO.File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes(Minimal));

        var e = Assert.Throws<BudgetInputException>(() => BudgetReader.Read(path));

        Assert.True(e.Unreadable);
        var error = Assert.Single(e.Errors);
        Assert.Equal(new SourceLocation(File, Row: 5), error.Location); // the department name, the first Chinese text
        Assert.Equal("文件不是 UTF-8 编码（可能是 GBK/GB2312 等）", error.Problem);
    }

    // Found from this source file, so the test also runs when the binaries live elsewhere (--artifacts-path).
    private static string SampleJson(string name, [System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "samples", name, "budget.json");

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var i = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(i >= 0, find);
        return text[..i] + replace + text[(i + find.Length)..];
    }
}

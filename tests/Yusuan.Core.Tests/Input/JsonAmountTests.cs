using System.Text.Json.Nodes;
using Yusuan.Core.Input;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Input;

/// <summary>
/// Regressions of “silently wrong money” in JSON input: amounts are read exactly or refused at their place, duplicate
/// keys are errors, texts have limits.
/// </summary>
public sealed class JsonAmountTests : IDisposable
{
    private const string File = "budget.json";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "yusuan-amount-tests", Guid.NewGuid().ToString("N"));

    public JsonAmountTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }

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
            { "unit": "342601", "functional": "2080109", "economic": "30101", "amount": 600.00 },
            { "unit": "342601", "functional": "2080109", "economic": "30201", "project": "乡村振兴经费", "amount": 400.00 }
          ]
        }
        """;

    private string Write(string text)
    {
        var path = Path.Combine(_dir, File);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private string WithIncomeAmount(string json) =>
        Write(Minimal.Replace("\"amount\": 1000.00", "\"amount\": " + json, StringComparison.Ordinal));

    private static BudgetInputException Fails(string path)
    {
        var e = Assert.Throws<BudgetInputException>(() => BudgetReader.Read(path));
        Assert.False(e.Unreadable);
        return e;
    }

    private static SourceLocation At(string list, int record, string field) => new(File, list, record, field);

    [Theory]
    [InlineData("\"12,3\"")]
    [InlineData("\"1,2,3,4\"")]
    public void Misplaced_thousands_separators_in_a_string_are_refused_not_joined(string json)
    {
        var error = Assert.Single(Fails(WithIncomeAmount(json)).Errors);

        Assert.Equal(At("income", 1, "amount"), error.Location);
        Assert.Contains("千分位逗号的位置不对", error.Problem);
        Assert.Contains("1,234.56", error.Allowed);
        Assert.Equal("budget.json › income › 第 1 行 › amount", error.Location.ToString());
    }

    [Fact]
    public void Misplaced_separators_in_an_expenditure_are_located_at_its_row()
    {
        var error = Assert.Single(Fails(Write(Minimal.Replace("\"amount\": 400.00", "\"amount\": \"1,2,3,4\"", StringComparison.Ordinal))).Errors);
        Assert.Equal("budget.json › expenditures › 第 2 行 › amount", error.Location.ToString());
    }

    [Fact]
    public void Well_grouped_string_is_read()
    {
        var budget = BudgetReader.Read(WithIncomeAmount("\"1,234.50\""));
        Assert.Equal(1234.50m, budget.Income[0].Amount);
    }

    [Fact]
    public void Full_width_digits_are_read_with_their_value()
    {
        var budget = BudgetReader.Read(WithIncomeAmount("\"１，２３４．５０\""));
        Assert.Equal(1234.50m, budget.Income[0].Amount);
        Assert.Equal(5000m, BudgetReader.Read(WithIncomeAmount("\" ５０００ \"")).Income[0].Amount);
    }

    [Fact]
    public void Underflowing_exponent_is_refused_not_read_as_zero()
    {
        var error = Assert.Single(Fails(WithIncomeAmount("1e-400")).Errors);
        Assert.Equal(At("income", 1, "amount"), error.Location);
        Assert.Contains("指数下溢", error.Problem);
    }

    [Fact]
    public void Exponent_in_a_string_is_refused()
    {
        var error = Assert.Single(Fails(WithIncomeAmount("\"1e3\"")).Errors);
        Assert.Contains("科学计数法", error.Problem);
    }

    [Fact]
    public void Exact_exponent_in_a_JSON_number_is_its_value() =>
        Assert.Equal(1500m, BudgetReader.Read(WithIncomeAmount("1.5e3")).Income[0].Amount);

    [Fact]
    public void Date_in_a_string_is_refused()
    {
        var error = Assert.Single(Fails(WithIncomeAmount("\"2025-01-01\"")).Errors);
        Assert.Contains("是日期", error.Problem);
    }

    [Fact]
    public void Amount_beyond_ten_to_the_fifteen_is_an_error()
    {
        var error = Assert.Single(Fails(WithIncomeAmount("1000000000000000.01")).Errors);
        Assert.Contains("超出预算可处理的范围", error.Problem);
    }

    [Fact]
    public void Overflow_when_converted_from_wan_yuan_is_an_error_not_an_exception()
    {
        // 10^14 万元 is 10^18 元: within decimal, beyond what a budget holds; 7.9e24 万元 would overflow decimal × 10,000.
        var text = Minimal.Replace("\"amountUnit\": \"元\"", "\"amountUnit\": \"万元\"", StringComparison.Ordinal)
            .Replace("\"amount\": 1000.00", "\"amount\": 100000000000000", StringComparison.Ordinal)
            .Replace("\"amount\": 600.00", "\"amount\": 7900000000000000000000000", StringComparison.Ordinal);
        var errors = Fails(Write(text)).Errors;

        Assert.Equal(2, errors.Count);
        Assert.Equal(At("income", 1, "amount"), errors[0].Location);
        Assert.Contains("万元", errors[0].Problem);
        Assert.Contains("超出预算可处理的范围", errors[0].Problem);
        Assert.Equal(At("expenditures", 1, "amount"), errors[1].Location);
        Assert.Contains("超出预算可处理的范围", errors[1].Problem);
    }

    [Fact]
    public void Boolean_in_an_amount_is_refused()
    {
        var error = Assert.Single(Fails(WithIncomeAmount("true")).Errors);
        Assert.Contains("真假值", error.Problem);
    }

    [Fact]
    public void Duplicate_key_is_an_error_naming_the_key_and_its_place()
    {
        var text = Minimal.Replace("\"amount\": 400.00", "\"amount\": 400.00, \"amount\": 4000.00", StringComparison.Ordinal);

        var error = Assert.Single(Fails(Write(text)).Errors);

        Assert.Equal(At("expenditures", 2, "amount"), error.Location);
        Assert.Contains("“amount”", error.Problem);
        Assert.Contains("不止一次", error.Problem);
    }

    [Fact]
    public void Duplicate_keys_are_found_at_every_level()
    {
        var text = Minimal
            .Replace("\"year\": 2025,", "\"year\": 2025, \"year\": 2024,", StringComparison.Ordinal)
            .Replace("\"code\": \"342\",", "\"code\": \"342\", \"code\": \"343\",", StringComparison.Ordinal);

        var errors = Fails(Write(text)).Errors;

        Assert.Contains(errors, e => e.Location == new SourceLocation(File, Field: "year") && e.Problem.Contains("“year”"));
        Assert.Contains(errors, e => e.Location == new SourceLocation(File, Field: "department.code") && e.Problem.Contains("“code”"));
    }

    [Fact]
    public void Duplicate_keys_in_nested_records_are_located_as_their_records()
    {
        var doc = JsonNode.Parse(Minimal)!.AsObject();
        doc["targets"] = JsonNode.Parse("""
            { "projects": [ { "unit": "342601", "project": "乡村振兴经费",
              "indicators": [ { "level1": "产出指标", "level2": "数量指标", "name": "a", "nature": "≥", "value": "1", "weight": 10 } ] } ] }
            """);
        var text = doc.ToJsonString().Replace("\"weight\":10", "\"weight\":10,\"weight\":20", StringComparison.Ordinal);

        var errors = Fails(Write(text)).Errors;

        Assert.Contains(errors, e => e.Location == new SourceLocation(File, "targets.projects[1].indicators", 1, "weight"));
    }

    [Fact]
    public void Name_longer_than_its_limit_is_refused_at_its_field()
    {
        var longName = new string('名', TextLimits.Name + 1);
        var text = Minimal.Replace("\"name\": \"广元市社会保险事务中心\"", $"\"name\": \"{longName}\"", StringComparison.Ordinal);

        var error = Assert.Single(Fails(Write(text)).Errors);

        Assert.Equal(At("units", 1, "name"), error.Location);
        Assert.Contains("201 个字符", error.Problem);
        Assert.Contains("200", error.Problem);
    }

    [Fact]
    public void Name_at_its_limit_is_accepted()
    {
        var name = new string('名', TextLimits.Name);
        var text = Minimal.Replace("\"name\": \"广元市社会保险事务中心\"", $"\"name\": \"{name}\"", StringComparison.Ordinal);
        Assert.Equal(name, BudgetReader.Read(Write(text)).Units[0].Name);
    }

    [Fact]
    public void Free_text_longer_than_an_Excel_cell_is_refused()
    {
        var doc = JsonNode.Parse(Minimal)!.AsObject();
        doc["narrative"] = new JsonObject { ["functions"] = new string('文', TextLimits.Text + 1) };

        var error = Assert.Single(Fails(Write(doc.ToJsonString())).Errors);

        Assert.Equal(new SourceLocation(File, Field: "narrative.functions"), error.Location);
        Assert.Contains("32,768 个字符", error.Problem);
        Assert.Contains("32,767", error.Allowed);
    }

    [Fact]
    public void Free_text_of_an_Excel_cell_is_accepted()
    {
        var doc = JsonNode.Parse(Minimal)!.AsObject();
        doc["narrative"] = new JsonObject { ["functions"] = new string('文', TextLimits.Text) };
        Assert.Equal(TextLimits.Text, BudgetReader.Read(Write(doc.ToJsonString())).Narrative!.Texts["functions"].Length);
    }
}

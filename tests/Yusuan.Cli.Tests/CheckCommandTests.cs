using System.Text.Json;
using System.Text.RegularExpressions;
using Yusuan.Checks;

namespace Yusuan.Cli.Tests;

/// <summary><c>yusuan check</c>: exit codes 0 / 1 / 2, text and JSON output, settings, and what counts as unusable input.</summary>
public sealed class CheckCommandTests : TempDirTest
{
    private const string Summary = @"错误 \d+ 个，警告 \d+ 个，提示 \d+ 个";

    private static JsonDocument Json(CliResult r)
    {
        Assert.True(r.Code is ExitCodes.Ok or ExitCodes.BudgetErrors, r.ToString());
        return JsonDocument.Parse(r.Out);
    }

    private static List<JsonElement> Findings(JsonDocument doc) => doc.RootElement.GetProperty("findings").EnumerateArray().ToList();

    private static List<string> BudgetRuleIds(JsonDocument doc) => Findings(doc)
        .Select(f => f.GetProperty("ruleId").GetString()!).Where(id => id.StartsWith("B-", StringComparison.Ordinal)).ToList();

    [Theory]
    // Three samples check clean of budget findings. Bazhong keeps two published mistakes of its 表7 in its input (6 家 ×
    // 1.00 = 60.00, and 60.00 for a project of 24.40: samples/bazhong-2021/NOTES.md §3 item 3) and models its 事业-funded
    // staff as 505 overrides of a 参公 unit (NOTES.md §1), which are warnings. Guangyuan's and Bazhong's targets keep the
    // published mistakes of their target forms, which are P- errors (Yusuan.Checks.Tests BudgetSampleTests lists them), and
    // so does Shenzhen's (表12 prints 2,969 for a project of 2,970.15: samples/shenzhen-2023/NOTES.md 绩效目标 S1).
    [InlineData("guangyuan-2025", "sichuan-2025", ExitCodes.BudgetErrors, 0, 0)]
    [InlineData("shenzhen-2023", "shenzhen-2023", ExitCodes.BudgetErrors, 0, 0)]
    [InlineData("department-2025", "sichuan-2025", ExitCodes.Ok, 0, 0)]
    [InlineData("bazhong-2021", "bazhong-2021", ExitCodes.BudgetErrors, 2, 12)]
    public void Each_sample_exits_by_its_errors_and_lists_its_budget_findings_in_json(string sample, string profile, int code, int errors, int warnings)
    {
        var r = Cli.Run("check", Cli.Sample(sample), "--format", "json");

        Assert.True(r.Code == code, r.ToString());
        using var doc = Json(r);
        var root = doc.RootElement;
        Assert.Equal(CheckOutput.Schema, root.GetProperty("schema").GetString());
        Assert.Equal("budget", root.GetProperty("inputKind").GetString());
        Assert.Equal(profile, root.GetProperty("profile").GetString());
        var budget = Findings(doc).Where(f => f.GetProperty("ruleId").GetString()!.StartsWith("B-", StringComparison.Ordinal)).ToList();
        Assert.Equal(errors, budget.Count(f => f.GetProperty("severity").GetString() == "error"));
        Assert.Equal(warnings, budget.Count(f => f.GetProperty("severity").GetString() == "warning"));
        // The summary counts every finding, budget and table rules alike.
        var all = Findings(doc);
        var summary = root.GetProperty("summary");
        Assert.Equal(all.Count(f => f.GetProperty("severity").GetString() == "error"), summary.GetProperty("errors").GetInt32());
        Assert.Equal(all.Count(f => f.GetProperty("severity").GetString() == "warning"), summary.GetProperty("warnings").GetInt32());
        Assert.Equal(all.Count(f => f.GetProperty("severity").GetString() == "info"), summary.GetProperty("infos").GetInt32());
        Assert.Equal(code == ExitCodes.BudgetErrors, summary.GetProperty("errors").GetInt32() > 0);
    }

    [Fact]
    public void Json_finding_carries_every_field_of_the_schema()
    {
        using var doc = Json(Cli.Run("check", Cli.Sample("bazhong-2021"), "--format", "json"));

        var f = Findings(doc).Single(x => x.GetProperty("ruleId").GetString() == "B-SERVICE-QUANTITY-PRICE");
        Assert.Equal("error", f.GetProperty("severity").GetString());
        var place = f.GetProperty("place");
        Assert.Equal("budget.json", place.GetProperty("file").GetString());
        Assert.Equal("servicePurchases", place.GetProperty("sheet").GetString());
        Assert.Equal(1, place.GetProperty("row").GetInt32());
        Assert.Equal("unitPrice", place.GetProperty("field").GetString());
        Assert.Equal(JsonValueKind.Null, place.GetProperty("table").ValueKind);
        Assert.Equal(JsonValueKind.Null, place.GetProperty("rowLabel").ValueKind);
        Assert.Equal("budget.json › servicePurchases › 第 1 行 › unitPrice", place.GetProperty("text").GetString());
        Assert.Equal("“中介机构实地稽核服务”数量 6家 × 单价 1.00 万元 = 6.00 万元，填写的金额是 60.00 万元", f.GetProperty("message").GetString());
        Assert.Equal("60.00 万元", f.GetProperty("printed").GetString());
        Assert.Equal("6.00 万元", f.GetProperty("expected").GetString());
        Assert.Equal("核对数量、单价和金额（单价与金额的单位须相同）", f.GetProperty("hint").GetString());
    }

    [Fact]
    public void Text_groups_findings_by_input_sheet_and_ends_with_the_counts()
    {
        var r = Cli.Run("check", Cli.Sample("bazhong-2021"));

        Assert.True(r.Code == ExitCodes.BudgetErrors, r.ToString());
        var lines = r.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var group = lines.IndexOf("budget.json › servicePurchases");
        Assert.True(group >= 0, r.Out);
        Assert.Equal("[错误 B-SERVICE-EXCEEDS-PROJECT] budget.json › servicePurchases › 第 1 行 › amounts.一般公共预算拨款收入: "
            + "项目“社会保险基金审计购买服务费”的政府购买服务“中介机构实地稽核服务”（一般公共预算拨款收入）合计 60.00 万元，"
            + "超过该项目同一资金来源的支出 24.40 万元（印为 60.00 万元，应为 不超过 24.40 万元） 建议：核对政府购买服务金额与资金来源，或补录该项目的支出明细",
            lines[group + 1]);
        Assert.StartsWith("[错误 B-SERVICE-QUANTITY-PRICE] budget.json › servicePurchases › 第 1 行 › unitPrice: ", lines[group + 2]);
        // Input sheets come before tables; the expenditure warnings are one group.
        Assert.Equal(0, lines.IndexOf("budget.json › expenditures"));
        Assert.Equal(12, lines.Count(l => l.StartsWith("[警告 B-UNIT-GOV-CLASS] budget.json › expenditures › ", StringComparison.Ordinal)));
        Assert.Matches("^" + Summary + "$", lines.Last(l => l.Length > 0));
        Assert.DoesNotContain('\u001b', r.Out);
        Assert.Contains("读取 ", r.Err);
    }

    [Fact]
    public void Groups_put_input_sheets_first_then_tables_in_print_order_with_their_reading_problems()
    {
        Finding At(string rule, Place place) => new(rule, Severity.Error, place, "…");
        var report = new CheckReport(
        [
            At("T-SUM-LEVEL", new Place { File = "tables.xlsx", Table = "附表 3 部门支出总表", Row = 9 }),
            At("R-READ", new Place { File = "tables.xlsx", Sheet = "附表1", Row = 4 }),
            At("R-READ", new Place { File = "03-部门支出总表.csv", Row = 7 }),
            At("R-READ", new Place { File = "tables.xlsx" }),
            At("T-BALANCE", new Place { File = "tables.xlsx", Table = "附表 1 部门收支总表" }),
            At("B-INCOME-SPENDING", new Place { File = "budget.json", Sheet = "income", Row = 1 }),
        ]);
        var input = new CheckedInput("x", "tables", "sichuan-2025", ["附表 1 部门收支总表", "附表 3 部门支出总表"])
        {
            SheetTables = new Dictionary<string, string> { ["附表1"] = "附表 1 部门收支总表" },
            FileTables = new Dictionary<string, string> { ["03-部门支出总表.csv"] = "附表 3 部门支出总表" },
        };

        var groups = CheckOutput.Groups(report, input).ToList();

        // Input files by name (budget.json before tables.xlsx), then tables in print order; within a group by row, findings
        // without a row (the table's T-BALANCE) first.
        Assert.Equal(["budget.json › income", "tables.xlsx", "tables.xlsx › 附表 1 部门收支总表", "tables.xlsx › 附表 3 部门支出总表",
            "03-部门支出总表.csv › 附表 3 部门支出总表"], groups.Select(g => g.Key));
        Assert.Equal(["T-BALANCE", "R-READ"], groups[2].Select(f => f.RuleId));
    }

    [Fact]
    public void Clean_sample_says_so_in_text()
    {
        // department-2025 has no error (its projects without targets are warnings).
        var r = Cli.Run("check", Cli.SampleJson("department-2025"));

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.DoesNotContain("[错误", r.Out);
        Assert.DoesNotContain(" B-", r.Out);
        Assert.Matches("错误 0 个，警告 \\d+ 个，提示 \\d+ 个", r.Out);
    }

    [Fact]
    public void Colour_only_when_asked_or_on_a_terminal()
    {
        var always = Cli.Run("check", Cli.Sample("bazhong-2021"), "--color", "always");
        // Escape codes are ignorable characters to a culture-aware comparison: compare ordinally.
        Assert.Contains("\u001b[31m[错误 B-SERVICE-QUANTITY-PRICE]", always.Out, StringComparison.Ordinal);
        Assert.Contains("\u001b[33m[警告 B-UNIT-GOV-CLASS]", always.Out, StringComparison.Ordinal);
        Assert.Contains("\u001b[0m", always.Out, StringComparison.Ordinal);

        Assert.DoesNotContain('\u001b', Cli.Run("check", Cli.Sample("bazhong-2021"), "--color", "never").Out);
        Assert.Equal(ExitCodes.UnusableInput, Cli.Run("check", Cli.Sample("bazhong-2021"), "--color", "rainbow").Code);
    }

    [Fact]
    public void Settings_switching_the_erring_rules_off_or_down_changes_the_exit_code()
    {
        var settings = PathIn("bureau.json");
        // Bazhong's target forms keep their published mistakes too (P- errors): a bureau that reviews them elsewhere turns those off.
        var targets = string.Concat(new[] { "P-TARGET-NO-MONEY", "P-TASK-AMOUNT", "P-CATEGORIES", "P-VALUE-MISSING", "P-UNIT-FIT", "P-COST-EXCEEDS",
            "P-COST-QUANTITY-PRICE", "P-COST-MONTHLY", "P-RATE-BASE" }.Select(id => $", \"{id}\": \"off\""));
        File.WriteAllText(settings, """{ "rules": { "B-SERVICE-EXCEEDS-PROJECT": "off", "B-SERVICE-QUANTITY-PRICE": "warning", "B-UNIT-GOV-CLASS": "info" """
            + targets + " } }");

        var before = Cli.Run("check", Cli.Sample("bazhong-2021"));
        var after = Cli.Run("check", Cli.Sample("bazhong-2021"), "--settings", settings);

        Assert.Equal(ExitCodes.BudgetErrors, before.Code);
        Assert.True(after.Code == ExitCodes.Ok, after.ToString());
        Assert.DoesNotContain("B-SERVICE-EXCEEDS-PROJECT", after.Out);
        Assert.Contains("[警告 B-SERVICE-QUANTITY-PRICE] budget.json › servicePurchases › 第 1 行 › unitPrice", after.Out);
        Assert.Equal(12, Regex.Matches(after.Out, @"\[提示 B-UNIT-GOV-CLASS\]").Count);
    }

    [Fact]
    public void Profile_carries_default_settings_and_the_bureaus_file_wins()
    {
        // The bazhong profile with checks.rules switching the quantity × price rule off.
        var profile = System.Text.Json.Nodes.JsonNode.Parse(
            File.ReadAllText(Path.Combine(Cli.Root, "src", "Yusuan.Core", "Data", "profiles", "bazhong-2021.json")),
            documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
        var checks = profile["checks"] as System.Text.Json.Nodes.JsonObject ?? [];
        checks["rules"] = new System.Text.Json.Nodes.JsonObject { ["B-SERVICE-QUANTITY-PRICE"] = "off" };
        profile["checks"] = checks;
        var profilePath = PathIn("bazhong-quiet.json");
        File.WriteAllText(profilePath, profile.ToJsonString());
        var settings = PathIn("bureau.json");
        File.WriteAllText(settings, """{ "rules": { "B-SERVICE-QUANTITY-PRICE": "error" } }""");

        using var quiet = Json(Cli.Run("check", Cli.Sample("bazhong-2021"), "--profile", profilePath, "--format", "json"));
        using var bureau = Json(Cli.Run("check", Cli.Sample("bazhong-2021"), "--profile", profilePath, "--settings", settings, "--format", "json"));

        Assert.DoesNotContain("B-SERVICE-QUANTITY-PRICE", BudgetRuleIds(quiet));
        Assert.Contains("B-SERVICE-EXCEEDS-PROJECT", BudgetRuleIds(quiet));
        Assert.Contains("B-SERVICE-QUANTITY-PRICE", BudgetRuleIds(bureau));

        // An unknown rule in a profile makes it unusable, as in a settings file.
        checks["rules"] = new System.Text.Json.Nodes.JsonObject { ["B-NO-SUCH-RULE"] = "off" };
        File.WriteAllText(profilePath, profile.ToJsonString());
        var r = Cli.Run("check", Cli.Sample("bazhong-2021"), "--profile", profilePath);
        Assert.Equal(ExitCodes.UnusableInput, r.Code);
        Assert.Contains("checks › rules › B-NO-SUCH-RULE: 没有这条规则", r.Err);
    }

    [Theory]
    [InlineData("""{ "rules": { "B-NO-SUCH-RULE": "off" } }""", "bureau.json › rules › B-NO-SUCH-RULE: 没有这条规则")]
    [InlineData("""{ "rules": { "B-INCOME-SPENDING": "loud" } }""", "级别“loud”无法识别")]
    [InlineData("""{ "rules": """, "不是有效的 JSON")]
    [InlineData("""{ "B-INCOME-SPENDING": "off" }""", "缺少 \"rules\" 对象")]
    public void Unusable_settings_exit_2(string json, string message)
    {
        var settings = PathIn("bureau.json");
        File.WriteAllText(settings, json);

        var r = Cli.Run("check", Cli.Sample("guangyuan-2025"), "--settings", settings);

        Assert.True(r.Code == ExitCodes.UnusableInput, r.ToString());
        Assert.Contains("--settings：", r.Err);
        Assert.Contains(message, r.Err);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Missing_settings_file_exits_2()
    {
        var r = Cli.Run("check", Cli.Sample("guangyuan-2025"), "--settings", PathIn("none.json"));

        Assert.Equal(ExitCodes.UnusableInput, r.Code);
        Assert.Contains("--settings：", r.Err);
    }

    [Fact]
    public void Budget_breaking_the_input_rules_exits_1_with_each_error_as_a_located_finding()
    {
        // An outdated name: 2080599 was 其他行政事业单位离退休支出 until 2019; in a 2021 budget it is 其他行政事业单位养老支出.
        var input = PathIn("budget.json");
        var text = File.ReadAllText(Cli.SampleJson("bazhong-2021"));
        Assert.Contains("\"functional\": \"2080599\",", text);
        File.WriteAllText(input, text.Replace("\"functional\": \"2080599\",", "\"functional\": \"2080599\", \"functionalName\": \"其他行政事业单位离退休支出\","));

        var r = Cli.Run("check", input);
        var json = Cli.Run("check", input, "--format", "json");

        Assert.True(r.Code == ExitCodes.BudgetErrors, r.ToString());
        Assert.Contains("[错误 B-INPUT] budget.json › expenditures › 第 31 行 › functional: "
            + "“其他行政事业单位离退休支出”是 2014–2019 年的名称；2021 年 2080599 的名称是“其他行政事业单位养老支出”", r.Out);
        Assert.Contains("错误 1 个，警告 0 个，提示 0 个", r.Out);
        Assert.Contains("无法生成表格，其他规则未运行", r.Err);
        Assert.Equal(ExitCodes.BudgetErrors, json.Code);
        using var doc = Json(json);
        Assert.Equal(["B-INPUT"], BudgetRuleIds(doc));
    }

    [Fact]
    public void Filled_template_is_checked_as_a_budget_with_its_sheets_and_columns()
    {
        var template = PathIn("budget.xlsx");
        Assert.Equal(ExitCodes.Ok, Cli.Run("template", "-o", template, "--from", Cli.Sample("bazhong-2021")).Code);

        var r = Cli.Run("check", template, "--format", "json");

        Assert.Equal(ExitCodes.BudgetErrors, r.Code);
        using var doc = Json(r);
        Assert.Equal("budget", doc.RootElement.GetProperty("inputKind").GetString());
        var price = Findings(doc).Single(f => f.GetProperty("ruleId").GetString() == "B-SERVICE-QUANTITY-PRICE").GetProperty("place");
        Assert.Equal("budget.xlsx", price.GetProperty("file").GetString());
        Assert.Equal("政府购买服务", price.GetProperty("sheet").GetString());
        Assert.Equal("单价", price.GetProperty("field").GetString());
    }

    [Fact]
    public void Workbook_of_tables_and_folder_of_table_csvs_are_checked_as_tables()
    {
        var outDir = PathIn("out");
        Assert.Equal(ExitCodes.Ok, Cli.Run("build", Cli.Sample("guangyuan-2025-corrected"), "-o", outDir).Code);

        foreach (var input in new[] { Path.Combine(outDir, "tables.xlsx"), Path.Combine(outDir, "csv") })
        {
            var r = Cli.Run("check", input, "--format", "json");

            // Yusuan's own tables agree with each other: at most rounding notes, never an error.
            Assert.True(r.Code == ExitCodes.Ok, r.ToString());
            using var doc = Json(r);
            Assert.Equal("tables", doc.RootElement.GetProperty("inputKind").GetString());
            Assert.Equal("sichuan-2025", doc.RootElement.GetProperty("profile").GetString());
            Assert.Empty(BudgetRuleIds(doc));
        }
    }

    [Theory]
    [InlineData("missing.json", null, "文件不存在")]
    [InlineData("notes.txt", "hello", "无法检查“.txt”格式的文件")]
    [InlineData("broken.xlsx", "this is not a zip", "不是有效的 xlsx 工作簿")]
    [InlineData("budget.json", "{ \"year\": ", "budget.json")]
    public void Unusable_input_exits_2_and_prints_nothing_on_stdout(string file, string? content, string message)
    {
        var path = PathIn(file);
        if (content is not null) File.WriteAllText(path, content);

        var r = Cli.Run("check", path);

        Assert.True(r.Code == ExitCodes.UnusableInput, r.ToString());
        Assert.Contains(message, r.Err);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Empty_folder_is_unusable()
    {
        var r = Cli.Run("check", Dir);

        Assert.Equal(ExitCodes.UnusableInput, r.Code);
        Assert.Contains("文件夹中没有 budget.json 或 budget.xlsx，也没有表格 CSV 或 xlsx", r.Err);
    }

    [Theory]
    [InlineData("--format", "yaml", "--format 不认识：yaml")]
    [InlineData("--profile", "atlantis-2025", "找不到披露配置“atlantis-2025”")]
    [InlineData("--catalog", "/no/such/folder", "--catalog：文件夹 /no/such/folder 不存在")]
    public void Unusable_options_exit_2(string option, string value, string message)
    {
        var r = Cli.Run("check", Cli.Sample("guangyuan-2025"), option, value);

        Assert.True(r.Code == ExitCodes.UnusableInput, r.ToString());
        Assert.Contains(message, r.Err);
    }

    [Fact]
    public void Rounding_option_builds_the_budgets_own_tables_as_build_would()
    {
        static int RoundingNotes(CliResult r)
        {
            Assert.True(r.Code == ExitCodes.Ok, r.ToString());
            using var doc = JsonDocument.Parse(r.Out);
            return Findings(doc).Count(f => f.GetProperty("ruleId").GetString() == "T-ROUNDING");
        }

        // department-2025's tables do not add up when each cell is rounded on its own (its NOTES.md §10).
        var cell = RoundingNotes(Cli.Run("check", Cli.Sample("department-2025"), "--format", "json", "--rounding", "cell"));
        var adjusted = RoundingNotes(Cli.Run("check", Cli.Sample("department-2025"), "--format", "json", "--rounding", "largest-remainder"));

        Assert.True(cell > 0);
        Assert.True(adjusted < cell, $"{adjusted} rounding notes under largest-remainder, {cell} under cell");
        Assert.Equal(ExitCodes.UnusableInput, Cli.Run("check", Cli.Sample("department-2025"), "--rounding", "none").Code);
    }

    [Fact]
    public void Missing_input_argument_exits_2()
    {
        Assert.Equal(ExitCodes.UnusableInput, Cli.Run("check").Code);
    }

    [Fact]
    public void Help_names_the_options()
    {
        var r = Cli.Run("check", "--help");

        Assert.Equal(ExitCodes.Ok, r.Code);
        Assert.Contains(" check <input> [options]", r.Out);
        foreach (var option in new[] { "--profile", "--settings", "--catalog", "--format", "--color", "--rounding" })
            Assert.Contains(option, r.Out);
    }

    [Fact]
    public void Rules_lists_every_rule_with_id_default_severity_and_title()
    {
        var r = Cli.Run("rules");

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        Assert.Contains("预算数据规则（B-）", r.Out);
        Assert.Matches(@"B-INCOME-SPENDING\s+错误\s+收入与支出不等", r.Out);
        Assert.Matches(@"B-FUNC-NATURE\s+警告\s+功能分类科目与支出性质不符", r.Out);
        foreach (var rule in RuleSet.Default.All)
            Assert.Matches($@"(?m)^  {Regex.Escape(rule.Id)}\s+{rule.DefaultSeverity.Chinese()}\s+{Regex.Escape(rule.Title)}$", r.Out.Replace("\r", ""));
    }

    [Fact]
    public void Rules_as_json_lists_the_same_rules()
    {
        var r = Cli.Run("rules", "--format", "json");

        Assert.True(r.Code == ExitCodes.Ok, r.ToString());
        using var doc = JsonDocument.Parse(r.Out);
        var rules = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(RuleSet.Default.All.Select(x => x.Id), rules.Select(x => x.GetProperty("id").GetString()));
        var income = rules.Single(x => x.GetProperty("id").GetString() == "B-INCOME-SPENDING");
        Assert.Equal("error", income.GetProperty("severity").GetString());
        Assert.Equal("budget", income.GetProperty("target").GetString());
        Assert.Equal("收入与支出不等", income.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(income.GetProperty("description").GetString()));
    }
}

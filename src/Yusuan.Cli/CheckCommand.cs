using System.CommandLine;
using System.Text.Json;
using Yusuan.Checks;
using Yusuan.Checks.Printed;
using Yusuan.Checks.Rules;
using Yusuan.Checks.Rules.Narrative;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Input;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;
using Yusuan.Spreadsheet;

namespace Yusuan.Cli;

/// <summary>
/// yusuan check: runs the rules over a line-level budget (its lines, and the tables built from them) or over printed tables
/// (a workbook of tables or a folder of table CSVs); prints the findings as text or JSON. Exit 0: no errors (warnings
/// allowed); 1: errors found (including a budget that breaks the input rules); 2: the input or the command line cannot be used.
/// </summary>
internal static class CheckCommand
{
    private enum InputKind { Budget, Tables }

    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<string>("input")
        {
            Description = "要检查的文件：预算数据（budget.json、yusuan template 填好的 xlsx、含 budget.json 的文件夹），"
                + "或公开表格（每表一个工作表的 xlsx 工作簿、每表一个 CSV 的文件夹）",
        };
        var profile = new Option<string?>("--profile") { Description = "披露配置：配置名或配置文件路径（预算数据默认用其中的配置；表格默认按表格识别）" };
        var settings = new Option<string?>("--settings") { Description = "财政部门的规则设置文件（JSON：关闭规则或改变级别，见 docs/check-output.md）" };
        var catalog = new Option<string?>("--catalog") { Description = "财政部门自己的科目文件夹（与内置科目同名的 CSV）" };
        var format = new Option<string>("--format") { Description = "输出格式：text 或 json", DefaultValueFactory = _ => "text" };
        var color = new Option<string>("--color") { Description = "文字输出的颜色：auto（终端上着色）、always、never", DefaultValueFactory = _ => "auto" };
        var rounding = new Option<string?>("--rounding")
        {
            Description = "检查预算数据时，按此舍入方式生成表格再检查（覆盖配置；同 build --rounding）：cell 或 largest-remainder",
        };
        rounding.AcceptOnlyFromAmong([.. Presentation.RoundingPolicies]);
        var narrative = new Option<string?>("--narrative")
        {
            Description = "单位自行撰写的公开文本（.docx、.txt、.md）：找出其中与预算表格不符的金额和百分比（只用于预算数据）",
        };
        var command = new Command("check", "检查预算数据或公开表格：逐条列出错误、警告和提示及其位置") { input, profile, settings, catalog, format, color, rounding, narrative };
        command.SetAction(parse => Execute(
            parse.GetValue(input)!, parse.GetValue(profile), parse.GetValue(settings), parse.GetValue(catalog),
            parse.GetValue(format)!, parse.GetValue(color)!, output, error, parse.GetValue(rounding), parse.GetValue(narrative)));
        return command;
    }

    internal static int Execute(string input, string? profileId, string? settingsPath, string? catalogDir, string format, string color,
        TextWriter output, TextWriter error, string? rounding = null, string? narrativePath = null)
    {
        if (format is not ("text" or "json"))
        {
            error.WriteLine($"--format 不认识：{format}（可用：text、json）");
            return ExitCodes.UnusableInput;
        }
        if (color is not ("auto" or "always" or "never"))
        {
            error.WriteLine($"--color 不认识：{color}（可用：auto、always、never）");
            return ExitCodes.UnusableInput;
        }
        if (catalogDir is not null && !Directory.Exists(catalogDir))
        {
            error.WriteLine($"--catalog：文件夹 {catalogDir} 不存在");
            return ExitCodes.UnusableInput;
        }
        if (Classify(input, out var problem) is not { } kind)
        {
            error.WriteLine($"无法使用输入文件：");
            error.WriteLine($"  {input}：{problem}");
            return ExitCodes.UnusableInput;
        }
        NarrativeSource? narrative = null;
        if (narrativePath is not null)
        {
            if (kind != InputKind.Budget)
            {
                error.WriteLine("--narrative 只能与预算数据一起使用（budget.json、预算模板 xlsx 或含其一的文件夹）：公开文本与预算表格核对");
                return ExitCodes.UnusableInput;
            }
            if (ReadNarrative(narrativePath, out var why) is not { } read)
            {
                error.WriteLine("无法读取 --narrative 文件：");
                error.WriteLine($"  {narrativePath}：{why}");
                return ExitCodes.UnusableInput;
            }
            narrative = read;
        }

        Profile? profile = null;
        if (profileId is not null)
        {
            try { profile = ProfileLoader.Load(profileId); }
            catch (Exception e) when (e is ProfileNotFoundException or JsonException or InvalidDataException)
            {
                error.WriteLine($"--profile：{e.Message}");
                return ExitCodes.UnusableInput;
            }
        }

        CheckSettings? fileSettings = null;
        if (settingsPath is not null)
        {
            try { fileSettings = CheckSettings.Load(settingsPath, RuleSet.Default.All); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
            {
                error.WriteLine($"--settings：{(e is JsonException ? $"{settingsPath} 不是有效的 JSON（{e.Message}）" : e.Message)}");
                return ExitCodes.UnusableInput;
            }
        }

        error.WriteLine($"读取 {input} …");
        var result = kind == InputKind.Budget
            ? CheckBudget(input, profile, fileSettings, catalogDir, rounding, error, narrative)
            : CheckTables(input, profile, fileSettings, error);
        if (result is not var (report, checkedInput)) return ExitCodes.UnusableInput;

        if (format == "json") CheckOutput.WriteJson(report, checkedInput, output);
        else CheckOutput.WriteText(report, checkedInput, output, UseColor(color, output));
        return report.HasErrors ? ExitCodes.BudgetErrors : ExitCodes.Ok;
    }

    /// <summary>A budget (JSON, template xlsx, or a folder holding one) or printed tables (a workbook of tables, table CSVs).</summary>
    private static InputKind? Classify(string input, out string problem)
    {
        problem = "";
        if (Directory.Exists(input))
        {
            if (File.Exists(Path.Combine(input, "budget.json")) || File.Exists(Path.Combine(input, "budget.xlsx"))) return InputKind.Budget;
            if (Directory.EnumerateFiles(input, "*.csv").Any() || Directory.EnumerateFiles(input, "*.xlsx").Any()) return InputKind.Tables;
            problem = "文件夹中没有 budget.json 或 budget.xlsx，也没有表格 CSV 或 xlsx";
            return null;
        }
        if (!File.Exists(input))
        {
            problem = "文件不存在";
            return null;
        }
        try { InputFiles.Check(input); }
        catch (InputFileException e)
        {
            problem = e.Message;
            return null;
        }
        switch (Path.GetExtension(input).ToLowerInvariant())
        {
            case ".json": return InputKind.Budget;
            case ".csv": return InputKind.Tables;
            case ".xlsx":
                // The template's sheets make a budget; a workbook that does not open goes to the template reader, which says why.
                return WorkbookKind.IsBudgetTemplate(input) == false ? InputKind.Tables : InputKind.Budget;
            default:
                problem = $"无法检查“{Path.GetExtension(input)}”格式的文件（可检查：预算数据 .json、.xlsx；公开表格 .xlsx 或 CSV 文件夹）";
                return null;
        }
    }

    private static (CheckReport, CheckedInput)? CheckBudget(string input, Profile? profile, CheckSettings? fileSettings, string? catalogDir,
        string? rounding, TextWriter error, NarrativeSource? narrative = null)
    {
        Core.Model.Budget budget;
        try { budget = BudgetReader.Read(input, catalogDir); }
        catch (BudgetInputException e)
        {
            if (e.Unreadable)
            {
                YusuanCommand.Report(e, error);
                return null;
            }
            // A budget that breaks the input rules is a finding (B-INPUT), not unusable input: the clerk fixes it.
            error.WriteLine($"预算数据有 {e.Errors.Count} 处不符合录入规则，无法生成表格，其他规则未运行。");
            return (InputFindings.From(e.Errors), new CheckedInput(input, "budget", profile?.Id, []));
        }

        try { profile ??= ProfileLoader.Load(budget.ProfileId); }
        catch (Exception e) when (e is ProfileNotFoundException or JsonException or InvalidDataException)
        {
            error.WriteLine(e.Message);
            return null;
        }
        if (rounding is not null) profile = profile with { Presentation = profile.Presentation with { Rounding = rounding } };
        if (Settings(profile, fileSettings, error) is not { } settings) return null;

        var catalogs = CatalogLoader.Load(budget.Year, catalogDir);
        // The budget's lines and its own tables read back as printed: what would be published is checked too.
        var findings = new List<Finding>(Publishing.BudgetCheck.Run(budget, profile, catalogs, fileSettings, out var printedNames).Findings);
        if (narrative is not null)
        {
            // The figures a hand-written document may print: the tables and Yusuan's own 情况说明 of this budget.
            var document = Core.Documents.DocumentBuilder.Build(budget, profile, catalogs);
            var rules = RuleSet.Default.All.ToDictionary(r => r.Id, StringComparer.Ordinal);
            foreach (var finding in NarrativeFileCheck.Check(narrative, document, profile.Presentation))
                if (settings.SeverityOf(rules[finding.RuleId]) is { } severity) findings.Add(finding with { Severity = severity });
        }
        return (new CheckReport(findings), new CheckedInput(input, "budget", profile.Id, printedNames));
    }

    private static (CheckReport, CheckedInput)? CheckTables(string input, Profile? profile, CheckSettings? fileSettings, TextWriter error)
    {
        PrintedWorkbook workbook;
        try { workbook = PrintedWorkbookReader.Read(input, profile); }
        catch (BudgetInputException e)
        {
            YusuanCommand.Report(e, error);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ProfileNotFoundException)
        {
            error.WriteLine("无法使用输入文件：");
            error.WriteLine($"  {input}：{e.Message}");
            return null;
        }
        if (Settings(workbook.Profile, fileSettings, error) is not { } settings) return null;

        // What the reader could not read is reported with what it could check; settings apply to its rules as to any.
        var known = RuleSet.Default.All.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        var findings = new List<Finding>();
        foreach (var problem in workbook.Problems)
        {
            if (!known.TryGetValue(problem.RuleId, out var rule)) { findings.Add(problem); continue; }
            if (settings.SeverityOf(rule) is not { } severity) continue;
            findings.Add(problem.Severity == rule.DefaultSeverity ? problem with { Severity = severity } : problem);
        }
        findings.AddRange(new Checker(RuleSet.Default, settings).Check(workbook.Tables, workbook.Profile).Findings);
        return (new CheckReport(findings),
            new CheckedInput(input, "tables", workbook.Profile.Id, workbook.Tables.Select(t => t.DisplayName).ToList())
            {
                SheetTables = workbook.Tables.Where(t => t.Sheet is not null)
                    .GroupBy(t => t.Sheet!).ToDictionary(g => g.Key, g => g.First().DisplayName),
                FileTables = workbook.Tables.Where(t => t.Sheet is null && t.File is not null)
                    .GroupBy(t => t.File!).ToDictionary(g => g.Key, g => g.First().DisplayName),
            });
    }

    /// <summary>A document written elsewhere: a .docx (paragraphs and table cells), or a .txt / .md (lines).</summary>
    private static NarrativeSource? ReadNarrative(string path, out string problem)
    {
        problem = "";
        if (!File.Exists(path))
        {
            problem = "文件不存在";
            return null;
        }
        var name = Path.GetFileName(path);
        try
        {
            InputFiles.Check(path);
            switch (Path.GetExtension(path).ToLowerInvariant())
            {
                case ".docx":
                    return new NarrativeSource(name, Word.DocxTextReader.Read(path)
                        .Select(b => new NarrativeParagraph(b.Text) { Paragraph = b.Paragraph, Table = b.Table, Row = b.Row, Column = b.Column })
                        .ToList());
                case ".txt" or ".md":
                    var bytes = InputFiles.ReadAllBytes(path);
                    string text;
                    try { text = new System.Text.UTF8Encoding(false, true).GetString(bytes); }
                    catch (System.Text.DecoderFallbackException)
                    {
                        problem = "不是 UTF-8 编码的文本（请另存为 UTF-8）";
                        return null;
                    }
                    return NarrativeSource.FromText(name, text.TrimStart('\uFEFF'));
                default:
                    problem = $"无法读取“{Path.GetExtension(path)}”格式的公开文本（可读：.docx、.txt、.md；.doc 和 .pdf 请另存为 .docx 或 .txt）";
                    return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            problem = e.Message;
            return null;
        }
    }

    /// <summary>The profile's default settings, then the bureau's file (which wins).</summary>
    private static CheckSettings? Settings(Profile profile, CheckSettings? fileSettings, TextWriter error)
    {
        try
        {
            var settings = ProfileSettings.For(profile, RuleSet.Default.All);
            return fileSettings is null ? settings : settings.With(fileSettings);
        }
        catch (InvalidDataException e)
        {
            error.WriteLine(e.Message);
            return null;
        }
    }

    /// <summary>Colour only on a terminal: never when redirected to a file or pipe, or when NO_COLOR is set.</summary>
    private static bool UseColor(string color, TextWriter output) => color switch
    {
        "always" => true,
        "never" => false,
        _ => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && Environment.GetEnvironmentVariable("TERM") != "dumb",
    };
}

using System.CommandLine;
using System.Diagnostics;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Input;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;
using Yusuan.Spreadsheet;

namespace Yusuan.Cli;

/// <summary>yusuan build: budget in, workbook and CSVs out, written atomically.</summary>
internal static partial class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<string>("input") { Description = "预算数据：budget.json、yusuan template 生成的 xlsx，或含 budget.json 的文件夹" };
        var outDir = new Option<string>("--output", "-o") { Description = "输出文件夹", DefaultValueFactory = _ => "out" };
        var profile = new Option<string?>("--profile") { Description = "披露配置（覆盖预算数据中的配置）：配置名或配置文件路径" };
        var catalog = new Option<string?>("--catalog") { Description = "财政部门自己的科目文件夹（与内置科目同名的 CSV），覆盖或补充内置科目" };
        var formats = new Option<string?>("--format")
        {
            Description = "输出格式，逗号分隔：xlsx,csv,pdf,docx,html,txt（pdf、docx、html：公开文本 document.*，txt：其纯文字稿）。"
                + "不指定时输出 xlsx,csv,pdf,docx,html；缺少中文字体时跳过 pdf 并提示",
        };
        var rounding = new Option<string?>("--rounding")
        {
            Description = "舍入方式（覆盖配置）：cell 每格各自四舍五入；largest-remainder 尾数调整，合计等于各分项之和（见 docs/rounding.md）",
        };
        rounding.AcceptOnlyFromAmong([.. Presentation.RoundingPolicies]);
        var allowErrors = new Option<bool>("--allow-errors")
        {
            Description = "检查发现错误时仍然生成草稿：公开文本每页标明“草稿”并在开头列出检查结果，工作簿第一张工作表为“检查结果”（不得公开）",
        };
        var command = new Command("build", "先检查预算（同 check），没有错误时生成全部公开表格（xlsx 工作簿与每表一个 CSV）和公开文本（PDF）")
        {
            input, outDir, profile, catalog, formats, rounding, allowErrors,
        };
        command.SetAction(parse => Execute(
            parse.GetValue(input)!, parse.GetValue(outDir)!, parse.GetValue(profile), parse.GetValue(catalog),
            parse.GetValue(formats), output, error, parse.GetValue(rounding), parse.GetValue(allowErrors)));
        return command;
    }

    /// <summary>What a build writes when --format is not given.</summary>
    internal const string DefaultFormats = "xlsx,csv,pdf,docx,html";

    internal static readonly string[] KnownFormats = Publishing.PackageWriter.KnownFormats;

    /// <summary>Above this many units a default build writes no published document (a department has a handful).</summary>
    internal const int DocumentUnitLimit = 200;

    private static readonly string[] DocumentFormats = Publishing.PackageWriter.DocumentFormats;

    internal static int Execute(string input, string outDir, string? profileId, string? catalogDir, string? formats, TextWriter output, TextWriter error,
        string? rounding = null, bool allowErrors = false)
    {
        var clock = Stopwatch.StartNew();
        var chosen = formats is not null;
        var wanted = (formats ?? DefaultFormats).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = wanted.Except(KnownFormats, StringComparer.OrdinalIgnoreCase).ToList();
        var allowed = string.Join("、", KnownFormats);
        if (unknown.Count > 0 || wanted.Count == 0)
        {
            error.WriteLine(unknown.Count > 0 ? $"--format 不认识：{string.Join("、", unknown)}（可用：{allowed}）" : $"--format 没有给出格式（可用：{allowed}）");
            return ExitCodes.UnusableInput;
        }
        if (wanted.Contains("pdf"))
        {
            // The PDF needs a TrueType CJK font (docs/pdf.md). Asked for, its absence is an error; by default the
            // build still writes everything else and says how to get the PDF.
            try { Pdf.CjkFontLocator.Locate(); }
            catch (Pdf.PdfFontException e)
            {
                if (chosen)
                {
                    error.WriteLine($"--format pdf：{e.Message}");
                    return ExitCodes.UnusableInput;
                }
                error.WriteLine($"跳过 PDF：{e.Message}（安装字体：.ci/setup 或 apt-get install {Pdf.CjkFontLocator.Package}）");
                wanted.Remove("pdf");
            }
        }
        if (catalogDir is not null && !Directory.Exists(catalogDir))
        {
            error.WriteLine($"--catalog：文件夹 {catalogDir} 不存在");
            return ExitCodes.UnusableInput;
        }
        if (string.IsNullOrWhiteSpace(outDir) || outDir.Contains('\0'))
        {
            error.WriteLine("--output：输出文件夹路径为空或无效（例：-o out）");
            return ExitCodes.UnusableInput;
        }
        if (File.Exists(outDir))
        {
            error.WriteLine($"--output：{outDir} 是一个文件，不是文件夹");
            return ExitCodes.UnusableInput;
        }

        // A run killed while it replaced the files of this folder left a journal: finish that first, whatever this run does.
        try { AtomicOutput.Recover(outDir, error); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            error.WriteLine($"--output：无法完成上次中断的生成（{e.Message}）");
            return ExitCodes.UnusableInput;
        }

        Core.Model.Budget budget;
        try
        {
            error.WriteLine($"读取 {input} …");
            budget = BudgetReader.Read(input, catalogDir);
        }
        catch (BudgetInputException e)
        {
            return YusuanCommand.Report(e, error);
        }

        Profile profile;
        try { profile = ProfileLoader.Load(profileId ?? budget.ProfileId); }
        catch (Exception e) when (e is ProfileNotFoundException or InvalidDataException)
        {
            error.WriteLine(e.Message);
            return ExitCodes.UnusableInput;
        }
        if (rounding is not null) profile = profile with { Presentation = profile.Presentation with { Rounding = rounding } };
        try { profile.Presentation.Validate(); }
        catch (InvalidDataException e)
        {
            error.WriteLine($"配置 {profile.Id}：{e.Message}");
            return ExitCodes.UnusableInput;
        }

        // Every rule, as `check` runs them (Publishing.BudgetCheck): a budget with errors is not published. Warnings print
        // and do not stop the build; --allow-errors writes a draft marked 草稿 that lists the findings.
        var catalogs = CatalogLoader.Load(budget.Year, catalogDir);
        Checks.CheckReport report;
        IReadOnlyList<string> printedNames;
        try { report = Publishing.BudgetCheck.Run(budget, profile, catalogs, null, out printedNames); }
        catch (InvalidDataException e)
        {
            error.WriteLine($"配置 {profile.Id} 无法生成表格：{e.Message}");
            error.WriteLine("输出文件夹未作任何改动。");
            return ExitCodes.UnusableInput;
        }
        var checkedInput = new CheckedInput(input, "budget", profile.Id, printedNames);
        if (report.Findings.Count > 0) CheckOutput.WriteText(report, checkedInput, error, color: false);
        else error.WriteLine($"检查：{CheckOutput.Summary(report)}");
        IReadOnlyList<string>? draftFindings = null;
        if (report.HasErrors)
        {
            if (!allowErrors)
            {
                error.WriteLine($"预算有 {report.Errors} 个错误，未生成任何文件，输出文件夹未作任何改动。改正后重新生成；只想看草稿时加 --allow-errors。");
                return ExitCodes.BudgetErrors;
            }
            draftFindings = CheckOutput.Lines(report, checkedInput);
            error.WriteLine("--allow-errors：生成草稿，公开文本每页标明“草稿”，工作簿第一张工作表为“检查结果”，不得公开。");
        }

        error.WriteLine($"{budget.Units.Count} 个单位，{budget.Expenditures.Count} 条支出明细；按配置 {profile.Id} 生成 {profile.Tables.Count} 张表 …");
        // Tables are derived one at a time as they are written, so a province-sized budget holds one table in memory.
        var derived = new DerivedBudget(budget, catalogs, profile);
        Func<Table> Derive(int i) => () =>
        {
            var table = TableSetBuilder.Build(derived, profile.Tables[i]);
            error.WriteLine($"  [{i + 1}/{profile.Tables.Count}] {table.Title}（{table.Rows.Count} 行）");
            return table;
        };
        var tables = Enumerable.Range(0, profile.Tables.Count).Select(Derive).ToList();

        // 绩效目标 forms (when the budget has targets and the profile prints forms) follow the tables.
        IReadOnlyList<Form> forms;
        try { forms = TargetFormBuilder.Build(derived); }
        catch (InvalidDataException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.UnusableInput;
        }
        if (forms.Count > 0) error.WriteLine($"绩效目标：{forms.Count} 张表样");

        // A published document is one department's (a few units). A province-sized budget gets its tables by default;
        // its document (every table in memory, tens of thousands of pages) only when asked for.
        if (!chosen && budget.Units.Count > DocumentUnitLimit)
        {
            error.WriteLine($"{budget.Units.Count} 个单位：公开文本按部门编制，本次只输出表格（需要时用 --format pdf,docx,html）");
            wanted.ExceptWith(DocumentFormats);
        }

        // The published document (情况说明, 名词解释, tables and forms), from the same derived tables.
        Core.Documents.PublishedDocument? document = null;
        if (DocumentFormats.Any(wanted.Contains))
        {
            try
            {
                document = Core.Documents.DocumentBuilder.Build(derived);
                if (draftFindings is not null) document = Core.Documents.DraftDocument.Of(document, draftFindings, CheckOutput.Summary(report));
            }
            catch (InvalidDataException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.UnusableInput;
            }
        }

        AtomicOutput.Result result;
        try
        {
            result = AtomicOutput.Write(outDir, staging => Publishing.PackageWriter.Write(staging, tables, forms, wanted, document, Publishing.PackageWriter.HtmlOptionsFor(budget),
                draftFindings is null ? null : [$"{Core.Documents.DraftDocument.Mark}：预算数据未通过检查（{CheckOutput.Summary(report)}），本工作簿不得公开。", .. draftFindings]), IsOwnOutput, error);
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("已中断：未生成任何文件，输出文件夹未作任何改动。");
            return AtomicOutput.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"无法写入输出文件夹 {outDir}：{e.Message}");
            if (e is not PreviousOutputNotRestoredException) error.WriteLine("输出文件夹未作任何改动。");
            return ExitCodes.UnusableInput;
        }
        catch (InvalidDataException e)
        {
            // A profile whose table cannot be built (an unknown dimension, layout or measure): the tables are derived
            // while they are written, so this is where it shows. Nothing was written.
            error.WriteLine($"配置 {profile.Id} 无法生成表格：{e.Message}");
            error.WriteLine("输出文件夹未作任何改动。");
            return ExitCodes.UnusableInput;
        }

        foreach (var f in result.Written) output.WriteLine(Path.Combine(outDir, f));
        if (result.Removed.Count > 0)
        {
            error.WriteLine($"已删除上次生成、本次未生成的 {result.Removed.Count} 个文件：");
            foreach (var f in result.Removed) error.WriteLine("  " + Path.Combine(outDir, f));
        }
        if (draftFindings is not null) error.WriteLine($"草稿：{CheckOutput.Summary(report)}，不得公开");
        error.WriteLine($"完成：{result.Written.Count} 个文件，用时 {clock.Elapsed.TotalSeconds:0.00} 秒");
        return ExitCodes.Ok;
    }

    /// <summary>What a build writes: the workbook, csv/NN-title.csv, csv/README.txt and document.txt. Earlier builds' files of these names are replaced.</summary>
    internal static bool IsOwnOutput(string relativePath) =>
        relativePath == "tables.xlsx"
        || relativePath is "document.txt" or "document.pdf" or "document.docx" or "document.html"
        || (Path.GetDirectoryName(relativePath) == "csv" && (OwnCsv().IsMatch(Path.GetFileName(relativePath)) || Path.GetFileName(relativePath) == Publishing.PackageWriter.CsvReadmeName));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{2}-.+\.csv$")]
    private static partial System.Text.RegularExpressions.Regex OwnCsv();
}

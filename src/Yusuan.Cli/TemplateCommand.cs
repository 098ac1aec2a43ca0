using System.CommandLine;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Input;
using Yusuan.Core.Profiles;
using Yusuan.Spreadsheet;

namespace Yusuan.Cli;

/// <summary>yusuan template: an xlsx workbook a clerk fills in, with drop-down lists of the year's codes.</summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var outFile = new Option<string>("--output", "-o") { Description = "模板文件路径", DefaultValueFactory = _ => "budget.xlsx" };
        var year = new Option<int>("--year") { Description = "预算年度（决定科目下拉清单）", DefaultValueFactory = _ => 2025 };
        var profile = new Option<string>("--profile") { Description = "披露配置", DefaultValueFactory = _ => "sichuan-2025" };
        var from = new Option<string?>("--from") { Description = "用已有预算数据（JSON/xlsx）填好模板" };
        var command = new Command("template", "生成供单位填报的 xlsx 录入模板") { outFile, year, profile, from };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(outFile)!;
            Core.Model.Budget? data = null;
            var profileId = parse.GetValue(profile)!;
            var y = parse.GetValue(year);
            if (parse.GetValue(from) is { } source)
            {
                try { data = BudgetReader.Read(source); }
                catch (BudgetInputException e) { return YusuanCommand.Report(e, error); }
                profileId = data.ProfileId;
                y = data.Year;
            }
            try { ProfileLoader.Load(profileId); }
            catch (Exception e) when (e is ProfileNotFoundException or InvalidDataException) { error.WriteLine(e.Message); return ExitCodes.UnusableInput; }
            if (CatalogLoader.Load(y).Functional.Count == 0)
            {
                error.WriteLine($"没有 {y} 年的支出功能分类科目，无法生成下拉清单（--year）");
                return ExitCodes.UnusableInput;
            }
            if (string.IsNullOrWhiteSpace(path) || path.Contains('\0'))
            {
                error.WriteLine("--output：模板文件路径为空或无效（例：-o budget.xlsx）");
                return ExitCodes.UnusableInput;
            }
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                error.WriteLine($"--output：{path} 是一个文件夹，应为 xlsx 文件路径");
                return ExitCodes.UnusableInput;
            }
            if (Core.Input.InputFiles.OutputRefusal(full) is { } refusal)
            {
                error.WriteLine($"--output：{path} {refusal}，应为 xlsx 文件路径");
                return ExitCodes.UnusableInput;
            }
            var temp = full + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                TemplateWriter.Write(temp, y, profileId, data);
                File.Move(temp, full, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"无法写入模板 {path}：{e.Message}");
                return ExitCodes.UnusableInput;
            }
            finally { if (File.Exists(temp)) File.Delete(temp); }
            output.WriteLine(path);
            return ExitCodes.Ok;
        });
        return command;
    }
}

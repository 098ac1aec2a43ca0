using Yusuan.Core.Model;

namespace Yusuan.Core.Input;

/// <summary>Reads a budget from a JSON file or a folder holding budget.json; xlsx readers register themselves.</summary>
public static class BudgetReader
{
    /// <summary>Readers for other formats (the xlsx template lives in the spreadsheet project).</summary>
    public static Dictionary<string, Func<string, RawBudget>> Readers { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [".json"] = BudgetJsonReader.Read,
    };

    public static RawBudget ReadRaw(string path)
    {
        if (Directory.Exists(path))
        {
            var candidate = new[] { "budget.json", "budget.xlsx" }.Select(f => Path.Combine(path, f)).FirstOrDefault(File.Exists);
            if (candidate is null)
                throw Unusable(new SourceLocation(path), "文件夹中没有 budget.json 或 budget.xlsx");
            path = candidate;
        }
        if (!File.Exists(path)) throw Unusable(new SourceLocation(path), "文件不存在");
        try { InputFiles.Check(path); }
        catch (InputFileException e) { throw Unusable(new SourceLocation(path), e.Message, "预算数据应为普通的 .json 或 .xlsx 文件"); }
        var ext = Path.GetExtension(path);
        if (!Readers.TryGetValue(ext, out var reader))
            throw Unusable(new SourceLocation(Path.GetFileName(path)), $"无法读取“{ext}”格式的文件",
                "预算数据应为 .json 或 yusuan template 生成的 .xlsx");
        var raw = reader(path);
        ConfineProfile(raw, Path.GetDirectoryName(Path.GetFullPath(path))!);
        return raw;
    }

    /// <summary>
    /// A budget's <c>profile</c> names a bundled profile or a profile file beside the budget (in its folder or below):
    /// a path elsewhere (/dev/zero, /proc/self/environ, another user's file) is refused, located at the field. The file
    /// is named by its full path from here on, so it is found whatever the working folder.
    /// </summary>
    internal static void ConfineProfile(RawBudget raw, string? folder)
    {
        if (string.IsNullOrWhiteSpace(raw.Profile) || Profiles.ProfileLoader.BundledIds.Contains(raw.Profile, StringComparer.Ordinal)) return;
        var at = raw.Location.WithField("profile");
        if (folder is not null)
        {
            string full;
            try { full = Path.GetFullPath(raw.Profile, folder); }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { full = ""; }
            var root = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
            if (full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full))
            {
                raw.Profile = full;
                return;
            }
        }
        // Not a bundled id and not a file beside the budget: reported here, and the path is never opened.
        raw.ReadErrors.Add(raw.Profile.IndexOfAny(['/', '\\']) >= 0 || Path.IsPathRooted(raw.Profile) || folder is null
            ? new InputError(at, $"配置文件“{raw.Profile}”不在预算文件所在的文件夹中，不予读取",
                "填写内置配置名（yusuan profiles 列出全部），或把配置文件放在预算文件旁边；也可用 --profile 指定")
            : new InputError(at, new Profiles.ProfileNotFoundException(raw.Profile, Profiles.ProfileLoader.BundledIds).Message));
    }

    public static Budget Read(string path, string? catalogDirectory = null) =>
        new BudgetAssembler(catalogDirectory).Assemble(ReadRaw(path));

    private static BudgetInputException Unusable(SourceLocation at, string problem, string? allowed = null) =>
        new([new InputError(at, problem, allowed)]) { Unreadable = true };
}

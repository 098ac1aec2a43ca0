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
        var ext = Path.GetExtension(path);
        if (!Readers.TryGetValue(ext, out var reader))
            throw Unusable(new SourceLocation(Path.GetFileName(path)), $"无法读取“{ext}”格式的文件",
                "预算数据应为 .json 或 yusuan template 生成的 .xlsx");
        return reader(path);
    }

    public static Budget Read(string path, string? catalogDirectory = null) =>
        new BudgetAssembler(catalogDirectory).Assemble(ReadRaw(path));

    private static BudgetInputException Unusable(SourceLocation at, string problem, string? allowed = null) =>
        new([new InputError(at, problem, allowed)]) { Unreadable = true };
}

using System.CommandLine;
using Yusuan.Core.Catalogs;

namespace Yusuan.Cli;

/// <summary>yusuan catalog 2025 208: prints a subtree of the year's classification.</summary>
internal static class CatalogCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var year = new Argument<int>("year") { Description = "年度" };
        var code = new Argument<string?>("code") { Description = "科目编码（省略则列出全部类）", Arity = ArgumentArity.ZeroOrOne };
        var kind = new Option<string>("--kind") { Description = "functional（支出功能分类）、economic（部门预算支出经济分类）、government（政府预算支出经济分类）", DefaultValueFactory = _ => "" };
        var dir = new Option<string?>("--catalog") { Description = "财政部门自己的科目文件夹" };
        var command = new Command("catalog", "查看某年度的科目：yusuan catalog 2025 208") { year, code, kind, dir };
        command.SetAction(parse =>
        {
            if (parse.GetValue(dir) is { } own && !Directory.Exists(own))
            {
                error.WriteLine($"--catalog：文件夹 {own} 不存在");
                return ExitCodes.UnusableInput;
            }
            var set = CatalogLoader.Load(parse.GetValue(year), parse.GetValue(dir));
            // A year past the newest catalog gets the newest, as check and build use it (B-CATALOG-YEAR).
            if (set.PastNewestNotice is { } notice) error.WriteLine($"警告：{notice}");
            var c = parse.GetValue(code);
            var k = parse.GetValue(kind)!;
            if (k.Length == 0) k = c is not null && c.StartsWith('3') ? "economic" : c is not null && c.StartsWith('5') ? "government" : "functional";
            var catalog = k switch
            {
                "functional" => set.Functional,
                "economic" => set.Economic,
                "government" => set.Government,
                _ => null,
            };
            if (catalog is null) { error.WriteLine($"--kind 不认识：{k}（可用：functional、economic、government）"); return ExitCodes.UnusableInput; }
            if (catalog.Count == 0) { error.WriteLine($"没有 {set.Year} 年的{catalog.Name}科目"); return ExitCodes.UnusableInput; }
            if (c is not null && !catalog.Contains(c))
            {
                error.WriteLine($"{set.Year} 年{catalog.Name}中没有科目 {c}；相近的：{string.Join("；", catalog.Nearest(c))}");
                return ExitCodes.UnusableInput;
            }
            output.WriteLine(set.PastNewest ? $"{set.CatalogYear} 年{catalog.Name}（用于 {set.Year} 年）" : $"{set.Year} 年{catalog.Name}");
            if (c is null) foreach (var top in catalog.TopLevel) output.WriteLine($"{top}  {catalog.NameOf(top)}");
            else Print(catalog, c, 0, output);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(Classification catalog, string code, int depth, TextWriter output)
    {
        output.WriteLine($"{new string(' ', depth * 2)}{code}  {catalog.NameOf(code)}");
        foreach (var child in catalog.Children(code)) Print(catalog, child, depth + 1, output);
    }
}

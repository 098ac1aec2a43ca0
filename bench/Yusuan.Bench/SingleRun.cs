using System.Diagnostics;
using System.Globalization;
using Yusuan.Core.Tables;
using Yusuan.Spreadsheet;

namespace Yusuan.Bench;

/// <summary>One size, measured in this process: derive every table and write the workbook.</summary>
public static class SingleRun
{
    public static int Execute(Size size)
    {
        var budget = SyntheticBudget.Create(size);
        var clock = Stopwatch.StartNew();
        var profile = Yusuan.Core.Profiles.ProfileLoader.Load(budget.ProfileId);
        var catalogs = Yusuan.Core.Catalogs.CatalogLoader.Load(budget.Year);
        var derived = new DerivedBudget(budget, catalogs, profile);
        var derive = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var tables = profile.Tables.Select(t => TableSetBuilder.Build(derived, t)).ToList();
        var build = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-bench-{size.Units}-{size.Lines}.xlsx");
        TableWorkbookWriter.Write(tables, path);
        var write = clock.Elapsed.TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        var rows = tables.Sum(t => t.Rows.Count);
        var mb = new FileInfo(path).Length / 1024.0 / 1024.0;
        File.Delete(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {size.Units:N0} | {size.Lines:N0} | {derive:0.00} | {build:0.00} | {write:0.00} | {derive + build + write:0.00} | {peak:0} | {rows:N0} | {mb:0.0} |"));
        return 0;
    }
}

using System.Diagnostics;
using System.Globalization;
using Yusuan.Core.Tables;
using Yusuan.Spreadsheet;

namespace Yusuan.Bench;

/// <summary>
/// One size, measured in this process: read the budget's JSON, derive every table and write the workbook, the way `yusuan build` does
/// (each table derived when its sheet is written, so only one table is held at a time).
/// </summary>
public static class SingleRun
{
    // Its own method, so the synthetic budget is garbage before the measured run starts (a Tier-0 frame would keep it alive).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string WriteInput(Size size)
    {
        var json = Path.Combine(Path.GetTempPath(), $"yusuan-bench-{size.Units}-{size.Lines}.json");
        BudgetJsonFile.Write(SyntheticBudget.Create(size), json);
        return json;
    }

    public static int Execute(Size size)
    {
        var json = WriteInput(size);
        var inputMb = new FileInfo(json).Length / 1024.0 / 1024.0;
        GC.Collect();
        var detail = Environment.GetEnvironmentVariable("YUSUAN_BENCH_DETAIL") == "1";
        var clock = Stopwatch.StartNew();
        var budget = Yusuan.Core.Input.BudgetReader.Read(json);
        if (Environment.GetEnvironmentVariable("YUSUAN_BENCH_KEEP") != "1") File.Delete(json);
        var read = clock.Elapsed.TotalSeconds;
        if (detail) Console.Error.WriteLine($"  read: {read:0.00} s, live heap after read {GC.GetTotalMemory(true) / 1048576.0:0} MB, peak so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB");
        clock.Restart();
        var profile = Yusuan.Core.Profiles.ProfileLoader.Load(budget.ProfileId);
        var catalogs = Yusuan.Core.Catalogs.CatalogLoader.Load(budget.Year);
        var derived = new DerivedBudget(budget, catalogs, profile);
        var derive = clock.Elapsed.TotalSeconds;
        clock.Restart();

        var build = 0.0;
        var rows = 0;
        Func<Table> Derive(Yusuan.Core.Profiles.TableDefinition definition) => () =>
        {
            var one = Stopwatch.StartNew();
            var table = TableSetBuilder.Build(derived, definition);
            build += one.Elapsed.TotalSeconds;
            rows += table.Rows.Count;
            if (detail) Console.Error.WriteLine($"  {definition.Id}: {one.Elapsed.TotalSeconds:0.00} s, {table.Rows.Count:N0} rows");
            return table;
        };

        var path = Path.Combine(Path.GetTempPath(), $"yusuan-bench-{size.Units}-{size.Lines}.xlsx");
        TableWorkbookWriter.Write(new TableStream(profile.Tables.Select(Derive).ToList()), path);
        var write = clock.Elapsed.TotalSeconds - build;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        if (detail) Console.Error.WriteLine($"  GC collections: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; concurrent {System.Runtime.GCSettings.LatencyMode}");
        var mb = new FileInfo(path).Length / 1024.0 / 1024.0;
        if (Environment.GetEnvironmentVariable("YUSUAN_BENCH_KEEP") == "1") Console.Error.WriteLine($"kept {path}");
        else File.Delete(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {size.Units:N0} | {size.Lines:N0} | {inputMb:0.0} | {read:0.00} | {derive:0.00} | {build:0.00} | {write:0.00} | {read + derive + build + write:0.00} | {peak:0} | {rows:N0} | {mb:0.0} |"));
        return 0;
    }
}

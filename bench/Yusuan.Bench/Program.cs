using System.Diagnostics;
using Yusuan.Bench;

// dotnet run -c Release --project bench/Yusuan.Bench -- [units:lines …]
// Each size runs in a child process of its own so that its peak memory is its own.
if (args is ["--one", var spec])
{
    return SingleRun.Execute(Size.Parse(spec));
}

var sizes = args.Length > 0 ? args.Select(Size.Parse).ToArray() : Size.Defaults;
Console.WriteLine("| units | lines | input JSON (MB) | read + validate (s) | derive (s) | tables (s) | xlsx (s) | total (s) | peak memory (MB) | table rows | xlsx (MB) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var size in sizes)
{
    var self = Environment.ProcessPath!;
    var dll = typeof(Size).Assembly.Location;
    var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(self) == "dotnet") psi.ArgumentList.Add(dll);
    psi.ArgumentList.Add("--one");
    psi.ArgumentList.Add(size.ToString());
    using var child = Process.Start(psi)!;
    var line = child.StandardOutput.ReadToEnd().Trim();
    child.WaitForExit();
    Console.WriteLine(line);
}
return 0;

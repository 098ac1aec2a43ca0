using Yusuan.Core.Input;
using Yusuan.Core.Model;
using Yusuan.Core.Tables;

namespace Yusuan.Checks.Tests;

/// <summary>Finds the repository's samples from wherever the test runner starts.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Yusuan.sln"))) return dir.FullName;
        throw new InvalidOperationException("Yusuan.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    public static Budget Budget(string sample) => BudgetReader.Read(Sample(sample));

    public static IReadOnlyList<Table> Tables(string sample) => TableSetBuilder.Build(Budget(sample));
}

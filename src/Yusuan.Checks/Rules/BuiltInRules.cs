namespace Yusuan.Checks.Rules;

/// <summary>The rules Yusuan ships, in the order they run and are listed.</summary>
internal static class BuiltInRules
{
    public static IReadOnlyList<IBudgetRule> Budget() => [];

    public static IReadOnlyList<ITableRule> Tables() => [];
}

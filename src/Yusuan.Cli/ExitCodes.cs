namespace Yusuan.Cli;

/// <summary>What the process tells a script: 0 done, 1 the budget has errors, 2 the input could not be used.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int BudgetErrors = 1;
    public const int UnusableInput = 2;
}

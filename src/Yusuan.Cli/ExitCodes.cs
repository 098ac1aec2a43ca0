namespace Yusuan.Cli;

/// <summary>
/// What the process tells a script: 0 done, 1 the budget has errors, 2 the input could not be used, 3 Yusuan itself
/// failed (a bug: the message asks for a report).
/// </summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int BudgetErrors = 1;
    public const int UnusableInput = 2;
    public const int InternalError = 3;
}

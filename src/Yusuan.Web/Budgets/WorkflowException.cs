namespace Yusuan.Web.Budgets;

/// <summary>A step the budget's stage or findings do not allow now; the message says why, in the user's words.</summary>
public sealed class WorkflowException(string message) : Exception(message);

/// <summary>A save that met a newer version: both sides are returned so the person can decide.</summary>
public sealed class ConcurrencyConflictException(string message, int currentVersion, string currentContent) : Exception(message)
{
    public int CurrentVersion { get; } = currentVersion;
    public string CurrentContent { get; } = currentContent;
}

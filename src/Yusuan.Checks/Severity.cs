namespace Yusuan.Checks;

/// <summary>How much a finding matters. A budget with any <see cref="Error"/> is not ready to submit or publish.</summary>
public enum Severity
{
    /// <summary>提示: worth knowing, nothing to fix (e.g. a rounding note).</summary>
    Info,
    /// <summary>警告: probably wrong, or allowed but explained (e.g. a 尾数差 of one printed unit).</summary>
    Warning,
    /// <summary>错误: a relation that must hold does not.</summary>
    Error,
}

public static class Severities
{
    public static string Chinese(this Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>Reads a severity from settings: error/warning/info or 错误/警告/提示; "off"/关闭 gives null.</summary>
    public static bool TryParse(string text, out Severity? severity)
    {
        severity = null;
        switch (text.Trim().ToLowerInvariant())
        {
            case "error" or "错误" or "stop": severity = Severity.Error; return true;
            case "warning" or "warn" or "警告": severity = Severity.Warning; return true;
            case "info" or "提示": severity = Severity.Info; return true;
            case "off" or "ignore" or "关闭" or "忽略": return true;
            default: return false;
        }
    }
}

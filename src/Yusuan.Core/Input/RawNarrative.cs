using Yusuan.Core.Model;

namespace Yusuan.Core.Input;

/// <summary>The <c>narrative</c> object as read: texts by name, uses per 项 and per project, counts (see docs/input-format.md).</summary>
public sealed record RawNarrative(SourceLocation Location)
{
    public Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Uses { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Projects { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Goals { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Glossary { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, RawAmount> Counts { get; } = new(StringComparer.Ordinal);
}

using Yusuan.Core.Model;

namespace Yusuan.Core.Input;

/// <summary>A located complaint about input: where, what is wrong, what is allowed.</summary>
public sealed record InputError(SourceLocation Location, string Problem, string? Allowed = null)
{
    public override string ToString() =>
        Allowed is null ? $"{Location}：{Problem}" : $"{Location}：{Problem}（{Allowed}）";
}

/// <summary>Input that cannot be used as a budget; carries every error found, not just the first.</summary>
public sealed class BudgetInputException(IReadOnlyList<InputError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
{
    public IReadOnlyList<InputError> Errors { get; } = errors;

    /// <summary>True when the file itself could not be read (not xlsx/JSON, broken), as opposed to bad values.</summary>
    public bool Unreadable { get; init; }
}

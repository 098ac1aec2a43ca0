namespace Yusuan.Core.Model;

/// <summary>Where a piece of input came from, so that every error can say file › sheet › row › field.</summary>
public sealed record SourceLocation(string File, string? Sheet = null, int? Row = null, string? Field = null)
{
    public SourceLocation WithField(string field) => this with { Field = field };

    public override string ToString()
    {
        var parts = new List<string> { File };
        if (Sheet is not null) parts.Add(Sheet);
        if (Row is not null) parts.Add($"第 {Row} 行");
        if (Field is not null) parts.Add(Field);
        return string.Join(" › ", parts);
    }
}

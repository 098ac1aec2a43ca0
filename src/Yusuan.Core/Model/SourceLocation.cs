namespace Yusuan.Core.Model;

/// <summary>Where a piece of input came from, so that every error can say file › sheet › row › field.</summary>
public sealed record SourceLocation(string File, string? Sheet = null, int? Row = null, string? Field = null)
{
    /// <summary>
    /// How the input names the fields of this record, by the JSON name the checks use (functional → 功能分类科目编码
    /// in the xlsx template), so a clerk reads the column header they typed into. Not part of equality.
    /// </summary>
    public IReadOnlyDictionary<string, string>? FieldLabels { get; init; }

    public SourceLocation WithField(string field) =>
        this with { Field = FieldLabels is not null && FieldLabels.TryGetValue(field, out var label) ? label : field };

    public bool Equals(SourceLocation? other) =>
        other is not null && File == other.File && Sheet == other.Sheet && Row == other.Row && Field == other.Field;

    public override int GetHashCode() => HashCode.Combine(File, Sheet, Row, Field);

    public override string ToString()
    {
        var parts = new List<string> { File };
        if (Sheet is not null) parts.Add(Sheet);
        if (Row is not null) parts.Add($"第 {Row} 行");
        if (Field is not null) parts.Add(Field);
        return string.Join(" › ", parts);
    }
}

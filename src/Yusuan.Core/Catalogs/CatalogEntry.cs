namespace Yusuan.Core.Catalogs;

/// <summary>One code with the name it has from <see cref="From"/> to <see cref="To"/> (inclusive; null = still valid).</summary>
public sealed record CatalogEntry(string Code, string Name, int From, int? To, string? Description = null, string? Region = null)
{
    public bool ValidIn(int year) => From <= year && (To is null || year <= To);
}

using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Core.Documents;

/// <summary>
/// Last year's figures (<c>previousYear</c>) taken from last year's budget instead of typed again. A profile's document
/// pairs each <c>previous</c> figure with this year's figure it is compared with (<c>change: X, from: XPrevious</c>);
/// that figure, computed on last year's budget with this year's profile, is last year's value.
/// </summary>
public static class PreviousYearFigures
{
    /// <summary>Last year's value (元, exact) of every <c>previousYear</c> key the profile's document compares, that last year's budget gives.</summary>
    public static IReadOnlyDictionary<string, decimal> From(Model.Budget lastYear, Profile profile, Catalogs.CatalogSet lastYearCatalogs)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (profile.Document is not { } doc) return result;
        var derived = new DerivedBudget(lastYear, lastYearCatalogs, profile);
        var tables = profile.Tables.ToDictionary(t => t.Id, t => TableSetBuilder.Build(derived, t), StringComparer.Ordinal);
        var figures = new ProseFigures(derived, doc, tables);
        var department = new Scope(null, null, null);
        foreach (var (name, definition) in doc.Figures)
        {
            if (definition.Previous is not { } key || result.ContainsKey(key)) continue;
            var partner = doc.Figures.FirstOrDefault(f => f.Value.From == name && f.Value.Change is not null).Value?.Change;
            if (partner is null) continue;
            try
            {
                var figure = figures.FigureOf(partner, department);
                if (!figure.Missing && figure.Exact is { } exact) result[key] = exact;
            }
            catch (InvalidDataException) { }
        }
        return result;
    }
}

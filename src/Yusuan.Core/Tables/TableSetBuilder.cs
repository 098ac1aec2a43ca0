using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;

namespace Yusuan.Core.Tables;

/// <summary>Derives every table of a profile from a budget: the one code path from lines to printed figures.</summary>
public static class TableSetBuilder
{
    public static IReadOnlyList<Table> Build(Budget budget, Profile? profile = null, CatalogSet? catalogs = null)
    {
        profile ??= ProfileLoader.Load(budget.ProfileId);
        catalogs ??= CatalogLoader.Load(budget.Year);
        var derived = new DerivedBudget(budget, catalogs, profile);
        return profile.Tables.Select(t => Build(derived, t)).ToList();
    }

    public static Table Build(DerivedBudget derived, TableDefinition definition)
    {
        var presentation = derived.Profile.Presentation;
        presentation.Validate();
        var subject = Subject(derived, definition.SubjectLabel ?? derived.Profile.SubjectLabel);
        var table = definition.Layout switch
        {
            "balance" => new BalanceTableBuilder(derived, definition).Build(subject),
            "hierarchy" => new HierarchyTableBuilder(derived, definition).Build(subject),
            _ => throw new InvalidDataException($"表 {definition.Id} 的版式“{definition.Layout}”无法识别（可用：hierarchy、balance）"),
        };
        // Figures adjusted so that parts add up say so under the table (docs/rounding.md); cell rounding adds nothing.
        if (presentation.AddsUp && !table.IsEmpty && !string.IsNullOrWhiteSpace(presentation.RoundingNote))
            table = table with { Note = string.IsNullOrWhiteSpace(table.Note) ? presentation.RoundingNote : table.Note + "\n" + presentation.RoundingNote };
        return table;
    }

    private static string Subject(DerivedBudget d, string label)
    {
        var budget = d.Budget;
        var unitName = budget.Units.Count == 1 ? budget.Units[0].Name : budget.Department.Name;
        return label
            .Replace("{department}", budget.Units.Count == 1 ? unitName : budget.Department.Name)
            .Replace("{unit}", unitName);
    }
}

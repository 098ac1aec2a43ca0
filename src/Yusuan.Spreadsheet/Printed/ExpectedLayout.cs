using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Spreadsheet.Printed;

/// <summary>
/// What a table of a profile looks like when printed: its header (paths, kinds and depth, as Yusuan's own build
/// gives them) and what each column holds (a key column's value such as code1 or unitCode, or an amount).
/// </summary>
internal sealed class ExpectedLayout
{
    public required TableDefinition Definition { get; init; }
    public required IReadOnlyList<string> Paths { get; init; }
    public required IReadOnlyList<ColumnKind> Kinds { get; init; }
    /// <summary>Per column: a key column's <see cref="KeyColumn.Value"/>, or leftItem / leftAmount / rightItem / amount.</summary>
    public required IReadOnlyList<string> Roles { get; init; }
    public required int Depth { get; init; }
    public required IReadOnlyList<HeaderCell> Header { get; init; }

    public bool IsBalance => Definition.Layout == "balance";

    public string DisplayName => string.IsNullOrWhiteSpace(Definition.Number) ? Definition.Title : $"{Definition.Number} {Definition.Title}";

    /// <summary>Header paths compared the way the reader compares words (whitespace, brackets, quotes ignored).</summary>
    public IReadOnlyList<string> Keys => _keys ??= Paths.Select(PathKey).ToList();
    private IReadOnlyList<string>? _keys;

    public static string PathKey(string path) => string.Join("/", path.Split('/').Select(TextKey.Of));

    /// <summary>Columns some documents print besides the profile's (<see cref="TableDefinition.ExtraColumns"/>): read as amounts.</summary>
    public IReadOnlyList<string> Extras => Definition.ExtraColumns;

    /// <summary>A printed header path in the profile's words: each part that is a header alias is replaced by the profile's word.</summary>
    public string Canonical(string path)
    {
        if (Definition.HeaderAliases.Count == 0) return path;
        _aliases ??= Definition.HeaderAliases.ToDictionary(a => TextKey.Of(a.Key), a => a.Value, StringComparer.Ordinal);
        return string.Join("/", path.Split('/').Select(p => _aliases.TryGetValue(TextKey.Of(p), out var word) ? word : p));
    }
    private Dictionary<string, string>? _aliases;

    /// <summary>The layouts of every table of a profile, from a build of an empty budget: the same header code path as real tables.</summary>
    public static IReadOnlyDictionary<string, ExpectedLayout> For(Profile profile, Core.Catalogs.CatalogSet catalogs)
    {
        var empty = new Core.Model.Budget
        {
            Year = catalogs.Year,
            ProfileId = profile.Id,
            Department = new Core.Model.Department("", ""),
            Units = [],
        };
        var tables = TableSetBuilder.Build(empty, profile, catalogs);
        var layouts = new Dictionary<string, ExpectedLayout>(StringComparer.Ordinal);
        for (var i = 0; i < profile.Tables.Count && i < tables.Count; i++)
        {
            var def = profile.Tables[i];
            var table = tables[i];
            var columns = table.Columns;
            var roles = new List<string>(columns.Count);
            if (def.Layout == "balance")
            {
                for (var c = 0; c < columns.Count; c++)
                    roles.Add(c switch { 0 => "leftItem", 1 => "leftAmount", 2 => "rightItem", _ => "amount" });
            }
            else
            {
                for (var c = 0; c < columns.Count; c++)
                    roles.Add(c < def.Keys.Count ? def.Keys[c].Value : "amount");
            }
            layouts[def.Id] = new ExpectedLayout
            {
                Definition = def,
                Paths = table.ColumnPaths,
                Kinds = columns.Select(c => c.Kind).ToList(),
                Roles = roles,
                Depth = table.HeaderDepth,
                Header = table.Header,
            };
        }
        return layouts;
    }
}

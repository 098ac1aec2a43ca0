using Yusuan.Core.Profiles;

namespace Yusuan.Core.Tables;

internal static class HeaderBuilder
{
    public static List<HeaderCell> Build(IReadOnlyList<KeyColumn> keys, IReadOnlyList<ColumnDefinition> columns)
    {
        var header = new List<HeaderCell>();
        for (var i = 0; i < keys.Count;)
        {
            var group = keys[i].Group;
            if (group is null)
            {
                header.Add(KeyCell(keys[i]));
                i++;
                continue;
            }
            var children = new List<HeaderCell>();
            while (i < keys.Count && keys[i].Group == group) children.Add(KeyCell(keys[i++]));
            header.Add(new HeaderCell(group, ColumnKind.Text, children));
        }
        header.AddRange(columns.Select(Measure));
        return header;
    }

    private static HeaderCell KeyCell(KeyColumn k) => HeaderCell.Leaf(k.Header, k.Value switch
    {
        "quantity" => ColumnKind.Number,
        "unitPrice" => ColumnKind.Amount,
        _ => ColumnKind.Text,
    }, k.Width);

    private static HeaderCell Measure(ColumnDefinition c) =>
        c.Children.Count == 0
            ? HeaderCell.Leaf(c.Header, ColumnKind.Amount, c.Width)
            : new HeaderCell(c.Header, ColumnKind.Amount, c.Children.Select(Measure).ToList(), c.Width);

    public static IEnumerable<ColumnDefinition> Leaves(IEnumerable<ColumnDefinition> columns) =>
        columns.SelectMany(c => c.Children.Count == 0 ? [c] : Leaves(c.Children));
}

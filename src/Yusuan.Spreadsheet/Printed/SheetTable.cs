using Yusuan.Checks;
using Yusuan.Core.Tables;

namespace Yusuan.Spreadsheet.Printed;

/// <summary>One data row as read: every column's printed text, and the figures of amount and number columns.</summary>
internal sealed record DataRow(int SheetRow, string?[] Texts, decimal?[] Values, string Label);

/// <summary>
/// A recognised sheet after its header was checked and its rows read, before the rows are classified (合计, unit,
/// 类/款/项): its columns (the profile's when the header matches, else the sheet's own) and data rows.
/// </summary>
internal sealed class SheetTable
{
    public required SheetGrid Grid { get; init; }
    public required TopLines Top { get; init; }
    public required ExpectedLayout Layout { get; init; }
    public required IReadOnlyList<string> Paths { get; init; }
    public required IReadOnlyList<ColumnKind> Kinds { get; init; }
    public required IReadOnlyList<string?> Roles { get; init; }
    public required IReadOnlyList<DataRow> Rows { get; init; }
    public required int Decimals { get; init; }

    /// <summary>The trimmed text of the first column with this role, or null when blank or absent.</summary>
    public string? Text(DataRow row, string role)
    {
        for (var c = 0; c < Roles.Count; c++)
            if (Roles[c] == role && !string.IsNullOrWhiteSpace(row.Texts[c])) return row.Texts[c]!.Trim();
        return null;
    }

    public int Column(string role)
    {
        for (var c = 0; c < Roles.Count; c++)
            if (Roles[c] == role) return c;
        return -1;
    }

    public bool HasRole(string role) => Column(role) >= 0;

    public string? PathOf(int column) => column >= 0 && column < Paths.Count ? Paths[column] : null;

    /// <summary>Reads a recognised sheet: checks the header against the profile's, then reads every data row.</summary>
    public static SheetTable Read(SheetGrid grid, TopLines top, ExpectedLayout layout, int profileDecimals, List<Finding> problems)
    {
        var header = Header.Match(grid, top, layout, problems);
        if (header.Missing.Count > 0) problems.Add(Header.MissingColumns(grid, top, layout, header.Missing));
        return Read(grid, top, layout, header, profileDecimals, problems);
    }

    /// <summary>Reads the rows of a sheet whose header was matched already.</summary>
    public static SheetTable Read(SheetGrid grid, TopLines top, ExpectedLayout layout, Header header, int profileDecimals, List<Finding> problems)
    {
        var rows = new List<DataRow>();
        var n = header.Paths.Count;
        var gridRows = grid.Rows;
        var firstData = header.FirstDataIndex;
        var firstDataRow = firstData < gridRows.Count ? gridRows[firstData].Number : int.MaxValue;

        // Notes (注：…, 本表无数据) are not data; a note may be merged across the table's width.
        var def = layout.Definition;
        var notes = new HashSet<int>();
        for (var i = firstData; i < gridRows.Count; i++)
            if (IsNote(gridRows[i], def)) notes.Add(gridRows[i].Number);

        var cells = new Dictionary<int, GridCell[]>();
        for (var i = firstData; i < gridRows.Count; i++) cells[gridRows[i].Number] = (GridCell[])gridRows[i].Cells.Clone();
        foreach (var area in grid.Merges.Where(m => m.LastRow >= firstDataRow).OrderBy(m => m.FirstRow).ThenBy(m => m.FirstColumn))
        {
            if (area.FirstRow == area.LastRow && notes.Contains(area.FirstRow)) continue;
            var row = Math.Max(area.FirstRow, firstDataRow);
            problems.Add(PrintedWorkbookReader.Problem(grid, row, header.FieldOf(area.FirstColumn),
                $"数据区有合并单元格 {area}：数据行的每个单元格应单独填写，不应合并（合并后只有左上角的单元格有内容）",
                hint: "取消合并，把编码、名称填到每一行"));
            // Read a merged code or name as if it were written on each row it covers; figures are not repeated.
            if (!cells.TryGetValue(area.FirstRow, out var source)) continue;
            for (var r = area.FirstRow + 1; r <= area.LastRow; r++)
            {
                if (!cells.TryGetValue(r, out var target)) continue;
                for (var c = area.FirstColumn; c <= area.LastColumn && c < target.Length && c < source.Length; c++)
                    if (c < header.Kinds.Count && header.Kinds[c] == ColumnKind.Text && target[c].IsBlank) target[c] = source[c];
            }
        }

        var decimals = new List<int>();
        var outside = new Dictionary<int, (int Row, string Text, string Label, int Count)>();
        for (var i = firstData; i < gridRows.Count; i++)
        {
            var number = gridRows[i].Number;
            if (notes.Contains(number)) continue;
            var row = cells[number];
            if (row.All(c => c.IsBlank)) continue;
            var texts = new string?[n];
            var values = new decimal?[n];
            for (var c = 0; c < n; c++)
            {
                var cell = c < row.Length ? row[c] : default;
                var kind = header.Kinds[c];
                if (kind == ColumnKind.Text)
                {
                    texts[c] = cell.IsNumber ? GridCell.Invariant(cell.Number!.Value) : cell.Text;
                    continue;
                }
                texts[c] = cell.Shown;
                if (cell.Number is { } stored)
                {
                    values[c] = cell.Decimals is { } d ? Math.Round(stored, d, MidpointRounding.AwayFromZero) : stored;
                    // A number in the General format shows as many decimals as it happens to have (60 for 60.00):
                    // that says nothing about the table's printed decimals, which then come from the profile.
                    if (kind == ColumnKind.Amount && cell.Decimals is { } shown) decimals.Add(shown);
                }
                else if (TextKey.TryFigure(cell.Text, out var figure, out var wrong))
                {
                    values[c] = figure;
                    if (figure is not null && kind == ColumnKind.Amount) decimals.Add(TextKey.DecimalsOf(cell.Text!));
                }
                else
                {
                    // What is wrong when it looks like a number gone wrong (12,3; 1e5; beyond 10^15); else that it is none.
                    var why = wrong is { } w && !w.Problem.EndsWith("不是数字", StringComparison.Ordinal) ? w.Problem + "。" : $"“{cell.Text!.Trim()}”不是数字：";
                    problems.Add(PrintedWorkbookReader.Problem(grid, number, header.FieldOf(c),
                        $"{why}{(kind == ColumnKind.Amount ? "金额" : "数量")}栏应为数字，如 1,072.86、1072.86 或 0，空白表示无数",
                        LabelOf(row, header.Kinds, n)));
                }
            }
            for (var c = n; c < row.Length; c++)
            {
                // What shows beyond the header (a zero its format hides does not show).
                if (row[c].Shown.Length == 0) continue;
                outside[c] = outside.TryGetValue(c, out var o) ? o with { Count = o.Count + 1 } : (number, row[c].Shown, LabelOf(row, header.Kinds, n), 1);
            }
            rows.Add(new DataRow(number, texts, values, LabelOf(texts, header.Kinds)));
        }

        foreach (var (c, o) in outside.OrderBy(x => x.Key))
        {
            var letter = TableLayout.ColumnLetters(c);
            problems.Add(PrintedWorkbookReader.Problem(grid, o.Row, $"{letter} 列",
                $"表头以外的 {letter} 列有内容“{o.Text}”{(o.Count > 1 ? $"（自此行起共 {o.Count} 行）" : "")}：表头只有 {n} 列，这一列没有读取",
                o.Label, hint: "删除多余的列，或补上这一列的表头"));
        }

        return new SheetTable
        {
            Grid = grid,
            Top = top,
            Layout = layout,
            Paths = header.Paths,
            Kinds = header.Kinds,
            Roles = header.Roles,
            Rows = rows,
            Decimals = decimals.Count > 0 ? decimals.Max() : profileDecimals,
            Matched = header,
        };
    }

    /// <summary>The header matched for this sheet (columns identified, columns of the profile it does not print).</summary>
    public Header? Matched { get; init; }

    /// <summary>
    /// One table printed in parts (广元 附表 5: the current-year columns on one page, the 上年结转安排 columns on another,
    /// each with the key columns): the parts' columns side by side, in the order they are met, and each row of a later
    /// part joined to the first part's row with the same key cells (code, unit, name; the n-th such row to the n-th). A
    /// row of a later part that no earlier part prints is added when it has figures. The rows keep the first part's
    /// sheet rows, so a finding in a later part's column is placed at the first part's row.
    /// </summary>
    public static SheetTable Merge(IReadOnlyList<SheetTable> parts)
    {
        var first = parts[0];
        var paths = first.Paths.ToList();
        var kinds = first.Kinds.ToList();
        var roles = first.Roles.ToList();
        var rows = first.Rows.Select(r => (Row: r, Texts: r.Texts.ToList(), Values: r.Values.ToList())).ToList();
        var keyRoles = roles.Where((r, c) => kinds[c] == ColumnKind.Text && r is not null).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var part in parts.Skip(1))
        {
            var known = paths.Select(ExpectedLayout.PathKey).ToHashSet(StringComparer.Ordinal);
            var added = Enumerable.Range(0, part.Paths.Count)
                .Where(c => !Header.IsKey(part.Roles[c]) && !known.Contains(ExpectedLayout.PathKey(part.Paths[c]))).ToList();
            var at = paths.Count;
            foreach (var c in added)
            {
                paths.Add(part.Paths[c]);
                kinds.Add(part.Kinds[c]);
                roles.Add(part.Roles[c]);
            }
            foreach (var r in rows)
                foreach (var _ in added) { r.Texts.Add(null); r.Values.Add(null); }

            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < rows.Count; i++)
            {
                var key = KeyOf(first, rows[i].Row, keyRoles);
                var n = seen[key] = seen.GetValueOrDefault(key) + 1;
                index[$"{key}#{n}"] = i;
            }
            var seenInPart = new Dictionary<string, int>(StringComparer.Ordinal);
            var last = -1;
            foreach (var prow in part.Rows)
            {
                var key = KeyOf(part, prow, keyRoles);
                var n = seenInPart[key] = seenInPart.GetValueOrDefault(key) + 1;
                if (index.TryGetValue($"{key}#{n}", out var i)) last = i;
                else
                {
                    if (added.All(c => prow.Values[c] is null)) continue;
                    // A row only a later part prints: its key cells by role, placed after the last joined row.
                    var texts = new List<string?>(new string?[paths.Count]);
                    var values = new List<decimal?>(new decimal?[paths.Count]);
                    for (var c = 0; c < at; c++)
                        if (kinds[c] == ColumnKind.Text && roles[c] is { } role) texts[c] = part.Text(prow, role);
                    var label = string.Join(" ", Enumerable.Range(0, at)
                        .Where(c => kinds[c] == ColumnKind.Text && !string.IsNullOrWhiteSpace(texts[c])).Select(c => texts[c]!.Trim()));
                    last = last < 0 ? rows.Count : last + 1;
                    rows.Insert(last, (new DataRow(prow.SheetRow, [], [], label), texts, values));
                    i = last;
                }
                for (var k = 0; k < added.Count; k++)
                {
                    rows[i].Texts[at + k] = prow.Texts[added[k]];
                    rows[i].Values[at + k] = prow.Values[added[k]];
                }
            }
        }
        return new SheetTable
        {
            Grid = first.Grid,
            Top = first.Top,
            Layout = first.Layout,
            Paths = paths,
            Kinds = kinds,
            Roles = roles,
            Rows = rows.Select(r => new DataRow(r.Row.SheetRow, r.Texts.ToArray(), r.Values.ToArray(), r.Row.Label)).ToList(),
            Decimals = parts.Max(p => p.Decimals),
            Matched = first.Matched,
        };
    }

    private static string KeyOf(SheetTable t, DataRow row, IReadOnlyList<string?> roles) =>
        string.Join("|", roles.Select(r => TextKey.Of(r is null ? null : t.Text(row, r))));

    /// <summary>The row's label as <c>PrintedTables.From</c> builds it: its text columns, trimmed, joined by one space.</summary>
    private static string LabelOf(IReadOnlyList<string?> texts, IReadOnlyList<ColumnKind> kinds) =>
        string.Join(" ", Enumerable.Range(0, Math.Min(texts.Count, kinds.Count))
            .Where(c => kinds[c] == ColumnKind.Text && !string.IsNullOrWhiteSpace(texts[c]))
            .Select(c => texts[c]!.Trim()));

    private static string LabelOf(GridCell[] row, IReadOnlyList<ColumnKind> kinds, int n) =>
        LabelOf(Enumerable.Range(0, n).Select(c => c < row.Length ? (row[c].IsNumber ? GridCell.Invariant(row[c].Number!.Value) : row[c].Text) : null).ToList(), kinds);

    private static bool IsNote(GridRow row, Core.Profiles.TableDefinition def)
    {
        var filled = row.Filled().ToList();
        if (filled.Count != 1 || filled[0].Cell.IsNumber) return false;
        var text = filled[0].Cell.Text!;
        var key = TextKey.Of(text);
        return TextKey.Note().IsMatch(text) || key == TextKey.Of(def.EmptyNote) || (def.Note is not null && key == TextKey.Of(def.Note));
    }
}

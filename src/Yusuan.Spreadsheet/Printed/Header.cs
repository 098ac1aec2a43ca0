using Yusuan.Checks;
using Yusuan.Core.Tables;

namespace Yusuan.Spreadsheet.Printed;

/// <summary>
/// A sheet's header as read and matched against the profile's. Each column's header path is read from the header
/// rows top down: a cell's text starts a part; a blank cell with text below it belongs to the nearest text on its
/// left in the same row (a parent spanning several columns, written once in its first column or merged); a blank
/// cell with nothing below continues the text above it (a leaf spanning several rows). Repeated texts (a merged or
/// copied cell) count once. This reads Yusuan's workbook (merged cells), its CSV (text in the first column a header
/// spans) and a header whose spans were filled in every cell.
/// </summary>
internal sealed class Header
{
    public required IReadOnlyList<string> Paths { get; init; }
    public required IReadOnlyList<ColumnKind> Kinds { get; init; }
    public required IReadOnlyList<string?> Roles { get; init; }
    /// <summary>Index in <see cref="SheetGrid.Rows"/> of the first row after the header.</summary>
    public required int FirstDataIndex { get; init; }
    /// <summary>
    /// Every printed column is a column of the profile's table (in its words or an alias) or one of its extra columns,
    /// and every key column is printed: the sheet is the table, or a part of it when <see cref="Missing"/> is not empty.
    /// </summary>
    public bool Identified { get; init; }
    /// <summary>The profile's columns (indexes in the layout) the sheet does not print, when <see cref="Identified"/>.</summary>
    public IReadOnlyList<int> Missing { get; init; } = [];

    public string FieldOf(int column) =>
        column >= 0 && column < Paths.Count && Paths[column].Length > 0 ? Paths[column] : $"{TableLayout.ColumnLetters(column)} 列";

    private const int MaxDepth = 6;

    /// <summary>
    /// How well a sheet's header fits the profile's header of the table, to choose among sheets with the same title:
    /// the profile's header, else as many columns, else the most columns with the profile's header text.
    /// </summary>
    public static (bool Fits, bool SameCount, int Columns) Fit(SheetGrid grid, TopLines top, ExpectedLayout layout)
    {
        var problems = new List<Finding>();
        var header = Match(grid, top, layout, problems);
        var same = 0;
        for (var i = 0; i < header.Paths.Count && i < layout.Keys.Count; i++)
            if (ExpectedLayout.PathKey(header.Paths[i]) == layout.Keys[i]) same++;
        return (problems.Count == 0, header.Paths.Count == layout.Paths.Count, same);
    }

    public static Header Match(SheetGrid grid, TopLines top, ExpectedLayout layout, List<Finding> problems)
    {
        var rows = grid.Rows;
        var start = top.HeaderIndex;
        var expectedDepth = Math.Max(1, layout.Depth);
        List<string>? bestPaths = null;
        var bestDepth = expectedDepth;
        (bool, int, bool) bestRank = default;
        foreach (var depth in new[] { expectedDepth }.Concat(Enumerable.Range(1, MaxDepth).Where(d => d != expectedDepth)))
        {
            if (start + depth > rows.Count) continue;
            var headerRows = rows.Skip(start).Take(depth).ToList();
            var paths = Derive(headerRows, grid.Merges);
            var score = 0;
            for (var i = 0; i < paths.Count && i < layout.Keys.Count; i++)
                if (ExpectedLayout.PathKey(paths[i]) == layout.Keys[i]) score++;
            if (score == layout.Keys.Count && paths.Count == layout.Keys.Count)
                return new Header { Paths = layout.Paths, Kinds = layout.Kinds, Roles = layout.Roles, FirstDataIndex = start + depth, Identified = true };
            if (Identify(paths, layout, start + depth) is { } identified) return identified;
            // Not the profile's header: take the depth whose merged cells end with it, that matches most columns,
            // and after which the rows look like data (the expected depth first among equals).
            var lastRow = headerRows[^1].Number;
            var mergesEnd = !grid.Merges.Any(m => m.FirstRow >= headerRows[0].Number && m.FirstRow <= lastRow && m.LastRow > lastRow);
            var dataNext = start + depth < rows.Count && LooksLikeData(rows[start + depth]);
            var rank = (mergesEnd, score, dataNext);
            if (bestPaths is null || Better(rank, bestRank)) { bestRank = rank; bestPaths = paths; bestDepth = depth; }
        }

        var firstHeaderRow = start < rows.Count ? rows[start].Number : (rows.Count > 0 ? rows[^1].Number + 1 : 1);
        var expectedList = string.Join("、", layout.Paths.Select(p => $"“{p}”"));
        if (bestPaths is null || bestPaths.Count == 0)
        {
            problems.Add(PrintedWorkbookReader.Problem(grid, firstHeaderRow, null,
                $"找不到“{layout.DisplayName}”的表头：标题下应有表头 {expectedList}", hint: "表头应紧接在标题、部门和金额单位行之下"));
            return new Header { Paths = layout.Paths, Kinds = layout.Kinds, Roles = layout.Roles, FirstDataIndex = rows.Count };
        }

        var (column, detail) = FirstDifference(bestPaths, layout);
        problems.Add(PrintedWorkbookReader.Problem(grid, firstHeaderRow, $"{TableLayout.ColumnLetters(column)} 列",
            $"表头与“{layout.DisplayName}”的格式不符：{detail}",
            hint: $"“{layout.DisplayName}”的表头各列依次为 {expectedList}"));

        var firstData = start + bestDepth;
        var kinds = new List<ColumnKind>(bestPaths.Count);
        var roles = new List<string?>(bestPaths.Count);
        if (bestPaths.Count == layout.Paths.Count)
        {
            // Same columns, some header words changed: read each column as the profile's column in its place.
            kinds.AddRange(layout.Kinds);
            roles.AddRange(layout.Roles);
        }
        else
        {
            var used = new HashSet<int>();
            for (var c = 0; c < bestPaths.Count; c++)
            {
                var key = ExpectedLayout.PathKey(bestPaths[c]);
                var leaf = TextKey.Of(bestPaths[c].Split('/')[^1]);
                var j = Enumerable.Range(0, layout.Keys.Count).FirstOrDefault(i => !used.Contains(i) && layout.Keys[i] == key, -1);
                if (j < 0) j = Enumerable.Range(0, layout.Keys.Count).FirstOrDefault(i => !used.Contains(i) && layout.Keys[i].Split('/')[^1] == leaf, -1);
                if (j >= 0)
                {
                    used.Add(j);
                    kinds.Add(layout.Kinds[j]);
                    roles.Add(layout.Roles[j]);
                }
                else
                {
                    var amount = LooksNumeric(rows, firstData, c);
                    kinds.Add(amount ? ColumnKind.Amount : ColumnKind.Text);
                    roles.Add(amount ? "amount" : null);
                }
            }
        }
        return new Header { Paths = bestPaths, Kinds = kinds, Roles = roles, FirstDataIndex = firstData };
    }

    /// <summary>
    /// The header read column by column rather than place by place: each printed path, in the profile's words (header
    /// aliases replaced), is one of the profile's columns or one of its extra columns, each at most once, and every key
    /// column is printed. This reads a header with columns the region adds (广元 附表 5's 中央提前通知专项转移支付等) and
    /// one part of a table printed in parts (its 上年结转安排 columns on a sheet of their own). Null when it is not so.
    /// </summary>
    private static Header? Identify(List<string> printed, ExpectedLayout layout, int firstData)
    {
        if (printed.Count == 0 || printed.Any(p => p.Length == 0)) return null;
        var extras = layout.Extras.Select(ExpectedLayout.PathKey).ToList();
        var used = new HashSet<int>();
        var paths = new List<string>(printed.Count);
        var kinds = new List<ColumnKind>(printed.Count);
        var roles = new List<string?>(printed.Count);
        var extraUsed = new HashSet<int>();
        foreach (var path in printed)
        {
            var key = ExpectedLayout.PathKey(layout.Canonical(path));
            var j = Enumerable.Range(0, layout.Keys.Count).FirstOrDefault(i => !used.Contains(i) && layout.Keys[i] == key, -1);
            if (j >= 0)
            {
                used.Add(j);
                paths.Add(layout.Paths[j]);
                kinds.Add(layout.Kinds[j]);
                roles.Add(layout.Roles[j]);
                continue;
            }
            var x = Enumerable.Range(0, extras.Count).FirstOrDefault(i => !extraUsed.Contains(i) && extras[i] == key, -1);
            if (x < 0) return null;
            extraUsed.Add(x);
            paths.Add(layout.Extras[x]);
            kinds.Add(ColumnKind.Amount);
            roles.Add("amount");
        }
        var missing = Enumerable.Range(0, layout.Paths.Count).Where(i => !used.Contains(i)).ToList();
        // A part prints the key columns and some of the figures; a sheet without the keys is not this table.
        if (missing.Any(i => IsKey(layout.Roles[i])) || (used.All(i => IsKey(layout.Roles[i])) && extraUsed.Count == 0)) return null;
        return new Header { Paths = paths, Kinds = kinds, Roles = roles, FirstDataIndex = firstData, Identified = true, Missing = missing };
    }

    /// <summary>A column that names a row (code, unit, name, item, quantity, price) rather than a figure that adds up.</summary>
    public static bool IsKey(string? role) => role is not ("amount" or "leftAmount");

    /// <summary>The problem of a sheet that prints only some of the table's columns (and no other part gives the rest).</summary>
    public static Finding MissingColumns(SheetGrid grid, TopLines top, ExpectedLayout layout, IReadOnlyList<int> missing)
    {
        var first = missing[0];
        var row = top.HeaderIndex < grid.Rows.Count ? grid.Rows[top.HeaderIndex].Number : (int?)null;
        var names = string.Join("、", missing.Select(i => $"“{layout.Paths[i]}”"));
        var numbers = string.Join("、", missing.Select(i => i + 1));
        var letters = string.Join("、", missing.Select(TableLayout.ColumnLetters));
        return PrintedWorkbookReader.Problem(grid, row, $"{TableLayout.ColumnLetters(first)} 列",
            $"表头与“{layout.DisplayName}”的格式不符：缺少第 {numbers} 列（{letters} 列）{names}",
            hint: $"“{layout.DisplayName}”的表头各列依次为 {string.Join("、", layout.Paths.Select(p => $"“{p}”"))}");
    }

    private static (int Column, string Detail) FirstDifference(List<string> actual, ExpectedLayout layout)
    {
        for (var i = 0; i < Math.Max(actual.Count, layout.Paths.Count); i++)
        {
            var letter = TableLayout.ColumnLetters(i);
            if (i >= actual.Count)
                return (i, $"缺少第 {i + 1} 列（{letter} 列）“{layout.Paths[i]}”");
            if (i >= layout.Paths.Count)
                return (i, $"多出第 {i + 1} 列（{letter} 列）“{actual[i]}”，本表应只有 {layout.Paths.Count} 列");
            if (ExpectedLayout.PathKey(actual[i]) != layout.Keys[i])
                return (i, actual[i].Length == 0
                    ? $"第 {i + 1} 列（{letter} 列）表头为空，应为“{layout.Paths[i]}”"
                    : $"第 {i + 1} 列（{letter} 列）表头应为“{layout.Paths[i]}”，实为“{actual[i]}”");
        }
        return (0, "表头行数不对");
    }

    private static bool Better((bool MergesEnd, int Score, bool DataNext) a, (bool MergesEnd, int Score, bool DataNext) b) =>
        a.MergesEnd != b.MergesEnd ? a.MergesEnd : a.Score != b.Score ? a.Score > b.Score : a.DataNext && !b.DataNext;

    /// <summary>A row that is not part of a header: it holds a stored number, a figure with decimals or separators, 合计 or a note.</summary>
    private static bool LooksLikeData(GridRow row) => row.Filled().Any(x =>
        x.Cell.IsNumber
        || (TextKey.TryFigure(x.Cell.Text, out var v) && v is not null && (x.Cell.Text!.Contains('.') || x.Cell.Text.Contains(',')))
        || TextKey.IsTotal(x.Cell.Text)
        || TextKey.Note().IsMatch(x.Cell.Text ?? ""));

    /// <summary>Whether most filled cells of a column below the header are figures.</summary>
    private static bool LooksNumeric(IReadOnlyList<GridRow> rows, int from, int column)
    {
        int numbers = 0, texts = 0;
        for (var i = from; i < rows.Count && numbers + texts < 50; i++)
        {
            var cell = rows[i][column];
            if (cell.IsBlank) continue;
            if (cell.IsNumber || TextKey.TryFigure(cell.Text, out _)) numbers++;
            else texts++;
        }
        return numbers > texts;
    }

    /// <summary>Header paths of the columns from the header rows (see the class summary).</summary>
    internal static List<string> Derive(IReadOnlyList<GridRow> headerRows, IReadOnlyList<MergeArea> merges)
    {
        var depth = headerRows.Count;
        var width = headerRows.Count == 0 ? 0 : headerRows.Max(r => r.Width);
        var grid = new string?[depth, width];
        for (var r = 0; r < depth; r++)
            for (var c = 0; c < width; c++)
            {
                var cell = headerRows[r][c];
                grid[r, c] = cell.IsBlank ? null : cell.Shown;
            }
        // A merged header cell reads as its top-left text in every cell it covers.
        foreach (var m in merges)
        {
            for (var r = 0; r < depth; r++)
            {
                var number = headerRows[r].Number;
                if (number < m.FirstRow || number > m.LastRow) continue;
                var topLeft = headerRows.FirstOrDefault(h => h.Number == m.FirstRow)?[m.FirstColumn];
                if (topLeft is not { } t || t.IsBlank) continue;
                for (var c = m.FirstColumn; c <= m.LastColumn && c < width; c++) grid[r, c] ??= t.Shown;
            }
        }

        var paths = new List<string>(width);
        for (var c = 0; c < width; c++)
        {
            var parts = new List<string>();
            for (var r = 0; r < depth; r++)
            {
                var text = grid[r, c];
                if (text is null && Below(grid, r, c, depth))
                {
                    for (var left = c - 1; left >= 0; left--)
                    {
                        if (grid[r, left] is null) continue;
                        text = grid[r, left];
                        break;
                    }
                }
                if (text is null) continue;
                var part = text.Trim();
                if (parts.Count > 0 && TextKey.Of(parts[^1]) == TextKey.Of(part)) continue;
                parts.Add(part);
            }
            paths.Add(string.Join("/", parts));
        }
        return paths;
    }

    private static bool Below(string?[,] grid, int row, int column, int depth)
    {
        for (var r = row + 1; r < depth; r++)
            if (grid[r, column] is not null) return true;
        return false;
    }
}

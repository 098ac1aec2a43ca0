namespace Yusuan.Spreadsheet.Printed;

/// <summary>
/// The lines above a table's header: the number (附表 3), the title, the subject (部门：…) and the unit (金额单位：万元).
/// Found by content, not by fixed row numbers, so a CSV (title on line 1) and a workbook (number on row 1, title on
/// row 2) read alike, and a table made elsewhere may leave the number out or put it before the title in one cell.
/// </summary>
internal sealed class SheetTop
{
    /// <summary>How many filled rows at the top may hold the number and title.</summary>
    private const int TopRows = 6;

    public required SheetGrid Grid { get; init; }
    /// <summary>Texts that may be the title (number prefix removed), top down, with their row's index in <see cref="SheetGrid.Rows"/>.</summary>
    public required IReadOnlyList<(int Index, string? Number, string Text)> Candidates { get; init; }

    public static SheetTop Scan(SheetGrid grid)
    {
        var candidates = new List<(int, string?, string)>();
        for (var i = 0; i < grid.Rows.Count && i < TopRows; i++)
        {
            var filled = grid.Rows[i].Filled().ToList();
            if (filled.Count == 0) continue;
            // A title row holds one text; a header row holds many.
            if (filled.Count > 2) break;
            var text = filled[0].Cell.Shown;
            if (TextKey.UnitLabel().IsMatch(text) || TextKey.SubjectLabel().IsMatch(text)) continue;
            var (number, rest) = TextKey.SplitNumber(text);
            // A number alone (附表 3) is not a title; Lines finds it above the title.
            if (rest.Length > 0) candidates.Add((i, number, rest));
        }
        return new SheetTop { Grid = grid, Candidates = candidates };
    }

    /// <summary>The placement of a recognised title: which row holds it and what surrounds it.</summary>
    public TopLines Lines(int titleIndex, string title, string? numberInTitle)
    {
        var rows = Grid.Rows;
        var number = numberInTitle;
        if (number is null)
        {
            // A number-only row above the title (附表 3 on row 1 of Yusuan's workbook).
            for (var i = titleIndex - 1; i >= 0; i--)
            {
                var filled = rows[i].Filled().ToList();
                if (filled.Count != 1) continue;
                var (n, rest) = TextKey.SplitNumber(filled[0].Cell.Shown);
                if (n is not null && rest.Length == 0) { number = n; break; }
            }
        }
        string? subject = null, unit = null;
        var next = titleIndex + 1;
        // The subject and unit share one row in Yusuan's layout; a table made elsewhere may give them a row each.
        for (var k = 0; k < 2 && next < rows.Count; k++)
        {
            var found = false;
            foreach (var (_, cell) in rows[next].Filled())
            {
                var text = cell.Shown;
                if (TextKey.UnitLabel().IsMatch(text)) { unit ??= text.Trim(); found = true; }
                else if (TextKey.SubjectLabel().IsMatch(text)) { subject ??= text.Trim(); found = true; }
                else
                {
                    // 部门：某局　　金额单位：万元 in one cell (a one-column table).
                    var parts = text.Split(['\u3000', ' '], StringSplitOptions.RemoveEmptyEntries);
                    var u = parts.FirstOrDefault(p => TextKey.UnitLabel().IsMatch(p));
                    if (u is not null && TextKey.SubjectLabel().IsMatch(text))
                    {
                        unit ??= u.Trim();
                        subject ??= text[..text.LastIndexOf(u, StringComparison.Ordinal)].Trim();
                        found = true;
                    }
                }
            }
            if (!found) break;
            next++;
        }
        return new TopLines(number, title, titleIndex, subject, unit, next);
    }
}

/// <summary>Number, title, subject and unit of a sheet, and the index (in <see cref="SheetGrid.Rows"/>) of its first header row.</summary>
internal sealed record TopLines(string? Number, string Title, int TitleIndex, string? Subject, string? UnitLabel, int HeaderIndex);

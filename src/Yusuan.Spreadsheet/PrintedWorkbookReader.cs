using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Yusuan.Checks;
using Yusuan.Checks.Printed;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Input;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Spreadsheet.Printed;

namespace Yusuan.Spreadsheet;

/// <summary>The printed tables read from a workbook (or a folder of CSV files), the profile they follow, and what could not be read.</summary>
public sealed record PrintedWorkbook(IReadOnlyList<PrintedTable> Tables, Profile Profile, IReadOnlyList<Finding> Problems);

/// <summary>
/// Reads printed disclosure tables, as a finance bureau receives them, into the checker's model: an xlsx workbook
/// with one sheet per table, or a folder of CSV files with one table each, in the layout Yusuan writes
/// (docs/import-layout.md). Each sheet's table is recognised by its title; its header is checked against the
/// profile's; each row's figures, code, unit and kind are read. Bad input never stops the reading: every problem is a
/// located <see cref="Finding"/> (rule <see cref="RuleId"/>) and reading goes on with the next cell, row or sheet.
/// Only a file that cannot be opened at all throws (<see cref="BudgetInputException"/> with Unreadable set).
/// </summary>
public static partial class PrintedWorkbookReader
{
    /// <summary>The rule id of reading problems: a sheet, header, row or cell the reader could not use as printed.</summary>
    public const string RuleId = "R-READ";

    private const string FormatHint = "印制表格应为 Excel 2007 及以后的 .xlsx 工作簿（每张表一个工作表），或每张表一个 .csv 文件的文件夹；格式见 docs/import-layout.md";

    /// <summary>
    /// Reads <paramref name="path"/>: an .xlsx workbook, a directory of .csv files (one per table), or one .csv file.
    /// <paramref name="profile"/> null: the profile is detected by matching the sheets' titles against every bundled
    /// profile (<see cref="ProfileLoader.BundledIds"/>).
    /// </summary>
    public static PrintedWorkbook Read(string path, Profile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var grids = Load(path);
        var tops = grids.Select(SheetTop.Scan).ToList();
        profile ??= Detect(tops, path);
        var catalogs = CatalogLoader.Load(YearOf(profile, grids));
        var layouts = ExpectedLayout.For(profile, catalogs);
        var problems = new List<Finding>();

        // 1. Which sheet is which table. When two sheets carry one table's title (a table printed in two parts, or
        //    given twice), the one whose header is the profile's is read; the others are reported.
        var candidates = new Dictionary<string, List<(SheetTop Top, TopLines Lines, bool BySheetName)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var top in tops)
        {
            var match = Recognise(top, profile);
            if (match is null)
            {
                var title = top.Candidates.Count > 0 ? top.Candidates[0].Text : top.Grid.Name;
                var row = top.Candidates.Count > 0 ? top.Grid.Rows[top.Candidates[0].Index].Number : (int?)null;
                problems.Add(Problem(top.Grid, row, null,
                    $"无法识别的表“{title}”：标题与{profile.Name}的任何一张表都不相符，本表未检查",
                    hint: "表名应为以下之一：" + string.Join("、", layouts.Values.Select(l => $"“{l.DisplayName}”"))));
                continue;
            }
            var (def, lines, bySheetName) = match.Value;
            if (!candidates.TryGetValue(def.Id, out var list))
            {
                candidates[def.Id] = list = [];
                order.Add(def.Id);
            }
            list.Add((top, lines, bySheetName));
        }
        var matched = new List<(SheetTop Top, ExpectedLayout Layout, TopLines Lines)>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in order)
        {
            var list = candidates[id];
            var layout = layouts[id];
            var chosen = list.Count == 1 ? list[0]
                : list.OrderByDescending(c => Header.Fit(c.Top.Grid, c.Lines, layout)).First();
            foreach (var other in list.Where(c => c.Top != chosen.Top))
            {
                problems.Add(Problem(other.Top.Grid, other.Lines.TitleIndex >= 0 ? other.Top.Grid.Rows[other.Lines.TitleIndex].Number : null, null,
                    $"“{layout.DisplayName}”重复：{Where(chosen.Top.Grid)}已是这张表，本表（同一张表的续表、分表或副本）未检查",
                    hint: "每张表只应出现一次；分成几部分印制的表，请合并为一张表"));
            }
            if (chosen.BySheetName)
            {
                var printed = chosen.Top.Candidates.Count > 0 ? $"标题为“{chosen.Lines.Title}”" : "没有标题";
                problems.Add(Problem(chosen.Top.Grid, chosen.Lines.TitleIndex >= 0 ? chosen.Top.Grid.Rows[chosen.Lines.TitleIndex].Number : null, null,
                    $"表名不对：工作表“{chosen.Top.Grid.Name}”是“{layout.DisplayName}”，但{printed}，应为“{layout.Definition.Title}”",
                    hint: "按工作表名读取了这张表；请把表名改为公开格式规定的名称"));
            }
            found.Add(id);
            matched.Add((chosen.Top, layout, chosen.Lines));
        }

        // 2. Header and rows of each table; then the units every table names; then what each row is.
        var sheetTables = matched.Select(m => SheetTable.Read(m.Top.Grid, m.Lines, m.Layout, profile.Presentation.Decimals, problems)).ToList();
        var resolver = new CodeResolver(catalogs);
        var units = new UnitDirectory();
        foreach (var t in sheetTables) RowClassifier.Collect(t, resolver, units);
        var classifier = new RowClassifier(resolver, units, problems);
        var byId = sheetTables.ToDictionary(t => t.Layout.Definition.Id, classifier.Classify, StringComparer.Ordinal);

        // 3. Tables the profile publishes that the workbook lacks.
        var container = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        foreach (var def in profile.Tables)
        {
            if (found.Contains(def.Id)) continue;
            problems.Add(new Finding(RuleId, Severity.Error, new Place { File = container },
                $"缺少“{layouts[def.Id].DisplayName}”：{profile.Name}要求公开这张表，工作簿中没有标题为“{def.Title}”的工作表")
            {
                Hint = "即使没有数据，也应列出这张表的表头并注明“本表无数据”",
            });
        }

        var tables = profile.Tables.Where(d => byId.ContainsKey(d.Id)).Select(d => byId[d.Id]).ToList();
        return new PrintedWorkbook(tables, profile, problems);
    }

    internal static Finding Problem(SheetGrid grid, int? row, string? field, string message, string? rowLabel = null, string? hint = null) =>
        new(RuleId, Severity.Error, new Place
        {
            File = grid.File,
            Sheet = grid.Sheet,
            Row = row,
            Field = field,
            RowLabel = string.IsNullOrWhiteSpace(rowLabel) ? null : rowLabel,
        }, message) { Hint = hint };

    private static string Where(SheetGrid grid) => grid.Sheet is null ? $"文件“{grid.File}”" : $"工作表“{grid.Sheet}”";

    // ---- files ----

    private static List<SheetGrid> Load(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, "*.csv").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
                throw Unreadable(path, "文件夹中没有 .csv 文件", FormatHint);
            return files.Select(f => ReadCsv(f)).ToList();
        }
        if (!File.Exists(path)) throw Unreadable(path, "文件不存在");
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) return [ReadCsv(path)];

        string? wrongKind;
        try { wrongKind = Sniff(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, $"无法打开文件（{e.Message}）", "如果文件正在 Excel 或 WPS 中打开，请先关闭后再试");
        }
        if (wrongKind is not null) throw Unreadable(path, $"不是有效的 xlsx 工作簿：{wrongKind}", FormatHint);
        try
        {
            using var document = SpreadsheetDocument.Open(path, false);
            var grids = XlsxGrid.Read(document, Path.GetFileName(path));
            if (grids.Count == 0) throw Unreadable(path, "工作簿中没有工作表", FormatHint);
            return grids;
        }
        catch (BudgetInputException) { throw; }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Unreadable(path, $"不是有效的 xlsx 工作簿，无法读取（{e.GetType().Name}：{e.Message}）", FormatHint);
        }
    }

    private static SheetGrid ReadCsv(string file)
    {
        try { return CsvGrid.Read(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(file, $"无法打开文件（{e.Message}）");
        }
    }

    /// <summary>What a file that cannot be an xlsx (a zip package) looks like instead, or null when it may be one.</summary>
    private static string? Sniff(string path)
    {
        var head = new byte[8];
        int read;
        using (var stream = File.OpenRead(path)) read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read == 0) return "文件为空";
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return null;
        if (read >= 8 && head.AsSpan(0, 8).SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
            return "这是旧版 Excel（.xls）文件或加密的工作簿，请在 Excel 中取消密码并“另存为” .xlsx 格式";
        return "文件内容不是 xlsx 格式（可能是改了扩展名的文本、CSV 或其他文件）";
    }

    private static BudgetInputException Unreadable(string path, string problem, string? allowed = null) =>
        new([new InputError(new SourceLocation(path), problem, allowed)]) { Unreadable = true };

    // ---- which table, which profile ----

    /// <summary>The table a sheet holds: its title (or, failing that, its sheet name) against the profile's titles, exact first, then with 预算 ignored.</summary>
    private static (TableDefinition Definition, TopLines Lines, bool BySheetName)? Recognise(SheetTop top, Profile profile)
    {
        foreach (var loose in new[] { false, true })
        {
            foreach (var (index, number, text) in top.Candidates)
            {
                var def = Find(profile, text, loose);
                if (def is not null) return (def, top.Lines(index, text, number), false);
            }
        }
        var (sheetNumber, sheetTitle) = TextKey.SplitNumber(top.Grid.Name);
        var bySheet = Find(profile, sheetTitle, loose: false) ?? Find(profile, sheetTitle, loose: true);
        if (bySheet is null) return null;
        // The title row is missing or unreadable: the header follows the first lines that are not a header.
        var index0 = top.Candidates.Count > 0 ? top.Candidates[^1].Index : -1;
        var lines = top.Lines(index0, bySheet.Title, sheetNumber);
        return (bySheet, lines with { Title = top.Candidates.Count > 0 ? top.Candidates[^1].Text : bySheet.Title }, true);
    }

    private static TableDefinition? Find(Profile profile, string title, bool loose)
    {
        var key = loose ? TextKey.Loose(title) : TextKey.Of(title);
        if (key.Length == 0) return null;
        return profile.Tables.FirstOrDefault(d => (loose ? TextKey.Loose(d.Title) : TextKey.Of(d.Title)) == key);
    }

    /// <summary>
    /// The bundled profile whose tables the sheets are: each sheet scores 10 for a title equal to one of the
    /// profile's, 5 when equal but for 预算, 2 more when its number matches, 1 more when its subject line starts as the
    /// profile's does; the best total wins, ties to the first id in order.
    /// </summary>
    private static Profile Detect(IReadOnlyList<SheetTop> tops, string path)
    {
        Profile? best = null;
        var bestScore = 0;
        foreach (var id in ProfileLoader.BundledIds)
        {
            var profile = ProfileLoader.Load(id);
            var score = 0;
            foreach (var top in tops)
            {
                var match = Recognise(top, profile);
                if (match is not { } m) continue;
                var exact = top.Candidates.Any(c => TextKey.Of(c.Text) == TextKey.Of(m.Definition.Title))
                    || TextKey.Of(TextKey.SplitNumber(top.Grid.Name).Remainder) == TextKey.Of(m.Definition.Title);
                score += exact ? 10 : 5;
                if (m.Lines.Number is { } n && m.Definition.Number is { } dn && TextKey.Of(n) == TextKey.Of(dn)) score += 2;
                var subjectPrefix = (m.Definition.SubjectLabel ?? profile.SubjectLabel).Split('{')[0];
                if (m.Lines.Subject is { } s && subjectPrefix.Length > 0 && TextKey.Of(s).StartsWith(TextKey.Of(subjectPrefix), StringComparison.Ordinal)) score++;
            }
            if (score > bestScore) { best = profile; bestScore = score; }
        }
        return best ?? throw Unreadable(path,
            "无法识别表格所属的公开格式：没有一张表的标题与已知格式（" + string.Join("、", ProfileLoader.BundledIds) + "）的表名相符",
            "请确认每个工作表第一、二行是表号和表名（如“附表 3”“部门支出总表”），或用 --profile 指定格式");
    }

    /// <summary>The budget year whose catalog names the rows: from the profile's id (sichuan-2025), else from the sheets (2021年预算数).</summary>
    private static int YearOf(Profile profile, IReadOnlyList<SheetGrid> grids)
    {
        var m = Year().Matches(profile.Id);
        if (m.Count > 0) return int.Parse(m[^1].Value, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var grid in grids)
            foreach (var row in grid.Rows.Take(10))
                foreach (var (_, cell) in row.Filled())
                    if (!cell.IsNumber && Year().Match(cell.Text!) is { Success: true } y && cell.Text!.Contains('年'))
                        return int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture);
        return DateTime.Today.Year;
    }

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)")]
    private static partial Regex Year();
}

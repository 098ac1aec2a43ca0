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
    /// <summary>A sheet whose title (or sheet name) is one of the profile's tables.</summary>
    private sealed record Candidate(SheetTop Top, TopLines Lines, bool BySheetName);

    /// <summary>The rule id of reading problems: a sheet, header, row or cell the reader could not use as printed.</summary>
    public const string RuleId = Checks.Rules.Tables.ReadRule.Id;

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
        var candidates = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var top in tops)
        {
            var match = Recognise(top, profile);
            if (match is null && IsTargetForm(top, profile)) continue;
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
            list.Add(new Candidate(top, lines, bySheetName));
        }
        var sheetTables = new List<SheetTable>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in order)
        {
            var list = candidates[id];
            var layout = layouts[id];
            found.Add(id);
            // A table printed in parts: sheets with the table's title, each printing the key columns and some of its
            // figures (columns no other part prints). They are read as one table.
            if (list.Count > 1 && Parts(list, layout) is { Count: > 1 } parts)
            {
                var read = parts.Select(p => SheetTable.Read(p.Candidate.Top.Grid, p.Candidate.Lines, layout, p.Header, profile.Presentation.Decimals, problems)).ToList();
                var merged = SheetTable.Merge(read);
                var printed = merged.Paths.Select(ExpectedLayout.PathKey).ToHashSet(StringComparer.Ordinal);
                var missing = Enumerable.Range(0, layout.Paths.Count).Where(i => !printed.Contains(layout.Keys[i])).ToList();
                if (missing.Count > 0) problems.Add(Header.MissingColumns(parts[0].Candidate.Top.Grid, parts[0].Candidate.Lines, layout, missing));
                if (parts[0].Candidate.BySheetName) problems.Add(WrongTitle(parts[0].Candidate.Top, parts[0].Candidate.Lines, layout));
                foreach (var other in list.Where(c => parts.All(p => p.Candidate.Top != c.Top)))
                    problems.Add(Duplicate(other.Top, other.Lines, parts[0].Candidate.Top, layout));
                sheetTables.Add(merged);
                continue;
            }
            var chosen = list.Count == 1 ? list[0]
                : list.OrderByDescending(c => Header.Fit(c.Top.Grid, c.Lines, layout)).First();
            foreach (var other in list.Where(c => c.Top != chosen.Top))
                problems.Add(Duplicate(other.Top, other.Lines, chosen.Top, layout));
            if (chosen.BySheetName) problems.Add(WrongTitle(chosen.Top, chosen.Lines, layout));
            sheetTables.Add(SheetTable.Read(chosen.Top.Grid, chosen.Lines, layout, profile.Presentation.Decimals, problems));
        }

        // 2. The units every table names; then what each row is.
        var resolver = new CodeResolver(catalogs);
        var units = new UnitDirectory();
        foreach (var t in sheetTables) RowClassifier.Collect(t, resolver, units);
        var classifier = new RowClassifier(resolver, units, problems);
        var byId = sheetTables.ToDictionary(t => t.Layout.Definition.Id, classifier.Classify, StringComparer.Ordinal);

        // 3. Tables the profile publishes that the workbook lacks.
        var container = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        foreach (var def in profile.Tables)
        {
            // A table the region does not always publish (profile: optional) is not reported missing.
            if (found.Contains(def.Id) || def.Optional) continue;
            problems.Add(new Finding(RuleId, Severity.Error, new Place { File = container },
                $"缺少“{layouts[def.Id].DisplayName}”：{profile.Name}要求公开这张表，工作簿中没有标题为“{def.Title}”的工作表")
            {
                Hint = "即使没有数据，也应列出这张表的表头并注明“本表无数据”",
            });
        }

        var tables = profile.Tables.Where(d => byId.ContainsKey(d.Id)).Select(d => byId[d.Id]).ToList();
        return new PrintedWorkbook(tables, profile, problems);
    }

    /// <summary>
    /// The sheets of one table that are its parts: each prints the key columns and figures of the table (or its extra
    /// columns), none prints a figure column another part prints, and together they print more than any one of them.
    /// The widest sheet first, then in sheet order. Fewer than two: the table is not printed in parts.
    /// </summary>
    private static List<(Candidate Candidate, Header Header)> Parts(List<Candidate> list, ExpectedLayout layout)
    {
        var identified = list
            .Select(c => (Candidate: c, Header: Header.Match(c.Top.Grid, c.Lines, layout, [])))
            .Where(x => x.Header.Identified && x.Header.Missing.Count > 0)
            .ToList();
        var parts = new List<(Candidate, Header)>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in identified.OrderByDescending(x => x.Header.Paths.Count).ThenBy(x => list.IndexOf(x.Candidate)))
        {
            var figures = Enumerable.Range(0, x.Header.Paths.Count).Where(c => !Header.IsKey(x.Header.Roles[c]))
                .Select(c => ExpectedLayout.PathKey(x.Header.Paths[c])).ToList();
            if (figures.Any(covered.Contains)) continue;
            covered.UnionWith(figures);
            parts.Add(x);
        }
        return parts;
    }

    private static Finding Duplicate(SheetTop other, TopLines lines, SheetTop chosen, ExpectedLayout layout) =>
        Problem(other.Grid, lines.TitleIndex >= 0 ? other.Grid.Rows[lines.TitleIndex].Number : null, null,
            $"“{layout.DisplayName}”重复：{Where(chosen.Grid)}已是这张表，本表（同一张表的续表、分表或副本）未检查",
            hint: "每张表只应出现一次；分成几部分印制的表，每部分应印出表的编码、名称栏和其余各部分没有的栏目");

    private static Finding WrongTitle(SheetTop top, TopLines lines, ExpectedLayout layout)
    {
        var printed = top.Candidates.Count > 0 ? $"标题为“{lines.Title}”" : "没有标题";
        return Problem(top.Grid, lines.TitleIndex >= 0 ? top.Grid.Rows[lines.TitleIndex].Number : null, null,
            $"表名不对：工作表“{top.Grid.Name}”是“{layout.DisplayName}”，但{printed}，应为“{layout.Definition.Title}”",
            hint: "按工作表名读取了这张表；请把表名改为公开格式规定的名称");
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
        using (var stream = Core.Input.InputFiles.OpenRead(path)) read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
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

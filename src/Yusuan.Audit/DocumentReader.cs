using System.Text.RegularExpressions;
using Yusuan.Checks.Printed;
using Yusuan.Core.Tables;

namespace Yusuan.Audit;

/// <summary>What the reader could not read: a line (or a whole table) and why.</summary>
public sealed record Skipped(int Line, string? Table, string Reason);

/// <summary>A table found in the text: its kind, where it starts, its money unit and the printed table the checks read.</summary>
public sealed record FoundTable(TableKind Kind, int TitleLine, string Title, string? MoneyUnit, PrintedTable Table, IReadOnlyList<string> Meanings);

public sealed record ReadDocument(int? Year, IReadOnlyList<FoundTable> Tables, IReadOnlyList<Skipped> Skipped);

/// <summary>
/// Text → lines → table blocks (a title line of a known kind up to the next title) → header rows (until the first row
/// with a figure) → columns with meanings → body rows with codes, labels and figures. A table printed again under the
/// same title (a page break) continues the one before.
/// </summary>
public static partial class DocumentReader
{
    public static ReadDocument Read(string text, string file)
    {
        var lines = TextLines.Split(text);
        var skipped = new List<Skipped>();
        var blocks = new List<(TableKind Kind, TextLine Title, List<TextLine> Body)>();
        (TableKind Kind, TextLine Title, List<TextLine> Body)? open = null;
        foreach (var line in lines)
        {
            var filled = line.Filled.ToList();
            if (filled.Count is >= 1 and <= 2 && Vocabulary.KindOf(string.Concat(filled)) is { } kind)
            {
                open = (kind, line, []);
                blocks.Add(open.Value);
                continue;
            }
            open?.Body.Add(line);
        }
        var year = YearOf(lines);
        var names = new CodeNames(year);
        var tables = new List<FoundTable>();
        foreach (var (kind, title, body) in blocks)
        {
            if (!body.Any(l => l.IsTableRow)) continue; // a contents line, or a title with nothing under it
            if (!kind.Audit)
            {
                skipped.Add(new Skipped(title.Number, kind.Name, $"“{kind.Name}”尚不核对（未读取）"));
                continue;
            }
            var read = ReadBlock(kind, title, body, file, skipped, tables.LastOrDefault(), names);
            if (read is null) continue;
            if (tables.Count > 0 && tables[^1].Kind.Id == kind.Id && read.Continues)
                tables[^1] = tables[^1] with { Table = tables[^1].Table with { Rows = [.. tables[^1].Table.Rows, .. read.Table.Table.Rows] } };
            else tables.Add(read.Table);
        }
        // Two tables of one kind (附表 5 and its 上年结转 part): the second keeps its own id.
        var counts = new Dictionary<string, int>();
        for (var i = 0; i < tables.Count; i++)
        {
            var id = tables[i].Kind.Id;
            counts[id] = counts.GetValueOrDefault(id) + 1;
            if (counts[id] > 1) tables[i] = tables[i] with { Table = tables[i].Table with { Id = $"{id}-{counts[id]}" } };
        }
        NameUnits(tables);
        // A table that prints no money unit (深圳 收支总表's first page) is read in the unit the other tables print when they
        // agree on 万元; otherwise in 万元, and said.
        var units = tables.Select(t => t.MoneyUnit).Where(u => u is not null).Distinct().ToList();
        for (var i = 0; i < tables.Count; i++)
        {
            if (tables[i].MoneyUnit is not null) continue;
            var shared = units.Count == 1 && units[0] == "万元";
            skipped.Add(new Skipped(tables[i].TitleLine, tables[i].Kind.Name, shared ? "未印金额单位，按本文其他各表的“万元”读取" : "未印金额单位，按万元读取"));
            if (shared) tables[i] = tables[i] with { MoneyUnit = "万元" };
        }
        foreach (var kind in Vocabulary.Kinds.Where(k => k.Audit && !tables.Any(t => t.Kind.Id == k.Id)))
            skipped.Add(new Skipped(0, kind.Name, "文中未找到此表"));
        return new ReadDocument(year, tables, skipped);
    }

    /// <summary>
    /// A unit row printed without its code (广元 附表 3: 广元市社会保险事务中心) takes the code other tables print beside the
    /// same name, or the one six-digit code every row of its block prints; a name no table codes stays a name.
    /// </summary>
    private static void NameUnits(List<FoundTable> tables)
    {
        var directory = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in tables)
        {
            var rows = t.Table.Rows;
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Kind != RowKind.Unit || rows[i].Label.Length == 0) continue;
                var key = Vocabulary.NormalizeHeader(rows[i].Label);
                if (rows[i].UnitCode is { } own) { directory.TryAdd(key, own); continue; }
                var codes = rows.Skip(i + 1).TakeWhile(r => r.Kind is not (RowKind.Unit or RowKind.Total or RowKind.Department))
                    .Select(r => r.UnitCode).Where(c => c is not null).Distinct().ToList();
                if (codes.Count == 1 && codes[0]!.Length == 6) directory.TryAdd(key, codes[0]!);
            }
        }
        for (var t = 0; t < tables.Count; t++)
        {
            var rows = tables[t].Table.Rows.Select(r => r.Kind == RowKind.Unit && r.UnitCode is null
                && directory.TryGetValue(Vocabulary.NormalizeHeader(r.Label), out var code) ? r with { UnitCode = code } : r).ToList();
            tables[t] = tables[t] with { Table = tables[t].Table with { Rows = rows } };
        }
    }

    private sealed record BlockRead(FoundTable Table, bool Continues);

    private static BlockRead? ReadBlock(TableKind kind, TextLine title, List<TextLine> body, string file, List<Skipped> skipped, FoundTable? previous, CodeNames names)
    {
        string? unit = null, subject = null;
        var rows = body.Where(l => l.IsTableRow).ToList();
        foreach (var l in body)
        {
            var joined = string.Join(" ", l.Filled);
            if (UnitPattern().Match(joined) is { Success: true } u) unit = u.Groups[1].Value;
            if (SubjectPattern().Match(joined) is { Success: true } s) subject = s.Groups[1].Value.Trim();
        }
        // Rows that are only the subject or unit line, printed as a table row.
        rows = rows.Where(r => !(r.Filled.All(c => UnitPattern().IsMatch(c) || SubjectPattern().IsMatch(c)))).ToList();
        var first = rows.FindIndex(IsDataRow);
        if (first < 0)
        {
            if (rows.Count > 0) skipped.Add(new Skipped(title.Number, kind.Name, "表中没有金额行（本表无数据或未能读出）"));
            first = rows.Count;
        }
        var headers = rows.Take(first).ToList();
        var data = rows.Skip(first).ToList();
        var continues = previous is not null && previous.Kind.Id == kind.Id && previous.TitleLine < title.Number;
        if (continues && headers.Count == 0 && previous is not null)
            return Build(kind, previous.TitleLine, previous.Title, unit ?? previous.MoneyUnit, subject, null, data, file, skipped, previous.Table, true, names);
        if (headers.Count == 0)
        {
            skipped.Add(new Skipped(title.Number, kind.Name, "找不到表头，未读取此表"));
            return null;
        }
        return Build(kind, title.Number, string.Concat(title.Filled.Take(1)), unit, subject, headers, data, file, skipped,
            continues ? previous!.Table : null, continues, names);
    }

    private static BlockRead Build(TableKind kind, int titleLine, string title, string? unit, string? subject, List<TextLine>? headers,
        List<TextLine> data, string file, List<Skipped> skipped, PrintedTable? continued, bool continues, CodeNames names)
    {
        var balance = kind.Layout == "balance";
        List<string> paths;
        List<bool> isKey;
        if (continued is not null)
        {
            paths = [.. continued.ColumnPaths];
            isKey = continued.ColumnKinds.Select(k => k == ColumnKind.Text).ToList();
        }
        else (paths, isKey) = Columns(headers!, balance);
        var factor = unit == "元" ? 0.0001m : unit == "千元" ? 0.1m : 1m;
        var rows = new List<PrintedRow>();
        var codedByName = new List<int>();
        var decimals = 0;
        var keyCount = isKey.Count == 0 ? 0 : isKey.LastIndexOf(true) + 1;
        var amountCols = Enumerable.Range(0, paths.Count).Where(i => !isKey[i]).ToList();
        var byYear = paths.Any(p => p.EndsWith("年度", StringComparison.Ordinal));
        foreach (var line in data)
        {
            var cells = line.Cells;
            var texts = new string?[paths.Count];
            var values = new decimal?[paths.Count];
            if (balance)
            {
                for (var c = 0; c < cells.Count && c < paths.Count; c++)
                {
                    texts[c] = cells[c].Length == 0 ? null : cells[c];
                    if (!isKey[c] && TextLines.Figure(cells[c], out var d) is { } v) { values[c] = v * factor; decimals = Math.Max(decimals, d); }
                }
                if (cells.Count > paths.Count && cells.Skip(paths.Count).Any(c => c.Length > 0))
                    skipped.Add(new Skipped(line.Number, kind.Name, "行中单元格多于表头列，多出的未读取"));
                if (texts.All(t => t is null)) continue;
                var label = string.Join(" ", Enumerable.Range(0, paths.Count).Where(c => isKey[c] && texts[c] is not null).Select(c => texts[c]));
                // The spending side's rows by name: 类/款/项 codes from the catalog, in the context of the row above.
                var spendingLabel = Enumerable.Range(0, paths.Count).Where(c => isKey[c]).Skip(1).Select(c => texts[c]).FirstOrDefault();
                string? balanceCode = null;
                if (spendingLabel is not null && !Summary().IsMatch(Vocabulary.NormalizeHeader(spendingLabel)))
                {
                    balanceCode = names.Find(TableShapeLabel(spendingLabel), "functional", LastCode(rows, continued));
                    if (balanceCode is not null) codedByName.Add(rows.Count);
                }
                rows.Add(new PrintedRow(line.Number, RowKind.Balance, balanceCode, null, label, texts, values));
                continue;
            }
            // Hierarchy: key cells first (codes, unit code, name), then the figures in the order of the amount columns.
            var keys = cells.Take(keyCount).ToList();
            var figures = cells.Skip(keyCount).ToList();
            // A name that ran into the figures' place (fewer key cells printed): move the text cells back.
            while (figures.Count > 0 && figures[0].Length > 0 && TextLines.Figure(figures[0], out _) is null)
            {
                keys.Add(figures[0]);
                figures.RemoveAt(0);
            }
            // 208 05 01 in one cell is one code.
            keys = keys.Select(k => SpacedCode().IsMatch(k) ? k.Replace(" ", "") : k).ToList();
            var codeParts = keys.Where(TextLines.IsCode).ToList();
            var labels = keys.Where(c => c.Length > 0 && !TextLines.IsCode(c)).Select(JoinCjk).ToList();
            // The classification code's cells (2080109, or 208 | 05 | 01), then the unit's code: six digits, or what follows
            // the code (广元 附表6 prints 342 there).
            var classParts = codeParts.Where(c => c.Length != 6).ToList();
            var used = classParts.Count == 0 ? 0 : classParts[0].Length == 3 ? 1 + classParts.Skip(1).Take(2).TakeWhile(c => c.Length == 2).Count() : 1;
            var code = JoinCode(classParts.Take(used).ToList());
            // The whole code printed again after its parts (301 | 12 | 30112): it is the code, not a unit's.
            if (code is not null && used < classParts.Count && classParts[used].StartsWith(code, StringComparison.Ordinal)) code = classParts[used++];
            string? unitCode = codeParts.FirstOrDefault(c => c.Length == 6) ?? classParts.Skip(used).FirstOrDefault();
            var labelText = string.Join(" ", labels);
            // A code printed in the name cell (3010101 晋级工资, 301 工资福利支出): the row's full code.
            if (CodeInLabel().Match(labelText) is { Success: true } inLabel && (code is null || inLabel.Groups[1].Value.StartsWith(code, StringComparison.Ordinal)))
            {
                code = inLabel.Groups[1].Value;
                labelText = inLabel.Groups[2].Value;
            }
            // A row printed by name only: the code the year's catalog gives that name.
            var byName = false;
            if (code is null && labelText.Length > 0 && !Summary().IsMatch(Vocabulary.NormalizeHeader(labelText))
                && names.Find(TableShapeLabel(labelText), kind.Dimension, LastCode(rows, continued)) is { } found)
            {
                code = found;
                byName = true;
            }
            for (var i = 0; i < figures.Count; i++)
            {
                if (figures[i].Length == 0) continue;
                if (i >= amountCols.Count) { skipped.Add(new Skipped(line.Number, kind.Name, $"金额“{figures[i]}”多于表头的金额列，未读取")); continue; }
                if (TextLines.Figure(figures[i], out var d) is { } v) { values[amountCols[i]] = v * factor; decimals = Math.Max(decimals, d); }
                else skipped.Add(new Skipped(line.Number, kind.Name, $"“{figures[i]}”不是金额，未读取"));
            }
            var keyColumns = Enumerable.Range(0, paths.Count).Where(c => isKey[c]).ToList();
            // Key cells by meaning, not by place (the text's cells do not keep the header's columns): the unit code in the
            // 单位代码 column, the name in the last key column, the code's parts in the others, in order.
            var unitColumn = keyColumns.FirstOrDefault(c => Vocabulary.IsUnitCodeHeader(paths[c]), -1);
            if (unitColumn >= 0) texts[unitColumn] = unitCode;
            var codeColumns = keyColumns.Where(c => c != unitColumn && Vocabulary.IsCodeHeader(paths[c])).ToList();
            var nameColumns = keyColumns.Where(c => c != unitColumn && !codeColumns.Contains(c)).ToList();
            var printedParts = codeParts.Where(c => c != unitCode).ToList();
            for (var i = 0; i < printedParts.Count; i++)
            {
                if (codeColumns.Count == 0) break;
                var c = codeColumns[Math.Min(i, codeColumns.Count - 1)];
                texts[c] = texts[c] is null ? printedParts[i] : texts[c] + " " + printedParts[i];
            }
            if (nameColumns.Count == 0 && keyColumns.Count > 0) nameColumns.Add(keyColumns[^1]);
            var nameCells = labels.Count > 0 && labels[0] != labelText && labels.Count == 1 ? [labelText] : labels.Count > 0 ? labels : [];
            if (nameCells.Count > 0 && CodeInLabel().IsMatch(nameCells[0])) nameCells[0] = labelText.Length > 0 && labels.Count == 1 ? labelText : CodeInLabel().Match(nameCells[0]).Groups[2].Value;
            for (var i = 0; i < nameCells.Count && nameColumns.Count > 0; i++)
            {
                var c = nameColumns[Math.Min(i, nameColumns.Count - 1)];
                texts[c] = texts[c] is null ? nameCells[i] : texts[c] + " " + nameCells[i];
            }
            foreach (var c in amountCols) texts[c] = values[c]?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var normal = Vocabulary.NormalizeHeader(labelText);
            RowKind kindOfRow;
            if (byYear) kindOfRow = RowKind.Detail; // 三公 by year (2022 年 / 2023 年 / 增减变化金额): rows compared across columns only
            else if (Summary().IsMatch(normal)) kindOfRow = RowKind.Total;
            else if (code is not null) kindOfRow = RowKind.Group;
            else if (values.All(v => v is null) && labelText.Length == 0) continue;
            else if (labelText.Length == 0)
            {
                skipped.Add(new Skipped(line.Number, kind.Name, "无名称、无编码的金额行，按部门小计读取"));
                kindOfRow = RowKind.Department;
            }
            else if (unitCode is not null || rows.Count > 0 && rows.All(r => r.Kind is RowKind.Total or RowKind.Department) || UnitName().IsMatch(normal))
                kindOfRow = RowKind.Unit;
            else kindOfRow = RowKind.Detail;
            if (byName) codedByName.Add(rows.Count);
            rows.Add(new PrintedRow(line.Number, kindOfRow, code, unitCode, labelText, texts, values));
        }
        // A named row directly above a unit's row, with nothing of its own, is the department's (主管部门) row.
        for (var i = 0; i + 1 < rows.Count; i++)
            if (rows[i].Kind == RowKind.Unit && rows[i + 1].Kind == RowKind.Unit && rows.Take(i).All(r => r.Kind is RowKind.Total or RowKind.Department))
                rows[i] = rows[i] with { Kind = RowKind.Department };
        // Coded rows with a longer code below are groups, and so is a code's own row (its catalog name) above rows printed
        // with the same code (projects, items); the others are detail rows.
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Kind != RowKind.Group) continue;
            var own = rows[i].Code!;
            var next = i + 1 < rows.Count ? rows[i + 1].Code : null;
            var group = next is not null && next.StartsWith(own, StringComparison.Ordinal)
                && (next.Length > own.Length || names.IsCatalogName(own, TableShapeLabel(rows[i].Label), kind.Dimension));
            if (!group) rows[i] = rows[i] with { Kind = RowKind.Detail };
        }
        if (codedByName.Count > 0)
            skipped.Add(new Skipped(rows[codedByName[0]].SheetRow, kind.Name,
                $"{codedByName.Count} 行只印名称，按 {names.Catalogs?.Year} 年科目名称读出编码（如“{rows[codedByName[0]].Label}”→ {rows[codedByName[0]].Code}）") );
        if (factor != 1m) decimals = Math.Max(0, decimals + (unit == "元" ? -4 : -1));
        decimals = Math.Max(decimals, rows.SelectMany(r => r.Values).Where(v => v is not null).Select(v => Scale(v!.Value)).DefaultIfEmpty(0).Max());
        var table = continued is not null
            ? continued with { Rows = rows, Decimals = Math.Max(continued.Decimals, decimals) }
            : new PrintedTable
            {
                Id = kind.Id,
                Title = title,
                Subject = subject,
                UnitLabel = unit,
                Decimals = decimals,
                ColumnPaths = paths,
                ColumnKinds = isKey.Select(k => k ? ColumnKind.Text : ColumnKind.Amount).ToList(),
                Rows = rows,
                File = file,
            };
        var meanings = paths.Select(p => string.Join("/", p.Split('/').Select(x => Vocabulary.MeaningOf(x) ?? "?"))).ToList();
        return new BlockRead(new FoundTable(kind, titleLine, title, unit, table, meanings), continues);
    }

    private static int Scale(decimal v)
    {
        var s = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var dot = s.IndexOf('.');
        return dot < 0 ? 0 : s.TrimEnd('0').Length - dot - 1;
    }

    /// <summary>208 | 01 | 09 → 2080109; 2080109 → 2080109; 208 05 01 (one cell) is split by the line reader already.</summary>
    private static string? JoinCode(List<string> parts)
    {
        if (parts.Count == 0) return null;
        if (parts[0].Length != 3) return parts[0].Length is 5 or 7 ? parts[0] : null;
        // 类 | 款 | 项 in separate cells: the 类 and the 2-digit parts after it (a unit code printed after them is not part of it).
        return string.Concat(parts.TakeWhile((p, i) => i == 0 || p.Length == 2 && i <= 2));
    }

    /// <summary>
    /// Header rows → column paths and whether each column names a row (key) rather than holds figures. A blank cell of
    /// an upper header row belongs to the cell on its left (a merged cell) where a lower row prints a header below it.
    /// </summary>
    private static (List<string>, List<bool>) Columns(List<TextLine> headers, bool balance)
    {
        var width = headers.Max(h => h.Cells.Count);
        var grid = headers.Select(h => Enumerable.Range(0, width).Select(c => c < h.Cells.Count ? Clean(h.Cells[c]) : "").ToArray()).ToList();
        for (var r = 0; r < grid.Count - 1; r++)
            for (var c = 1; c < width; c++)
                if (grid[r][c].Length == 0 && grid.Skip(r + 1).Any(g => g[c].Length > 0))
                    for (var l = c - 1; l >= 0; l--)
                        if (grid[r][l].Length > 0) { grid[r][c] = grid[r][l]; break; }
        var paths = new List<string>();
        var keys = new List<bool>();
        for (var c = 0; c < width; c++)
        {
            var parts = grid.Select(g => g[c]).Where(p => p.Length > 0).ToList();
            // A header spread over lines (其中:面向 中小企业政府 / 采购项目): consecutive rows of one column join when the lower one is not a word of its own.
            var path = string.Join("/", parts.Distinct());
            if (path.Length == 0)
            {
                if (balance) { paths.Add($"列{c + 1}"); keys.Add(false); }
                continue;
            }
            var key = parts.Any(p => Vocabulary.MeaningOf(p) == "key") && !parts.Any(p => Vocabulary.MeaningOf(p) is "year" or "total" or "previous");
            // A balance table's side (收入 / 支出) is over its label and its figures: the last header decides.
            if (balance) key = Vocabulary.MeaningOf(parts[^1]) == "key";
            if (!balance && paths.Count > 0 && paths[^1] == path) continue;
            paths.Add(path);
            keys.Add(key);
        }
        if (balance)
        {
            // Each side: 项目 then its figure columns; a side label (收入 / 支出) over them becomes part of the path.
            for (var c = 0; c < paths.Count; c++) if (paths[c].StartsWith('列')) keys[c] = false;
        }
        return (paths, keys);
    }

    private static string Clean(string cell) => string.Concat(cell.Where(ch => !char.IsWhiteSpace(ch))).Replace('（', '(').Replace('）', ')').Replace("λ", "入");

    private static int? YearOf(IReadOnlyList<TextLine> lines)
    {
        var counts = new Dictionary<int, int>();
        foreach (var l in lines.Take(400))
            foreach (Match m in YearPattern().Matches(string.Join(" ", l.Filled)))
            {
                var y = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                counts[y] = counts.GetValueOrDefault(y) + 1;
            }
        return counts.Count == 0 ? null : counts.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).First().Key;
    }

    /// <summary>
    /// The first body row: a numbered item (一、…) or a row whose figures are at least its words less its names (a
    /// header row with one misread figure, 深圳 收入总表's “7111”, stays a header).
    /// </summary>
    private static bool IsDataRow(TextLine r)
    {
        if (r.Cells.Any(c => ListNumberPattern().IsMatch(c.Trim()) && c.Trim().Length > 3)) return true;
        var figures = r.Cells.Count(c => TextLines.Figure(c, out _) is not null && !TextLines.IsCode(c));
        var codes = r.Cells.Count(TextLines.IsCode);
        var words = r.Cells.Count(c => c.Length > 0 && TextLines.Figure(c, out _) is null);
        var known = r.Cells.Count(c => c.Length > 0 && TextLines.Figure(c, out _) is null && Vocabulary.MeaningOf(c) is not null);
        if (figures > 0) return figures >= words - 3 || words - known <= 3 && known < words;
        return codes > 0 && words > 0 && known == 0;
    }

    /// <summary>The code of the last coded row read so far, over a page break too (the context of a name several codes share).</summary>
    private static string? LastCode(List<PrintedRow> rows, PrintedTable? continued) =>
        rows.LastOrDefault(r => r.Code is not null)?.Code ?? continued?.Rows.LastOrDefault(r => r.Code is not null)?.Code;

    /// <summary>Spaces a PDF put inside a Chinese name (深圳市社会保险基金管理 局本级, 本 年 支 出 合 计) removed.</summary>
    private static string JoinCjk(string text) => CjkSpace().Replace(text.Trim(), "");

    private static string TableShapeLabel(string label) => ListNumberPattern().Replace(label.Trim(), "").Trim();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十]+[）)]|\d+\s*[.．、]\s*)")]
    private static partial Regex ListNumberPattern();
    [GeneratedRegex(@"^\d{3}(?: \d{2}){1,2}$")]
    private static partial Regex SpacedCode();
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}（）()])\s+(?=[\p{IsCJKUnifiedIdeographs}（）()])")]
    private static partial Regex CjkSpace();
    [GeneratedRegex(@"^(\d{3}|\d{5}|\d{7}|\d{9})\s+([^\s年].*)$")]
    private static partial Regex CodeInLabel();
    [GeneratedRegex(@"(?:金额)?单位\s*[:：]\s*(万元|千元|元)")]
    private static partial Regex UnitPattern();
    [GeneratedRegex(@"^(?:部门|单位|部门名称|单位名称|预算单位)\s*[:：]\s*(.+?)(?:\s+(?:金额)?单位.*)?$")]
    private static partial Regex SubjectPattern();
    [GeneratedRegex(@"^(合计|总计|支出合计|收入合计)$")]
    private static partial Regex Summary();
    [GeneratedRegex(@"(局|中心|所|站|院|办公室|委员会|部|处|队|馆)(本级|机关)?$")]
    private static partial Regex UnitName();
    [GeneratedRegex(@"(20\d\d)\s*年")]
    private static partial Regex YearPattern();
}

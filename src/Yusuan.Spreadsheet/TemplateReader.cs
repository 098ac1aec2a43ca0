using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Input;
using Yusuan.Core.Model;
using static Yusuan.Spreadsheet.TemplateLayout;

namespace Yusuan.Spreadsheet;

/// <summary>
/// Reads a workbook written by <see cref="TemplateWriter"/> (and filled in by a clerk) into a <see cref="RawBudget"/>,
/// every record and amount located as file › sheet › row › column header. It does not validate values: that is
/// <see cref="BudgetAssembler"/>'s job, for this format and JSON alike. It only refuses a workbook it cannot read
/// as a template at all (not an xlsx, a required sheet missing, a header changed).
/// </summary>
public static class TemplateReader
{
    private const string FormatHint = "预算数据应为 yusuan template 生成的 .xlsx 工作簿（Excel 2007 及以后的格式），或 docs/input-format.md 所述的 JSON";

    public static RawBudget Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
            throw Unreadable(new SourceLocation(file), "文件不存在");
        string? wrongKind;
        try { wrongKind = Sniff(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(new SourceLocation(file), $"无法打开文件（{e.Message}）", "如果文件正在 Excel 或 WPS 中打开，请先关闭后再试");
        }
        if (wrongKind is not null)
            throw Unreadable(new SourceLocation(file), $"不是有效的 xlsx 工作簿：{wrongKind}", FormatHint);
        try
        {
            using var doc = SpreadsheetDocument.Open(path, false);
            return new WorkbookReader(doc, file).Read();
        }
        catch (BudgetInputException) { throw; }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Unreadable(new SourceLocation(file), $"不是有效的 xlsx 工作簿，无法读取（{e.GetType().Name}：{e.Message}）", FormatHint);
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

    private static BudgetInputException Unreadable(SourceLocation at, string problem, string? allowed = null) =>
        new([new InputError(at, problem, allowed)]) { Unreadable = true };

    /// <summary>
    /// A cell as stored: its text, and whether it was stored as a number (shown as a percentage or a date), as
    /// TRUE/FALSE, or computed by a formula (<see cref="Formula"/>, its text after =).
    /// </summary>
    private readonly record struct CellRead(string? Text, bool IsNumber, bool IsPercent = false)
    {
        public bool IsDate { get; init; }
        public bool IsBoolean { get; init; }
        public string? Formula { get; init; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
        public string? Trimmed => IsEmpty ? null : Text!.Trim();
    }

    private sealed record SheetRow(int Number, CellRead[] Cells);

    private sealed class WorkbookReader(SpreadsheetDocument doc, string file)
    {
        private readonly List<InputError> _structure = [];
        private readonly WorkbookPart? _workbook = doc.WorkbookPart;
        private string[]? _sharedStrings;

        public RawBudget Read()
        {
            if (_workbook?.Workbook?.Sheets is null)
                throw Unreadable(new SourceLocation(file), "工作簿中没有工作表", FormatHint);
            _sharedStrings = SharedStrings();
            _percentStyles = PercentFormats();
            _dateStyles = DateFormats();

            var raw = new RawBudget { Location = new SourceLocation(file, Info) { FieldLabels = FieldLabels(Info) } };
            var info = Sheet(Info, required: true);
            var tables = DataSheets.ToDictionary(s => s, s => Table(s));
            if (info is not null) ReadInfo(raw, info);
            if (_structure.Count > 0) throw new BudgetInputException(_structure) { Unreadable = true };

            foreach (var row in tables[Units] ?? [])
            {
                var at = At(Units, row);
                raw.Units.Add(new RawUnit(at, Code(row, 0), Str(row, 1), Str(row, 2)));
            }
            foreach (var row in tables[Income] ?? [])
            {
                var at = At(Income, row);
                raw.Income.Add(new RawIncome(at, Code(row, 0), Str(row, 1), YesNo(raw, Income, row, 2), Amount(Income, row, 3)));
            }
            foreach (var row in tables[Projects] ?? [])
                raw.Projects.Add(new RawProject(At(Projects, row), Code(row, 0), Str(row, 1), Str(row, 2)));
            foreach (var row in tables[Expenditures] ?? [])
                raw.Expenditures.Add(ReadExpenditure(raw, row));
            foreach (var row in tables[ThreePublic] ?? [])
                raw.ThreePublicPrevious.Add(new RawThreePublic(At(ThreePublic, row), Code(row, 0),
                    Amount(ThreePublic, row, 1), Amount(ThreePublic, row, 2), Amount(ThreePublic, row, 3), Amount(ThreePublic, row, 4)));
            foreach (var row in tables[Procurement] ?? [])
            {
                raw.Procurement.Add(new RawProcurement(At(Procurement, row))
                {
                    Unit = Code(row, 0), Project = Str(row, 1), Item = Str(row, 2), Category = Str(row, 3),
                    Quantity = OptionalAmount(Procurement, row, 4), Measure = Str(row, 5),
                    Amounts = SourceAmounts(Procurement, row, 6),
                });
            }
            foreach (var row in tables[ServicePurchases] ?? [])
            {
                raw.ServicePurchases.Add(new RawServicePurchase(At(ServicePurchases, row))
                {
                    Unit = Code(row, 0), Project = Str(row, 1), Item = Str(row, 2),
                    Quantity = OptionalAmount(ServicePurchases, row, 3), Measure = Str(row, 4),
                    UnitPrice = OptionalAmount(ServicePurchases, row, 5),
                    Amounts = SourceAmounts(ServicePurchases, row, 6),
                });
            }
            foreach (var row in tables[Previous] ?? [])
                ReadPrevious(raw, row);
            ReadProjectTargets(raw, tables[ProjectTargets], tables[ProjectIndicators]);
            ReadDepartmentTargets(raw, tables[DepartmentTargets], tables[DepartmentTasks], tables[DepartmentIndicators]);
            ReadNarrative(raw, tables[NarrativeTexts], tables[NarrativeUses]);
            return raw;
        }

        // ---- 公开文本 ----

        /// <summary>
        /// 公开文本 rows (a named text, a count, a project's use or goal) and 科目用途 rows (a 项's use and 名词解释) into
        /// the narrative; none when both sheets are absent or empty, as a budget whose JSON has no <c>narrative</c>.
        /// </summary>
        private void ReadNarrative(RawBudget raw, List<SheetRow>? textRows, List<SheetRow>? useRows)
        {
            if ((textRows is null || textRows.Count == 0) && (useRows is null || useRows.Count == 0)) return;
            var narrative = new RawNarrative(new SourceLocation(file, (textRows is { Count: > 0 } ? NarrativeTexts : NarrativeUses).Name)
            {
                FieldLabels = Labels((textRows is { Count: > 0 } ? NarrativeTexts : NarrativeUses).Name),
            });
            Yusuan.Core.Profiles.Profile? profile = null;
            // A path in the 配置 cell is checked (BudgetReader: beside the budget, or refused) after reading, never opened before.
            if (raw.Profile is { } id && id.IndexOfAny(['/', '\\']) < 0 && !Path.IsPathRooted(id))
            {
                try { profile = Yusuan.Core.Profiles.ProfileLoader.Load(id); }
                catch (Exception e) when (e is not OutOfMemoryException) { }
            }
            var items = NarrativeItems(profile);
            var s = NarrativeTexts;
            foreach (var row in textRows ?? [])
            {
                var at = At(s, row);
                var name = Str(row, 0);
                if (name is null)
                {
                    raw.ReadErrors.Add(new InputError(at.WithField(NarrativeItemHeader), "缺少项目",
                        "从下拉清单中选择要填写的文字，或填写“项目用途：项目名称”“项目目标：项目名称”"));
                    continue;
                }
                var (kind, key) = NarrativeKey(name, items);
                if (key.Length == 0)
                {
                    raw.ReadErrors.Add(new InputError(at.WithField(NarrativeItemHeader), $"“{name}”后缺少名称"));
                    continue;
                }
                var already = kind switch
                {
                    "count" => narrative.Counts.ContainsKey(key), "project" => narrative.Projects.ContainsKey(key),
                    "goal" => narrative.Goals.ContainsKey(key), _ => narrative.Texts.ContainsKey(key),
                };
                if (already)
                {
                    raw.ReadErrors.Add(new InputError(at.WithField(NarrativeItemHeader), $"“{name}”重复填写", "每项只填一行"));
                    continue;
                }
                if (kind == "count")
                {
                    if (!Cell(row, 1).IsEmpty) narrative.Counts[key] = Amount(s, row, 1);
                    continue;
                }
                if (NarrativeText(Str(row, 1)) is not { } text) continue;
                (kind switch { "project" => narrative.Projects, "goal" => narrative.Goals, _ => narrative.Texts })[key] = text;
            }
            var u = NarrativeUses;
            foreach (var row in useRows ?? [])
            {
                var at = At(u, row);
                var code = SplitCode(CodeText(Cell(row, 0))).Code;
                if (code is null)
                {
                    raw.ReadErrors.Add(new InputError(at.WithField(u.Columns[0].Header), "缺少功能分类科目编码", "填写项级（7 位）编码，如 2080109"));
                    continue;
                }
                if (narrative.Uses.ContainsKey(code) || narrative.Glossary.ContainsKey(code))
                {
                    raw.ReadErrors.Add(new InputError(at.WithField(u.Columns[0].Header), $"科目 {code} 重复填写", "每个科目只填一行"));
                    continue;
                }
                if (NarrativeText(Str(row, 1)) is { } use) narrative.Uses[code] = use;
                if (NarrativeText(Str(row, 2)) is { } glossary) narrative.Glossary[code] = glossary;
            }
            raw.Narrative = narrative;
        }

        /// <summary>A text as the JSON reader keeps it: line breaks as \n, trimmed; blank is absent.</summary>
        private static string? NarrativeText(string? text)
        {
            var t = text?.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
            return string.IsNullOrEmpty(t) ? null : t;
        }

        /// <summary>
        /// What a 项目 cell names: (project, name) after 项目用途：, (goal, name) after 项目目标：, (count, key) after 数量：
        /// or for a count of the list; otherwise (text, key). “key 说明” and the 说明 alone both give the key; any other
        /// text is taken as the key as written (its first word).
        /// </summary>
        private static (string Kind, string Key) NarrativeKey(string name, IReadOnlyList<(string Key, string Label, bool IsCount)> items)
        {
            foreach (var (prefix, kind) in new[] { (ProjectUsePrefix, "project"), (ProjectGoalPrefix, "goal"), (CountPrefix, "count") })
                foreach (var p in new[] { prefix, prefix.Replace('：', ':') })
                    if (name.StartsWith(p, StringComparison.Ordinal)) return (kind, name[p.Length..].Trim());
            var known = items.Concat(KnownTexts.Select(t => (t.Key, t.Label, IsCount: false)))
                .Concat(KnownCounts.Select(c => (c.Key, c.Label, IsCount: true))).ToList();
            var token = name.Split([' ', '\u3000', '\t'], 2, StringSplitOptions.RemoveEmptyEntries)[0];
            foreach (var item in known)
                if (item.Key == token || item.Label == name || item.Label == token) return (item.IsCount ? "count" : "text", item.Key);
            return ("text", token);
        }

        // ---- 绩效目标 ----

        /// <summary>
        /// One target per 绩效目标 row; each 绩效指标 row joins the target of its 单位编码 + 项目名称. Indicators of a
        /// project without a 绩效目标 row still form its target (without 年度目标 …), located at their first row, so that
        /// a misspelt project name is reported where it was typed.
        /// </summary>
        private void ReadProjectTargets(RawBudget raw, List<SheetRow>? targetRows, List<SheetRow>? indicatorRows)
        {
            var targets = new List<(RawProjectTarget Target, List<RawIndicator> Indicators)>();
            var byKey = new Dictionary<(string, string), int>();
            var s = ProjectTargets;
            foreach (var row in targetRows ?? [])
            {
                var target = new RawProjectTarget(At(s, row))
                {
                    Unit = Code(row, 0), Project = Str(row, 1), Attribute = Str(row, 2), Period = Str(row, 3), Basis = Str(row, 4),
                    AnnualGoal = Str(row, 5), LongTermGoal = Str(row, 6), StatedAmount = OptionalAmount(s, row, 7),
                };
                byKey.TryAdd((target.Unit ?? "", target.Project ?? ""), targets.Count);
                targets.Add((target, []));
            }
            foreach (var row in indicatorRows ?? [])
            {
                var (unit, project) = (Code(row, 0), Str(row, 1));
                if (!byKey.TryGetValue((unit ?? "", project ?? ""), out var index))
                {
                    byKey[(unit ?? "", project ?? "")] = index = targets.Count;
                    targets.Add((new RawProjectTarget(Implicit(ProjectIndicators, row, s)) { Unit = unit, Project = project }, []));
                }
                targets[index].Indicators.Add(ReadIndicator(ProjectIndicators, row, 2));
            }
            raw.ProjectTargets.AddRange(targets.Select(t => t.Target with { Indicators = t.Indicators }));
        }

        /// <summary>
        /// One department-wide target per 整体目标 row (单位编码 blank: the whole department); 整体任务 and 整体指标 rows join
        /// the target of their 单位编码, or form one of their own when it has no 整体目标 row.
        /// </summary>
        private void ReadDepartmentTargets(RawBudget raw, List<SheetRow>? targetRows, List<SheetRow>? taskRows, List<SheetRow>? indicatorRows)
        {
            var targets = new List<(RawDepartmentTarget Target, List<RawTargetTask> Tasks, List<RawIndicator> Indicators)>();
            var byKey = new Dictionary<string, int>();
            foreach (var row in targetRows ?? [])
            {
                var target = new RawDepartmentTarget(At(DepartmentTargets, row))
                {
                    Unit = Code(row, 0), Objective = Str(row, 1), LongTermObjective = Str(row, 2),
                    StatedTotal = OptionalAmount(DepartmentTargets, row, 3),
                };
                byKey.TryAdd(target.Unit ?? "", targets.Count);
                targets.Add((target, [], []));
            }
            int Owner(TemplateSheet sheet, SheetRow row)
            {
                var unit = Code(row, 0);
                if (byKey.TryGetValue(unit ?? "", out var index)) return index;
                byKey[unit ?? ""] = targets.Count;
                targets.Add((new RawDepartmentTarget(Implicit(sheet, row, DepartmentTargets)) { Unit = unit }, [], []));
                return targets.Count - 1;
            }
            var t = DepartmentTasks;
            foreach (var row in taskRows ?? [])
                targets[Owner(t, row)].Tasks.Add(new RawTargetTask(At(t, row))
                {
                    Name = Str(row, 1), Kind = Str(row, 2), ProjectsText = Str(row, 3), Description = Str(row, 4),
                    StatedAmount = OptionalAmount(t, row, 5),
                });
            foreach (var row in indicatorRows ?? [])
                targets[Owner(DepartmentIndicators, row)].Indicators.Add(ReadIndicator(DepartmentIndicators, row, 1));
            raw.DepartmentTargets.AddRange(targets.Select(x => x.Target with { Tasks = x.Tasks, Indicators = x.Indicators }));
        }

        /// <summary>The indicator columns (一级指标 … 指标方向) from column <paramref name="first"/> on.</summary>
        private RawIndicator ReadIndicator(TemplateSheet sheet, SheetRow row, int first) => new(At(sheet, row))
        {
            Level1 = Str(row, first), Level2 = Str(row, first + 1), Name = Str(row, first + 2), Level4 = Str(row, first + 3),
            Nature = Str(row, first + 4), Value = ValueText(Cell(row, first + 5)), Measure = Str(row, first + 6),
            Weight = OptionalAmount(sheet, row, first + 7), Direction = Str(row, first + 8),
        };

        /// <summary>
        /// Where a target that has no row of its own (<paramref name="owner"/>) sits: the first row that names it. Its own
        /// fields (年度目标 …) are named as the columns of the sheet they belong in.
        /// </summary>
        private SourceLocation Implicit(TemplateSheet sheet, SheetRow row, TemplateSheet owner)
        {
            var labels = new Dictionary<string, string>(Labels(sheet.Name));
            foreach (var (field, label) in Labels(owner.Name))
                labels.TryAdd(field, owner.Columns.Any(c => c.Header == label) ? $"{label}（“{owner.Name}”表）" : label);
            return new SourceLocation(file, sheet.Name, row.Number) { FieldLabels = labels };
        }

        // ---- sheets ----

        private HashSet<uint>? _percentStyles;
        private HashSet<uint> PercentStyles => _percentStyles ??= [];
        private HashSet<uint>? _dateStyles;
        private HashSet<uint> DateStyles => _dateStyles ??= [];

        /// <summary>
        /// Cell formats (style indices) that show a number as a date or time: Excel's built-in 14–22, 27–36, 45–47 and
        /// 50–58 (the Chinese date formats), or a format code with y, m, d, h, s, 年, 月 or 日 outside quoted text.
        /// </summary>
        private HashSet<uint> DateFormats()
        {
            var styles = new HashSet<uint>();
            var stylesheet = _workbook!.WorkbookStylesPart?.Stylesheet;
            if (stylesheet?.CellFormats is not { } formats) return styles;
            var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
                .Where(f => f.NumberFormatId?.Value is not null && IsDateCode(f.FormatCode?.Value))
                .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
            uint index = 0;
            foreach (var format in formats.Elements<CellFormat>())
            {
                if (format.NumberFormatId?.Value is { } id && (id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58
                    || custom.Contains(id))) styles.Add(index);
                index++;
            }
            return styles;

            static bool IsDateCode(string? code)
            {
                if (string.IsNullOrEmpty(code) || code.Equals("General", StringComparison.OrdinalIgnoreCase)) return false;
                var quoted = false;
                for (var i = 0; i < code.Length; i++)
                {
                    var c = code[i];
                    if (c == '"') quoted = !quoted;
                    else if (quoted) continue;
                    else if (c is '\\' or '_' or '*') i++;
                    else if (c == '[')
                    {
                        var end = code.IndexOf(']', i + 1);
                        if (end < 0) return false;
                        // [h], [mm], [ss]: elapsed time; [Red], [$-804], [>100]: not a date.
                        if (code[(i + 1)..end].ToLowerInvariant() is var inner && inner.Length > 0 && inner.All(x => x is 'h' or 'm' or 's')) return true;
                        i = end;
                    }
                    else if ("yYmMdDhHsS年月日".Contains(c)) return true;
                }
                return false;
            }
        }

        /// <summary>Cell formats (style indices) that show a number as a percentage: built-in 9 and 10, or a format code with %.</summary>
        private HashSet<uint> PercentFormats()
        {
            var styles = new HashSet<uint>();
            var stylesheet = _workbook!.WorkbookStylesPart?.Stylesheet;
            if (stylesheet?.CellFormats is not { } formats) return styles;
            var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
                .Where(f => f.NumberFormatId?.Value is not null && IsPercentCode(f.FormatCode?.Value))
                .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
            uint index = 0;
            foreach (var format in formats.Elements<CellFormat>())
            {
                if (format.NumberFormatId?.Value is { } id && (id is 9 or 10 || custom.Contains(id))) styles.Add(index);
                index++;
            }
            return styles;

            // A % outside quoted text and not escaped.
            static bool IsPercentCode(string? code)
            {
                if (code is null) return false;
                var quoted = false;
                for (var i = 0; i < code.Length; i++)
                {
                    if (code[i] == '"') quoted = !quoted;
                    else if (!quoted && code[i] == '\\') i++;
                    else if (!quoted && code[i] == '%') return true;
                }
                return false;
            }
        }

        private string[] SharedStrings()
        {
            var table = _workbook!.SharedStringTablePart?.SharedStringTable;
            if (table is null) return [];
            return table.Elements<SharedStringItem>().Select(item =>
                item.Text is { } t ? t.Text : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text))).ToArray();
        }

        private List<SheetRow>? Sheet(string name, bool required)
        {
            var sheet = _workbook!.Workbook.Sheets!.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value?.Trim() == name);
            if (sheet?.Id?.Value is not { } id || _workbook.GetPartById(id) is not WorksheetPart part)
            {
                if (required)
                    _structure.Add(new InputError(new SourceLocation(file, name), $"缺少工作表“{name}”",
                        "请使用 yusuan template 生成的模板，不要删除或重命名工作表"));
                return null;
            }
            return Rows(part);
        }

        private List<SheetRow> Rows(WorksheetPart part)
        {
            var rows = new List<SheetRow>();
            var data = part.Worksheet?.GetFirstChild<SheetData>();
            if (data is null) return rows;
            var number = 0;
            foreach (var row in data.Elements<Row>())
            {
                number = row.RowIndex?.Value is { } r ? (int)r : number + 1;
                var cells = new List<CellRead>();
                var column = -1;
                foreach (var cell in row.Elements<Cell>())
                {
                    var index = ColumnIndex(cell.CellReference?.Value);
                    column = index >= 0 ? index : column + 1;
                    while (cells.Count <= column) cells.Add(default);
                    cells[column] = Value(cell);
                }
                rows.Add(new SheetRow(number, cells.ToArray()));
            }
            return rows;
        }

        private CellRead Value(Cell cell)
        {
            var type = cell.DataType?.Value;
            var stored = cell.CellValue?.Text;
            if (type == CellValues.SharedString)
                return new CellRead(int.TryParse(stored, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
                    && i >= 0 && i < _sharedStrings!.Length ? _sharedStrings[i] : null, false);
            if (type == CellValues.InlineString)
            {
                var inline = cell.InlineString;
                var text = inline is null ? stored
                    : inline.Text is { } t ? t.Text : string.Concat(inline.Elements<Run>().Select(r => r.Text?.Text));
                return new CellRead(text, false);
            }
            var formula = cell.CellFormula is { } f ? f.Text ?? "" : null;
            if (stored is null && formula is not null)
                return new CellRead("=" + formula, false) { Formula = formula };
            if (type == CellValues.Boolean)
                return new CellRead(stored == "1" ? "TRUE" : stored == "0" ? "FALSE" : stored, false) { IsBoolean = true, Formula = formula };
            if (type is null || type == CellValues.Number)
            {
                var style = cell.StyleIndex?.Value;
                return new CellRead(stored, true, style is { } p && PercentStyles.Contains(p))
                {
                    IsDate = style is { } d && DateStyles.Contains(d), Formula = formula,
                };
            }
            return new CellRead(stored, false) { Formula = formula };
        }

        /// <summary>The data rows of a line sheet after checking its header; null when the sheet is absent.</summary>
        private List<SheetRow>? Table(TemplateSheet sheet)
        {
            var rows = Sheet(sheet.Name, sheet.Required);
            if (rows is null) return null;
            var header = rows.FirstOrDefault(r => r.Number == 1);
            for (var c = 0; c < sheet.Columns.Count; c++)
            {
                var expected = sheet.Columns[c].Header;
                var actual = header is null || c >= header.Cells.Length ? null : header.Cells[c].Trimmed;
                if (NormalizeHeader(actual) == NormalizeHeader(expected)) continue;
                _structure.Add(new InputError(new SourceLocation(file, sheet.Name, 1, $"{ColumnName(c)} 列"),
                    actual is null ? $"表头应为“{expected}”，实为空" : $"表头应为“{expected}”，实为“{actual}”",
                    "第一行的表头应为：" + string.Join("、", sheet.Columns.Select(x => x.Header)) + "；请勿修改、插入或删除表头列"));
                break;
            }
            return rows.Where(r => r.Number > 1 && r.Cells.Take(sheet.Columns.Count).Any(x => !x.IsEmpty)).ToList();
        }

        private void ReadInfo(RawBudget raw, List<SheetRow> rows)
        {
            foreach (var label in InfoLabels)
            {
                var row = rows.FirstOrDefault(r => r.Cells.Length > 0 && NormalizeHeader(r.Cells[0].Text) == label);
                if (row is null)
                {
                    _structure.Add(new InputError(new SourceLocation(file, Info, Field: label), $"缺少“{label}”一行",
                        "“基本信息”表 A 列应有：" + string.Join("、", InfoLabels) + "，B 列填写内容"));
                    continue;
                }
                var value = row.Cells.Length > 1 ? row.Cells[1] : default;
                var at = new SourceLocation(file, Info, row.Number, label);
                switch (label)
                {
                    case InfoYear:
                        if (value.IsEmpty) break;
                        var text = value.Trimmed!.TrimEnd('年');
                        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
                            && y == decimal.Truncate(y) && y is >= 1900 and <= 2200)
                            raw.Year = (int)y;
                        else raw.ReadErrors.Add(new InputError(at, $"预算年度“{value.Trimmed}”无法识别", "填写四位年份，如 2025"));
                        break;
                    case InfoProfile: raw.Profile = value.Trimmed; break;
                    case InfoAmountUnit: raw.AmountUnit = value.Trimmed ?? "元"; break;
                    case InfoDepartmentCode: raw.DepartmentCode = CodeText(value); break;
                    case InfoDepartmentName: raw.DepartmentName = value.Trimmed; break;
                }
            }
        }

        // ---- records ----

        private RawExpenditure ReadExpenditure(RawBudget raw, SheetRow row)
        {
            var s = Expenditures;
            var (functional, functionalName) = CodeAndName(raw, s, row, 1, 2);
            var (economic, economicName) = CodeAndName(raw, s, row, 3, 4);
            return new RawExpenditure(At(s, row))
            {
                Unit = Code(row, 0),
                Functional = functional,
                FunctionalName = functionalName,
                Economic = economic,
                EconomicName = economicName,
                Nature = Str(row, 5),
                Project = Str(row, 6),
                Source = Str(row, 7),
                CarriedOver = YesNo(raw, s, row, 8),
                Government = SplitCode(CodeText(Cell(row, 9))).Code,
                Amount = Amount(s, row, 10),
            };
        }

        /// <summary>
        /// A code column that may hold “2080109” or “2080109 社会保险经办机构” (chosen from the list), and the name
        /// column next to it: the name goes to the assembler, which checks it against the year's catalog.
        /// </summary>
        private (string? Code, string? Name) CodeAndName(RawBudget raw, TemplateSheet sheet, SheetRow row, int codeColumn, int nameColumn)
        {
            var (code, nameInCode) = SplitCode(CodeText(Cell(row, codeColumn)));
            var name = Str(row, nameColumn);
            if (name is not null && nameInCode is not null && CatalogSet.Normalize(name) != CatalogSet.Normalize(nameInCode))
                raw.ReadErrors.Add(new InputError(At(sheet, row).WithField(sheet.Columns[nameColumn].Header),
                    $"名称“{name}”与编码栏中的“{code} {nameInCode}”不一致", "名称栏可以留空，或填写与编码一致的科目名称"));
            return (code, name ?? nameInCode);
        }

        private void ReadPrevious(RawBudget raw, SheetRow row)
        {
            var at = At(Previous, row);
            var measure = Str(row, 0);
            var amount = Cell(row, 1).IsEmpty ? null : Amount(Previous, row, 1);
            var reason = Str(row, 2);
            if (measure is null)
            {
                raw.ReadErrors.Add(new InputError(at.WithField(Previous.Columns[0].Header), "缺少指标", "从下拉清单中选择指标，或填写“项目：项目名称”"));
                return;
            }
            string? project = null;
            foreach (var prefix in new[] { ProjectMeasurePrefix, "项目:" })
                if (measure.StartsWith(prefix, StringComparison.Ordinal)) project = measure[prefix.Length..].Trim();
            if (project is not null)
            {
                if (project.Length == 0)
                    raw.ReadErrors.Add(new InputError(at.WithField(Previous.Columns[0].Header), "“项目：”后缺少项目名称"));
                else
                {
                    if (raw.PreviousProjects.ContainsKey(project))
                        raw.ReadErrors.Add(new InputError(at.WithField(Previous.Columns[0].Header), $"项目“{project}”的上年数重复填写"));
                    if (amount is not null) raw.PreviousProjects[project] = amount;
                    if (reason is not null) raw.PreviousReasons["projects." + project] = reason;
                }
                return;
            }
            var key = MeasureKey(measure);
            if (raw.PreviousFigures.ContainsKey(key) || raw.PreviousReasons.ContainsKey(key))
                raw.ReadErrors.Add(new InputError(at.WithField(Previous.Columns[0].Header), $"指标“{measure}”重复填写"));
            if (amount is not null) raw.PreviousFigures[key] = amount;
            if (reason is not null) raw.PreviousReasons[key] = reason;
        }

        /// <summary>“totalIncome 收入总计” → totalIncome; a known label alone (收入总计) → its key; anything else as written.</summary>
        private static string MeasureKey(string text)
        {
            var token = text.Split([' ', '\u3000', '\t'], 2, StringSplitOptions.RemoveEmptyEntries)[0];
            foreach (var (key, label) in KnownMeasures)
                if (token == key || token == label || text == label) return key;
            return token;
        }

        private IReadOnlyList<(string Source, RawAmount Amount)> SourceAmounts(TemplateSheet sheet, SheetRow row, int first)
        {
            var amounts = new List<(string, RawAmount)>();
            for (var i = 0; i < SourceColumns.Count; i++)
                if (!Cell(row, first + i).IsEmpty) amounts.Add((SourceColumns[i], Amount(sheet, row, first + i)));
            return amounts;
        }

        // ---- cells ----

        private SourceLocation At(TemplateSheet sheet, SheetRow row) => new(file, sheet.Name, row.Number) { FieldLabels = Labels(sheet.Name) };

        private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _labels = new();

        private IReadOnlyDictionary<string, string> Labels(string sheet) =>
            _labels.TryGetValue(sheet, out var l) ? l : _labels[sheet] = FieldLabels(sheet);

        private static CellRead Cell(SheetRow row, int column) => column < row.Cells.Length ? row.Cells[column] : default;

        private static string? Str(SheetRow row, int column) => Cell(row, column).Trimmed;

        private static string? Code(SheetRow row, int column) => CodeText(Cell(row, column));

        /// <summary>A code's text; a code typed into a number cell is stored as a number (2080109, or 2.080109E6).</summary>
        private static string? CodeText(CellRead cell)
        {
            var text = cell.Trimmed;
            if (text is null || !cell.IsNumber) return text;
            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? TemplateWriter.FormatDecimal(d) : text;
        }

        /// <summary>
        /// 指标值 as written. The template's column is text, so 95% stays “95%”; a number cell (pasted from another
        /// workbook) gives its digits, and one formatted as a percentage its percentage (0.95 → 95%).
        /// </summary>
        private static string? ValueText(CellRead cell)
        {
            var text = cell.Trimmed;
            if (text is null || !cell.IsNumber
                || !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return text;
            d = RoundSignificant(d, 15);
            return cell.IsPercent ? TemplateWriter.FormatDecimal(RoundSignificant(d * 100, 15)) + "%" : TemplateWriter.FormatDecimal(d);
        }

        private RawAmount Amount(TemplateSheet sheet, SheetRow row, int column) =>
            ParseAmount(Cell(row, column), At(sheet, row).WithField(sheet.Columns[column].Header));

        private RawAmount? OptionalAmount(TemplateSheet sheet, SheetRow row, int column) =>
            Cell(row, column).IsEmpty ? null : Amount(sheet, row, column);

        private bool YesNo(RawBudget raw, TemplateSheet sheet, SheetRow row, int column)
        {
            var text = Str(row, column);
            if (text is null) return false;
            switch (text.ToLowerInvariant())
            {
                case "是" or "true" or "1": return true;
                case "否" or "false" or "0": return false;
            }
            raw.ReadErrors.Add(new InputError(At(sheet, row).WithField(sheet.Columns[column].Header),
                $"“{text}”无法识别为是或否", "可填：是、否（留空表示否）"));
            return false;
        }
    }

    /// <summary>
    /// An amount from a cell, read by <see cref="AmountParser"/>. A number cell stores its value as text (e.g. 1183.38),
    /// read exactly, never through double; binary noise a spreadsheet program may have written (1183.3800000000001) is
    /// cut at 15 significant digits, the precision a spreadsheet keeps. A text cell holding a well-formed number
    /// (1,234.56, １２３４．５６) counts as that number; any other text is refused with what is wrong with it. A cell
    /// formatted as a date (Excel stores 2025-01-01 as 45658), a TRUE/FALSE cell and a formula are never amounts.
    /// </summary>
    private static RawAmount ParseAmount(CellRead cell, SourceLocation at)
    {
        if (cell.Formula is { } formula)
            return RawAmount.Refused("=" + formula, at, $"单元格是公式（={Shorten(formula)}），不是填写的金额",
                "直接填写金额数字；由公式算出的金额请“复制 → 选择性粘贴 → 数值”");
        if (cell.IsEmpty) return new RawAmount(null, null, at);
        var text = cell.Text!.Trim();
        if (cell.IsBoolean)
            return RawAmount.Refused(text, at, $"单元格是真假值（{text}），不是金额");
        if (cell.IsDate)
            return RawAmount.Refused(text, at, $"单元格是日期格式（Excel 把日期存为数字 {text}），不是金额",
                "把单元格格式改为“数值”或“常规”后重新填写金额");
        if (!cell.IsNumber) return RawAmount.FromText(text, at);
        var read = RawAmount.FromNumber(text, at);
        return read.Value is { } d ? read with { Value = RoundSignificant(d, 15) } : read;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    internal static decimal RoundSignificant(decimal value, int digits)
    {
        if (value == 0) return value;
        var abs = Math.Abs(value);
        var magnitude = 0;
        if (abs >= 1) for (var a = abs; a >= 10; a /= 10) magnitude++;
        else for (var a = abs; a < 1; a *= 10) magnitude--;
        var places = digits - 1 - magnitude;
        if (places < 0 || places > 28) return value;
        var rounded = Math.Round(value, places, MidpointRounding.AwayFromZero);
        return rounded == value ? value : rounded;
    }

    /// <summary>“2080109 社会保险经办机构” → (2080109, 社会保险经办机构); “2080109” → (2080109, null); text without a leading code as is.</summary>
    internal static (string? Code, string? Name) SplitCode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        text = text.Trim();
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        if (digits == 0 || digits == text.Length) return (text, null);
        var rest = text[digits..];
        if (!char.IsWhiteSpace(rest[0]) && "-—:：、".IndexOf(rest[0]) < 0) return (text, null);
        var name = rest.Trim().TrimStart('-', '—', ':', '：', '、').Trim();
        return (text[..digits], name.Length == 0 ? null : name);
    }
}

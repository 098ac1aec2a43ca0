using System.Globalization;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Core.Targets;

/// <summary>
/// Turns a budget's 绩效目标 into the forms its profile prints (<see cref="TargetProfile.Forms"/>). Texts come from the
/// targets as written; every amount comes from the budget's lines (<see cref="TargetAmounts"/>), never from a target.
/// A budget without targets gets no forms; a form kind with nothing to show is left out.
/// </summary>
public static class TargetFormBuilder
{
    /// <summary>The fields of an indicator a block column may show.</summary>
    public static IReadOnlyList<string> IndicatorFields { get; } =
        ["level1", "level2", "level3", "level4", "indicator", "nature", "value", "measure", "weight", "direction", "valueWithNature", "valueText"];

    public static IReadOnlyList<Form> Build(Budget budget, Profile? profile = null, CatalogSet? catalogs = null)
    {
        profile ??= ProfileLoader.Load(budget.ProfileId);
        catalogs ??= CatalogLoader.Load(budget.Year);
        return Build(new DerivedBudget(budget, catalogs, profile));
    }

    public static IReadOnlyList<Form> Build(DerivedBudget derived) => Build(new TargetAmounts(derived));

    public static IReadOnlyList<Form> Build(TargetAmounts amounts)
    {
        var derived = amounts.Derived;
        var budget = derived.Budget;
        var profile = derived.Profile;
        var forms = new List<Form>();
        var targets = budget.Targets;
        if (targets.Projects.Count == 0 && targets.Departments.Count == 0) return forms;
        var kinds = budget.Projects.ToDictionary(p => (p.UnitCode, p.Name), p => p.Kind);
        string? preamble = null;
        foreach (var definition in profile.Targets.Forms)
        {
            Validate(definition, profile.Id);
            var context = new FormContext(amounts, definition);
            var made = new List<Form>();
            switch (definition.Kind)
            {
                case FormDefinition.ProjectTableKind:
                    var listed = Ordered(derived, targets.Projects.Where(t => Wanted(definition, kinds, t))).ToList();
                    if (listed.Count > 0) made.Add(context.ProjectTable(listed));
                    break;
                case FormDefinition.ProjectKind:
                    foreach (var t in Ordered(derived, targets.Projects.Where(t => Wanted(definition, kinds, t))))
                        made.Add(context.ProjectForm(t));
                    break;
                case FormDefinition.DepartmentKind:
                    foreach (var d in targets.Departments)
                        made.Add(context.DepartmentForm(d));
                    break;
            }
            if (made.Count > 0 && definition.Coverage)
            {
                preamble ??= amounts.Coverage().Sentence(profile, budget.Year, Subject(budget));
                made[0] = made[0] with { Preamble = preamble };
            }
            forms.AddRange(made);
        }
        return forms;
    }

    /// <summary>The coverage figures of a budget (projects with targets, their money, their share of all project money).</summary>
    public static TargetCoverage Coverage(Budget budget, Profile? profile = null, CatalogSet? catalogs = null)
    {
        profile ??= ProfileLoader.Load(budget.ProfileId);
        catalogs ??= CatalogLoader.Load(budget.Year);
        return new TargetAmounts(new DerivedBudget(budget, catalogs, profile)).Coverage();
    }

    /// <summary>Whose budget it is, as the tables name it: the unit of a one-unit budget, else the department.</summary>
    public static string Subject(Budget budget) => budget.Units.Count == 1 ? budget.Units[0].Name : budget.Department.Name;

    private static bool Wanted(FormDefinition definition, Dictionary<(string, string), string> kinds, ProjectTarget t) =>
        definition.ProjectKinds.Count == 0 || (kinds.TryGetValue((t.UnitCode, t.ProjectName), out var k) && definition.ProjectKinds.Contains(k));

    /// <summary>Targets in the order of the project list (the order of the project tables), by unit.</summary>
    private static IEnumerable<ProjectTarget> Ordered(DerivedBudget derived, IEnumerable<ProjectTarget> targets) =>
        targets.Select((t, i) => (t, i))
            .OrderBy(x => derived.UnitIndex.TryGetValue(x.t.UnitCode, out var u) ? u : int.MaxValue)
            .ThenBy(x => derived.ProjectOrder.TryGetValue((x.t.UnitCode, x.t.ProjectName), out var p) ? p : int.MaxValue)
            .ThenBy(x => x.i)
            .Select(x => x.t);

    private static void Validate(FormDefinition d, string profileId)
    {
        string Where() => $"配置 {profileId} › targets › forms › {d.Id}";
        if (!FormDefinition.Kinds.Contains(d.Kind))
            throw new InvalidDataException($"{Where()}：表样类型“{d.Kind}”无法识别（可用：{string.Join("、", FormDefinition.Kinds)}）");
        if (d.Columns.Count == 0) throw new InvalidDataException($"{Where()}：没有列宽（columns）");
        foreach (var row in d.Rows)
        {
            var parts = new object?[] { row.Cells, row.Indicators, row.Tasks, row.Sources }.Count(p => p is not null);
            if (parts != 1) throw new InvalidDataException($"{Where()}：每一行须且只须是 cells、indicators、tasks、sources 之一");
            if (row.Tasks is not null && d.Kind != FormDefinition.DepartmentKind)
                throw new InvalidDataException($"{Where()}：只有整体支出表（department）有 tasks");
            if (row.Sources is not null && d.Kind == FormDefinition.ProjectTableKind)
                throw new InvalidDataException($"{Where()}：项目表（projectTable）没有 sources 行");
        }
    }

    /// <summary>Builds the grid of one form: rows are appended, cells placed left to right around row spans.</summary>
    private sealed class FormContext(TargetAmounts amounts, FormDefinition definition)
    {
        private readonly Budget _budget = amounts.Derived.Budget;
        private readonly Profile _profile = amounts.Derived.Profile;
        private Presentation P => _profile.Presentation;
        private int Width => definition.Columns.Count;

        private List<FormCell> _cells = [];
        private List<bool[]> _taken = [];
        private int _headerRows;
        private int _next;

        private void Reset()
        {
            _cells = [];
            _taken = [];
            _headerRows = 0;
            _next = 0;
        }

        private bool[] Row(int row)
        {
            while (_taken.Count <= row) _taken.Add(new bool[Width]);
            return _taken[row];
        }

        private void Place(FormCell cell)
        {
            var span = Math.Max(1, Math.Min(cell.ColumnSpan, Width - cell.Column));
            cell = cell with { ColumnSpan = span, RowSpan = Math.Max(1, cell.RowSpan) };
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                var taken = Row(r);
                for (var c = cell.Column; c < cell.Column + span; c++)
                {
                    if (taken[c]) throw new InvalidDataException($"配置 {_profile.Id} › targets › forms › {definition.Id}：第 {r + 1} 行第 {c + 1} 列被两个单元格占用");
                    taken[c] = true;
                }
            }
            _cells.Add(cell);
        }

        /// <summary>The row the next grid row or block starts on (cells spanning down from above may already sit in it).</summary>
        private int NextRow => _next;

        // ---- fields ----------------------------------------------------------------------------------------------

        private string UnitName(string? code) =>
            code is null ? _budget.Department.Name : _budget.Units.FirstOrDefault(u => u.Code == code)?.Name ?? code;

        private Dictionary<string, string?> Common() => new()
        {
            ["year"] = _budget.Year.ToString(CultureInfo.InvariantCulture),
            ["lastYear"] = (_budget.Year - 1).ToString(CultureInfo.InvariantCulture),
            ["yearBeforeLast"] = (_budget.Year - 2).ToString(CultureInfo.InvariantCulture),
            ["department"] = _budget.Department.Name,
            ["departmentCode"] = _budget.Department.Code,
            ["subject"] = Subject(_budget),
            ["unit"] = Subject(_budget),
        };

        private string Money(decimal? yuan) => yuan is { } v ? P.Format(v) : "";

        private Dictionary<string, string?> ProjectFields(ProjectTarget t, TargetMoney money)
        {
            var f = Common();
            var kind = _budget.Projects.FirstOrDefault(p => p.UnitCode == t.UnitCode && p.Name == t.ProjectName)?.Kind;
            var unitName = UnitName(t.UnitCode);
            f["unit"] = unitName;
            f["unitCode"] = t.UnitCode;
            f["unitCodeName"] = $"{t.UnitCode}-{unitName}";
            f["project"] = t.ProjectName;
            f["kind"] = kind;
            f["attribute"] = t.Attribute;
            f["period"] = t.Period;
            f["basis"] = t.Basis;
            f["annualGoal"] = t.AnnualGoal;
            f["longTermGoal"] = t.LongTermGoal;
            foreach (var key in AmountKeys) f[key] = Money(ProjectAmount(t, money, key));
            return f;
        }

        private static readonly string[] AmountKeys = ["amount", "fiscal", "other", "carriedOver", "procurement", "servicePurchase", "previousYear"];

        private decimal? ProjectAmount(ProjectTarget t, TargetMoney money, string key) => key switch
        {
            "amount" => money.Total,
            "fiscal" => money.Fiscal,
            "other" => money.Other,
            "carriedOver" => money.CarriedOver,
            "procurement" => amounts.Procurement(t.UnitCode, t.ProjectName),
            "servicePurchase" => amounts.ServicePurchase(t.UnitCode, t.ProjectName),
            "previousYear" => amounts.PreviousYear(t.ProjectName),
            _ => MoneyAmount(money, key),
        };

        private decimal? MoneyAmount(TargetMoney money, string key) => key switch
        {
            "amount" => money.Total,
            "fiscal" => money.Fiscal,
            "other" => money.Other,
            "carriedOver" => money.CarriedOver,
            _ when IncomeSources.TryParse(key, out var source) => money.Of(source),
            _ => throw new InvalidDataException($"配置 {_profile.Id} › targets › forms › {definition.Id}：金额“{key}”无法识别（可用：amount、fiscal、other、carriedOver、procurement、servicePurchase、previousYear 或资金来源名称）"),
        };

        private Dictionary<string, string?> DepartmentFields(DepartmentTarget d, TargetMoney money)
        {
            var f = Common();
            f["unit"] = d.UnitCode is null ? Subject(_budget) : UnitName(d.UnitCode);
            f["unitCode"] = d.UnitCode ?? _budget.Department.Code;
            f["objective"] = d.Objective;
            f["longTermObjective"] = d.LongTermObjective;
            f["amount"] = Money(money.Total);
            f["fiscal"] = Money(money.Fiscal);
            f["other"] = Money(money.Other);
            return f;
        }

        private static void IndicatorFieldsOf(Indicator i, Dictionary<string, string?> f)
        {
            f["level1"] = i.Level1;
            f["level2"] = i.Level2;
            f["level3"] = i.Name;
            f["level4"] = i.Level4;
            f["indicator"] = i.Level4 ?? i.Name;
            f["nature"] = i.Nature.Symbol();
            f["value"] = i.Value;
            f["measure"] = i.Measure;
            f["weight"] = i.Weight?.ToString("0.##", CultureInfo.InvariantCulture);
            f["direction"] = i.Direction?.ChineseName();
            var withNature = i.Nature switch
            {
                IndicatorNature.AtLeast when i.Value.Length > 0 => "≥" + i.Value,
                IndicatorNature.AtMost when i.Value.Length > 0 => "≤" + i.Value,
                _ => i.Value,
            };
            f["valueWithNature"] = withNature;
            f["valueText"] = string.IsNullOrEmpty(i.Measure) || i.Value.EndsWith(i.Measure, StringComparison.Ordinal) ? withNature : withNature + i.Measure;
        }

        // ---- forms -----------------------------------------------------------------------------------------------

        private Form Finish(Dictionary<string, string?> fields, string? unitCode, string? projectName)
        {
            var rowCount = Math.Max(_taken.Count, _next);
            return new Form
            {
                Definition = definition.Id,
                Kind = definition.Kind,
                Number = Blank(FormTemplate.Fill(definition.Number, fields, keepWhenEmpty: true)),
                Title = FormTemplate.Fill(definition.Title, fields, keepWhenEmpty: true),
                Subtitle = Blank(FormTemplate.Fill(definition.Subtitle, fields)),
                Above = Lines(definition.Above, fields),
                Subject = FormTemplate.Fill(definition.SubjectLabel, fields, keepWhenEmpty: true),
                UnitLabel = FormTemplate.Fill(definition.UnitLabel, fields, keepWhenEmpty: true),
                ColumnWidths = definition.Columns,
                RowCount = rowCount,
                Cells = _cells.OrderBy(c => c.Row).ThenBy(c => c.Column).ToList(),
                HeaderRows = _headerRows,
                Below = Lines(definition.Below, fields),
                Presentation = P,
                Landscape = definition.Landscape,
                SheetName = definition.SheetName,
                UnitCode = unitCode,
                ProjectName = projectName,
            };
        }

        private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s;

        private static IReadOnlyList<FormLine> Lines(IReadOnlyList<IReadOnlyList<string>> lines, Dictionary<string, string?> fields) =>
            lines.Select(l => new FormLine(l.Select(p => FormTemplate.Fill(p, fields, keepWhenEmpty: true)).ToList())).ToList();

        public Form ProjectTable(IReadOnlyList<ProjectTarget> targets)
        {
            Reset();
            var fields = Common();
            var blocks = targets.Select(t =>
            {
                var money = amounts.Project(t);
                return (Target: t, Money: money, Fields: ProjectFields(t, money));
            }).ToList();
            var first = true;
            foreach (var row in definition.Rows)
            {
                if (row.Cells is not null) CellsRow(row.Cells, fields, null);
                else if (row.Indicators is { } block)
                {
                    var items = blocks.Select(b => (b.Fields, (IReadOnlyList<Indicator>)b.Target.Indicators, (Func<string, decimal?>)(k => ProjectAmount(b.Target, b.Money, k)))).ToList();
                    IndicatorBlock(block, items, markHeader: first);
                }
                first = false;
            }
            return Finish(fields, null, null);
        }

        public Form ProjectForm(ProjectTarget target)
        {
            Reset();
            var money = amounts.Project(target);
            var fields = ProjectFields(target, money);
            decimal? Amount(string key) => ProjectAmount(target, money, key);
            foreach (var row in definition.Rows)
            {
                if (row.Cells is not null) CellsRow(row.Cells, fields, Amount);
                else if (row.Indicators is { } block) IndicatorBlock(block, [(fields, target.Indicators, Amount)], markHeader: false);
                else if (row.Sources is { } sources) SourcesBlock(sources, money);
            }
            return Finish(fields, target.UnitCode, target.ProjectName);
        }

        public Form DepartmentForm(DepartmentTarget target)
        {
            Reset();
            var total = amounts.Tasks(target);
            var fields = DepartmentFields(target, total);
            decimal? Amount(string key) => MoneyAmount(total, key);
            foreach (var row in definition.Rows)
            {
                if (row.Cells is not null) CellsRow(row.Cells, fields, Amount);
                else if (row.Indicators is { } block) IndicatorBlock(block, [(fields, target.Indicators, Amount)], markHeader: false);
                else if (row.Tasks is { } tasks) TaskBlock(tasks, target, total, fields);
            }
            return Finish(fields, target.UnitCode, null);
        }

        // ---- rows ------------------------------------------------------------------------------------------------

        private static FormAlign AlignOf(string? align, FormAlign fallback) => align?.Trim().ToLowerInvariant() switch
        {
            "left" => FormAlign.Left,
            "center" or "centre" => FormAlign.Center,
            "right" => FormAlign.Right,
            _ => fallback,
        };

        private void CellsRow(IReadOnlyList<FormCellDefinition> cells, Dictionary<string, string?> fields, Func<string, decimal?>? amount)
        {
            var row = NextRow;
            var taken = Row(row);
            var column = 0;
            FormCell? last = null;
            foreach (var def in cells)
            {
                while (column < Width && taken[column]) column++;
                if (column >= Width) break;
                var cell = MakeCell(row, column, def, fields, amount) with { ColumnSpan = Math.Max(1, def.Span), RowSpan = Math.Max(1, def.RowSpan) };
                Place(cell);
                last = _cells[^1];
                column = last.Column + last.ColumnSpan;
            }
            // The last cell reaches to the grid's edge, so a definition need not count columns exactly.
            if (last is not null)
            {
                var end = last.Column + last.ColumnSpan;
                var free = end;
                while (free < Width && Enumerable.Range(last.Row, last.RowSpan).All(r => !Row(r)[free])) free++;
                if (free > end)
                {
                    _cells.RemoveAt(_cells.Count - 1);
                    for (var r = last.Row; r < last.Row + last.RowSpan; r++)
                        for (var c = last.Column; c < end; c++) Row(r)[c] = false;
                    Place(last with { ColumnSpan = free - last.Column });
                }
            }
            if (cells.Count == 0) Row(row);
            _next = row + 1;
        }

        private FormCell MakeCell(int row, int column, FormCellDefinition def, Dictionary<string, string?> fields, Func<string, decimal?>? amount)
        {
            if (def.Label is not null) return FormCell.Label(row, column, def.Label) with { Align = AlignOf(def.Align, FormAlign.Center) };
            if (def.Amount is not null)
            {
                var value = amount?.Invoke(def.Amount);
                return FormCell.Money(row, column, value) with { Align = AlignOf(def.Align, FormAlign.Right) };
            }
            if (def.Choice is not null)
                return FormCell.Of(row, column, Choice(fields.GetValueOrDefault(def.Choice), def.Options)) with { Align = AlignOf(def.Align, FormAlign.Left) };
            var text = def.Value is not null ? fields.GetValueOrDefault(def.Value) : FormTemplate.Fill(def.Text, fields, keepWhenEmpty: true);
            return FormCell.Of(row, column, text) with { Align = AlignOf(def.Align, FormAlign.Left) };
        }

        /// <summary>□新增项目 ■延续项目: the option the value names is ticked (新增 ticks 新增项目, 经常性 ticks 经常性).</summary>
        public static string Choice(string? value, IReadOnlyList<string> options)
        {
            var v = Core(value);
            return string.Join("　", options.Select(o =>
            {
                var core = Core(o);
                var ticked = v.Length > 0 && core.Length > 0 && (v.Contains(core, StringComparison.Ordinal) || core.Contains(v, StringComparison.Ordinal));
                // ■ and □ are GB2312 symbols every CJK font has (☑ is missing from WenQuanYi, the PDF's font).
                return (ticked ? "■" : "□") + o;
            }));
        }

        private static string Core(string? s)
        {
            var t = (s ?? "").Trim();
            return t.EndsWith("项目", StringComparison.Ordinal) && t.Length > 2 ? t[..^2] : t;
        }

        /// <summary>The header row(s) of a block: grouped columns get a spanning group header above their own.</summary>
        private int HeaderRowsOf(FormBlockDefinition block) => !block.Header ? 0 : block.Columns.Any(c => c.Group is not null) ? 2 : 1;

        private void BlockHeader(FormBlockDefinition block, int row, int firstColumn)
        {
            var depth = HeaderRowsOf(block);
            if (depth == 0) return;
            var column = firstColumn;
            for (var i = 0; i < block.Columns.Count; i++)
            {
                var c = block.Columns[i];
                var span = SpanOf(block, i, firstColumn);
                if (c.Group is { } group)
                {
                    if (i == 0 || block.Columns[i - 1].Group != group)
                    {
                        var groupSpan = 0;
                        for (var j = i; j < block.Columns.Count && block.Columns[j].Group == group; j++) groupSpan += SpanOf(block, j, firstColumn);
                        Place(new FormCell(row, column, FormCellKind.Label, group) { ColumnSpan = groupSpan, Heading = true, Align = FormAlign.Center });
                    }
                    Place(new FormCell(row + 1, column, FormCellKind.Label, c.Header) { ColumnSpan = span, Heading = true, Align = FormAlign.Center });
                }
                else Place(new FormCell(row, column, FormCellKind.Label, c.Header) { ColumnSpan = span, RowSpan = depth, Heading = true, Align = FormAlign.Center });
                column += span;
            }
        }

        /// <summary>A column's span; the last column reaches to the grid's edge.</summary>
        private int SpanOf(FormBlockDefinition block, int index, int firstColumn)
        {
            if (index < block.Columns.Count - 1) return Math.Max(1, block.Columns[index].Span);
            var used = firstColumn;
            for (var i = 0; i < index; i++) used += Math.Max(1, block.Columns[i].Span);
            return Math.Max(1, Width - used);
        }

        private int Label(FormBlockDefinition block, int row, int rows)
        {
            if (block.Label is null) return 0;
            var span = Math.Max(1, block.LabelSpan);
            Place(new FormCell(row, 0, FormCellKind.Label, block.Label) { ColumnSpan = span, RowSpan = Math.Max(1, rows), Align = FormAlign.Center });
            return span;
        }

        private void EnsureFree(int row)
        {
            if (row < _taken.Count && _taken[row].Any(t => t))
                throw new InvalidDataException($"配置 {_profile.Id} › targets › forms › {definition.Id}：单元格的跨行（rowSpan）伸进了指标、任务或资金来源块");
        }

        /// <summary>Is the column about the project (a projectTable's 单位名称, 项目名称, 预算数), i.e. one cell per project block?</summary>
        private static bool ProjectScoped(FormColumnDefinition c)
        {
            if (c.Amount is not null) return true;
            var names = c.Value is not null ? [c.Value] : FormTemplate.Names(c.Text).ToList();
            return names.Count > 0 && names.All(n => !IndicatorFields.Contains(n));
        }

        private void IndicatorBlock(FormBlockDefinition block,
            IReadOnlyList<(Dictionary<string, string?> Fields, IReadOnlyList<Indicator> Indicators, Func<string, decimal?> Amount)> groups, bool markHeader)
        {
            var start = NextRow;
            EnsureFree(start);
            var header = HeaderRowsOf(block);
            var rows = new List<(int Group, Dictionary<string, string?> Fields, Indicator? Indicator)>();
            for (var g = 0; g < groups.Count; g++)
            {
                if (groups[g].Indicators.Count == 0) { rows.Add((g, groups[g].Fields, null)); continue; }
                foreach (var i in groups[g].Indicators)
                {
                    var f = new Dictionary<string, string?>(groups[g].Fields);
                    IndicatorFieldsOf(i, f);
                    rows.Add((g, f, i));
                }
            }
            var labelSpan = Label(block, start, header + rows.Count);
            BlockHeader(block, start, labelSpan);
            if (markHeader) _headerRows = start + header;
            var first = start + header;
            _next = first + rows.Count;
            if (rows.Count == 0) return;

            // Texts of every column on every row, then runs of equal values for merged columns.
            var n = block.Columns.Count;
            var texts = new string?[rows.Count, n];
            for (var r = 0; r < rows.Count; r++)
                for (var c = 0; c < n; c++)
                {
                    var col = block.Columns[c];
                    texts[r, c] = rows[r].Indicator is null && !ProjectScoped(col)
                        ? (c == FirstIndicatorColumn(block) ? block.Empty : null)
                        : col.Value is not null ? rows[r].Fields.GetValueOrDefault(col.Value) : FormTemplate.Fill(col.Text, rows[r].Fields);
                }
            var breaks = new bool[rows.Count];
            for (var r = 0; r < rows.Count; r++) breaks[r] = r == 0 || rows[r].Group != rows[r - 1].Group;

            var column = labelSpan;
            var lastMergedRunStart = (bool[])breaks.Clone();
            for (var c = 0; c < n; c++)
            {
                var col = block.Columns[c];
                var span = SpanOf(block, c, labelSpan);
                if (ProjectScoped(col))
                {
                    for (var r = 0; r < rows.Count; r++)
                    {
                        if (!breaks[r]) continue;
                        var length = 1;
                        while (r + length < rows.Count && !breaks[r + length]) length++;
                        var g = groups[rows[r].Group];
                        var cell = col.Amount is not null
                            ? FormCell.Money(first + r, column, g.Amount(col.Amount)) with { Align = AlignOf(col.Align, FormAlign.Right) }
                            : FormCell.Of(first + r, column, texts[r, c]) with { Align = AlignOf(col.Align, FormAlign.Left) };
                        Place(cell with { ColumnSpan = span, RowSpan = length });
                    }
                }
                else if (col.Merge)
                {
                    var starts = new bool[rows.Count];
                    for (var r = 0; r < rows.Count; r++)
                        starts[r] = breaks[r] || lastMergedRunStart[r] || texts[r, c] != texts[r - 1, c];
                    for (var r = 0; r < rows.Count; r++)
                    {
                        if (!starts[r]) continue;
                        var length = 1;
                        while (r + length < rows.Count && !starts[r + length]) length++;
                        Place(FormCell.Of(first + r, column, texts[r, c]) with { ColumnSpan = span, RowSpan = length, Align = AlignOf(col.Align, FormAlign.Center) });
                    }
                    for (var r = 0; r < rows.Count; r++) lastMergedRunStart[r] |= starts[r];
                }
                else
                {
                    var number = 0;
                    for (var r = 0; r < rows.Count; r++)
                    {
                        var text = texts[r, c];
                        if (col.Numbered)
                        {
                            number = lastMergedRunStart[r] ? 1 : number + 1;
                            if (!string.IsNullOrEmpty(text) && !AlreadyNumbered(text)) text = $"{number}. {text}";
                        }
                        var isWeight = col.Value == "weight" && rows[r].Indicator?.Weight is not null;
                        var cell = isWeight
                            ? new FormCell(first + r, column, FormCellKind.Number, null, rows[r].Indicator!.Weight) { Align = AlignOf(col.Align, FormAlign.Center) }
                            : FormCell.Of(first + r, column, text) with { Align = AlignOf(col.Align, DefaultAlign(col)) };
                        Place(cell with { ColumnSpan = span });
                    }
                }
                column += span;
            }
        }

        /// <summary>A text the unit numbered itself (1. 党报征订份数, 2、…) keeps its own number.</summary>
        private static bool AlreadyNumbered(string text)
        {
            var i = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            return i > 0 && i < text.Length && text[i] is '.' or '、' or '．' or ')' or '）';
        }

        private static int FirstIndicatorColumn(FormBlockDefinition block)
        {
            for (var i = 0; i < block.Columns.Count; i++)
                if (!ProjectScoped(block.Columns[i])) return i;
            return 0;
        }

        private static FormAlign DefaultAlign(FormColumnDefinition c) => c.Value switch
        {
            "nature" or "measure" or "direction" or "value" or "valueWithNature" or "valueText" or "weight" or "level1" or "level2" => FormAlign.Center,
            _ => FormAlign.Left,
        };

        private void TaskBlock(FormBlockDefinition block, DepartmentTarget target, TargetMoney total, Dictionary<string, string?> fields)
        {
            var start = NextRow;
            EnsureFree(start);
            var header = HeaderRowsOf(block);
            var items = target.Tasks;
            var bodyRows = Math.Max(items.Count, 1) + (block.Total is null ? 0 : 1);
            var labelSpan = Label(block, start, header + bodyRows);
            BlockHeader(block, start, labelSpan);
            var row = start + header;

            void TotalRow()
            {
                var column = labelSpan;
                for (var c = 0; c < block.Columns.Count; c++)
                {
                    var col = block.Columns[c];
                    var span = SpanOf(block, c, labelSpan);
                    var cell = col.Amount is not null
                        ? FormCell.Money(row, column, MoneyAmount(total, col.Amount)) with { Align = AlignOf(col.Align, FormAlign.Right) }
                        : c == block.TotalColumn
                            ? FormCell.Label(row, column, block.Total!) with { Align = FormAlign.Center }
                            : FormCell.Of(row, column, null);
                    Place(cell with { ColumnSpan = span });
                    column += span;
                }
                row++;
            }

            if (block.Total is not null && block.TotalFirst) TotalRow();
            if (items.Count == 0)
            {
                Place(FormCell.Of(row, labelSpan, block.Empty) with { ColumnSpan = Width - labelSpan, Align = FormAlign.Center });
                row++;
            }
            var shares = amounts.TaskShares(target);
            for (var t = 0; t < items.Count; t++)
            {
                var task = items[t];
                var money = shares[t];
                var f = new Dictionary<string, string?>(fields)
                {
                    ["name"] = task.Name, ["kind"] = task.Kind, ["description"] = task.Description,
                    ["amount"] = Money(money?.Total), ["fiscal"] = Money(money?.Fiscal), ["other"] = Money(money?.Other),
                };
                var column = labelSpan;
                for (var c = 0; c < block.Columns.Count; c++)
                {
                    var col = block.Columns[c];
                    var span = SpanOf(block, c, labelSpan);
                    var cell = col.Amount is not null
                        ? FormCell.Money(row, column, money is null ? null : MoneyAmount(money, col.Amount)) with { Align = AlignOf(col.Align, FormAlign.Right) }
                        : FormCell.Of(row, column, col.Value is not null ? f.GetValueOrDefault(col.Value) : FormTemplate.Fill(col.Text, f))
                            with { Align = AlignOf(col.Align, col.Value == "name" ? FormAlign.Center : FormAlign.Left) };
                    Place(cell with { ColumnSpan = span });
                    column += span;
                }
                row++;
            }
            if (block.Total is not null && !block.TotalFirst) TotalRow();
            _next = row;
        }

        private void SourcesBlock(FormBlockDefinition block, TargetMoney money)
        {
            var start = NextRow;
            EnsureFree(start);
            var header = HeaderRowsOf(block);
            var labelSpan = Label(block, start, header + 1);
            BlockHeader(block, start, labelSpan);
            var named = block.Columns.SelectMany(c => c.Sources).Select(s => IncomeSources.TryParse(s, out var x) ? x : (IncomeSource?)null)
                .Where(s => s is not null).Select(s => s!.Value).ToHashSet();
            var row = start + header;
            _next = row + 1;
            var column = labelSpan;
            for (var c = 0; c < block.Columns.Count; c++)
            {
                var col = block.Columns[c];
                var span = SpanOf(block, c, labelSpan);
                decimal? value = col.Amount switch
                {
                    "rest" => IncomeSources.All.Where(s => !named.Contains(s)).Sum(money.Of),
                    { } key => MoneyAmount(money, key),
                    null when col.Sources.Count > 0 => col.Sources.Sum(s => s == "财政拨款" ? money.Fiscal
                        : IncomeSources.TryParse(s, out var x) ? money.Of(x)
                        : throw new InvalidDataException($"配置 {_profile.Id} › targets › forms › {definition.Id}：资金来源“{s}”无法识别")),
                    _ => null,
                };
                Place(FormCell.Money(row, column, value) with { ColumnSpan = span, Align = AlignOf(col.Align, FormAlign.Right) });
                column += span;
            }
        }
    }
}

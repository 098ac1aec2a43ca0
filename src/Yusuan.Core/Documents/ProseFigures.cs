using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;

namespace Yusuan.Core.Documents;

/// <summary>What a figure is: money (printed as the tables print it), a percentage, or a count.</summary>
internal enum FigureKind { Amount, Percent, Count }

/// <summary>
/// A figure of the prose: its exact value (元 for money, a ratio for a percentage), the figure printed (万元 rounded as the
/// table prints it, a percentage rounded once, a count) and where it comes from. A figure whose input is missing has a
/// <see cref="MissingField"/> and prints a placeholder.
/// </summary>
internal sealed record Figure(FigureKind Kind, decimal? Exact, decimal Shown, FigureSource Source)
{
    public string? MissingField { get; init; }
    public string? MissingLabel { get; init; }
    public bool Missing => MissingField is not null;
    public int Sign => Math.Sign(Shown);

    public static Figure Absent(string field, string label) =>
        new(FigureKind.Amount, null, 0m, new FigureSource("缺少输入：" + label) { Input = field }) { MissingField = field, MissingLabel = label };
}

/// <summary>A slot's value: a figure, a text (null when the input lacks it), or a list of items.</summary>
internal abstract record SlotValue;

internal sealed record FigureValue(Figure Figure) : SlotValue;

internal sealed record TextValue(string? Text, FigureSource Source, string Field, string Label) : SlotValue
{
    public static TextValue Given(string text, string description, string? input = null) =>
        new(text, new FigureSource(description) { Input = input }, input ?? "", description);
}

internal sealed record ListValue(IReadOnlyList<IReadOnlyDictionary<string, SlotValue>> Items, ListDefinition Definition) : SlotValue;

/// <summary>Where a template is filled: the whole department or one unit, and inside a list item its slots.</summary>
internal sealed class Scope(Scope? parent, BudgetUnit? unit, IReadOnlyDictionary<string, SlotValue>? slots)
{
    public Scope? Parent { get; } = parent;
    public BudgetUnit? Unit { get; } = unit;
    public IReadOnlyDictionary<string, SlotValue>? Slots { get; } = slots;

    public SlotValue? Local(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
            if (s.Slots is not null && s.Slots.TryGetValue(name, out var v)) return v;
        return null;
    }

    public Scope WithItem(IReadOnlyDictionary<string, SlotValue> item) => new(this, Unit, item);

    public Scope ForUnit(BudgetUnit unit) => new(this, unit, null);
}

/// <summary>
/// The figures, lists and texts of a profile's <c>document</c>, resolved against the derived tables of one budget: every
/// money figure is a printed table cell (<see cref="Table.Shown(TableRow, int)"/>) or a sum of such cells, every share
/// and change is computed from the exact values and rounded once.
/// </summary>
internal sealed class ProseFigures
{
    private readonly DerivedBudget _derived;
    private readonly DocumentProfile _doc;
    private readonly IReadOnlyDictionary<string, Table> _tables;
    private readonly Presentation _presentation;
    private readonly Dictionary<(string Name, string? Unit), SlotValue> _cache = new();
    private readonly HashSet<(string, string?)> _resolving = [];
    private TargetCoverage? _coverage;

    public ProseFigures(DerivedBudget derived, DocumentProfile doc, IReadOnlyDictionary<string, Table> tables)
    {
        _derived = derived;
        _doc = doc;
        _tables = tables;
        _presentation = derived.Profile.Presentation;
    }

    private Budget Budget => _derived.Budget;
    private NarrativeInputs Narrative => Budget.Narrative ?? new NarrativeInputs();

    public string Subject(Scope scope) => scope.Unit?.Name ?? TargetFormBuilder.Subject(Budget);

    // ---- slots ------------------------------------------------------------------------------------------------------

    /// <summary>A slot by name: the list item's own slots, the built-ins, then the profile's figures, lists and texts.</summary>
    public SlotValue Resolve(string name, Scope scope)
    {
        if (scope.Local(name) is { } local) return local;
        switch (name)
        {
            case "year":
                return new FigureValue(Count(Budget.Year, new FigureSource("预算年度") { Value = Budget.Year }));
            case "previousYear":
                return new FigureValue(Count(Budget.Year - 1, new FigureSource("上一年度（预算年度减 1）") { Value = Budget.Year - 1 }));
            case "subject":
                return TextValue.Given(Subject(scope), scope.Unit is null ? "单位或部门名称（units / department）" : $"单位名称（units › {scope.Unit.Code}）");
            case "department":
                return TextValue.Given(Budget.Department.Name, "部门名称（department.name）");
        }
        if (name.StartsWith("reason.", StringComparison.Ordinal))
        {
            var key = name["reason.".Length..];
            var field = "previousYear.reasons." + key;
            return Budget.PreviousYear.Reasons.TryGetValue(key, out var reason) && !string.IsNullOrWhiteSpace(reason)
                ? TextValue.Given(reason.Trim(), "增减原因（" + field + "）", field)
                : new TextValue(null, new FigureSource("缺少输入：增减原因") { Input = field }, field, "增减变化的原因");
        }
        var cacheKey = (name, scope.Unit?.Code);
        if (_cache.TryGetValue(cacheKey, out var cached)) return cached;
        if (!_resolving.Add(cacheKey)) throw new InvalidDataException($"配置 document 中的数字“{name}”引用了自身");
        try
        {
            // A profile's figure or list depends on the unit in scope only, never on a list item's slots: it is cached so.
            var unitScope = new Scope(null, scope.Unit, null);
            SlotValue value;
            if (_doc.Figures.TryGetValue(name, out var figure)) value = new FigureValue(Compute(name, figure, unitScope));
            else if (_doc.Lists.TryGetValue(name, out var list)) value = new ListValue(Items(name, list, unitScope), list);
            else if (_doc.Texts.TryGetValue(name, out var label))
            {
                var field = "narrative." + name;
                value = Narrative.Texts.TryGetValue(name, out var text) && !string.IsNullOrWhiteSpace(text)
                    ? TextValue.Given(text.Trim(), label + "（" + field + "）", field)
                    : new TextValue(null, new FigureSource("缺少输入：" + label) { Input = field }, field, label);
            }
            else throw new InvalidDataException(
                $"配置 document 中的“{{{name}}}”不是已定义的数字（figures）、列表（lists）或文字（texts），也不是 year、previousYear、subject、department、reason.…");
            _cache[cacheKey] = value;
            return value;
        }
        finally { _resolving.Remove(cacheKey); }
    }

    public Figure FigureOf(string name, Scope scope) => Resolve(name, scope) switch
    {
        FigureValue f => f.Figure,
        ListValue l => Count(l.Items.Count, new FigureSource($"“{name}”的项数") { Value = l.Items.Count }),
        _ => throw new InvalidDataException($"配置 document 中的“{name}”是文字，不是数字"),
    };

    // ---- figures ----------------------------------------------------------------------------------------------------

    private Figure Compute(string name, FigureDefinition def, Scope scope)
    {
        var label = def.Label ?? name;
        if (def.Table is not null) return Cell(name, def, scope);
        if (def.Previous is { } key)
        {
            var field = "previousYear." + key;
            return Budget.PreviousYear.Figures.TryGetValue(key, out var yuan)
                ? Money(yuan, _presentation.Printed(yuan), new FigureSource($"{label}：上年数（{field}）") { Value = yuan, Input = field })
                : Figure.Absent(field, label);
        }
        if (def.ThreePublicPrevious is { } part) return ThreePublicPrevious(part, label, scope);
        if (def.Change is { } changed)
        {
            var a = FigureOf(changed, scope);
            var b = FigureOf(def.From ?? throw new InvalidDataException($"配置 document.figures.{name}：change 缺少 from"), scope);
            if (a.Missing) return a;
            if (b.Missing) return b;
            var exact = (a.Exact ?? 0m) - (b.Exact ?? 0m);
            return Money(exact, _presentation.Printed(exact),
                new FigureSource($"{label}：{Describe(a)} 减 {Describe(b)}，由精确值相减后舍入一次") { Value = exact });
        }
        if (def.Ratio is { } part1)
        {
            var a = FigureOf(part1, scope);
            var b = FigureOf(def.Of ?? throw new InvalidDataException($"配置 document.figures.{name}：ratio 缺少 of"), scope);
            if (a.Missing) return a;
            if (b.Missing) return b;
            return Ratio(a, b, label);
        }
        if (def.Count is { } listName)
        {
            var n = FigureOf(listName, scope).Exact ?? 0m;
            return Count(n, new FigureSource($"{label}：“{listName}”的项数") { Value = n });
        }
        if (def.Input is { } input)
        {
            var field = "narrative.counts." + input;
            return Narrative.Counts.TryGetValue(input, out var n)
                ? Count(n, new FigureSource($"{label}（{field}）") { Value = n, Input = field })
                : Figure.Absent(field, label);
        }
        if (def.Sum.Count > 0)
        {
            var parts = def.Sum.Select(n => FigureOf(n, scope)).ToList();
            if (parts.FirstOrDefault(p => p.Missing) is { } missing) return missing;
            var kind = parts.All(p => p.Kind == FigureKind.Count) ? FigureKind.Count : FigureKind.Amount;
            var exact = parts.Sum(p => p.Exact ?? 0m);
            var shown = kind == FigureKind.Count ? exact : _presentation.Printed(exact);
            return new Figure(kind, exact, shown, new FigureSource($"{label}：{string.Join(" 加 ", parts.Select(Describe))}") { Value = exact });
        }
        if (def.Constant is { } constant) return Count(constant, new FigureSource($"{label}（配置 document.figures.{name}）") { Value = constant });
        if (def.Coverage is { } what) return Coverage(what, label);
        throw new InvalidDataException($"配置 document.figures.{name} 没有说明取自哪里（table、previous、change、ratio、count、input、constant、coverage …）");
    }

    public Figure Ratio(Figure a, Figure b, string label)
    {
        if (b.Exact is not { } whole || whole == 0m)
            return new Figure(FigureKind.Percent, null, 0m, new FigureSource($"{label}：{Describe(b)} 为零，无比例"));
        var ratio = (a.Exact ?? 0m) / whole;
        var shown = Math.Round(ratio * 100m, _doc.Numbers.PercentDecimals, MidpointRounding.AwayFromZero);
        return new Figure(FigureKind.Percent, ratio, shown,
            new FigureSource($"{label}：{Describe(a)} 除以 {Describe(b)}，由精确值计算后舍入一次") { Value = ratio });
    }

    private static string Describe(Figure f) => f.Source.Description;

    private Figure Money(decimal exact, decimal shown, FigureSource source) => new(FigureKind.Amount, exact, shown, source);

    private static Figure Count(decimal n, FigureSource source) => new(FigureKind.Count, n, n, source);

    private Figure ThreePublicPrevious(string part, string label, Scope scope)
    {
        IReadOnlyList<BudgetUnit> units = scope.Unit is { } u ? [u] : Budget.Units;
        var figures = units.Select(x => Budget.ThreePublicPrevious.GetValueOrDefault(x.Code)).OfType<ThreePublicFigures>().ToList();
        if (figures.Count == 0) return Figure.Absent("threePublicPrevious", label);
        var yuan = figures.Sum(f => part switch
        {
            "total" => f.Total,
            "abroad" => f.Abroad,
            "vehicles" => f.Vehicles,
            "vehiclePurchase" => f.VehiclePurchase,
            "vehicleOperation" => f.VehicleOperation,
            "reception" => f.Reception,
            _ => throw new InvalidDataException($"threePublicPrevious 没有“{part}”（可用：total、abroad、vehicles、vehiclePurchase、vehicleOperation、reception）"),
        });
        return Money(yuan, _presentation.Printed(yuan), new FigureSource($"{label}：上年“三公”经费（threePublicPrevious › {part}）") { Value = yuan, Input = "threePublicPrevious" });
    }

    private Figure Coverage(string what, string label)
    {
        _coverage ??= new TargetAmounts(_derived).Coverage();
        var c = _coverage;
        var source = $"{label}：绩效目标覆盖（TargetAmounts.Coverage，项目金额取自支出明细）";
        return what switch
        {
            "count" => Count(c.Projects, new FigureSource(source) { Value = c.Projects }),
            "allCount" => Count(c.AllProjects, new FigureSource(source) { Value = c.AllProjects }),
            "amount" => Money(c.Amount, _presentation.Printed(c.Amount), new FigureSource(source) { Value = c.Amount }),
            "allAmount" => Money(c.AllProjectsAmount, _presentation.Printed(c.AllProjectsAmount), new FigureSource(source) { Value = c.AllProjectsAmount }),
            _ => throw new InvalidDataException($"coverage 没有“{what}”（可用：count、amount、allCount、allAmount）"),
        };
    }

    // ---- table cells ------------------------------------------------------------------------------------------------

    private Table TableOf(string id) => _tables.TryGetValue(id, out var t) ? t
        : throw new InvalidDataException($"配置 document 引用的表“{id}”不在本配置的 tables 或 document.figureTables 中");

    private static int ColumnOf(Table table, string? column, string what)
    {
        if (column is null) throw new InvalidDataException($"配置 document 中{what}缺少 column");
        var index = table.ColumnIndex(column);
        return index >= 0 ? index
            : throw new InvalidDataException($"配置 document 中{what}：表 {table.Id} 没有栏目“{column}”（有：{string.Join("、", table.ColumnPaths)}）");
    }

    private string TableName(Table t) => string.IsNullOrEmpty(t.Number) ? t.Title : $"{t.Number} {t.Title}";

    private Figure Cell(string name, FigureDefinition def, Scope scope)
    {
        var table = TableOf(def.Table!);
        var column = ColumnOf(table, def.Column, $" figures.{name} ");
        var label = def.Label ?? name;
        if (def.Row is { } rowPattern)
        {
            var key = RowKey(rowPattern, scope);
            var row = table.Row(key);
            if (row is null)
                return Money(0m, 0m, new FigureSource($"{label}：{TableName(table)} 无“{key}”行，为零") { TableId = table.Id, RowKey = key, Column = table.ColumnPaths[column], Value = 0m });
            var exact = row.Cells[column].Value ?? 0m;
            return Money(exact, table.Shown(row, column) ?? 0m, new FigureSource($"{label}：{TableName(table)} › {RowLabel(table, row)} › {table.ColumnPaths[column]}")
            {
                TableId = table.Id, RowKey = row.Key, Column = table.ColumnPaths[column], Value = exact,
            });
        }
        if (def.Rows is null) throw new InvalidDataException($"配置 document.figures.{name} 缺少 row 或 rows");
        var groups = Match(table, def.Rows, scope, def.UnitTypes).ToList();
        var rows = groups.SelectMany(g => g.Rows).ToList();
        var sum = rows.Sum(r => r.Cells[column].Value ?? 0m);
        var shown = rows.Count == 1 ? table.Shown(rows[0], column) ?? 0m : _presentation.Printed(sum);
        var types = def.UnitTypes.Count > 0 ? $"（{string.Join("、", def.UnitTypes)}单位）" : "";
        return Money(sum, shown, new FigureSource(rows.Count == 1
            ? $"{label}：{TableName(table)} › {RowLabel(table, rows[0])} › {table.ColumnPaths[column]}"
            : $"{label}：{TableName(table)} 中“{RowPattern(def.Rows, scope)}”{types}各行 {table.ColumnPaths[column]} 之和（{rows.Count} 行，由精确值相加后舍入一次）")
        {
            TableId = table.Id, RowKey = rows.Count == 1 ? rows[0].Key : RowPattern(def.Rows, scope), Column = table.ColumnPaths[column], Value = sum,
        });
    }

    private static string RowLabel(Table table, TableRow row)
    {
        var names = Enumerable.Range(0, row.Cells.Count)
            .Where(i => table.Columns[i].Kind == ColumnKind.Text && !string.IsNullOrWhiteSpace(row.Cells[i].Text))
            .Select(i => row.Cells[i].Text!.Trim()).ToList();
        return names.Count == 0 ? row.Key : string.Join(" ", names);
    }

    /// <summary>A row key: {scope} is the department's row (<see cref="DocumentProfile.DepartmentRow"/>) or unit:CODE.</summary>
    private string RowKey(string pattern, Scope scope) =>
        pattern.Replace("{scope}", scope.Unit is { } u ? "unit:" + u.Code : _doc.DepartmentRow)
            .Replace("{unitCode}", scope.Unit?.Code ?? "");

    /// <summary>A rows pattern as matched: {scope} is every unit (unit:*) for the department, or unit:CODE.</summary>
    private static string RowPattern(string pattern, Scope scope) =>
        pattern.Replace("{scope}", scope.Unit is { } u ? "unit:" + u.Code : "unit:*").Replace("{unitCode}", scope.Unit?.Code ?? "*");

    /// <summary>A group of matching rows: rows of several units with the same item (a 项, a project) add up to one item.</summary>
    private sealed record RowGroup(string Item, string? Dimension, string Id, List<TableRow> Rows);

    private static readonly Regex UnitPrefix = new(@"^unit:([^/|]+)", RegexOptions.Compiled);

    private IEnumerable<RowGroup> Match(Table table, string pattern, Scope scope, IReadOnlyList<string> unitTypes)
    {
        // {scope} of the department becomes a wildcard over units that does not tell items apart.
        var text = pattern.Replace("{scope}", scope.Unit is { } u ? "unit:" + u.Code : "unit:\u0001")
            .Replace("{unitCode}", scope.Unit?.Code ?? "\u0001");
        var regex = new StringBuilder("^");
        foreach (var c in text)
            regex.Append(c switch { '\u0001' => "(?<u>[^/|]+)", '*' => "([^/|]+)", _ => Regex.Escape(c.ToString()) });
        regex.Append('$');
        var re = new Regex(regex.ToString(), RegexOptions.CultureInvariant);
        var types = unitTypes.Select(t => UnitTypes.TryParse(t, out var type) ? type
            : throw new InvalidDataException($"配置 document 中的单位类型“{t}”无法识别（可用：{string.Join("、", UnitTypes.AllNames)}）")).ToHashSet();
        var groups = new Dictionary<string, RowGroup>(StringComparer.Ordinal);
        var order = new List<RowGroup>();
        foreach (var row in table.Rows)
        {
            foreach (var part in row.Key.Split('|'))
            {
                var m = re.Match(part);
                if (!m.Success) continue;
                if (types.Count > 0)
                {
                    var code = m.Groups["u"].Success ? m.Groups["u"].Value : UnitPrefix.Match(part) is { Success: true } p ? p.Groups[1].Value : scope.Unit?.Code;
                    if (code is null || !_derived.UnitIndex.ContainsKey(code) || !types.Contains(Budget.Unit(code).Type)) break;
                }
                // The item is what the non-unit wildcards matched: a 项 code, a project; its dimension the word before it.
                var captures = m.Groups.Cast<Group>().Skip(1).Where(g => g.Name != "u" && g.Success).Select(g => g.Value).ToList();
                var item = string.Join("/", captures);
                var last = part.Contains('/') ? part[(part.LastIndexOf('/') + 1)..] : part;
                var colon = last.IndexOf(':');
                var dimension = colon > 0 ? last[..colon] : null;
                var id = colon > 0 ? last[(colon + 1)..] : last;
                if (!groups.TryGetValue(item, out var group))
                {
                    group = new RowGroup(item, dimension, id, []);
                    groups[item] = group;
                    order.Add(group);
                }
                group.Rows.Add(row);
                break;
            }
        }
        // Classification codes in code order: rows of several units come in unit blocks, the items they sum do not.
        return order.All(g => g.Dimension is "functional" or "spending" or "economic" or "government")
            ? order.OrderBy(g => g.Id, StringComparer.Ordinal).ToList()
            : order;
    }

    // ---- lists ------------------------------------------------------------------------------------------------------

    private IReadOnlyList<IReadOnlyDictionary<string, SlotValue>> Items(string name, ListDefinition def, Scope scope)
    {
        var items = new List<Dictionary<string, SlotValue>>();
        var total = def.Total is { } t ? FigureOf(t, scope) : null;
        if (def.Source == "coverage")
        {
            _coverage ??= new TargetAmounts(_derived).Coverage();
            foreach (var k in _coverage.ByKind.Where(k => k.Projects > 0))
            {
                var amount = Money(k.Amount, _presentation.Printed(k.Amount),
                    new FigureSource($"{k.Kind}项目的资金（TargetAmounts.Coverage，项目金额取自支出明细）") { Value = k.Amount });
                items.Add(new Dictionary<string, SlotValue>
                {
                    ["name"] = TextValue.Given(k.Kind, "项目类别（projects › kind）"),
                    ["kind"] = TextValue.Given(k.Kind, "项目类别（projects › kind）"),
                    ["count"] = new FigureValue(Count(k.Projects, new FigureSource($"{k.Kind}项目中有绩效目标的项目数") { Value = k.Projects })),
                    ["amount"] = new FigureValue(amount),
                });
            }
        }
        else if (def.Source is { } other) throw new InvalidDataException($"配置 document.lists.{name}：source“{other}”无法识别（可用：coverage）");
        else if (def.Columns.Count > 0)
        {
            var table = TableOf(def.Table ?? throw new InvalidDataException($"配置 document.lists.{name} 缺少 table"));
            var key = RowKey(def.Row ?? "{scope}", scope);
            var row = table.Row(key);
            foreach (var c in def.Columns)
            {
                var column = ColumnOf(table, c.Column, $" lists.{name} ");
                var exact = row?.Cells[column].Value ?? 0m;
                var shown = row is null ? 0m : table.Shown(row, column) ?? 0m;
                if (def.Nonzero && shown == 0m) continue;
                var label = c.Name ?? table.ColumnPaths[column].Split('/')[^1];
                var amount = Money(exact, shown, new FigureSource($"{label}：{TableName(table)} › {(row is null ? key : RowLabel(table, row))} › {table.ColumnPaths[column]}")
                {
                    TableId = table.Id, RowKey = key, Column = table.ColumnPaths[column], Value = exact,
                });
                items.Add(new Dictionary<string, SlotValue>
                {
                    ["name"] = TextValue.Given(label, $"{TableName(table)} 的栏目名称"),
                    ["amount"] = new FigureValue(amount),
                });
            }
        }
        else
        {
            var table = TableOf(def.Table ?? throw new InvalidDataException($"配置 document.lists.{name} 缺少 table"));
            var column = ColumnOf(table, def.Column, $" lists.{name} ");
            foreach (var g in Match(table, def.Rows ?? throw new InvalidDataException($"配置 document.lists.{name} 缺少 rows 或 columns"), scope, []))
            {
                var coded = g.Dimension is "functional" or "spending" or "economic" or "government";
                if (def.CodeLength is { } length && (!coded || g.Id.Length != length)) continue;
                var sum = g.Rows.Sum(r => r.Cells[column].Value ?? 0m);
                var shown = g.Rows.Count == 1 ? table.Shown(g.Rows[0], column) ?? 0m : _presentation.Printed(sum);
                if (def.Nonzero && shown == 0m) continue;
                var item = ItemSlots(g, table);
                item["amount"] = new FigureValue(Money(sum, shown, new FigureSource(g.Rows.Count == 1
                    ? $"{TableName(table)} › {RowLabel(table, g.Rows[0])} › {table.ColumnPaths[column]}"
                    : $"{TableName(table)} 中各单位“{g.Item}”行 {table.ColumnPaths[column]} 之和（{g.Rows.Count} 行，由精确值相加后舍入一次）")
                {
                    TableId = table.Id, RowKey = g.Rows.Count == 1 ? g.Rows[0].Key : RowPattern(def.Rows!, scope), Column = table.ColumnPaths[column], Value = sum,
                }));
                if (def.Previous == "projects") AddPrevious(item, g.Id);
                items.Add(item);
            }
        }
        for (var i = 0; i < items.Count; i++)
        {
            items[i]["n"] = new FigureValue(Count(i + 1, new FigureSource("序号") { Value = i + 1 }));
            if (total is not null && items[i].TryGetValue("amount", out var a) && a is FigureValue amount)
                items[i]["share"] = new FigureValue(total.Missing ? total : Ratio(amount.Figure, total, "占比"));
        }
        return items;
    }

    /// <summary>The slots of a row item: {name}, {code}, and for a functional code {className}, {groupName}, {description}, {use}.</summary>
    private Dictionary<string, SlotValue> ItemSlots(RowGroup g, Table table)
    {
        var slots = new Dictionary<string, SlotValue>();
        var catalogs = _derived.Catalogs;
        switch (g.Dimension)
        {
            case "functional" or "spending":
                FunctionalSlots(slots, g.Id);
                break;
            case "economic" or "government":
                var catalog = g.Dimension == "economic" ? catalogs.Economic : catalogs.Government;
                slots["name"] = TextValue.Given(_derived.NameOf(catalog, g.Id), $"科目名称（{catalog.Name} {g.Id}）");
                slots["code"] = TextValue.Given(g.Id, $"科目编码（{catalog.Name}）");
                break;
            case "project":
                slots["name"] = TextValue.Given(g.Id, "项目名称（projects）");
                var field = "narrative.projects." + g.Id;
                slots["use"] = Narrative.Projects.TryGetValue(g.Id, out var use)
                    ? TextValue.Given(use, $"项目用途（{field}）", field)
                    : new TextValue(null, new FigureSource("缺少输入：项目主要用途") { Input = field }, field, $"“{g.Id}”的主要用途");
                var goalField = "narrative.goals." + g.Id;
                var target = Budget.Targets.Projects.FirstOrDefault(t => t.ProjectName == g.Id && !string.IsNullOrWhiteSpace(t.AnnualGoal));
                slots["goal"] = Narrative.Goals.TryGetValue(g.Id, out var goal)
                    ? TextValue.Given(goal, $"项目绩效目标（{goalField}）", goalField)
                    : target is not null
                        ? TextValue.Given(target.AnnualGoal!.Trim(), "项目年度目标（targets.projects › annualGoal）")
                        : new TextValue(null, new FigureSource("缺少输入：项目绩效目标") { Input = goalField }, goalField, $"“{g.Id}”的绩效目标");
                break;
            default:
                var row = g.Rows[0];
                slots["name"] = TextValue.Given(RowLabel(table, row), $"{TableName(table)} 的行名称");
                break;
        }
        return slots;
    }

    /// <summary>{name}, {code}, {className}, {groupName}, {description} and {use} of a functional code.</summary>
    public void FunctionalSlots(Dictionary<string, SlotValue> slots, string code)
    {
        var functional = _derived.Catalogs.Functional;
        slots["name"] = TextValue.Given(_derived.NameOf(functional, code), $"科目名称（支出功能分类 {code}）");
        slots["code"] = TextValue.Given(code, "科目编码（支出功能分类）");
        if (code.Length >= 3) slots["className"] = TextValue.Given(ClassName(code[..3]), $"类名称（支出功能分类 {code[..3]}）");
        if (code.Length >= 5) slots["groupName"] = TextValue.Given(_derived.NameOf(functional, code[..5]), $"款名称（支出功能分类 {code[..5]}）");
        var glossaryField = "narrative.glossary." + code;
        slots["description"] = Narrative.Glossary.TryGetValue(code, out var own)
            ? TextValue.Given(own, $"科目说明（{glossaryField}）", glossaryField)
            : functional.Find(code)?.Description is { Length: > 0 } description
                ? TextValue.Given(description, $"科目说明（支出功能分类 {code} 的说明）")
                : new TextValue(null, new FigureSource("缺少输入：科目说明") { Input = glossaryField }, glossaryField, $"{code} {functional.NameOf(code)}的说明");
        var useField = "narrative.uses." + code;
        slots["use"] = Narrative.Uses.TryGetValue(code, out var use)
            ? TextValue.Given(use, $"主要用途（{useField}）", useField)
            : new TextValue(null, new FigureSource("缺少输入：科目主要用途") { Input = useField }, useField, $"{code} {functional.NameOf(code)}的主要用途");
    }

    /// <summary>A 类 as the narratives name it: 社会保障和就业 (the catalog's name without its trailing 支出).</summary>
    private string ClassName(string code)
    {
        var name = _derived.NameOf(_derived.Catalogs.Functional, code);
        return name.EndsWith("支出", StringComparison.Ordinal) && name.Length > 2 ? name[..^2] : name;
    }

    private void AddPrevious(Dictionary<string, SlotValue> item, string project)
    {
        var amount = ((FigureValue)item["amount"]).Figure;
        var field = "previousYear.projects." + project;
        var previous = Budget.PreviousYear.Projects.TryGetValue(project, out var yuan)
            ? Money(yuan, _presentation.Printed(yuan), new FigureSource($"“{project}”上年数（{field}）") { Value = yuan, Input = field })
            : Figure.Absent(field, $"“{project}”上年预算数");
        item["previous"] = new FigureValue(previous);
        var change = previous.Missing ? previous : Money(amount.Exact!.Value - previous.Exact!.Value, _presentation.Printed(amount.Exact!.Value - previous.Exact!.Value),
            new FigureSource($"“{project}”本年数减上年数，由精确值相减后舍入一次") { Value = amount.Exact!.Value - previous.Exact!.Value });
        item["change"] = new FigureValue(change);
        item["changeRate"] = new FigureValue(change.Missing ? change : Ratio(change, previous, $"“{project}”增减幅度"));
        var reasonField = "previousYear.reasons." + project;
        item["reason"] = Budget.PreviousYear.Reasons.TryGetValue(project, out var reason) && !string.IsNullOrWhiteSpace(reason)
            ? TextValue.Given(reason.Trim(), $"增减原因（{reasonField}）", reasonField)
            : new TextValue(null, new FigureSource("缺少输入：增减原因") { Input = reasonField }, reasonField, $"“{project}”增减变化的原因");
    }

    // ---- printing ---------------------------------------------------------------------------------------------------

    /// <summary>A figure as the prose prints it: money without sign in the tables' unit and decimals, 92.15%, a count.</summary>
    public string Format(Figure f) => f.Kind switch
    {
        FigureKind.Amount => Math.Abs(f.Shown).ToString(AmountFormat(), CultureInfo.InvariantCulture),
        FigureKind.Percent => f.Exact is null ? "—" : PercentText(Math.Abs(f.Shown)),
        _ => f.Shown.ToString("0.##", CultureInfo.InvariantCulture),
    };

    private string PercentText(decimal percent) =>
        (_doc.Numbers.TrimPercentZeros
            ? percent.ToString("0.##########", CultureInfo.InvariantCulture)
            : percent.ToString("F" + _doc.Numbers.PercentDecimals, CultureInfo.InvariantCulture)) + "%";

    private string AmountFormat()
    {
        var whole = _doc.Numbers.ThousandsSeparator ? "#,##0" : "0";
        return _presentation.Decimals > 0 ? whole + "." + new string('0', _presentation.Decimals) : whole;
    }
}

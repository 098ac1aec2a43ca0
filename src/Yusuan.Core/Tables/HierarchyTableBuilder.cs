using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;

namespace Yusuan.Core.Tables;

/// <summary>
/// Builds a table whose rows group lines by a classification (and unit), as every standard table but the
/// two balance tables does. One pass over the lines adds each amount to its row chain: total, unit, and
/// every shown level of its classification path.
/// </summary>
internal sealed class HierarchyTableBuilder
{
    private readonly DerivedBudget _d;
    private readonly TableDefinition _def;
    private readonly RowSpec _rows;
    private readonly CompiledMeasure[] _measures;
    private readonly CompiledFilter _tableFilter;
    private readonly Node _total;
    private readonly Node[] _unitNodes;
    private readonly Dictionary<(int Unit, string Code, string? Project), Node[]> _chains = new();
    /// <summary>For each emitted row, the emitted row it is a part of (-1: none).</summary>
    private readonly List<int> _parents = [];
    private bool _anyLine;

    private sealed class Node(string key, RowKind kind, int depth, decimal[] values)
    {
        public string Key { get; } = key;
        public RowKind Kind { get; set; } = kind;
        public int Depth { get; } = depth;
        public decimal[] Values { get; } = values;
        public string? Code { get; init; }
        public string? Name { get; init; }
        public int Unit { get; init; } = -1;
        public string? Project { get; init; }
        public string? ProjectFunctional { get; init; }
        public string SortKey { get; init; } = "";
        public object? Item { get; init; }
        public List<Node> Children { get; } = [];
        public Dictionary<string, Node>? ByLocal { get; set; }
    }

    public HierarchyTableBuilder(DerivedBudget derived, TableDefinition definition)
    {
        _d = derived;
        _def = definition;
        _rows = definition.Rows;
        _tableFilter = new CompiledFilter(definition.Filter);
        _measures = HeaderBuilder.Leaves(definition.Columns).Select(c => CompiledMeasure.Compile(c.Measure, definition.Filter)).ToArray();
        _total = new Node("total", RowKind.Total, 0, new decimal[_measures.Length]);
        _unitNodes = derived.Budget.Units.Select((u, i) => new Node("unit:" + u.Code, RowKind.Unit, 1, new decimal[_measures.Length])
        {
            Code = u.Code, Name = u.Name, Unit = i,
        }).ToArray();
    }

    public Table Build(string subject)
    {
        Accumulate();
        var rows = _anyLine || _rows.EmptyRows ? EmitRows() : [];
        var empty = rows.Count == 0 || !_anyLine;
        return new Table
        {
            Id = _def.Id,
            Number = _def.Number,
            Title = _def.Title,
            Subject = subject,
            UnitLabel = _d.Profile.UnitLabel,
            Header = HeaderBuilder.Build(_def.Keys, _def.Columns),
            Rows = rows,
            Presentation = _d.Profile.Presentation,
            IsEmpty = empty,
            EmptyNote = _def.EmptyNote,
            Note = empty && _def.EmptyNoteReplacesNote ? null : _def.Note,
            Landscape = _def.Landscape,
            Sums = rows.Count == 0 ? [] : [Sums(rows.Count)],
        };
    }

    /// <summary>
    /// The block of figures that add up: every row a part of the row above it in the hierarchy (合计 → department →
    /// units → 类 → 款 → 项 → projects; in a year comparison, this year = last year + the change), and the measure
    /// columns that are sums of others by their filters (<see cref="SumRelations"/>).
    /// </summary>
    private SumBlock Sums(int rowCount)
    {
        var measures = HeaderBuilder.Leaves(_def.Columns).Select(c => c.Measure).ToList();
        var atoms = new MoneyAtoms(_def.Filter, measures);
        var tableFilter = _tableFilter;
        var sets = _measures.Select(m => m.Of switch
        {
            "expenditure" or "threePublic" => atoms.Spending(f => tableFilter.Matches(f) && m.Filter.Matches(f)),
            "income" when _rows.Dimension == "unit" => atoms.Income(m.Filter.Matches),
            "procurement" or "servicePurchase" => atoms.Items(m),
            _ => null,
        }).ToList();
        var keys = _def.Keys.Count;
        return SumBlock.Of(
            Enumerable.Range(0, rowCount).ToArray(), _parents.ToArray(),
            Enumerable.Range(keys, _measures.Length).ToArray(), SumRelations.Parents(sets));
    }

    private void Accumulate()
    {
        var dim = _rows.Dimension;
        if (dim is "procurement" or "servicePurchase") { AccumulateItems(dim); return; }

        var lines = _d.Lines;
        for (var i = 0; i < lines.Length; i++)
        {
            ref readonly var f = ref lines[i];
            if (!_tableFilter.Matches(f)) continue;
            Node[]? chain = null;
            if (dim != "unit")
            {
                chain = ChainFor(f);
                if (chain is null) continue;
            }
            _anyLine = true;
            var amount = f.Line.Amount;
            var unitNode = _unitNodes[f.Unit];
            for (var m = 0; m < _measures.Length; m++)
            {
                var measure = _measures[m];
                if (!measure.OnExpenditure || !measure.Filter.Matches(f)) continue;
                _total.Values[m] += amount;
                unitNode.Values[m] += amount;
                if (chain is null) continue;
                foreach (var node in chain) node.Values[m] += amount;
            }
        }

        if (dim == "unit")
        {
            for (var m = 0; m < _measures.Length; m++)
            {
                if (_measures[m].Of != "income") continue;
                foreach (var line in _d.Budget.Income)
                {
                    if (!_measures[m].Filter.Matches(line)) continue;
                    _anyLine = true;
                    _total.Values[m] += line.Amount;
                    _unitNodes[_d.UnitIndex[line.UnitCode]].Values[m] += line.Amount;
                }
            }
            if (_rows.Comparison && _d.Budget.ThreePublicPrevious.Count > 0) _anyLine = true;
        }
        AccumulateItemColumns();
    }

    /// <summary>
    /// Procurement and service-purchase columns of a table whose rows are not items (Shenzhen's 支出总表): each item
    /// counts in its unit's row and, in functional and project tables, in the rows of its project, placed at the
    /// functional 项 of the project's lines when they share one (else in the 合计 and unit rows only).
    /// </summary>
    private void AccumulateItemColumns()
    {
        if (!_measures.Any(m => m.Of is "procurement" or "servicePurchase")) return;
        var projectFunctional = new Dictionary<(int Unit, string Project), string?>();
        foreach (var f in _d.Lines)
        {
            if (f.Line.ProjectName is not { } name) continue;
            projectFunctional[(f.Unit, name)] = projectFunctional.TryGetValue((f.Unit, name), out var code) && code != f.Line.FunctionalCode
                ? null : f.Line.FunctionalCode;
        }
        var items = _d.Budget.Procurement
            .Select(p => (Of: "procurement", p.UnitCode, p.ProjectName, p.Amounts, Category: (string?)p.Category, SmallBusiness: p.SmallBusiness, MicroBusiness: p.MicroBusiness))
            .Concat(_d.Budget.ServicePurchases.Select(s => (Of: "servicePurchase", s.UnitCode, s.ProjectName, s.Amounts, Category: (string?)null, SmallBusiness: false, MicroBusiness: false)));
        foreach (var item in items)
        {
            var unit = _d.UnitIndex[item.UnitCode];
            Node[]? chain = null;
            var placed = false;
            for (var m = 0; m < _measures.Length; m++)
            {
                if (_measures[m].Of != item.Of) continue;
                var v = _measures[m].ItemAmount(item.Amounts, item.Category, item.SmallBusiness, item.MicroBusiness);
                if (v == 0) continue;
                if (!placed)
                {
                    chain = ItemChain(unit, item.UnitCode, item.ProjectName, projectFunctional);
                    placed = true;
                }
                _anyLine = true;
                _total.Values[m] += v;
                _unitNodes[unit].Values[m] += v;
                foreach (var node in chain ?? []) node.Values[m] += v;
            }
        }
    }

    private Node[]? ItemChain(int unit, string unitCode, string? project, Dictionary<(int, string), string?> projectFunctional)
    {
        if (project is null || _rows.Dimension is not ("functional" or "project")) return null;
        var functional = projectFunctional.GetValueOrDefault((unit, project));
        var needsFunctional = _rows.Dimension == "functional" || _rows.ProjectsUnderFunctional;
        if (needsFunctional && functional is null) return null;
        var line = new ExpenditureLine(unitCode, functional ?? "", "", ExpenditureNature.Project, project, IncomeSource.GeneralPublicBudget, false, 0m);
        return ChainFor(new LineFacts(unit, line, "", null));
    }

    private void AccumulateItems(string dim)
    {
        var items = dim == "procurement"
            ? _d.Budget.Procurement.Select(p => (p.UnitCode, (object)p, p.Amounts, (string?)p.Category, p.SmallBusiness, p.MicroBusiness)).ToList()
            : _d.Budget.ServicePurchases.Select(s => (s.UnitCode, (object)s, s.Amounts, (string?)null, false, false)).ToList();
        var index = 0;
        foreach (var (unitCode, item, amounts, category, small, micro) in items)
        {
            var unit = _d.UnitIndex[unitCode];
            var node = new Node($"unit:{unitCode}/{dim}:{++index}", RowKind.Detail, 2, new decimal[_measures.Length])
            {
                Unit = unit, Item = item, SortKey = index.ToString("D8"),
            };
            var any = false;
            for (var m = 0; m < _measures.Length; m++)
            {
                var v = _measures[m].ItemAmount(amounts, category, small, micro);
                node.Values[m] = v;
                _total.Values[m] += v;
                _unitNodes[unit].Values[m] += v;
                any |= v != 0;
            }
            if (!any && _measures.Length > 0) continue;
            _anyLine = true;
            (_rows.PerUnit ? _unitNodes[unit].Children : _total.Children).Add(node);
        }
    }

    /// <summary>The rows a line adds to, from its 类 down; cached per (unit, code, project).</summary>
    private Node[]? ChainFor(in LineFacts f)
    {
        var line = f.Line;
        var dim = _rows.Dimension;
        string code;
        Classification catalog;
        string? project = null;
        switch (dim)
        {
            case "functional": code = line.FunctionalCode; catalog = _d.Catalogs.Functional; break;
            case "economic": code = line.EconomicCode; catalog = _d.Catalogs.Economic; break;
            case "government": code = f.GovernmentCode; catalog = _d.Catalogs.Government; break;
            case "project":
                if (line.ProjectName is null) return null;
                project = line.ProjectName;
                code = _rows.ProjectsUnderFunctional ? line.FunctionalCode : "";
                catalog = _d.Catalogs.Functional;
                break;
            default: throw new InvalidDataException($"表 {_def.Id} 的行维度“{dim}”无法识别");
        }
        var unit = _rows.PerUnit ? f.Unit : -1;
        var lineUnit = f.Unit;
        if (_chains.TryGetValue((unit, code, project), out var chain)) return chain;

        var nodes = new List<Node>();
        var parent = _rows.PerUnit ? _unitNodes[f.Unit] : _total;
        var prefix = _rows.PerUnit ? parent.Key + "/" : "";
        var dimKey = dim == "project" ? "functional" : dim;
        if (code.Length > 0)
        {
            var path = _d.PathOf(catalog, code);
            for (var level = 0; level < path.Count; level++)
            {
                if (!_rows.Levels.Contains(level + 1)) continue;
                var c = path[level];
                parent = Child(parent, c, () => new Node($"{prefix}{dimKey}:{c}", RowKind.Detail, parent.Depth + 1, new decimal[_measures.Length])
                {
                    Code = c, Name = _d.NameOf(catalog, c), Unit = lineUnit, SortKey = c,
                });
                nodes.Add(parent);
            }
        }
        if (project is not null)
        {
            var order = _d.ProjectOrder.GetValueOrDefault((line.UnitCode, project), int.MaxValue);
            // Under a functional node the project key nests, so one project spread over two 项 gives two distinct rows.
            var key = code.Length > 0 && nodes.Count > 0 ? $"{parent.Key}/project:{project}" : $"{prefix}project:{project}";
            parent = Child(parent, "project:" + project, () => new Node(key, RowKind.Detail, parent.Depth + 1, new decimal[_measures.Length])
            {
                Project = project, Name = project, Unit = lineUnit, ProjectFunctional = line.FunctionalCode,
                Code = line.FunctionalCode, SortKey = "~" + order.ToString("D8"),
            });
            nodes.Add(parent);
        }
        chain = nodes.ToArray();
        _chains[(unit, code, project)] = chain;
        return chain;
    }

    /// <summary>The child of <paramref name="parent"/> known locally as <paramref name="local"/> (a code, or project:name).</summary>
    private static Node Child(Node parent, string local, Func<Node> create)
    {
        parent.ByLocal ??= new Dictionary<string, Node>(StringComparer.Ordinal);
        if (parent.ByLocal.TryGetValue(local, out var found)) return found;
        var node = create();
        parent.ByLocal[local] = node;
        parent.Children.Add(node);
        parent.Kind = parent.Kind == RowKind.Detail ? RowKind.Group : parent.Kind;
        return node;
    }

    private List<TableRow> EmitRows()
    {
        // The chains were for adding lines up; dropping them (and each subtree once it is printed, in Emit) lets a
        // province's node tree go while its rows are made, instead of holding both at their largest.
        _chains.Clear();
        _chains.TrimExcess();
        var rows = new List<TableRow>();
        if (_rows.Comparison) return EmitComparison();
        var top = -1;
        if (_rows.TotalRow) Add(rows, Row(_total, RowKind.Total), ref top);
        // The department row repeats 合计: its only part, and the units' whole.
        if (_rows.DepartmentRow) Add(rows, Row(_total, RowKind.Department), ref top);
        if (_rows.PerUnit)
        {
            for (var u = 0; u < _unitNodes.Length; u++)
            {
                var unit = _unitNodes[u];
                if (!HasContent(unit)) continue;
                var index = rows.Count;
                rows.Add(Row(unit, RowKind.Unit));
                _parents.Add(top);
                Emit(unit.Children, rows, index);
                unit.ByLocal = null;
            }
        }
        else Emit(_total.Children, rows, top);
        _total.ByLocal = null;
        return rows;
    }

    private void Add(List<TableRow> rows, TableRow row, ref int top)
    {
        rows.Add(row);
        _parents.Add(top);
        top = rows.Count - 1;
    }

    private bool HasContent(Node unit) => unit.Children.Count > 0 || unit.Values.Any(v => v != 0) || (_rows.EmptyRows && !_anyLine)
        || (_rows.Dimension == "unit" && _d.UnitsWithIncome.Contains(unit.Unit));

    private void Emit(List<Node> nodes, List<TableRow> rows, int parent)
    {
        nodes.Sort(static (a, b) => string.CompareOrdinal(a.SortKey, b.SortKey));
        foreach (var n in nodes)
        {
            var index = rows.Count;
            rows.Add(Row(n, n.Children.Count > 0 ? RowKind.Group : RowKind.Detail));
            _parents.Add(parent);
            Emit(n.Children, rows, index);
            n.ByLocal = null;
        }
        nodes.Clear();
        nodes.TrimExcess();
    }

    private List<TableRow> EmitComparison()
    {
        var rows = new List<TableRow>();
        var year = _d.Budget.Year;
        for (var u = 0; u < _unitNodes.Length; u++)
        {
            var unit = _unitNodes[u];
            var previousFigures = _d.Budget.ThreePublicPrevious.GetValueOrDefault(unit.Code!);
            var previous = _measures.Select(m => m.Previous(previousFigures)).ToArray();
            var current = unit.Values;
            var change = current.Zip(previous, (c, p) => c - p).ToArray();
            var at = rows.Count;
            rows.Add(ComparisonRow(unit, $"{year - 1} 年", previous, "previous", first: true));
            rows.Add(ComparisonRow(unit, $"{year} 年", current, "current", first: false));
            rows.Add(ComparisonRow(unit, "增减变化金额", change, "change", first: false));
            // This year = last year + the change: both are parts of this year's row.
            _parents.AddRange([at + 1, -1, at + 1]);
        }
        return rows;
    }

    private TableRow ComparisonRow(Node unit, string yearLabel, decimal[] values, string suffix, bool first)
    {
        var cells = new List<Cell>();
        foreach (var k in _def.Keys)
            cells.Add(k.Value switch
            {
                "year" => yearLabel,
                "name" or "unitName" => first ? unit.Name : null,
                "unitCode" => first ? unit.Code : null,
                _ => null,
            });
        cells.AddRange(values.Select(v => Cell.Of(v)));
        return new TableRow(RowKind.Unit, 1, cells, $"{unit.Key}/{suffix}");
    }

    private TableRow Row(Node n, RowKind kind)
    {
        var cells = new List<Cell>(_def.Keys.Count + _measures.Length);
        var labelled = false;
        foreach (var k in _def.Keys)
        {
            var text = KeyText(k, n, kind);
            if (!labelled && kind == RowKind.Total && k.Value is "name" or "codeAndName" or "unitName" or "className")
            {
                text = _rows.TotalLabel;
                labelled = true;
            }
            cells.Add(text);
        }
        if (kind == RowKind.Total && !labelled && cells.Count > 0) cells[0] = _rows.TotalLabel;
        foreach (var v in n.Values) cells.Add(Cell.Of(v));
        if (n.Item is not null) FillItemKeys(n.Item, cells);
        var key = kind == RowKind.Department ? "department" : n.Key;
        return new TableRow(kind, kind is RowKind.Total or RowKind.Department ? 0 : n.Depth, cells, key);
    }

    private string? KeyText(KeyColumn k, Node n, RowKind kind)
    {
        if (kind == RowKind.Total) return null;
        var dept = _d.Budget.Department;
        if (kind == RowKind.Department)
            return (k.UnitRow ?? k.Value) switch { "unitCode" => dept.Code, "name" or "unitName" or "codeAndName" or "className" => dept.Name, _ => null };
        if (kind == RowKind.Unit)
            return (k.UnitRow ?? k.Value) switch { "unitCode" => n.Code, "name" or "unitName" or "codeAndName" or "className" => n.Name, _ => null };

        var code = n.Code ?? "";
        var isProject = n.Project is not null;
        var isLeaf = n.Children.Count == 0;
        var unitCode = n.Unit >= 0 ? _d.Budget.Units[n.Unit].Code : null;
        return k.Value switch
        {
            "code1" => _d.CodePart(code, 1),
            "code2" => _d.CodePart(code, 2),
            "code3" => _d.CodePart(code, 3),
            "code" => code,
            "unitCode" => isLeaf ? unitCode : null,
            "name" => n.Name,
            "className" => isProject ? _d.NameOf(_d.Catalogs.Functional, n.ProjectFunctional!) : n.Name,
            "codeAndName" => isProject ? n.Name : $"{code} {n.Name}",
            "project" => n.Project,
            "unitName" => null,
            _ => null,
        };
    }

    private void FillItemKeys(object item, List<Cell> cells)
    {
        for (var i = 0; i < _def.Keys.Count; i++)
        {
            var k = _def.Keys[i].Value;
            cells[i] = item switch
            {
                ProcurementItem p => k switch
                {
                    "unitCode" => p.UnitCode, "name" or "unitName" => _d.Budget.Unit(p.UnitCode).Name, "project" => p.ProjectName,
                    "item" => p.Item, "category" => p.Category, "quantity" => Cell.Of(p.Quantity), "measure" => p.Measure, _ => cells[i],
                },
                ServicePurchaseItem s => k switch
                {
                    "unitCode" => s.UnitCode, "name" or "unitName" => _d.Budget.Unit(s.UnitCode).Name, "project" => s.ProjectName,
                    "item" => s.Item, "quantity" => Cell.Of(s.Quantity), "measure" => s.Measure, "unitPrice" => Cell.Of(s.UnitPrice), _ => cells[i],
                },
                _ => cells[i],
            };
        }
    }
}

using System.Text.RegularExpressions;
using Yusuan.Checks.Printed;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Checks.Rules.Tables;

/// <summary>A printed row in its table's hierarchy: a classification row, a project or item row, under its parent.</summary>
internal sealed class ShapeNode(int index, string? code, ShapeBlock block)
{
    public int Index { get; } = index;
    /// <summary>The row's classification code (digits only), or null for a project, item or unit row.</summary>
    public string? Code { get; } = code;
    public ShapeBlock Block { get; } = block;
    public ShapeNode? Parent { get; set; }
    public List<ShapeNode> Children { get; } = [];
    /// <summary>A row with its parent's code: a project printed with the code of its 项.</summary>
    public bool SharesParentCode => Code is not null && Parent?.Code == Code;
}

/// <summary>A unit's block (its subtotal row, then its rows), or the rows of a table printed without unit blocks.</summary>
internal sealed class ShapeBlock(int? unitRow)
{
    public int? UnitRow { get; } = unitRow;
    public List<ShapeNode> Roots { get; } = [];
    public List<ShapeNode> Nodes { get; } = [];
}

/// <summary>
/// How a printed table is built, read from its rows alone (kinds, codes and order), so that the checks work the same
/// on Yusuan's own tables and on a workbook made elsewhere: 合计 and department rows, unit blocks, and in each block
/// the classification rows nested by code prefix with project and item rows under the row above them. A balance table
/// (收支总表) has an income side and a spending side; its spending rows nest by code the same way.
/// </summary>
internal sealed partial class TableShape
{
    public PrintedTable Table { get; }
    public TableDefinition? Definition { get; }
    public bool IsBalance { get; }
    /// <summary>The amount columns whose figures add up (the measures; not a unit price).</summary>
    public IReadOnlyList<int> AmountColumns { get; }
    public List<int> TotalRows { get; } = [];
    public List<int> DepartmentRows { get; } = [];
    public List<ShapeBlock> Blocks { get; } = [];
    /// <summary>Balance tables: the label column of each side and the spending side's coded rows.</summary>
    public int LeftLabel { get; } = -1;
    public int RightLabel { get; } = -1;
    public ShapeBlock Spending { get; } = new(null);
    private readonly Dictionary<int, ShapeNode> _nodeOfRow = new();

    public TableShape(PrintedTable table, TableDefinition? definition, CatalogSet? catalogs)
    {
        Table = table;
        Definition = definition;
        IsBalance = definition?.Layout == "balance" || (definition is null && table.Rows.Any(r => r.Kind == RowKind.Balance));
        // Amounts that add up: the measure columns, not a key printed as an amount (购买单价).
        var keys = (IsBalance ? null : definition?.Keys.Select(k => k.Group is null ? k.Header : $"{k.Group}/{k.Header}").ToHashSet()) ?? [];
        AmountColumns = Enumerable.Range(0, table.ColumnKinds.Count)
            .Where(c => table.ColumnKinds[c] == ColumnKind.Amount && !keys.Contains(table.ColumnPaths[c]) && !table.ColumnPaths[c].Contains("单价"))
            .ToList();
        if (IsBalance)
        {
            var texts = Enumerable.Range(0, table.ColumnKinds.Count).Where(c => table.ColumnKinds[c] == ColumnKind.Text).ToList();
            LeftLabel = texts.Count > 0 ? texts[0] : -1;
            RightLabel = texts.Count > 1 ? texts[1] : -1;
            BuildSpending(catalogs);
        }
        else BuildHierarchy();
    }

    public PrintedRow Row(int index) => Table.Rows[index];

    /// <summary>
    /// A column some documents print besides the profile's (<c>extraColumns</c>, e.g. 中央提前通知专项转移支付等/合计): a
    /// check that names it counts it as blank where the table does not print it.
    /// </summary>
    public bool IsExtra(string path) =>
        Definition?.ExtraColumns.Any(e => e == path || e.EndsWith("/" + path, StringComparison.Ordinal)) ?? false;

    public ShapeNode? NodeOf(int row) => _nodeOfRow.GetValueOrDefault(row);

    public decimal? Value(int row, int column) =>
        column >= 0 && column < Table.Rows[row].Values.Count ? Table.Rows[row].Values[column] : null;

    public string? Text(int row, int column) =>
        column >= 0 && column < Table.Rows[row].Texts.Count ? Table.Rows[row].Texts[column] : null;

    /// <summary>Balance tables: the amount columns of the spending side (after its label column).</summary>
    public IEnumerable<int> SpendingColumns => AmountColumns.Where(c => RightLabel >= 0 && c > RightLabel);

    /// <summary>The column whose label names a row for this amount column: the nearest text column to its left.</summary>
    public int LabelColumnFor(int column)
    {
        for (var c = column - 1; c >= 0; c--)
            if (Table.ColumnKinds[c] == ColumnKind.Text) return c;
        return -1;
    }

    /// <summary>Rows of the unit blocks (unit row included) of unit <paramref name="unitCode"/>; every row when null.</summary>
    public IEnumerable<int> RowsOf(string? unitCode)
    {
        if (unitCode is null || IsBalance) return Enumerable.Range(0, Table.Rows.Count);
        return BlocksOf(unitCode).SelectMany(b => new[] { b.UnitRow!.Value }.Concat(b.Nodes.Select(n => n.Index)));
    }

    /// <summary>The coded rows of unit <paramref name="unitCode"/> (all units when null); in a balance table, the spending side.</summary>
    public IEnumerable<ShapeNode> CodedNodes(string? unitCode)
    {
        if (IsBalance) return Spending.Nodes.Where(n => n.Code is not null);
        var blocks = unitCode is null ? Blocks : BlocksOf(unitCode);
        return blocks.SelectMany(b => b.Nodes).Where(n => n.Code is not null);
    }

    /// <summary>The unit subtotal rows, one per unit code, in order.</summary>
    public IReadOnlyList<int> UnitRows()
    {
        if (_unitRows is null) Index();
        return _unitRows!;
    }

    /// <summary>The blocks of a unit (one, or three in a table comparing years).</summary>
    public IReadOnlyList<ShapeBlock> BlocksOf(string unitCode)
    {
        if (_blocksByUnit is null) Index();
        return _blocksByUnit!.TryGetValue(unitCode, out var blocks) ? blocks : [];
    }

    private List<int>? _unitRows;
    private Dictionary<string, List<ShapeBlock>>? _blocksByUnit;
    private readonly Dictionary<string, string> _unitAliases = new(StringComparer.Ordinal);

    /// <summary>Whether the profile's layout of this table prints a row with this label (a balance table's items and closing rows).</summary>
    public bool PrintsLabel(string label)
    {
        if (Definition?.Balance is not { } spec) return false;
        var wanted = NormalizeLabel(StripNumbering(label));
        return spec.Income.Select(i => i.Label).Concat(spec.SpendingHead)
            .Concat(spec.Closing.SelectMany(c => new[] { c.Left, c.Right }))
            .Any(l => !string.IsNullOrWhiteSpace(l) && NormalizeLabel(StripNumbering(l)) == wanted);
    }

    /// <summary>The unit a unit row stands for: its code (or name, when no table prints its code), after <see cref="AliasUnit"/>.</summary>
    public string UnitKey(int unitRow)
    {
        var key = Table.Rows[unitRow].UnitCode ?? Table.Rows[unitRow].Label;
        return _unitAliases.GetValueOrDefault(key, key);
    }

    /// <summary>
    /// Reads this table's unit <paramref name="printed"/> as <paramref name="unit"/>: the table names a unit wrongly (T-UNIT
    /// reports it) and its figures are compared with the other tables' under the unit meant.
    /// </summary>
    public void AliasUnit(string printed, string unit)
    {
        _unitAliases[printed] = unit;
        _unitRows = null;
        _blocksByUnit = null;
    }

    private void Index()
    {
        var byUnit = new Dictionary<string, List<ShapeBlock>>(StringComparer.Ordinal);
        var rows = new List<int>();
        foreach (var b in Blocks)
        {
            if (b.UnitRow is not { } u) continue;
            var key = UnitKey(u);
            if (!byUnit.TryGetValue(key, out var list))
            {
                byUnit[key] = list = [];
                rows.Add(u);
            }
            list.Add(b);
        }
        _blocksByUnit = byUnit;
        _unitRows = rows;
    }

    private void BuildHierarchy()
    {
        ShapeBlock? block = null;
        var stack = new List<ShapeNode>();
        for (var i = 0; i < Table.Rows.Count; i++)
        {
            var row = Table.Rows[i];
            switch (row.Kind)
            {
                case RowKind.Total: TotalRows.Add(i); continue;
                case RowKind.Department: DepartmentRows.Add(i); continue;
                case RowKind.Unit:
                    block = new ShapeBlock(i);
                    Blocks.Add(block);
                    stack.Clear();
                    continue;
            }
            if (block is null)
            {
                block = new ShapeBlock(null);
                Blocks.Add(block);
            }
            Place(i, CodeOf(row), block, stack);
        }
    }

    private void BuildSpending(CatalogSet? catalogs)
    {
        var stack = new List<ShapeNode>();
        for (var i = 0; i < Table.Rows.Count; i++)
        {
            var row = Table.Rows[i];
            var code = CodeOf(row);
            if (code is null && catalogs is not null && RightLabel >= 0 && Text(i, RightLabel) is { Length: > 0 } label)
                code = FunctionalCodeByName(catalogs, StripNumbering(label));
            if (code is null) continue;
            Place(i, code, Spending, stack);
        }
    }

    /// <summary>
    /// Nests a row: a coded row under the nearest open row whose code is a proper prefix of its own (or, for a
    /// project printed with its 项's code, under that 项's group row); a row without code under the open row above it.
    /// </summary>
    private void Place(int index, string? code, ShapeBlock block, List<ShapeNode> stack)
    {
        var node = new ShapeNode(index, code, block);
        if (code is not null)
        {
            while (stack.Count > 0 && !Contains(stack[^1], code)) stack.RemoveAt(stack.Count - 1);
        }
        var parent = stack.Count > 0 ? stack[^1] : null;
        node.Parent = parent;
        if (parent is null) block.Roots.Add(node);
        else parent.Children.Add(node);
        block.Nodes.Add(node);
        _nodeOfRow[index] = node;
        if (code is not null && !node.SharesParentCode) stack.Add(node);
    }

    private bool Contains(ShapeNode open, string code) =>
        open.Code is { } c && code.StartsWith(c, StringComparison.Ordinal)
        && (code.Length > c.Length || Table.Rows[open.Index].Kind == RowKind.Group);

    /// <summary>The row's classification code when it is one (digits only); null for unit, project and item rows.</summary>
    public static string? CodeOf(PrintedRow row) =>
        row.Kind is RowKind.Unit or RowKind.Department or RowKind.Total ? null : Digits(row.Code);

    public static string? Digits(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var c = code.Trim();
        return c.All(char.IsAsciiDigit) && c.Length >= 3 ? c : null;
    }

    /// <summary>一、 / 二十八、 / 1. / (一) in front of a label.</summary>
    public static string StripNumbering(string label) => NumberingPattern().Replace(label.Trim(), "").Trim();

    /// <summary>Labels compare without spaces (巴中 prints 本 年 收 入 合 计) and with either kind of brackets.</summary>
    public static string NormalizeLabel(string? text) =>
        string.Concat((text ?? "").Where(ch => !char.IsWhiteSpace(ch))).Replace("（", "(").Replace("）", ")");

    private static readonly Dictionary<CatalogSet, Dictionary<string, string>> NameIndex = new(ReferenceEqualityComparer.Instance);

    /// <summary>A functional code by its name (this year's, a variant, or an older name), for balance rows read without codes.</summary>
    public static string? FunctionalCodeByName(CatalogSet catalogs, string name)
    {
        Dictionary<string, string> index;
        lock (NameIndex)
        {
            if (!NameIndex.TryGetValue(catalogs, out index!))
            {
                index = new Dictionary<string, string>(StringComparer.Ordinal);
                var f = catalogs.Functional;
                void Add(string code)
                {
                    index.TryAdd(CatalogSet.Normalize(f.NameOf(code)), code);
                    foreach (var old in f.History(code)) index.TryAdd(CatalogSet.Normalize(old.Name), code);
                    foreach (var child in f.Children(code)) Add(child);
                }
                foreach (var top in f.TopLevel) Add(top);
                foreach (var v in catalogs.NameVariants.Where(v => v.Catalog == "functional")) index.TryAdd(CatalogSet.Normalize(v.Name), v.Code);
                NameIndex[catalogs] = index;
            }
        }
        return index.GetValueOrDefault(CatalogSet.Normalize(name));
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十]+[）)]|\d+\s*[.．、]\s*)")]
    private static partial Regex NumberingPattern();
}

using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Checks.Rules.Tables;

/// <summary>
/// Turns a declared <see cref="CellRelationCheck"/> (profile checks.balance / checks.crossTable) into relations between
/// printed cells: for the whole table, for each classification code, or for each unit.
/// </summary>
internal static class CellRelations
{
    public static IEnumerable<Relation> Expand(TableRun run, CellRelationCheck check, string ruleId, string hint, string source)
    {
        IReadOnlyList<string?> columns = check.Columns.Count > 0 ? check.Columns.Select(c => (string?)c).ToList() : [null];
        foreach (var column in columns)
        {
            var total = Operand.Bind(run, check.Total, check.Table, column, ruleId, source);
            // An extra column (printed by some documents only) that this table does not print is left out of the parts.
            var parts = check.Parts.Where(p => !Operand.IsUnprintedExtra(run, p, check.Table, column))
                .Select(p => Operand.Bind(run, p, check.Table, column, ruleId, source)).ToList();
            if (total is null || parts.Any(p => p is null)) continue;
            var operands = parts.Select(p => p!).ToList();
            var relations = (check.By ?? "").ToLowerInvariant() switch
            {
                "" => Whole(run, total, operands, ruleId, hint, check.Relation, source),
                "code" => ByCode(run, total, operands, check.Levels, ruleId, hint, check.Relation, source),
                "unit" => ByUnit(run, total, operands, ruleId, hint, check.Relation, source),
                _ => Unknown(run, total, check.By!, ruleId, source),
            };
            foreach (var r in relations) yield return r;
        }
    }

    private static IEnumerable<Relation> Unknown(TableRun run, Operand total, string by, string ruleId, string source)
    {
        run.Problem(ruleId, total.Shape.Table, $"{source} 的 by“{by}”无法识别（可用：code、unit）");
        return [];
    }

    private static IEnumerable<Relation> Whole(TableRun run, Operand total, List<Operand> parts, string ruleId, string hint, string? section, string source)
    {
        if (Resolve(run, total, parts, null, ruleId, source) is not { } resolved) yield break;
        yield return Build(total, resolved.Total, resolved.Parts, ruleId, hint, section, total.Row is null ? "合计" : total.Row, withRows: true);
    }

    /// <summary>The rows of the total and of each part, within a unit or the whole table; null when a label is not printed.</summary>
    private static (List<int> Total, List<(Operand Op, List<int> Rows)> Parts)? Resolve(TableRun run, Operand total, List<Operand> parts,
        string? unit, string ruleId, string source)
    {
        if (total.Rows(total.Row, unit, null, run, ruleId, source) is not { } totalRows) return null;
        var anchor = totalRows.Count > 0 ? totalRows[0] : (int?)null;
        var partRows = new List<(Operand Op, List<int> Rows)>();
        foreach (var p in parts)
        {
            if (p.Rows(p.Row, unit, ReferenceEquals(p.Shape, total.Shape) ? anchor : null, run, ruleId, source) is not { } rows) return null;
            partRows.Add((p, rows));
        }
        return (totalRows, partRows);
    }

    private static IEnumerable<Relation> ByCode(TableRun run, Operand total, List<Operand> parts, IReadOnlyList<int> levels, string ruleId,
        string hint, string? section, string source)
    {
        var lengths = levels.Select(l => 3 + 2 * (l - 1)).Distinct().ToList();
        // Per operand, in one pass: each code's topmost rows (what the row "code:X" reads), over every unit block.
        var maps = parts.Prepend(total).Select(op => RowsByCode(op.Shape, lengths)).ToList();
        var keys = maps.SelectMany(m => m.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var key in keys)
        {
            var totalRows = maps[0].GetValueOrDefault(key) ?? [];
            var partRows = parts.Select((p, i) => (p, maps[i + 1].GetValueOrDefault(key) ?? [])).ToList();
            var label = run.Catalogs is { } c && (c.Functional.Find(key) ?? c.Economic.Find(key) ?? c.Government.Find(key)) is { } e
                ? $"{key} {e.Name}" : key;
            yield return Build(total, totalRows, partRows, ruleId, hint, section, label, withRows: false, key);
        }
    }

    private static Dictionary<string, List<int>> RowsByCode(TableShape shape, IReadOnlyList<int> lengths)
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var node in shape.CodedNodes(null))
        {
            var code = node.Code!;
            foreach (var len in lengths)
            {
                if (code.Length < len) continue;
                var prefix = code[..len];
                if (node.Parent?.Code?.StartsWith(prefix, StringComparison.Ordinal) ?? false) continue;
                if (!map.TryGetValue(prefix, out var rows)) map[prefix] = rows = [];
                rows.Add(node.Index);
            }
        }
        return map;
    }

    private static IEnumerable<Relation> ByUnit(TableRun run, Operand total, List<Operand> parts, string ruleId, string hint, string? section, string source)
    {
        var units = parts.Prepend(total)
            .SelectMany(op => op.Shape.UnitRows().Select(op.Shape.UnitKey))
            .Distinct().ToList();
        foreach (var unit in units)
        {
            if (Resolve(run, total, parts, unit, ruleId, source) is not { } resolved) continue;
            yield return Build(total, resolved.Total, resolved.Parts, ruleId, hint, section, unit, withRows: true);
        }
    }

    private static Relation Build(Operand total, List<int> totalRows, List<(Operand Op, List<int> Rows)> parts, string ruleId, string hint,
        string? section, string rowLabel, bool withRows, string? code = null)
    {
        var table = total.Shape.Table;
        var place = totalRows.Count == 1 && (code is null || total.Shape.NodeOf(totalRows[0])?.Code == code)
            ? Places.Of(total.Shape, totalRows[0], total.Column)
            : new Place { File = table.File, Table = table.DisplayName, RowLabel = rowLabel, Field = table.ColumnPaths[total.Column] };
        return new Relation(
            ruleId, place, table,
            total.Describe(total, withRows),
            totalRows.Select(r => new PrintedCell(total.Shape, r, total.Column)).ToList(),
            parts.Select(p => p.Op.Describe(total, withRows)).ToList(),
            parts.SelectMany(p => p.Rows.Select(r => new PrintedCell(p.Op.Shape, r, p.Op.Column))).ToList(),
            hint, section,
            // Each part's figure named by its operand, or by its row where an operand reads several (the 项 of a 类).
            parts.SelectMany(p => p.Rows.Count == 1 ? [p.Op.Describe(total, withRows)] : p.Rows.Select(r => RowNames.Of(p.Op.Shape, r))).ToList());
    }
}

/// <summary>One side of a declared relation bound to a printed table and column.</summary>
internal sealed record Operand(TableShape Shape, int Column, string ColumnName, string? Row)
{
    /// <summary>A reference to one of a table's extra columns (profile extraColumns) that the printed table does not have.</summary>
    public static bool IsUnprintedExtra(TableRun run, CellRef reference, string? defaultTable, string? defaultColumn)
    {
        var column = reference.Column ?? defaultColumn;
        return (reference.Table ?? defaultTable) is { } id && run.Shape(id) is { } shape && column is not null
            && shape.Table.ColumnIndex(column) < 0 && shape.IsExtra(column);
    }

    public static Operand? Bind(TableRun run, CellRef reference, string? defaultTable, string? defaultColumn, string ruleId, string source)
    {
        // A total in an extra column the table does not print: nothing to check, and nothing wrong.
        if (IsUnprintedExtra(run, reference, defaultTable, defaultColumn)) return null;
        var id = reference.Table ?? defaultTable;
        if (id is null)
        {
            if (run.Shapes.Count > 0) run.Problem(ruleId, run.Shapes[0].Table, $"{source} 中有一项未指明表（table）");
            return null;
        }
        // A table the set does not print cannot be checked here; a missing sheet is the reader's finding.
        if (run.Shape(id) is not { } shape) return null;
        var column = reference.Column ?? defaultColumn;
        var index = column is null ? -1 : shape.Table.ColumnIndex(column);
        if (index < 0)
        {
            run.Problem(ruleId, shape.Table, column is null ? $"{source} 中有一项未指明列（column）" : $"表中没有列“{column}”（{source}）");
            return null;
        }
        return new Operand(shape, index, column!, reference.Row);
    }

    /// <summary>
    /// How the operand reads in a statement: its row alone beside the total's own column, else its column (and row),
    /// with its table when it is not the total's.
    /// </summary>
    public string Describe(Operand total, bool withRows)
    {
        var row = !withRows || Row is null ? "" : Row == "@classes" ? "各类之和" : Row.StartsWith("code:", StringComparison.Ordinal) ? Row[5..] : Row;
        var sameTable = ReferenceEquals(total.Shape, Shape);
        if (sameTable && Column == total.Column && row.Length > 0 && !ReferenceEquals(total, this)) return row;
        var table = sameTable ? "" : Shape.Table.DisplayName;
        return $"{table}“{ColumnName}”{(row.Length > 0 ? $"（{row}）" : "")}";
    }

    /// <summary>
    /// The rows this operand reads for <paramref name="row"/> within unit <paramref name="unit"/> (all units when null);
    /// an empty list when the table prints nothing there; null (with a problem recorded) when a label is not printed.
    /// </summary>
    public List<int>? Rows(string? row, string? unit, int? anchor, TableRun run, string ruleId, string source)
    {
        if (row is null)
        {
            if (Shape.IsBalance)
            {
                run.Problem(ruleId, Shape.Table, $"收支平衡表须指明行（row）（{source}）");
                return null;
            }
            if (unit is not null)
                return Shape.BlocksOf(unit).Take(1).Select(b => b.UnitRow!.Value).ToList();
            if (Shape.TotalRows.Count > 0) return [Shape.TotalRows[0]];
            if (Shape.DepartmentRows.Count > 0) return [Shape.DepartmentRows[0]];
            var units = Shape.UnitRows().ToList();
            return units.Count > 0 ? units : Shape.Blocks.SelectMany(b => b.Roots).Select(n => n.Index).ToList();
        }
        if (row.StartsWith("code:", StringComparison.Ordinal))
        {
            var prefix = row[5..].Trim();
            return Shape.CodedNodes(unit)
                .Where(n => n.Code!.StartsWith(prefix, StringComparison.Ordinal)
                            && !(n.Parent?.Code?.StartsWith(prefix, StringComparison.Ordinal) ?? false))
                .Select(n => n.Index).ToList();
        }
        if (row == "@classes")
            return Shape.CodedNodes(unit).Where(n => n.Code!.Length == 3).Select(n => n.Index).ToList();

        var wanted = TableShape.NormalizeLabel(row);
        var labelColumn = Shape.IsBalance ? Shape.LabelColumnFor(Column) : -1;
        var matches = Shape.RowsOf(unit).Where(r => Matches(r, labelColumn, wanted, numbered: true)).ToList();
        // The numbering is not part of the name: a document that numbers 结转下年 二十九、 where the profile prints 三十一、
        // (巴中 numbers two rows 二十九、) still has the row.
        if (matches.Count == 0 && TableShape.NormalizeLabel(TableShape.StripNumbering(row)) is { Length: > 0 } bare)
            matches = Shape.RowsOf(unit).Where(r => Matches(r, labelColumn, bare, numbered: false)).ToList();
        if (matches.Count == 0)
        {
            if (unit is null && Shape.Table.Rows.Count > 0)
            {
                if (Shape.PrintsLabel(row)) run.MissingRow(ruleId, Shape.Table, row);
                else run.Problem(ruleId, Shape.Table, $"表中找不到行“{row}”（{source}）");
                return null;
            }
            return [];
        }
        // The same label on several rows (一般公共预算拨款收入 under 本年收入 and under 上年结转): the first after the total's row.
        return [anchor is { } a && matches.Any(m => m > a) ? matches.First(m => m > a) : matches[0]];
    }

    private bool Matches(int row, int labelColumn, string wanted, bool numbered)
    {
        var r = Shape.Row(row);
        string Key(string? text) => TableShape.NormalizeLabel(numbered || text is null ? text : TableShape.StripNumbering(text));
        if (labelColumn >= 0) return Key(Shape.Text(row, labelColumn)) == wanted;
        for (var c = 0; c < r.Texts.Count && c < Shape.Table.ColumnKinds.Count; c++)
            if (Shape.Table.ColumnKinds[c] == ColumnKind.Text && Key(r.Texts[c]) == wanted) return true;
        return false;
    }
}

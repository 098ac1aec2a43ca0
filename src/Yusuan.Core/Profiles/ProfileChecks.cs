namespace Yusuan.Core.Profiles;

/// <summary>
/// The relations a reviewer checks in a region's printed tables (domain.md §8), declared as data next to the tables
/// they relate, so a new region declares its own. Sums by level, by unit and catalog validity need no declaration:
/// they follow from the rows. See docs/rules.md for the format.
/// </summary>
public sealed record ProfileChecks
{
    /// <summary>Within a table, on every row: one column is the sum of others (T-COLUMN-SUM).</summary>
    public IReadOnlyList<ColumnSumCheck> ColumnSums { get; init; } = [];
    /// <summary>Within a balance table: a row is the sum of other rows, income total = spending total (T-BALANCE).</summary>
    public IReadOnlyList<CellRelationCheck> Balance { get; init; } = [];
    /// <summary>Between tables: a figure of one table is the sum of figures of others (T-CROSS-TABLE).</summary>
    public IReadOnlyList<CellRelationCheck> CrossTable { get; init; } = [];
    /// <summary>
    /// 政府采购 / 购买服务 items within their projects (T-PROCUREMENT-EXCEEDS-PROJECT, T-SERVICE-EXCEEDS-PROJECT): per unit and
    /// project, the items' money in a column is at most the project's money in a project table.
    /// </summary>
    public IReadOnlyList<ItemsWithinProjectCheck> ItemsWithinProjects { get; init; } = [];
    /// <summary>
    /// The region's default severities by rule id (error, warning, info or off), as in a settings file's <c>rules</c>:
    /// <c>"rules": { "B-FUNC-NATURE": "error" }</c>. A bureau's <c>--settings</c> file is applied after these and wins.
    /// </summary>
    public IReadOnlyDictionary<string, string> Rules { get; init; } = new Dictionary<string, string>();
}

/// <summary>In table <see cref="Table"/>, on every row, column <see cref="Total"/> = Σ <see cref="Parts"/> (header paths or their ends).</summary>
public sealed record ColumnSumCheck
{
    public required string Table { get; init; }
    public required string Total { get; init; }
    public required IReadOnlyList<string> Parts { get; init; }
    /// <summary>The domain.md §8 item the relation belongs to, e.g. §8.3 (shown by the checker).</summary>
    public string? Relation { get; init; }
}

/// <summary>
/// A printed figure (<see cref="Total"/>) that must equal the sum of other printed figures (<see cref="Parts"/>; one
/// part: an equality). With <see cref="By"/> the relation holds for each classification code (code, at
/// <see cref="Levels"/>) or each unit (unit); with <see cref="Columns"/> it holds for each listed column, which fills
/// the operands that name none.
/// </summary>
public sealed record CellRelationCheck
{
    /// <summary>The table of operands that name none (required for balance checks).</summary>
    public string? Table { get; init; }
    public required CellRef Total { get; init; }
    public required IReadOnlyList<CellRef> Parts { get; init; }
    /// <summary>null (one figure), code (each classification code at <see cref="Levels"/>) or unit (each unit).</summary>
    public string? By { get; init; }
    /// <summary>For by code: 1 = 类 (3 digits), 2 = 款 (5), 3 = 项 (7). Default: 类 only.</summary>
    public IReadOnlyList<int> Levels { get; init; } = [1];
    public IReadOnlyList<string> Columns { get; init; } = [];
    public string? Relation { get; init; }
}

/// <summary>
/// One operand: a column of a table and which rows of it. <see cref="Row"/>: null = the table's total (合计 row, else
/// the department row, else Σ unit rows; within a unit: the unit's row); <c>code:208</c> = the rows of that code (Σ
/// the topmost rows under it, over every unit block); <c>@classes</c> = Σ the 类 rows; anything else = the row with
/// that label (spaces ignored; in a balance table, in the label column of the column's side).
/// </summary>
public sealed record CellRef
{
    public string? Table { get; init; }
    public string? Column { get; init; }
    public string? Row { get; init; }
}

/// <summary>
/// In table <see cref="Table"/> (a 政府采购 or 购买服务 table), the items of each unit's project, summed in
/// <see cref="Column"/>, do not exceed that project's money in <see cref="Projects"/> (a project table's column; its
/// project rows are matched by name within the unit). Compare money of one source: the 一般公共预算 column of the items
/// with the 一般公共预算项目支出表.
/// </summary>
public sealed record ItemsWithinProjectCheck
{
    public required string Table { get; init; }
    public required string Column { get; init; }
    public required CellRef Projects { get; init; }
    public string? Relation { get; init; }
}

namespace Yusuan.Core.Profiles;

/// <summary>
/// One table of a disclosure profile, as data: which lines it sums (<see cref="Filter"/>), how it groups them
/// into rows (<see cref="Rows"/>), which key columns name a row and which measure columns it sums.
/// </summary>
public sealed record TableDefinition
{
    public required string Id { get; init; }
    public string? Number { get; init; }
    public required string Title { get; init; }
    /// <summary>hierarchy (rows by classification and unit) or balance (income beside spending).</summary>
    public string Layout { get; init; } = "hierarchy";
    /// <summary>The line printed under the headers when the table has no data.</summary>
    public string EmptyNote { get; init; } = "本表无数据";
    /// <summary>A note printed under the table, whether or not it has data.</summary>
    public string? Note { get; init; }
    /// <summary>
    /// When the table has no data, print only <see cref="EmptyNote"/>, not <see cref="Note"/> (default false: both).
    /// Shenzhen prints 注：无。 under a table with data and 注：本表本年无发生额。 instead of it under an empty one.
    /// </summary>
    public bool EmptyNoteReplacesNote { get; init; }
    /// <summary>This table's subject line, when it differs from the profile's <see cref="Profile.SubjectLabel"/> (null: the profile's).</summary>
    public string? SubjectLabel { get; init; }
    public LineFilter? Filter { get; init; }
    public RowSpec Rows { get; init; } = new();
    public IReadOnlyList<KeyColumn> Keys { get; init; } = [];
    public IReadOnlyList<ColumnDefinition> Columns { get; init; } = [];
    public BalanceSpec? Balance { get; init; }
    /// <summary>Landscape or portrait when printed.</summary>
    public bool Landscape { get; init; } = true;
    /// <summary>
    /// Not every document of the region publishes this table (广元 2025 publishes no 政府采购 or 购买服务 table; it gives
    /// those figures in the narrative). Yusuan still builds it; the printed-table reader does not report it missing.
    /// </summary>
    public bool Optional { get; init; }
    /// <summary>
    /// Header words other documents of the region print instead of the profile's, by the word printed:
    /// <c>{ "市级当年财政拨款安排": "当年财政拨款安排" }</c>. The reader reads such a column as the profile's.
    /// </summary>
    public IReadOnlyDictionary<string, string> HeaderAliases { get; init; } = new Dictionary<string, string>();
    /// <summary>
    /// Columns (header paths) some documents of the region print besides the profile's, e.g.
    /// <c>中央提前通知专项转移支付等/合计</c>. Yusuan does not build them; the reader reads them as amounts, and a check
    /// that names one counts it as blank where it is not printed.
    /// </summary>
    public IReadOnlyList<string> ExtraColumns { get; init; } = [];
}

/// <summary>How a hierarchy table groups lines into rows.</summary>
public sealed record RowSpec
{
    /// <summary>functional | economic | government | project | unit | procurement | servicePurchase</summary>
    public string Dimension { get; init; } = "functional";
    /// <summary>Which levels of the classification get a row (1 = 类, 2 = 款, 3 = 项 or sub-item, 4 = sub-sub-item).</summary>
    public IReadOnlyList<int> Levels { get; init; } = [1, 2, 3];
    /// <summary>Project rows under their functional 项 (project tables of Bazhong and Sichuan).</summary>
    public bool ProjectsUnderFunctional { get; init; }
    /// <summary>Print 合计 first.</summary>
    public bool TotalRow { get; init; } = true;
    public string TotalLabel { get; init; } = "合计";
    /// <summary>Print a department row (code and name of the 主管部门) after 合计, as Sichuan and Shenzhen do.</summary>
    public bool DepartmentRow { get; init; }
    /// <summary>Print each unit's block: a unit subtotal row, then its rows.</summary>
    public bool PerUnit { get; init; } = true;
    /// <summary>For 三公 tables that compare years: per unit a row for last year, this year and the change.</summary>
    public bool Comparison { get; init; }
    /// <summary>
    /// A table without data still prints its 合计, department and unit rows, with zeros (default false: no rows,
    /// only <see cref="TableDefinition.EmptyNote"/>). Shenzhen prints 0 rows above 注：本表本年无发生额。
    /// </summary>
    public bool EmptyRows { get; init; }
}

/// <summary>A column that names a row rather than sums it.</summary>
public sealed record KeyColumn
{
    public required string Header { get; init; }
    /// <summary>
    /// code1 / code2 / code3 (类, 款, 项 part of a split code), code (the whole code), unitCode, name,
    /// codeAndName, project, item, quantity, measure, unitPrice, year
    /// </summary>
    public required string Value { get; init; }
    /// <summary>Header of a parent cell spanning several key columns (e.g. 科目编码 over 类/款/项).</summary>
    public string? Group { get; init; }
    /// <summary>
    /// What this column shows on a unit's subtotal row: a value as in <see cref="Value"/> (unitCode, name) or none
    /// (blank). Null (default): the unit code in unitCode columns, the unit name in name columns, else blank.
    /// It applies to the department row (the department's subtotal) too, with the department's code and name.
    /// Bazhong prints the unit code in the 功能科目编码 column of its unit rows, and no code in its basic-spending table.
    /// </summary>
    public string? UnitRow { get; init; }
    public double Width { get; init; } = 0;
}

/// <summary>A measure column, or a header spanning child columns.</summary>
public sealed record ColumnDefinition
{
    public required string Header { get; init; }
    public Measure? Measure { get; init; }
    public IReadOnlyList<ColumnDefinition> Children { get; init; } = [];
    public double Width { get; init; } = 0;
}

/// <summary>What a column sums.</summary>
public sealed record Measure
{
    /// <summary>
    /// expenditure | income | threePublic | procurement | servicePurchase | none (a column the region prints but the
    /// input cannot fill, such as Bazhong's 一般公共预算非税收入安排: always blank).
    /// procurement / servicePurchase in a functional or project table (Shenzhen's 支出总表): each item counts in its
    /// unit's row and in the rows of its project (and of the project's functional 项, when all the project's lines
    /// share one 项); an item without project, or whose project spans several 项, counts in the 合计 and unit rows only.
    /// </summary>
    public string Of { get; init; } = "expenditure";
    public LineFilter? Filter { get; init; }
    /// <summary>For threePublic: abroad | vehicles | vehiclePurchase | vehicleOperation | reception | total.</summary>
    public string? Field { get; init; }
}

/// <summary>A condition on lines; empty members do not restrict.</summary>
public sealed record LineFilter
{
    /// <summary>基本 | 人员经费 | 公用经费 | 项目 | 上缴上级支出 | 对附属单位补助支出</summary>
    public IReadOnlyList<string>? Nature { get; init; }
    /// <summary>Income source names (short names accepted).</summary>
    public IReadOnlyList<string>? Sources { get; init; }
    /// <summary>true: only 财政拨款 money; false: only other money.</summary>
    public bool? Fiscal { get; init; }
    public bool? CarriedOver { get; init; }
    /// <summary>Department economic code prefixes.</summary>
    public IReadOnlyList<string>? Economic { get; init; }
    public IReadOnlyList<string>? ProjectKinds { get; init; }
    /// <summary>procurement category: 货物 | 工程 | 服务</summary>
    public IReadOnlyList<string>? Categories { get; init; }
    /// <summary>Procurement items: true only items reserved for 中小企业 (面向中小企业, including those for 小微企业).</summary>
    public bool? SmallBusiness { get; init; }
    /// <summary>Procurement items: true only items reserved for 小型、微型企业 (面向小型、微型企业).</summary>
    public bool? MicroBusiness { get; init; }
}

/// <summary>A table of income beside spending (收支总表, 财政拨款收支总表).</summary>
public sealed record BalanceSpec
{
    public string LeftHeader { get; init; } = "收 入";
    public string RightHeader { get; init; } = "支 出";
    public string ItemHeader { get; init; } = "项 目";
    public string AmountHeader { get; init; } = "预算数";
    public IReadOnlyList<BalanceItem> Income { get; init; } = [];
    /// <summary>Rows on the spending side before the classes, each showing the column totals (一、本年支出).</summary>
    public IReadOnlyList<string> SpendingHead { get; init; } = [];
    /// <summary>Levels of the functional classification listed on the spending side (1 = 类 only).</summary>
    public IReadOnlyList<int> SpendingLevels { get; init; } = [1];
    /// <summary>List every 类 of the year (true) or only those with money.</summary>
    public bool AllClasses { get; init; } = true;
    /// <summary>The 类 the region lists, in its order; empty: every 类 of the year's catalog.</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];
    /// <summary>Prefix class rows with 一、二、三…</summary>
    public bool NumberClasses { get; init; } = true;
    public IReadOnlyList<ClosingRow> Closing { get; init; } = [];
}

public sealed record BalanceItem
{
    public required string Label { get; init; }
    public Measure? Measure { get; init; }
}

/// <summary>A closing row: income label and measure on the left, spending label on the right with either the spending total or nothing.</summary>
public sealed record ClosingRow
{
    public string? Left { get; init; }
    public Measure? LeftMeasure { get; init; }
    /// <summary>Sum of every income item above (本年收入合计) when true.</summary>
    public bool LeftIsIncomeTotal { get; init; }
    /// <summary>Sum of current income plus carried-over (收入总计) when true.</summary>
    public bool LeftIsGrandTotal { get; init; }
    public string? Right { get; init; }
    /// <summary>total: the spending columns' totals; zero: 0 (结转下年 of a budget, printed by regions that print zeros); none: empty.</summary>
    public string RightValue { get; init; } = "none";
}

namespace Yusuan.Core.Profiles;

/// <summary>
/// The published document (部门预算公开文本) in a profile (<c>"document"</c>): its title, the parts and headings in order,
/// the sentences of the 情况说明 as templates with named slots, the figures those slots take from the derived tables,
/// the 名词解释, and where the tables and forms go. Optional: a profile without it gets a document of its tables and
/// forms only (<see cref="TablesOnly"/>). See docs/profiles.md#公开文本-document.
/// </summary>
public sealed record DocumentProfile
{
    /// <summary>The cover's title, a template: {subject} {department} {year}.</summary>
    public string Title { get; init; } = "{subject}{year}年部门预算";
    public string? Subtitle { get; init; }
    /// <summary>Lines under the title on the cover (templates).</summary>
    public IReadOnlyList<string> CoverLines { get; init; } = [];
    public bool TableOfContents { get; init; } = true;

    /// <summary>
    /// How headings are numbered, by level (1 = a part): {n} is the Chinese numeral (一、二 …), {d} the digit. Each
    /// level counts from one again under a new heading of a higher level. A heading's own <c>number</c> overrides it.
    /// </summary>
    public IReadOnlyList<string> Numbering { get; init; } = ["第{n}部分", "{n}、", "（{n}）", "{d}."];

    /// <summary>How figures are written in prose.</summary>
    public ProseNumbers Numbers { get; init; } = new();

    /// <summary>
    /// The row key of the whole department in the tables the figures read (<c>total</c>: 四川's 合计 row;
    /// <c>department</c>: 深圳, whose tables have no 合计 row). <c>{scope}</c> in a figure's row stands for it, or for
    /// <c>unit:CODE</c> inside a per-unit part.
    /// </summary>
    public string DepartmentRow { get; init; } = "total";

    /// <summary>Texts the unit writes (<c>narrative</c> in the input), by name, with the words that name them in a placeholder.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>();

    /// <summary>The figures the sentences use, by name.</summary>
    public IReadOnlyDictionary<string, FigureDefinition> Figures { get; init; } = new Dictionary<string, FigureDefinition>();

    /// <summary>Lists of rows (each 类, each 项, each project …) the sentences enumerate, by name.</summary>
    public IReadOnlyDictionary<string, ListDefinition> Lists { get; init; } = new Dictionary<string, ListDefinition>();

    /// <summary>
    /// Tables built from the lines by the same engine as the printed ones, for figures no printed table shows (深圳's
    /// 政府采购 by 货物 / 工程 / 服务): never printed.
    /// </summary>
    public IReadOnlyList<TableDefinition> FigureTables { get; init; } = [];

    /// <summary>The document in reading order.</summary>
    public IReadOnlyList<DocumentBlockDefinition> Blocks { get; init; } = [];

    /// <summary>The 名词解释, in order: standard terms and the functional codes the budget uses.</summary>
    public IReadOnlyList<GlossaryEntryDefinition> Glossary { get; init; } = [];

    /// <summary>How 名词解释 entries are numbered ({n} Chinese numeral, {d} digit); empty: not numbered.</summary>
    public string GlossaryNumbering { get; init; } = "{n}、";

    /// <summary>A document of the tables and forms only: a title, the 目录, then every table and form.</summary>
    public static DocumentProfile TablesOnly { get; } = new()
    {
        Blocks = [new DocumentBlockDefinition { Tables = ["*"], Forms = true, Contents = "{title}" }],
    };
}

/// <summary>How figures are written in prose: 1183.38 (四川) or 298,448 (深圳); 92.15% or 50%.</summary>
public sealed record ProseNumbers
{
    /// <summary>Amounts with thousands separators (the tables' own setting is not used: prose often differs).</summary>
    public bool ThousandsSeparator { get; init; }
    /// <summary>Decimals of a percentage, rounded once from exact values.</summary>
    public int PercentDecimals { get; init; } = 2;
    /// <summary>Drop trailing zeros of a percentage: 100% rather than 100.00%.</summary>
    public bool TrimPercentZeros { get; init; } = true;
}

/// <summary>
/// A figure the sentences use. One of: a table cell (<see cref="Table"/>, <see cref="Row"/>, <see cref="Column"/>) or the
/// sum of the rows matching <see cref="Rows"/> (a key pattern with <c>*</c>, optionally only units of
/// <see cref="UnitTypes"/>); last year's figure as the unit states it (<see cref="Previous"/>, or
/// <see cref="ThreePublicPrevious"/>); a <see cref="Change"/> from another figure (<see cref="From"/>); a
/// <see cref="Ratio"/> of two figures (<see cref="Of"/>): a share or a rate of change; a <see cref="Count"/> of a list's
/// items; a number the unit enters (<see cref="Input"/>: <c>narrative.counts</c>); a <see cref="Constant"/> of the
/// profile; or a <see cref="Coverage"/> figure of the 绩效目标 (count, amount, allCount, allAmount).
/// </summary>
public sealed record FigureDefinition
{
    public string? Table { get; init; }
    public string? Row { get; init; }
    public string? Rows { get; init; }
    public string? Column { get; init; }
    public IReadOnlyList<string> UnitTypes { get; init; } = [];
    public string? Previous { get; init; }
    /// <summary>total, abroad, vehicles, vehiclePurchase, vehicleOperation or reception of <c>threePublicPrevious</c>.</summary>
    public string? ThreePublicPrevious { get; init; }
    public string? Change { get; init; }
    public string? From { get; init; }
    public string? Ratio { get; init; }
    public string? Of { get; init; }
    public string? Count { get; init; }
    public string? Input { get; init; }
    public decimal? Constant { get; init; }
    public string? Coverage { get; init; }
    /// <summary>The sum of other figures (a count of vehicles and equipment, two amounts).</summary>
    public IReadOnlyList<string> Sum { get; init; } = [];
    /// <summary>What the figure is, in words (for its source and for a placeholder when an input is missing).</summary>
    public string? Label { get; init; }
}

/// <summary>
/// Rows a sentence enumerates: the rows of <see cref="Table"/> matching <see cref="Rows"/> (a key pattern with <c>*</c>;
/// <c>{scope}/functional:*</c> is every 项 row of the department or of the unit in scope) with their amount in
/// <see cref="Column"/>; or the <see cref="Columns"/> of one <see cref="Row"/> (income by source); or
/// <see cref="Source"/> <c>coverage</c> (绩效目标 by project kind). Each item offers {name}, {amount}, {share} (of
/// <see cref="Total"/>), {n}, {code}, {className} and {groupName} (a functional code's 类 and 款), {description} (the
/// catalog's 说明), {use} (the unit's words, <c>narrative.uses</c> or <c>narrative.projects</c>), and with
/// <see cref="Previous"/> <c>projects</c> also {previous}, {change}, {changeRate} and {reason}.
/// </summary>
public sealed record ListDefinition
{
    public string? Table { get; init; }
    public string? Rows { get; init; }
    /// <summary>Only codes of this length: 3 a 类, 5 a 款, 7 a 项 (functional; economic 款 are 5).</summary>
    public int? CodeLength { get; init; }
    public string? Column { get; init; }
    public string? Row { get; init; }
    public IReadOnlyList<ListColumn> Columns { get; init; } = [];
    public string? Source { get; init; }
    /// <summary>Leave out items whose printed amount is zero (default true).</summary>
    public bool Nonzero { get; init; } = true;
    /// <summary>The figure the items' shares are of.</summary>
    public string? Total { get; init; }
    /// <summary><c>projects</c>: items are projects whose last-year figure is <c>previousYear.projects</c>.</summary>
    public string? Previous { get; init; }
    /// <summary>The template of one item where the list is a slot of a sentence, and what goes between items.</summary>
    public string Item { get; init; } = "{name}";
    public string Separator { get; init; } = "、";
}

/// <summary>A column of a list over one row: its header path and the name the sentence gives it (default: the header).</summary>
public sealed record ListColumn
{
    public required string Column { get; init; }
    public string? Name { get; init; }
}

/// <summary>
/// One block of the document: a <see cref="Heading"/>; a paragraph of <see cref="Text"/> (a template); with
/// <see cref="Each"/> a list name, a paragraph per item (or <c>units</c>: <see cref="Blocks"/> once per unit); with
/// <see cref="When"/> a figure, list or text name, its <see cref="Blocks"/> only when that is non-zero, non-empty or
/// given; the 名词解释 (<see cref="Glossary"/>); the <see cref="Tables"/> (ids, or <c>*</c> for all) and
/// <see cref="Forms"/>, each listed in the 目录 as <see cref="Contents"/> says; a <see cref="PageBreak"/>.
/// </summary>
public sealed record DocumentBlockDefinition
{
    public string? Heading { get; init; }
    public int Level { get; init; } = 1;
    /// <summary>The heading's number as printed ("" for none); default: the profile's numbering of its level.</summary>
    public string? Number { get; init; }
    /// <summary>New page before the heading (default: level 1).</summary>
    public bool? NewPage { get; init; }
    public string? Text { get; init; }
    public bool Indent { get; init; } = true;
    public string? Each { get; init; }
    public string? When { get; init; }
    public IReadOnlyList<DocumentBlockDefinition> Blocks { get; init; } = [];
    public bool Glossary { get; init; }
    public IReadOnlyList<string> Tables { get; init; } = [];
    /// <summary>With <see cref="Tables"/> <c>*</c>: leave out optional tables with no data (广元 prints no 政府采购 table).</summary>
    public bool OmitEmptyOptional { get; init; }
    public bool Forms { get; init; }
    /// <summary>For a heading: whether the 目录 lists it (default: level 1 and 2).</summary>
    public bool? Listed { get; init; }
    /// <summary>
    /// For tables and forms: the 目录 entry of each, a template of {n} (Chinese numeral, counting tables and forms), {d},
    /// {number} and {title}; null: not listed.
    /// </summary>
    public string? Contents { get; init; }
    /// <summary>The level tables and forms are listed at in the 目录.</summary>
    public int ContentsLevel { get; init; } = 2;
    public bool PageBreak { get; init; }
}

/// <summary>
/// A 名词解释 entry: a standard <see cref="Term"/> with its <see cref="Text"/>, or <see cref="Functional"/>: an entry for
/// every functional code of that level the budget spends on, with the catalog's 说明.
/// </summary>
public sealed record GlossaryEntryDefinition
{
    public string? Term { get; init; }
    public string? Text { get; init; }
    public GlossaryFunctional? Functional { get; init; }
}

/// <summary>Functional codes in the 名词解释: 1 = each 类, 3 = each 项 used; the term as a template ({className} …).</summary>
public sealed record GlossaryFunctional
{
    public int Level { get; init; } = 3;
    public string Term { get; init; } = "{className}（类）{groupName}（款）{name}（项）";
}

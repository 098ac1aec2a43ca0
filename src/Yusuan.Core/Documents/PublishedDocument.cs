using Yusuan.Core.Tables;
using Yusuan.Core.Targets;

namespace Yusuan.Core.Documents;

/// <summary>
/// The whole published document (部门预算公开文本) as a renderer-neutral tree: a cover, a table of contents, then
/// blocks in reading order — headings, paragraphs of runs, the tables and the target forms. PDF, DOCX and HTML are
/// each one renderer over this one model, so they cannot disagree.
/// </summary>
public sealed record PublishedDocument
{
    /// <summary>e.g. 广元市社会保险事务中心2025年部门预算.</summary>
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    /// <summary>Lines under the title on the cover (the department, a date).</summary>
    public IReadOnlyList<string> CoverLines { get; init; } = [];
    /// <summary>Whether renderers print a 目录 after the cover (headings of level 1 and 2, with page numbers where the medium has pages).</summary>
    public bool TableOfContents { get; init; } = true;
    public required IReadOnlyList<DocumentBlock> Blocks { get; init; }
    /// <summary>
    /// Set on a draft (<c>build --allow-errors</c> of a budget with errors): the mark every page carries (草稿). PDF prints it
    /// at the top of every page, DOCX in every page header, HTML as a banner; the document's first section lists the
    /// findings (<see cref="DraftDocument"/>).
    /// </summary>
    public string? DraftMark { get; init; }
}

/// <summary>One block of the document, in reading order.</summary>
public abstract record DocumentBlock;

/// <summary>
/// A heading: level 1 a part (第一部分 单位概况), level 2 a section (一、…), level 3 a subsection ((一)…).
/// <see cref="Number"/> is printed before the text and kept apart so the 目录 can align it.
/// </summary>
public sealed record HeadingBlock(int Level, string Text) : DocumentBlock
{
    public string? Number { get; init; }
    /// <summary>Start a new page before this heading (each part of the document does).</summary>
    public bool NewPage { get; init; }
    /// <summary>
    /// Whether the 目录 lists this heading. Null (default): headings of level 1 and 2 are listed. A profile may leave a
    /// level-2 heading out (四川 lists the sections of 第一部分 but not those of 第二部分) or put a level-3 one in.
    /// </summary>
    public bool? InContents { get; init; }

    /// <summary>Listed in the 目录: <see cref="InContents"/>, or by default level 1 and 2.</summary>
    public bool Listed => InContents ?? Level <= 2;
}

/// <summary>A paragraph of runs. Every figure in it is a run with a <see cref="FigureSource"/>.</summary>
public sealed record ParagraphBlock(IReadOnlyList<TextRun> Runs) : DocumentBlock
{
    /// <summary>First-line indent of two characters, as Chinese prose is set; false for list-like lines.</summary>
    public bool Indent { get; init; } = true;

    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>
/// A piece of text. A figure (an amount, a percentage, a count) carries where it comes from, so the narrative check
/// can prove that every number in the prose is a number of the tables (domain.md §8.11).
/// </summary>
public sealed record TextRun(string Text)
{
    public FigureSource? Source { get; init; }
    /// <summary>A visible placeholder for a missing input (e.g. 【请填写增减原因】); renderers highlight it.</summary>
    public bool Placeholder { get; init; }
    /// <summary>Set in bold (the term of a 名词解释 entry).</summary>
    public bool Bold { get; init; }
}

/// <summary>
/// Where a printed figure comes from: a table cell (table id, row key, column path) or a computation over such cells
/// (a share, a change from last year), described in words for the reviewer.
/// </summary>
public sealed record FigureSource(string Description)
{
    public string? TableId { get; init; }
    public string? RowKey { get; init; }
    public string? Column { get; init; }
    /// <summary>The exact value behind the printed figure (元 for money, a ratio for a share).</summary>
    public decimal? Value { get; init; }
    /// <summary>
    /// For text or a figure taken from the budget's input rather than from a table (单位职能, an increase's reason, last
    /// year's figure, a count of vehicles): the input field it comes from, e.g. <c>previousYear.reasons.totalIncome</c>
    /// or <c>narrative.functions</c>. On a <see cref="TextRun.Placeholder"/> run, the field that is missing.
    /// </summary>
    public string? Input { get; init; }
}

/// <summary>
/// An entry of the 目录 for a table or a form, which has no heading of its own (四川 第四部分 lists 一、部门收支总表 …
/// 十三、部门预算项目绩效目标表). <see cref="Level"/> is the heading level it is listed at.
/// </summary>
public sealed record ContentsEntry(int Level, string Text)
{
    public string? Number { get; init; }
}

/// <summary>A table of the disclosure package, placed in the document.</summary>
public sealed record TableBlock(Table Table) : DocumentBlock
{
    /// <summary>The table's entry in the 目录, or null when the 目录 does not list it.</summary>
    public ContentsEntry? Contents { get; init; }
}

/// <summary>A performance-target form, placed in the document.</summary>
public sealed record FormBlock(Form Form) : DocumentBlock
{
    /// <summary>The form's entry in the 目录 (the first form of a kind), or null.</summary>
    public ContentsEntry? Contents { get; init; }
}

/// <summary>Forces a new page (before the tables, between forms).</summary>
public sealed record PageBreakBlock : DocumentBlock;

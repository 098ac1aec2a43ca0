using Yusuan.Core.Profiles;

namespace Yusuan.Core.Targets;

/// <summary>What a form cell holds: a printed label (项目名称), a text written by the unit or derived, an amount in 元, a number.</summary>
public enum FormCellKind
{
    Label,
    Text,
    Amount,
    Number,
}

public enum FormAlign
{
    Default,
    Left,
    Center,
    Right,
}

/// <summary>
/// One cell of a form's grid at <see cref="Row"/>, <see cref="Column"/> (0-based), spanning <see cref="RowSpan"/> rows and
/// <see cref="ColumnSpan"/> columns. An amount is exact, in 元 (<see cref="Value"/>), printed with the form's
/// presentation; a number (a weight) is printed as is.
/// </summary>
public sealed record FormCell(int Row, int Column, FormCellKind Kind, string? Text = null, decimal? Value = null)
{
    public int RowSpan { get; init; } = 1;
    public int ColumnSpan { get; init; } = 1;
    public FormAlign Align { get; init; }
    /// <summary>A header cell of a block (一级指标, 任务名称 …): printed like a table header.</summary>
    public bool Heading { get; init; }

    public static FormCell Label(int row, int column, string text) => new(row, column, FormCellKind.Label, text);
    public static FormCell Of(int row, int column, string? text) => new(row, column, FormCellKind.Text, text);
    public static FormCell Money(int row, int column, decimal? yuan) => new(row, column, FormCellKind.Amount, null, yuan);
}

/// <summary>A line above or under a form's grid, of one to three parts: left, (centre,) right.</summary>
public sealed record FormLine(IReadOnlyList<string> Parts)
{
    public override string ToString() => string.Join("　", Parts);
}

/// <summary>
/// A performance-target form as printed, neutral of any renderer: number, title, subtitle, lines above the grid, the
/// subject line, a grid of cells with spans, lines under it (notes, signatures). <see cref="Definition"/> names the
/// profile's form it was made from; forms of one definition print one after the other on one sheet.
/// </summary>
public sealed record Form
{
    public required string Definition { get; init; }
    /// <summary>projectTable, project or department (<see cref="FormDefinition.Kinds"/>).</summary>
    public required string Kind { get; init; }
    public string? Number { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    /// <summary>The coverage sentence printed before the form (the first of its sheet), if the profile says so.</summary>
    public string? Preamble { get; init; }
    public IReadOnlyList<FormLine> Above { get; init; } = [];
    /// <summary>The subject line's left part (单位名称：…), or empty.</summary>
    public string Subject { get; init; } = "";
    /// <summary>The subject line's right part (金额单位：万元), or empty.</summary>
    public string UnitLabel { get; init; } = "";
    public required IReadOnlyList<double> ColumnWidths { get; init; }
    public required int RowCount { get; init; }
    public required IReadOnlyList<FormCell> Cells { get; init; }
    /// <summary>The grid's leading header rows, repeated on every printed page of a long form (a projectTable's header).</summary>
    public int HeaderRows { get; init; }
    public IReadOnlyList<FormLine> Below { get; init; } = [];
    public required Presentation Presentation { get; init; }
    public bool Landscape { get; init; }
    /// <summary>The sheet this form prints on (forms of one definition share it).</summary>
    public string? SheetName { get; init; }
    /// <summary>Whose form: the project's unit (project forms), the target's unit (null = the department).</summary>
    public string? UnitCode { get; init; }
    /// <summary>The project of a project form; null for a projectTable or a department form.</summary>
    public string? ProjectName { get; init; }

    public int ColumnCount => ColumnWidths.Count;

    /// <summary>The cell that starts at or covers (row, column), or null.</summary>
    public FormCell? At(int row, int column) =>
        Cells.FirstOrDefault(c => row >= c.Row && row < c.Row + c.RowSpan && column >= c.Column && column < c.Column + c.ColumnSpan);

    /// <summary>The cells of a row that start on it, left to right.</summary>
    public IEnumerable<FormCell> RowCells(int row) => Cells.Where(c => c.Row == row).OrderBy(c => c.Column);

    /// <summary>The printed text of a cell: an amount as the profile prints amounts (万元, decimals, blank zero).</summary>
    public string Format(FormCell cell) => cell.Kind switch
    {
        FormCellKind.Amount => cell.Value is { } v ? Presentation.Format(v) : cell.Text ?? "",
        FormCellKind.Number => cell.Value?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? cell.Text ?? "",
        _ => cell.Text ?? "",
    };

    /// <summary>The printed text at (row, column): the text of the cell covering it, shown once at its first row and column.</summary>
    public string Text(int row, int column)
    {
        var cell = Cells.FirstOrDefault(c => c.Row == row && c.Column == column);
        return cell is null ? "" : Format(cell);
    }

    /// <summary>The printed texts of a row's cells, left to right.</summary>
    public IReadOnlyList<string> RowTexts(int row) => RowCells(row).Select(Format).ToList();

    /// <summary>The first cell whose printed text equals <paramref name="text"/>, or null.</summary>
    public FormCell? Find(string text) => Cells.OrderBy(c => c.Row).ThenBy(c => c.Column).FirstOrDefault(c => Format(c) == text);

    /// <summary>The cell right of the cell labelled <paramref name="label"/> on the same row (项目名称 → the project's name).</summary>
    public FormCell? RightOf(string label)
    {
        var l = Find(label);
        return l is null ? null : Cells.FirstOrDefault(c => c.Row == l.Row && c.Column == l.Column + l.ColumnSpan);
    }
}

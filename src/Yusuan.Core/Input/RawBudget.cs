using Yusuan.Core.Model;

namespace Yusuan.Core.Input;

// What a reader (JSON or xlsx) found, as text and numbers with their locations, before any validation.
// Both readers produce these; BudgetAssembler alone turns them into a Budget, so both formats obey one set of rules.

public sealed record RawValue<T>(T? Value, SourceLocation Location, string? Text = null);

public sealed class RawBudget
{
    public required SourceLocation Location { get; init; }
    public int? Year { get; set; }
    public string? Profile { get; set; }
    /// <summary>元 or 万元: what the amounts of this input are in.</summary>
    public string AmountUnit { get; set; } = "元";
    public string? DepartmentCode { get; set; }
    public string? DepartmentName { get; set; }
    public List<RawUnit> Units { get; } = [];
    public List<RawIncome> Income { get; } = [];
    public List<RawProject> Projects { get; } = [];
    public List<RawExpenditure> Expenditures { get; } = [];
    public List<RawThreePublic> ThreePublicPrevious { get; } = [];
    public List<RawProcurement> Procurement { get; } = [];
    public List<RawServicePurchase> ServicePurchases { get; } = [];
    public Dictionary<string, RawAmount> PreviousFigures { get; } = [];
    public Dictionary<string, RawAmount> PreviousProjects { get; } = [];
    public Dictionary<string, string> PreviousReasons { get; } = [];
    public List<RawProjectTarget> ProjectTargets { get; } = [];
    public List<RawDepartmentTarget> DepartmentTargets { get; } = [];
    /// <summary>The <c>narrative</c> object (texts and counts for the document's prose), or null when absent.</summary>
    public RawNarrative? Narrative { get; set; }
    /// <summary>Errors a reader met while reading (text in a number cell …); the assembler reports them with its own.</summary>
    public List<InputError> ReadErrors { get; } = [];
    /// <summary>What the reader changed and the clerk should know (text cleaned of invisible characters: <see cref="InputText"/>).</summary>
    public List<InputError> ReadWarnings { get; } = [];
    /// <summary>
    /// Set by a reader that saw its whole source and found no character <see cref="InputText"/> removes (the JSON reader's
    /// byte scan): the texts need no walk. False (walk them) unless a reader knows.
    /// </summary>
    public bool TextKnownClean { get; set; }
}

/// <summary>
/// An amount as read: the number (if it was one) and the text that stood there. <see cref="Problem"/> is set when the
/// reader refused it (<see cref="AmountParser"/>: a misplaced comma, a date, a formula …); the assembler reports it.
/// </summary>
public sealed record RawAmount(decimal? Value, string? Text, SourceLocation Location)
{
    public AmountProblem? Problem { get; init; }

    /// <summary>An amount read by <see cref="AmountParser.TryParse"/> from text as written.</summary>
    public static RawAmount FromText(string? text, SourceLocation at)
    {
        if (string.IsNullOrWhiteSpace(text)) return new RawAmount(null, text, at);
        return AmountParser.TryParse(text, out var value, out var problem)
            ? new RawAmount(value, text, at)
            : new RawAmount(null, text, at) { Problem = problem };
    }

    /// <summary>An amount read by <see cref="AmountParser.TryParseNumber"/> from a number a program wrote (JSON, xlsx).</summary>
    public static RawAmount FromNumber(string literal, SourceLocation at) =>
        AmountParser.TryParseNumber(literal, out var value, out var problem)
            ? new RawAmount(value, literal, at)
            : new RawAmount(null, literal, at) { Problem = problem };

    /// <summary>A cell or value that can never be an amount (a date, a formula, true/false).</summary>
    public static RawAmount Refused(string? text, SourceLocation at, string problem, string? allowed = null) =>
        new(null, text, at) { Problem = new AmountProblem(problem, allowed ?? AmountParser.AllowedText) };
}

public sealed record RawUnit(SourceLocation Location, string? Code, string? Name, string? Type);

public sealed record RawIncome(SourceLocation Location, string? Unit, string? Source, bool CarriedOver, RawAmount Amount);

public sealed record RawProject(SourceLocation Location, string? Unit, string? Name, string? Kind);

public sealed record RawExpenditure(SourceLocation Location)
{
    public string? Unit { get; init; }
    public string? Functional { get; init; }
    public string? FunctionalName { get; init; }
    public string? Economic { get; init; }
    public string? EconomicName { get; init; }
    public string? Nature { get; init; }
    public string? Project { get; init; }
    public string? Source { get; init; }
    public bool CarriedOver { get; init; }
    public string? Government { get; init; }
    public required RawAmount Amount { get; init; }
}

public sealed record RawThreePublic(SourceLocation Location, string? Unit, RawAmount Abroad, RawAmount VehiclePurchase, RawAmount VehicleOperation, RawAmount Reception);

public sealed record RawProcurement(SourceLocation Location)
{
    public string? Unit { get; init; }
    public string? Project { get; init; }
    public string? Item { get; init; }
    public string? Category { get; init; }
    public RawAmount? Quantity { get; init; }
    public string? Measure { get; init; }
    public IReadOnlyList<(string Source, RawAmount Amount)> Amounts { get; init; } = [];
    public bool SmallBusiness { get; init; }
    public bool MicroBusiness { get; init; }
}

public sealed record RawServicePurchase(SourceLocation Location)
{
    public string? Unit { get; init; }
    public string? Project { get; init; }
    public string? Item { get; init; }
    public RawAmount? Quantity { get; init; }
    public string? Measure { get; init; }
    public RawAmount? UnitPrice { get; init; }
    public IReadOnlyList<(string Source, RawAmount Amount)> Amounts { get; init; } = [];
}

public sealed record RawIndicator(SourceLocation Location)
{
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    public string? Name { get; init; }
    public string? Level4 { get; init; }
    public string? Nature { get; init; }
    public string? Value { get; init; }
    public string? Measure { get; init; }
    public RawAmount? Weight { get; init; }
    public string? Direction { get; init; }
}

public sealed record RawProjectTarget(SourceLocation Location)
{
    public string? Unit { get; init; }
    public string? Project { get; init; }
    public string? Attribute { get; init; }
    public string? Period { get; init; }
    public string? Basis { get; init; }
    public string? AnnualGoal { get; init; }
    public string? LongTermGoal { get; init; }
    public RawAmount? StatedAmount { get; init; }
    public IReadOnlyList<RawIndicator> Indicators { get; init; } = [];
}

public sealed record RawTargetTask(SourceLocation Location)
{
    public string? Name { get; init; }
    public string? Kind { get; init; }
    public string? Description { get; init; }
    /// <summary>Project names as a list (JSON <c>"projects": [ … ]</c>), each taken whole.</summary>
    public IReadOnlyList<string>? Projects { get; init; }
    /// <summary>Project names in one cell (xlsx 对应项目), separated by 、 or ；; the assembler splits it.</summary>
    public string? ProjectsText { get; init; }
    public RawAmount? StatedAmount { get; init; }
}

public sealed record RawDepartmentTarget(SourceLocation Location)
{
    public string? Unit { get; init; }
    public string? Objective { get; init; }
    public string? LongTermObjective { get; init; }
    public RawAmount? StatedTotal { get; init; }
    public IReadOnlyList<RawTargetTask> Tasks { get; init; } = [];
    public IReadOnlyList<RawIndicator> Indicators { get; init; } = [];
}

namespace Yusuan.Core.Model;

/// <summary>Last year's figures as the unit states them, for year-on-year comparison, with the reasons given.</summary>
public sealed record PreviousYear(
    IReadOnlyDictionary<string, decimal> Figures,
    IReadOnlyDictionary<string, decimal> Projects,
    IReadOnlyDictionary<string, string> Reasons)
{
    public static PreviousYear Empty { get; } = new(
        new Dictionary<string, decimal>(), new Dictionary<string, decimal>(), new Dictionary<string, string>());
}

/// <summary>One year's budget of one department: its units and the lines they entered. Nothing here is a total.</summary>
public sealed record Budget
{
    public required int Year { get; init; }
    public required string ProfileId { get; init; }
    public required Department Department { get; init; }
    public required IReadOnlyList<BudgetUnit> Units { get; init; }
    public IReadOnlyList<IncomeLine> Income { get; init; } = [];
    public IReadOnlyList<ExpenditureLine> Expenditures { get; init; } = [];
    public IReadOnlyList<Project> Projects { get; init; } = [];
    public IReadOnlyDictionary<string, ThreePublicFigures> ThreePublicPrevious { get; init; } =
        new Dictionary<string, ThreePublicFigures>();
    public IReadOnlyList<ProcurementItem> Procurement { get; init; } = [];
    public IReadOnlyList<ServicePurchaseItem> ServicePurchases { get; init; } = [];
    public PreviousYear PreviousYear { get; init; } = PreviousYear.Empty;
    /// <summary>绩效目标: project and department-wide targets (their money comes from the lines above).</summary>
    public PerformanceTargets Targets { get; init; } = PerformanceTargets.None;
    /// <summary>The unit's texts and counts for the published document's prose (<c>narrative</c>); null when the input has none.</summary>
    public NarrativeInputs? Narrative { get; init; }
    /// <summary>The unit the input's amounts were entered in (元 or 万元); amounts here are always 元. Checks quote figures in it.</summary>
    public string AmountUnit { get; init; } = "元";
    /// <summary>What reading changed in the input (invisible characters removed from a text), each located: rule B-TEXT.</summary>
    public IReadOnlyList<Input.InputError> InputWarnings { get; init; } = [];

    public BudgetUnit Unit(string code) => Units.First(u => u.Code == code);
}

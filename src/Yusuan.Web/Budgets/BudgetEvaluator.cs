using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Yusuan.Checks;
using Yusuan.Checks.Rules;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Documents;
using Yusuan.Core.Input;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;
using Yusuan.Publishing;

namespace Yusuan.Web.Budgets;

/// <summary>
/// A stored budget (input-format JSON) read, checked and derived by the same code as the CLI: the reader, the assembler,
/// <see cref="BudgetCheck"/> and the table and form builders. Results are cached by content, so showing a page again
/// after a save that changed nothing costs nothing.
/// </summary>
public sealed class BudgetEvaluator
{
    private const int CacheSize = 64;
    private readonly ConcurrentDictionary<string, Lazy<Evaluation>> _cache = new(StringComparer.Ordinal);

    public Evaluation Evaluate(string content, string fileName = "budget.json")
    {
        var key = fileName + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        if (_cache.Count > CacheSize) _cache.Clear();
        return _cache.GetOrAdd(key, _ => new Lazy<Evaluation>(() => Compute(content, fileName))).Value;
    }

    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, decimal>> _previous = new(StringComparer.Ordinal);

    /// <summary>
    /// Last year's figures a profile's document compares with (previousYear keys → 元), computed from last year's approved
    /// content; empty when that content cannot be read.
    /// </summary>
    public IReadOnlyDictionary<string, decimal> PreviousYear(string lastYearContent, string profileId)
    {
        var key = profileId + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(lastYearContent)));
        if (_previous.Count > CacheSize) _previous.Clear();
        return _previous.GetOrAdd(key, _ =>
        {
            var last = Evaluate(lastYearContent);
            if (last.Budget is null) return new Dictionary<string, decimal>();
            try { return PreviousYearFigures.From(last.Budget, ProfileLoader.Load(profileId), last.Catalogs!); }
            catch (Exception e) when (e is InvalidDataException or ProfileNotFoundException or JsonException) { return new Dictionary<string, decimal>(); }
        });
    }

    private static Evaluation Compute(string content, string fileName)
    {
        RawBudget raw;
        try { raw = BudgetJsonReader.ReadText(content, fileName); }
        catch (BudgetInputException e)
        {
            return Evaluation.Failed(e.Errors);
        }

        Budget budget;
        try { budget = new BudgetAssembler().Assemble(raw); }
        catch (BudgetInputException e) { return Evaluation.Failed(e.Errors); }

        Profile profile;
        try { profile = ProfileLoader.Load(budget.ProfileId); }
        catch (Exception e) when (e is ProfileNotFoundException or InvalidDataException or JsonException)
        {
            return Evaluation.Failed([new InputError(new SourceLocation(fileName, Field: "profile"), e.Message)]);
        }
        var catalogs = CatalogLoader.Load(budget.Year);
        var report = BudgetCheck.Run(budget, profile, catalogs, null, out var tableNames);
        return new Evaluation(budget, profile, catalogs, report.Findings, [], tableNames);
    }
}

/// <summary>What one budget reads as: its findings, and (when it could be read) its tables, forms and document.</summary>
public sealed class Evaluation
{
    private readonly Lazy<IReadOnlyList<Table>> _tables;
    private readonly Lazy<IReadOnlyList<Form>> _forms;

    internal Evaluation(Budget? budget, Profile? profile, CatalogSet? catalogs, IReadOnlyList<Finding> findings,
        IReadOnlyList<InputError> inputErrors, IReadOnlyList<string> tableNames)
    {
        Budget = budget;
        Profile = profile;
        Catalogs = catalogs;
        Findings = findings;
        InputErrors = inputErrors;
        TableNames = tableNames;
        _tables = new(() => Budget is null ? [] : TableSetBuilder.Build(Budget, Profile, Catalogs));
        _forms = new(() => Budget is null ? [] : TargetFormBuilder.Build(new DerivedBudget(Budget, Catalogs!, Profile!)));
    }

    internal static Evaluation Failed(IReadOnlyList<InputError> errors) =>
        new(null, null, null, InputFindings.From(errors).Findings, errors, []);

    public Budget? Budget { get; }
    public Profile? Profile { get; }
    public CatalogSet? Catalogs { get; }
    public IReadOnlyList<Finding> Findings { get; }
    /// <summary>Why the budget could not be read (then <see cref="Budget"/> is null and only B-INPUT findings exist).</summary>
    public IReadOnlyList<InputError> InputErrors { get; }
    public IReadOnlyList<string> TableNames { get; }
    public bool Readable => Budget is not null;
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
    public IReadOnlyList<Table> Tables => _tables.Value;
    public IReadOnlyList<Form> Forms => _forms.Value;

    public PublishedDocument Document() => DocumentBuilder.Build(new DerivedBudget(Budget!, Catalogs!, Profile!));

    /// <summary>Findings about one input record (a list and its 1-based record number), e.g. expenditures 第 3 行.</summary>
    public IEnumerable<Finding> For(string list, int row) => Findings.Where(f => f.Place.Sheet == list && f.Place.Row == row);
}

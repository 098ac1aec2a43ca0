using System.Text;
using Yusuan.Core.Input;
using Yusuan.Core.Model;
using Yusuan.Core.Tables;

namespace Yusuan.Spreadsheet.Tests;

/// <summary>
/// An xlsx template upload stored as input-format JSON (<see cref="BudgetJsonWriter"/>) is the same budget: the same
/// tables, targets and narrative as the workbook and as the budget it was filled from; bad cells are reported again.
/// </summary>
public sealed class TemplateJsonRoundTripTests : IDisposable
{
    private readonly string _dir = TemplateTestFiles.TempDir();

    public void Dispose() => TemplateTestFiles.Delete(_dir);

    [Theory]
    [InlineData("guangyuan-2025")]
    [InlineData("bazhong-2021")]
    [InlineData("shenzhen-2023")]
    [InlineData("shandong-2021")]
    [InlineData("department-2025")]
    public void Template_stored_as_json_publishes_the_same_tables(string sample)
    {
        var (original, path) = TemplateTestFiles.Filled(_dir, sample);
        var fromXlsx = TemplateReader.Read(path);
        var workbook = new BudgetAssembler().Assemble(fromXlsx);

        var json = BudgetJsonWriter.Write(fromXlsx);
        var back = new BudgetAssembler().Assemble(BudgetJsonReader.ReadText(json));

        Assert.NotEmpty(back.Expenditures);
        Assert.Equal(Tables(workbook), Tables(back));
        // The template has no 面向中小企业 columns: a workbook's procurement is never reserved for small businesses.
        var withoutReservations = original with
        {
            Procurement = original.Procurement.Select(p => p with { SmallBusiness = false, MicroBusiness = false }).ToList(),
        };
        Assert.Equal(Tables(withoutReservations), Tables(back));
        TargetAssert.Same(original.Targets, back.Targets);
        TargetAssert.Same(workbook.Targets, back.Targets);
        Assert.Equal(Narrative(original.Narrative), Narrative(back.Narrative));
        Assert.Equal(Narrative(workbook.Narrative), Narrative(back.Narrative));
        Assert.Equal(json, BudgetJsonWriter.Write(BudgetJsonReader.ReadText(json)));
    }

    [Fact]
    public void Bad_cells_are_reported_again_at_the_same_record()
    {
        var (_, path) = TemplateTestFiles.Filled(_dir, "guangyuan-2025");
        // Row 4 of 支出明细 is the third record: an unknown functional code and text where the amount belongs.
        TemplateTestFiles.SetCell(path, "支出明细", "B4", "2089998");
        TemplateTestFiles.SetCell(path, "支出明细", "C4", null);
        TemplateTestFiles.SetCell(path, "支出明细", "K4", "abc");
        var raw = TemplateReader.Read(path);
        var inWorkbook = Errors(raw);
        Assert.Contains(inWorkbook, e => e.Location.Sheet == "支出明细" && e.Location.Row == 4 && e.Problem.Contains("2089998"));
        Assert.Contains(inWorkbook, e => e.Location.Sheet == "支出明细" && e.Location.Row == 4 && e.Problem.Contains("abc"));

        var inJson = Errors(BudgetJsonReader.ReadText(BudgetJsonWriter.Write(raw)));

        Assert.Equal(inWorkbook.Select(e => e.Problem), inJson.Select(e => e.Problem));
        Assert.Contains(inJson, e => e.Location == new SourceLocation("budget.json", "expenditures", 3, "functional") && e.Problem.Contains("2089998"));
        Assert.Contains(inJson, e => e.Location == new SourceLocation("budget.json", "expenditures", 3, "amount") && e.Problem.Contains("abc"));
    }

    private static List<InputError> Errors(RawBudget raw) =>
        Assert.Throws<BudgetInputException>(() => new BudgetAssembler().Assemble(raw)).Errors.ToList();

    /// <summary>Every table's printed cells, headers and titles.</summary>
    private static string Tables(Budget budget)
    {
        var s = new StringBuilder();
        foreach (var t in TableSetBuilder.Build(budget))
        {
            s.AppendLine($"## {t.Id} {t.Number} {t.Title} | {t.Subject} | {t.UnitLabel} | empty={t.IsEmpty} {t.EmptyNote}");
            s.AppendLine(string.Join(" | ", t.ColumnPaths));
            foreach (var row in t.Rows)
                s.AppendLine($"{row.Kind} {row.Depth} {row.Key}: " + string.Join(" | ", Enumerable.Range(0, row.Cells.Count).Select(c => t.Format(row, c))));
        }
        return s.ToString();
    }

    private static string Narrative(NarrativeInputs? n)
    {
        if (n is null) return "(none)";
        var s = new StringBuilder();
        foreach (var (name, d) in new[] { ("text", n.Texts), ("use", n.Uses), ("project", n.Projects), ("goal", n.Goals), ("glossary", n.Glossary) })
            foreach (var (k, v) in d.OrderBy(kv => kv.Key, StringComparer.Ordinal)) s.AppendLine($"{name} {k}={v}");
        foreach (var (k, v) in n.Counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)) s.AppendLine($"count {k}={v / 1.000000000000m:0.##########}");
        return s.ToString();
    }
}

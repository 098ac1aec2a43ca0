using System.Text.Json;
using System.Text.Json.Serialization;
using Yusuan.Core.Model;

namespace Yusuan.Core.Profiles;

/// <summary>
/// 绩效目标 in a profile (<c>"targets"</c>): the rules a region's reviewers apply to targets (weight total, required
/// indicator categories), the coverage sentence of its 情况说明, and the forms it prints. Optional: a profile without it
/// gets the defaults below and prints no target forms. See docs/profiles.md.
/// </summary>
public sealed record TargetProfile
{
    /// <summary>
    /// What the indicator weights of one target add to: 90 in Sichuan (10 points kept for budget execution), 100
    /// elsewhere (the default); null when the region's forms carry no weights (then weights are not checked).
    /// </summary>
    public decimal? WeightTotal { get; init; } = 100m;

    /// <summary>
    /// The indicator categories every project target must have: each group is met by at least one indicator. The
    /// default (domain.md §7): 产出·数量, 产出·质量 or 时效, 效益, 满意度. An empty list requires nothing.
    /// </summary>
    public IReadOnlyList<RequiredCategory> RequiredCategories { get; init; } = DefaultCategories;

    /// <summary>The coverage sentence (开展绩效目标管理的项目 N 个，涉及预算 … 万元) as the region writes it.</summary>
    public CoverageText Coverage { get; init; } = new();

    /// <summary>The target forms the region prints, in order, after the tables.</summary>
    public IReadOnlyList<FormDefinition> Forms { get; init; } = [];

    public static IReadOnlyList<RequiredCategory> DefaultCategories { get; } =
    [
        new() { Label = "产出指标·数量指标", Level1 = ["产出指标"], Level2 = ["数量指标"] },
        new() { Label = "产出指标·质量指标或时效指标", Level1 = ["产出指标"], Level2 = ["质量指标", "时效指标"] },
        new() { Label = "效益指标", Level1 = ["效益指标"] },
        new() { Label = "满意度指标", Level1 = ["满意度指标"] },
    ];
}

/// <summary>
/// A group of indicator categories of which a target needs at least one indicator: each level given lists the names
/// any of which fits (absent: any name). Names compare without spaces and without a trailing 指标, and a longer name
/// fits a shorter one it ends with: 服务对象满意度指标 fits 满意度, 社会效益指标 fits 效益. <see cref="Level3"/> is the
/// indicator's 三级 (its name; in Shandong's four-level tree, the category such as 数量指标).
/// </summary>
public sealed record RequiredCategory
{
    /// <summary>How a finding names the group (default: the names joined by ·).</summary>
    public string? Label { get; init; }

    [JsonConverter(typeof(OneOrManyConverter))]
    public IReadOnlyList<string> Level1 { get; init; } = [];

    [JsonConverter(typeof(OneOrManyConverter))]
    public IReadOnlyList<string> Level2 { get; init; } = [];

    [JsonConverter(typeof(OneOrManyConverter))]
    public IReadOnlyList<string> Level3 { get; init; } = [];

    public string Name => Label
        ?? string.Join("·", new[] { Level1, Level2, Level3 }.Where(l => l.Count > 0).Select(l => string.Join("或", l)));

    /// <summary>True when the indicator belongs to this group.</summary>
    public bool Matches(Indicator indicator) =>
        Fits(indicator.Level1, Level1) && Fits(indicator.Level2, Level2) && Fits(indicator.Name, Level3);

    /// <summary>True when some indicator of the list belongs to this group.</summary>
    public bool IsMetBy(IEnumerable<Indicator> indicators) => indicators.Any(Matches);

    private static bool Fits(string actual, IReadOnlyList<string> wanted)
    {
        if (wanted.Count == 0) return true;
        var a = Normal(actual);
        foreach (var w in wanted)
        {
            var n = Normal(w);
            if (n.Length > 0 && a.EndsWith(n, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The name without spaces and without a trailing 指标: 服务对象 满意度指标 → 服务对象满意度.</summary>
    public static string Normal(string? name)
    {
        var n = new string((name ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        return n.EndsWith("指标", StringComparison.Ordinal) && n.Length > 2 ? n[..^2] : n;
    }
}

/// <summary>
/// The coverage sentence. Placeholders: {year}, {subject} (the unit, or the department of several units), {count} and
/// {amount} (projects with targets and their money, printed as the tables print), {amountPlain} (no thousands
/// separators), {unit} (万元), {share} (their share of all project money, 98.5%), {allCount}, {allAmount},
/// {allAmountPlain} (all projects), {byKind} (其中：… with <see cref="Kind"/> per project kind, or nothing).
/// </summary>
public sealed record CoverageText
{
    public string Sentence { get; init; } = "{year}年{subject}开展绩效目标管理的项目{count}个，涉及预算{amountPlain}{unit}。{byKind}";

    /// <summary>One project kind in {byKind}: {kind}, {count}, {amount}, {amountPlain}, {unit}.</summary>
    public string Kind { get; init; } = "{kind}项目{count}个，涉及预算{amountPlain}{unit}";
}

/// <summary>
/// One kind of target form a region prints: <c>projectTable</c> (one table, a block of rows per project: Sichuan's
/// 项目支出绩效目标表), <c>project</c> (one form per project target: Bazhong's 申报表, Shandong's 批复表) or
/// <c>department</c> (one form per department-wide target). The grid is <see cref="Columns"/> wide and made of
/// <see cref="Rows"/>; texts are templates with placeholders (docs/profiles.md lists them).
/// </summary>
public sealed record FormDefinition
{
    public const string ProjectTableKind = "projectTable";
    public const string ProjectKind = "project";
    public const string DepartmentKind = "department";

    public static IReadOnlyList<string> Kinds { get; } = [ProjectTableKind, ProjectKind, DepartmentKind];

    public required string Id { get; init; }
    public required string Kind { get; init; }
    public string? Number { get; init; }
    public required string Title { get; init; }
    /// <summary>A line under the title, e.g. （{kind}项目）.</summary>
    public string? Subtitle { get; init; }
    /// <summary>The subject line's left part (null: none), e.g. 单位名称：{unit}.</summary>
    public string? SubjectLabel { get; init; }
    /// <summary>The subject line's right part (null: none), e.g. 金额单位：万元.</summary>
    public string? UnitLabel { get; init; }
    /// <summary>The sheet's name in the workbook (default: number and title).</summary>
    public string? SheetName { get; init; }
    /// <summary>Only targets of projects of these kinds (empty: every project); a region may lay out kinds differently.</summary>
    public IReadOnlyList<string> ProjectKinds { get; init; } = [];
    /// <summary>Print the coverage sentence above the first form.</summary>
    public bool Coverage { get; init; }
    /// <summary>Lines above the grid (after the subject line), each of one to three parts: left, (centre,) right.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Above { get; init; } = [];
    /// <summary>Lines under the grid: notes, signature and date lines.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Below { get; init; } = [];
    /// <summary>Width of each grid column in characters; the grid has as many columns.</summary>
    public required IReadOnlyList<double> Columns { get; init; }
    public required IReadOnlyList<FormRowDefinition> Rows { get; init; }
    public bool Landscape { get; init; }
}

/// <summary>
/// A part of a form's grid: one row of <see cref="Cells"/>, or a block with a row per indicator
/// (<see cref="Indicators"/>), per task of a department-wide target (<see cref="Tasks"/>), or a header row and an amount
/// row of the project's money by source (<see cref="Sources"/>).
/// </summary>
public sealed record FormRowDefinition
{
    public IReadOnlyList<FormCellDefinition>? Cells { get; init; }
    public FormBlockDefinition? Indicators { get; init; }
    public FormBlockDefinition? Tasks { get; init; }
    public FormBlockDefinition? Sources { get; init; }
}

/// <summary>
/// A cell of a grid row: a <see cref="Label"/> (printed as is), a <see cref="Text"/> template, a <see cref="Value"/>
/// (a field: project, annualGoal …), an <see cref="Amount"/> (amount, fiscal, other, procurement, servicePurchase,
/// previousYear, or a source name) or a <see cref="Choice"/> among <see cref="Options"/> (□新增项目 ■延续项目).
/// Cells fill the row left to right, skipping columns taken by cells above that span down.
/// </summary>
public sealed record FormCellDefinition
{
    public string? Label { get; init; }
    public string? Text { get; init; }
    public string? Value { get; init; }
    public string? Amount { get; init; }
    public string? Choice { get; init; }
    public IReadOnlyList<string> Options { get; init; } = [];
    public int Span { get; init; } = 1;
    public int RowSpan { get; init; } = 1;
    /// <summary>left, center or right (default: labels centred, texts left, amounts right).</summary>
    public string? Align { get; init; }
}

/// <summary>
/// A block of rows: an optional side <see cref="Label"/> spanning all its rows (<see cref="LabelSpan"/> columns
/// wide), a header row of the columns' headers (two rows when columns have a <see cref="FormColumnDefinition.Group"/>),
/// then a row per item, and for tasks a total row.
/// </summary>
public sealed record FormBlockDefinition
{
    public string? Label { get; init; }
    public int LabelSpan { get; init; } = 1;
    public bool Header { get; init; } = true;
    public required IReadOnlyList<FormColumnDefinition> Columns { get; init; }
    /// <summary>Tasks: the total row's label (null: no total row).</summary>
    public string? Total { get; init; }
    /// <summary>Tasks: the column (index among <see cref="Columns"/>) holding the total's label.</summary>
    public int TotalColumn { get; init; }
    /// <summary>Tasks: the total row comes first (Bazhong) rather than last (Shenzhen).</summary>
    public bool TotalFirst { get; init; }
    /// <summary>The text of the single row printed when there are no items (null: an empty row).</summary>
    public string? Empty { get; init; }
}

/// <summary>
/// A column of a block, <see cref="Span"/> grid columns wide: a <see cref="Value"/> (indicator fields level1, level2,
/// level3, level4, indicator, nature, value, measure, weight, direction, valueWithNature, valueText; task fields name,
/// kind, description; project fields in a projectTable), a <see cref="Text"/> template, an <see cref="Amount"/>, or
/// for sources the <see cref="Sources"/> summed (an amount of <c>rest</c> is the sources no other column names).
/// </summary>
public sealed record FormColumnDefinition
{
    public string? Header { get; init; }
    /// <summary>A header spanning consecutive columns of the same group (预算金额（万元） over 合计 / 财政拨款 / 其他资金).</summary>
    public string? Group { get; init; }
    public string? Value { get; init; }
    public string? Text { get; init; }
    public string? Amount { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
    public int Span { get; init; } = 1;
    /// <summary>Equal consecutive values are merged into one cell (within the runs of the merged columns before it).</summary>
    public bool Merge { get; init; }
    /// <summary>Values are numbered 1. 2. … within the run of the merged column before it.</summary>
    public bool Numbered { get; init; }
    public string? Align { get; init; }
}

/// <summary>Reads a list of strings from a JSON string or array of strings.</summary>
internal sealed class OneOrManyConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return [];
            case JsonTokenType.String: return [reader.GetString()!];
            case JsonTokenType.StartArray:
                var list = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String) throw new JsonException("指标类别应为文字或文字列表");
                    list.Add(reader.GetString()!);
                }
                return list;
            default: throw new JsonException("指标类别应为文字或文字列表");
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var s in value) writer.WriteStringValue(s);
        writer.WriteEndArray();
    }
}

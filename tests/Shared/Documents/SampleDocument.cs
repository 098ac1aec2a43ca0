using System.Globalization;
using Yusuan.Core.Documents;
using Yusuan.Core.Input;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;

namespace Yusuan.Tests.Shared.Documents;

/// <summary>
/// A published document put together by hand from the guangyuan-2025 sample, for the renderers' tests: a cover, parts
/// and sections, paragraphs with figures taken from the derived tables and a placeholder, every table, and the target
/// forms. It does not depend on the narrative builder, so renderers are tested on their own.
/// </summary>
internal static class SampleDocument
{
    public const string Placeholder = "【请填写增减原因】";

    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Yusuan.sln"))) return dir.FullName;
        throw new InvalidOperationException("Yusuan.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    private static readonly Lazy<(PublishedDocument Document, IReadOnlyList<Table> Tables, IReadOnlyList<Form> Forms)> Built = new(Build);

    public static PublishedDocument Guangyuan => Built.Value.Document;
    public static IReadOnlyList<Table> Tables => Built.Value.Tables;
    public static IReadOnlyList<Form> Forms => Built.Value.Forms;

    public static Table Table(string id) => Tables.First(t => t.Id == id);

    /// <summary>The printed figure of a table's 合计 row in <paramref name="column"/>, as narrative prose writes it (no thousands separators).</summary>
    public static string Figure(string tableId, string column, out decimal exact) => Figure(Tables, tableId, column, out exact);

    private static string Figure(IReadOnlyList<Table> tables, string tableId, string column, out decimal exact)
    {
        var table = tables.First(t => t.Id == tableId);
        var row = table.Rows.First(r => r.Kind == RowKind.Total);
        var index = table.ColumnIndex(column);
        exact = row.Cells[index].Value ?? 0;
        return (table.Shown(row, index) ?? 0).ToString("0.00", CultureInfo.InvariantCulture);
    }

    private static (PublishedDocument, IReadOnlyList<Table>, IReadOnlyList<Form>) Build()
    {
        var budget = BudgetReader.Read(Sample("guangyuan-2025"));
        var tables = TableSetBuilder.Build(budget);
        var forms = TargetFormBuilder.Build(budget);
        var total = Figure(tables, "expenditure", "合计", out var totalExact);
        var basic = Figure(tables, "expenditure", "基本支出", out var basicExact);
        var project = Figure(tables, "expenditure", "项目支出", out var projectExact);
        var share = (basicExact / totalExact * 100).ToString("0.00", CultureInfo.InvariantCulture);

        TextRun Fig(string text, string description, string table, string column, decimal value) =>
            new(text) { Source = new FigureSource(description) { TableId = table, RowKey = "total", Column = column, Value = value } };

        var blocks = new List<DocumentBlock>
        {
            new HeadingBlock(1, "单位概况") { Number = "第一部分", NewPage = true },
            new HeadingBlock(2, "主要职能") { Number = "一、" },
            new ParagraphBlock([new TextRun("负责全市机关事业单位养老保险、工伤保险的经办管理工作，承担社会保险基金的收支、管理和运营。")]),
            new HeadingBlock(2, "机构设置") { Number = "二、" },
            new ParagraphBlock([new TextRun("广元市社会保险事务中心为市人力资源和社会保障局所属公益一类事业单位，内设科室 12 个。")]),
            new HeadingBlock(1, "情况说明") { Number = "第二部分", NewPage = true },
            new HeadingBlock(2, "收支预算情况的总体说明") { Number = "一、" },
            new ParagraphBlock(
            [
                new TextRun("按照综合预算的原则，广元市社会保险事务中心所有收入和支出均纳入部门预算管理。2025年收支总预算"),
                Fig(total, "部门支出总表 合计行 合计列", "expenditure", "合计", totalExact),
                new TextRun("万元，比上年减少，主要原因是"),
                new TextRun(Placeholder) { Placeholder = true },
                new TextRun("。"),
            ]),
            new HeadingBlock(3, "支出预算情况") { Number = "（一）" },
            new ParagraphBlock(
            [
                new TextRun("基本支出"),
                Fig(basic, "部门支出总表 合计行 基本支出列", "expenditure", "基本支出", basicExact),
                new TextRun("万元，占"),
                new TextRun(share + "%") { Source = new FigureSource("基本支出 ÷ 合计") { TableId = "expenditure", Value = basicExact / totalExact } },
                new TextRun("；项目支出"),
                Fig(project, "部门支出总表 合计行 项目支出列", "expenditure", "项目支出", projectExact),
                new TextRun("万元。"),
            ]),
            new ParagraphBlock([new TextRun("注：本文中金额单位均为万元。")]) { Indent = false },
            new HeadingBlock(1, "部门预算表") { Number = "第四部分", NewPage = true },
        };
        for (var i = 0; i < tables.Count; i++)
        {
            if (i > 0) blocks.Add(new PageBreakBlock());
            blocks.Add(new TableBlock(tables[i]));
        }
        foreach (var form in forms)
        {
            blocks.Add(new PageBreakBlock());
            blocks.Add(new FormBlock(form));
        }
        var document = new PublishedDocument
        {
            Title = "广元市社会保险事务中心2025年部门预算",
            Subtitle = "（公开文本）",
            CoverLines = ["广元市社会保险事务中心", "二〇二五年二月"],
            Blocks = blocks,
        };
        return (document, tables, forms);
    }
}

using Yusuan.Core.Documents;
using Yusuan.Core.Input;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;

namespace Yusuan.Pdf.Tests;

/// <summary>
/// A published document made by hand around the guangyuan-2025 sample's real tables and forms: cover, two parts of
/// narrative with figures and a placeholder, then every table and target form.
/// </summary>
internal static class SampleDocument
{
    public const string Sentence = "广元市社会保险事务中心2025年收支预算总数1,183.38万元，比2024年收支预算总数减少5.34万元，主要原因是";
    public const string Placeholder = "【请填写增减原因】";
    public const string Functions =
        "贯彻执行养老、失业、工伤保险工作相关法律、法规、规章和政策；负责全市企业职工养老保险、机关事业单位养老保险、城乡居民养老保险、工伤保险的参保登记、扩面征缴、稽核、关系转移接续、权益记录、待遇发放及调整、综合指导和管理等工作；负责全市失业保险的参保登记、社会保险费征收及征缴稽核工作；承担市本级企业职工基本养老保险、机关事业单位养老保险、失业保险、工伤保险的相关经办工作，承担职业年金经办工作；负责全市社会保险基金管理和预、决算工作；指导县（区）依法开展社会保险经办服务工作；完成市人力资源社会保障局交办的其他任务。";

    public const string Term = "机关运行经费";

    private static readonly string[] Numerals =
        ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"];

    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Yusuan.sln"))) return dir.FullName;
        throw new InvalidOperationException("Yusuan.sln not found above " + AppContext.BaseDirectory);
    }

    private static TextRun Figure(string text, decimal value) => new(text) { Source = new FigureSource("表1 合计") { Value = value } };

    public static (PublishedDocument Document, IReadOnlyList<Table> Tables, IReadOnlyList<Form> Forms) Guangyuan()
    {
        var budget = BudgetReader.Read(Path.Combine(Root(), "samples", "guangyuan-2025", "budget.json"));
        var tables = TableSetBuilder.Build(budget);
        var forms = TargetFormBuilder.Build(budget);
        var blocks = new List<DocumentBlock>
        {
            new HeadingBlock(1, "单位概况") { Number = "第一部分", NewPage = true },
            new HeadingBlock(2, "基本职能及主要工作") { Number = "一、" },
            new HeadingBlock(3, "广元市社会保险事务中心单位职能简介") { Number = "（一）" },
            new ParagraphBlock([new TextRun(Functions)]),
            new HeadingBlock(2, "部门预算单位构成") { Number = "二、" },
            new ParagraphBlock([new TextRun("广元市社会保险事务中心为广元市人力资源和社会保障局下属参照公务员管理的公益一类事业单位，属二级预算单位，本单位无下属机构，设有内设机构 13 个。")]),
            new HeadingBlock(1, "广元市社会保险事务中心2025年单位预算情况说明") { Number = "第二部分", NewPage = true },
            new HeadingBlock(2, "收支预算情况说明") { Number = "一、" },
            new ParagraphBlock(
            [
                new TextRun("按照综合预算的原则，广元市社会保险事务中心所有收入和支出均纳入部门预算管理。"),
                new TextRun("广元市社会保险事务中心2025年收支预算总数"),
                Figure("1,183.38", 11833800m),
                new TextRun("万元，比2024年收支预算总数减少"),
                Figure("5.34", 53400m),
                new TextRun("万元，主要原因是"),
                new TextRun(Placeholder) { Placeholder = true },
                new TextRun("。"),
            ]),
            new HeadingBlock(3, "支出预算情况") { Number = "（二）" },
            new ParagraphBlock(
            [
                new TextRun("广元市社会保险事务中心2025年支出预算"),
                Figure("1,183.38", 11833800m),
                new TextRun("万元，其中：基本支出"),
                Figure("1,090.44", 10904400m),
                new TextRun("万元，占"),
                Figure("92.15%", 0.9215m),
                new TextRun("；项目支出"),
                Figure("92.94", 929400m),
                new TextRun("万元，占"),
                Figure("7.85%", 0.0785m),
                new TextRun("。"),
            ]),
            new HeadingBlock(1, "名词解释") { Number = "第三部分", NewPage = true },
        };
        for (var i = 0; i < 12; i++)
            blocks.Add(new ParagraphBlock(
            [
                new TextRun($"{i + 1}. {Term}：") { Bold = true },
                new TextRun("指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公费、印刷费、邮电费、差旅费、会议费、福利费、日常维修费等。"),
            ]) { Indent = false });
        blocks.Add(new HeadingBlock(1, "广元市社会保险事务中心2025年单位预算表") { Number = "第四部分", NewPage = true });
        // The first table has a heading of its own (printed on the table's page); the others are listed by their titles.
        blocks.Add(new HeadingBlock(2, tables[0].Title) { Number = "一、" });
        // The others are listed in the 目录 by their own entries, as 四川 lists 二、部门收入总表 …; the forms by the first.
        for (var i = 0; i < tables.Count; i++)
            blocks.Add(new TableBlock(tables[i]) { Contents = i == 0 ? null : new ContentsEntry(2, tables[i].Title) { Number = Numerals[i] + "、" } });
        for (var i = 0; i < forms.Count; i++)
            blocks.Add(new FormBlock(forms[i]) { Contents = i == 0 ? new ContentsEntry(2, forms[i].Title) { Number = Numerals[tables.Count] + "、" } : null });
        var document = new PublishedDocument
        {
            Title = "广元市社会保险事务中心2025年单位预算",
            CoverLines = ["广元市社会保险事务中心", "二〇二五年"],
            Blocks = blocks,
        };
        return (document, tables, forms);
    }
}

using System.Globalization;
using Yusuan.Core.Documents;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Core.Tests.Documents;

/// <summary>
/// The published document written from the budget (reference/002 for 广元 2025, reference/004 for 深圳 2023): its key
/// sentences word for word, every figure of its prose traced to a table cell or an input, placeholders for what is
/// missing, the 名词解释 and the structure.
/// </summary>
public class DocumentBuilderTests
{
    private static readonly Lazy<PublishedDocument> Guangyuan = new(() => DocumentBuilder.Build(Repo.Budget("guangyuan-2025")));
    private static readonly Lazy<PublishedDocument> Shenzhen = new(() => DocumentBuilder.Build(Repo.Budget("shenzhen-2023")));

    private static List<string> Paragraphs(PublishedDocument doc) => doc.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();

    [Theory]
    // 第二部分 一: totals and the change from last year with its reason (002 prints the same figures).
    [InlineData("按照综合预算的原则，广元市社会保险事务中心所有收入和支出均纳入部门预算管理。收入包括一般公共预算拨款收入，支出包括社会保障和就业支出、卫生健康支出、住房保障支出。"
        + "广元市社会保险事务中心2025年收支预算总数1183.38万元，比2024年收支预算总数减少5.34万元，主要原因是2025年预算人数较上年减少1人。")]
    // (一)(二): shares from exact values, rounded once.
    [InlineData("广元市社会保险事务中心2025年收入预算1183.38万元，其中：一般公共预算拨款收入1183.38万元，占100%。")]
    [InlineData("广元市社会保险事务中心2025年支出预算1183.38万元，其中：基本支出1090.44万元，占92.15%；项目支出92.94万元，占7.85%。")]
    // 二: 财政拨款, by 类 as the lines give them (1072.87, where 附表 1/4 of 002 print 1,072.86).
    [InlineData("广元市社会保险事务中心2025年财政拨款收支预算总数1183.38万元，比2024年财政拨款收支预算总数减少5.34万元，主要原因是2025年预算人数较上年减少1人。")]
    [InlineData("收入包括：本年一般公共预算拨款收入1183.38万元；支出包括：社会保障和就业支出1072.87万元、卫生健康支出30.32万元、住房保障支出80.19万元。")]
    // 三: 一般公共预算当年拨款, its structure and each 项 with its use.
    [InlineData("广元市社会保险事务中心2025年一般公共预算当年拨款1183.38万元，比2024年预算数减少5.34万元，主要原因是2025年预算人数较上年减少1人。")]
    [InlineData("社会保障和就业支出1072.87万元，占90.66%；卫生健康支出30.32万元，占2.56%；住房保障支出80.19万元，占6.78%。")]
    [InlineData("1.社会保障和就业（类）人力资源和社会保障管理事务（款）社会保险经办机构（项）2025年预算数为975.45万元，主要用于：人员经费支出、基本公用经费支出、社保相关项目支出。")]
    [InlineData("6.住房保障（类）住房改革支出（款）住房公积金（项）2025年预算数为80.19万元，主要用于：部门按规定为职工缴纳的住房公积金支出。")]
    // 四: 人员经费 923.77 (the lines; 002's 附表 7 prints 923.76) with its main items.
    [InlineData("人员经费923.77万元，主要包括：基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、生活补助等支出。")]
    [InlineData("公用经费166.67万元，主要包括：办公费、印刷费、邮电费、差旅费、会议费、培训费、公务接待费、工会经费、福利费、其他交通费用、其他商品和服务支出等支出。")]
    // 五: 三公 with last year.
    [InlineData("广元市社会保险事务中心2025年“三公”经费财政拨款预算数1.50万元，其中：公务接待费1.50万元，公务用车购置及运行维护费0.00万元，因公出国（境）经费0.00万元。")]
    [InlineData("公务接待费与2024年预算相比持平。")]
    [InlineData("2025年未安排公务用车购置费。2025年未安排公务用车运行维护费。")]
    // 六、七: the sentences that there is none.
    [InlineData("广元市社会保险事务中心2025年无政府性基金预算拨款安排的支出。")]
    [InlineData("广元市社会保险事务中心2025年无国有资本经营预算拨款安排的支出。")]
    // 八: 机关运行经费 with last year: 29.34 / 137.33 = 21.36% (002 prints 21.37%).
    [InlineData("2025年，广元市社会保险事务中心机关运行经费财政拨款预算为166.67万元，比2024年预算增加29.34万元，增长21.36%。主要原因是2025年将食堂补助经费30万元纳入其他公用经费支出。")]
    [InlineData("2025年，广元市社会保险事务中心无政府采购预算安排。")]
    [InlineData("截至2024年底，广元市社会保险事务中心共有车辆0辆，单位无价值200万元以上的大型设备。")]
    [InlineData("2025年部门预算未安排购置车辆及单位价值200万元以上大型设备。")]
    // 绩效目标 coverage: the 7 projects with targets (002 claims 18, counting 人员类 and 运转类 spending it has no targets for).
    [InlineData("2025年广元市社会保险事务中心开展绩效目标管理的项目7个，涉及预算92.94万元。其中：特定目标类项目7个，涉及预算92.94万元。")]
    public void Guangyuan_says_what_002_says_with_the_figures_of_the_lines(string sentence) =>
        Assert.Contains(sentence, Paragraphs(Guangyuan.Value));

    [Fact]
    public void Guangyuan_follows_the_structure_of_002_with_its_table_of_contents()
    {
        var doc = Guangyuan.Value;
        Assert.Equal("广元市社会保险事务中心", doc.Title);
        Assert.Equal("2025年单位预算", doc.Subtitle);
        Assert.Equal(
        [
            "第一部分 广元市社会保险事务中心单位概况", "一、基本职能及主要工作", "二、部门预算单位构成",
            "第二部分 广元市社会保险事务中心2025年单位预算情况说明",
            "第三部分 名词解释",
            "第四部分 广元市社会保险事务中心2025年单位预算表",
            "一、部门收支总表", "二、部门收入总表", "三、部门支出总表", "四、财政拨款收支预算总表", "五、财政拨款支出预算表（部门经济分类科目）",
            "六、一般公共预算支出预算表", "七、一般公共预算基本支出预算表", "八、一般公共预算项目支出预算表", "九、一般公共预算“三公”经费支出预算表",
            "十、政府性基金预算支出预算表", "十一、政府性基金预算“三公”经费支出预算表", "十二、国有资本经营预算支出预算表",
            "十三、部门预算项目绩效目标表（2025 年度）",
        ], PublishedDocumentText.Contents(doc).Select(e => e.Text));

        var headings = doc.Blocks.OfType<HeadingBlock>().Where(h => h.Level == 2).Select(PublishedDocumentText.HeadingText).ToList();
        Assert.Equal(
        [
            "一、基本职能及主要工作", "二、部门预算单位构成",
            "一、收支预算情况说明", "二、财政拨款收支预算情况说明", "三、一般公共预算当年拨款情况说明", "四、一般公共预算基本支出情况说明",
            "五、“三公”经费财政拨款预算安排情况说明", "六、政府性基金预算支出情况说明", "七、国有资本经营预算支出情况说明", "八、其他重要事项的情况说明",
        ], headings);
        Assert.Contains(doc.Blocks.OfType<HeadingBlock>(), h => h.Level == 3 && PublishedDocumentText.HeadingText(h) == "（四）绩效目标设置情况");
        Assert.All(doc.Blocks.OfType<HeadingBlock>().Where(h => h.Level == 1), h => Assert.True(h.NewPage));

        // 第四部分: the 12 tables of 002 (not the empty optional 政府采购 / 购买服务 tables), then 表 13, in profile order.
        var tables = doc.Blocks.OfType<TableBlock>().Select(t => t.Table.Id).ToList();
        Assert.Equal(12, tables.Count);
        Assert.Equal("income-expenditure-summary", tables[0]);
        Assert.Equal("state-capital", tables[^1]);
        var form = Assert.Single(doc.Blocks.OfType<FormBlock>());
        Assert.Equal("project-targets", form.Form.Definition);
        Assert.True(doc.Blocks.ToList().IndexOf(form) > doc.Blocks.ToList().FindLastIndex(b => b is TableBlock));
    }

    [Fact]
    public void Glossary_explains_every_item_the_budget_spends_on_with_its_catalog_description()
    {
        var doc = Guangyuan.Value;
        var blocks = doc.Blocks.ToList();
        var start = blocks.FindIndex(b => b is HeadingBlock { Text: "名词解释" });
        var entries = blocks.Skip(start + 1).TakeWhile(b => b is ParagraphBlock).Cast<ParagraphBlock>().ToList();

        Assert.Equal(
        [
            "财政拨款收入",
            "社会保障和就业（类）人力资源和社会保障管理事务（款）社会保险经办机构（项）",
            "社会保障和就业（类）行政事业单位养老支出（款）行政单位离退休（项）",
            "社会保障和就业（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）",
            "社会保障和就业（类）其他社会保障和就业支出（款）其他社会保障和就业支出（项）",
            "卫生健康（类）行政事业单位医疗（款）行政单位医疗（项）",
            "住房保障（类）住房改革支出（款）住房公积金（项）",
            "基本支出", "项目支出", "“三公”经费", "机关运行经费",
        ], entries.Select(e => string.Concat(e.Runs.Where(r => r.Bold).Select(r => r.Text))));
        Assert.Equal("二、社会保障和就业（类）人力资源和社会保障管理事务（款）社会保险经办机构（项）：反映社会保险经办机构开展业务工作的支出。", entries[1].Text);
        // 002 has no entry for 2089999 (its NOTES.md §4 item 18); the catalog's 说明 fills it.
        Assert.Equal("五、社会保障和就业（类）其他社会保障和就业支出（款）其他社会保障和就业支出（项）：反映除上述项目以外其他用于社会保障和就业方面的支出。", entries[4].Text);
        Assert.DoesNotContain(entries, e => e.Runs.Any(r => r.Placeholder));
    }

    public static TheoryData<string> Samples => new() { "guangyuan-2025", "shenzhen-2023", "department-2025", "bazhong-2021", "shandong-2021" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_digit_of_the_prose_is_inside_a_sourced_run(string sample)
    {
        var doc = DocumentBuilder.Build(Repo.Budget(sample));
        foreach (var paragraph in doc.Blocks.OfType<ParagraphBlock>())
            foreach (var run in paragraph.Runs.Where(r => r.Text.Any(char.IsDigit)))
                Assert.True(run.Source is not null || run.Placeholder, $"{sample}: “{run.Text}” in “{paragraph.Text}” has no source");
    }

    [Theory]
    [InlineData("guangyuan-2025")]
    [InlineData("shenzhen-2023")]
    [InlineData("department-2025")]
    public void Every_figure_taken_from_a_cell_prints_as_that_cell_prints(string sample)
    {
        var budget = Repo.Budget(sample);
        var profile = ProfileLoader.Load(budget.ProfileId);
        var tables = TableSetBuilder.Build(budget, profile).ToDictionary(t => t.Id);
        var doc = DocumentBuilder.Build(budget, profile);
        var decimals = profile.Presentation.Decimals;
        var checkedCells = 0;
        foreach (var run in doc.Blocks.OfType<ParagraphBlock>().SelectMany(p => p.Runs))
        {
            if (run.Source is not { TableId: { } id, RowKey: { } key, Column: { } column } || !tables.TryGetValue(id, out var table)) continue;
            var row = table.Row(key);
            if (row is null) continue; // a sum over several rows (a pattern), or a row the table does not have (zero)
            var index = table.ColumnPaths.ToList().IndexOf(column);
            Assert.Equal(table.Value(key, column) ?? 0m, run.Source.Value);
            var printed = decimal.Parse(run.Text, NumberStyles.Number, CultureInfo.InvariantCulture);
            Assert.Equal(Math.Abs(table.Shown(row, index) ?? 0m), printed);
            Assert.Equal(decimals, run.Text.Contains('.') ? run.Text.Length - run.Text.IndexOf('.') - 1 : 0);
            checkedCells++;
        }
        Assert.True(checkedCells > 10, $"{sample}: only {checkedCells} figures read a single cell");
    }

    [Fact]
    public void A_missing_reason_is_a_visible_placeholder_not_a_sentence()
    {
        var budget = Repo.Budget("guangyuan-2025");
        var reasons = budget.PreviousYear.Reasons.Where(kv => kv.Key != "totalIncome").ToDictionary(kv => kv.Key, kv => kv.Value);
        var doc = DocumentBuilder.Build(budget with { PreviousYear = budget.PreviousYear with { Reasons = reasons } });

        var paragraph = doc.Blocks.OfType<ParagraphBlock>().Single(p => p.Text.Contains("2025年收支预算总数"));
        Assert.EndsWith("比2024年收支预算总数减少5.34万元，主要原因是【请填写增减变化的原因】。", paragraph.Text);
        var placeholder = Assert.Single(paragraph.Runs, r => r.Placeholder);
        Assert.Equal("previousYear.reasons.totalIncome", placeholder.Source?.Input);
    }

    [Fact]
    public void A_missing_text_or_last_year_figure_is_a_placeholder_too()
    {
        var budget = Repo.Budget("guangyuan-2025");
        var narrative = budget.Narrative! with { Texts = budget.Narrative.Texts.Where(kv => kv.Key != "functions").ToDictionary(kv => kv.Key, kv => kv.Value) };
        var figures = budget.PreviousYear.Figures.Where(kv => kv.Key != "operatingExpenses").ToDictionary(kv => kv.Key, kv => kv.Value);
        var doc = DocumentBuilder.Build(budget with { Narrative = narrative, PreviousYear = budget.PreviousYear with { Figures = figures } });
        var paragraphs = doc.Blocks.OfType<ParagraphBlock>().ToList();

        var functions = paragraphs.Single(p => p.Text == "【请填写单位职能简介】");
        Assert.Equal("narrative.functions", functions.Runs.Single().Source?.Input);
        var operating = paragraphs.Single(p => p.Text.StartsWith("2025年，广元市社会保险事务中心机关运行经费", StringComparison.Ordinal));
        Assert.Equal("2025年，广元市社会保险事务中心机关运行经费财政拨款预算为166.67万元，【请填写上年机关运行经费】", operating.Text);
        Assert.Equal("previousYear.operatingExpenses", operating.Runs.Single(r => r.Placeholder).Source?.Input);
    }

    [Fact]
    public void Figures_carry_their_table_cell_or_their_computation()
    {
        var runs = Guangyuan.Value.Blocks.OfType<ParagraphBlock>().SelectMany(p => p.Runs).ToList();
        var basic = runs.First(r => r.Text == "1090.44");
        Assert.Equal(("expenditure", "total", "基本支出"), (basic.Source!.TableId, basic.Source.RowKey, basic.Source.Column));
        Assert.Equal(10904400m, basic.Source.Value);
        var share = runs.First(r => r.Text == "92.15%");
        Assert.Equal(10904400m / 11833800m, share.Source!.Value);
        var operating = runs.First(r => r.Text == "21.36%");
        Assert.Contains("除以", operating.Source!.Description);
        var year = runs.First(r => r.Text == "2025");
        Assert.Equal("预算年度", year.Source!.Description);
        var reason = runs.First(r => r.Text == "2025年预算人数较上年减少1人");
        Assert.Equal("previousYear.reasons.totalIncome", reason.Source!.Input);
    }

    [Theory]
    [InlineData("2023年深圳市社会保险基金管理局本级部门预算收入298,448万元，比2022年减少299,860万元，下降50%。2023年部门预算支出298,448万元，比2022年减少299,860万元，下降50%。")]
    [InlineData("深圳市社会保险基金管理局本级预算298,448万元，包括人员支出4,072万元、公用支出396万元、对个人和家庭的补助支出636万元、项目支出293,343万元。")]
    [InlineData("5.预算准备金211万元，主要用于年度预算执行中临时增加工作所需开支。较2022年预算减少39万元，下降16%。")]
    // 第四部分: 100 + 0 + 2,871 ≠ 2,970 is the documents' own 尾数差 (sample NOTES.md §1.5), reproduced.
    [InlineData("深圳市社会保险基金管理局本级政府采购项目纳入2023年部门预算共计2,970万元，其中货物采购100万元、工程采购0万元、服务采购2,871万元。")]
    [InlineData("2023年“三公”经费预算10万元，比2022年预算减少20万元，下降67%，主要是用于单位公务用车日常维修维护和上级及其他省市的社保业务交流等，下降的原因是公务用车购置和公务接待费减少。")]
    [InlineData("（二）公务接待费。2023年预算数3万元，比2022年减少2万元，主要是用于接待上级及其他省市的社保业务交流等。公务接待费减少的原因是根据厉行节约的原则进一步压缩公务接待费用。")]
    [InlineData("2023年深圳市社会保险基金管理局本级机关运行经费财政拨款预算396万元，比2022年预算增加11万元，增长3%。主要是人员工资结构变化，工会经费相应增加；离退休人员综合定额标准提高，金额相应增加。")]
    [InlineData("截至2022年10月，深圳市社会保险基金管理局本级共有车辆2辆；单价50万元以上通用设备21台（套），单价100万元以上专用设备0台（套）。")]
    [InlineData("政府性基金预算支出280,485万元，无国有资本经营预算支出。")]
    public void Shenzhen_says_what_004_says(string sentence) => Assert.Contains(sentence, Paragraphs(Shenzhen.Value));

    [Fact]
    public void Shenzhen_follows_the_structure_of_004()
    {
        var doc = Shenzhen.Value;
        Assert.Equal(
        [
            "一、文字部分",
            "第一部分 部门概况", "第二部分 部门预算收支总体情况", "第三部分 部门预算支出具体情况", "第四部分 政府采购预算情况",
            "第五部分 一般公共预算“三公”经费预算情况", "第六部分 部门预算绩效管理情况", "第七部分 重点项目预算绩效情况说明",
            "第八部分 其他需要说明情况", "第九部分 名词解释",
            "二、表格部分",
            "（一）收支总表", "（二）收入总表", "（三）支出总表", "（四）基本支出总表", "（五）项目支出总表", "（六）政府预算拨款收支总表",
            "（七）一般公共预算支出表（按功能分类）", "（八）一般公共预算支出表（按经济分类）", "（九）一般公共预算“三公”经费支出表",
            "（十）政府性基金预算支出表", "（十一）国有资本经营预算支出表", "（十二）部门（单位）整体支出绩效目标表",
        ], PublishedDocumentText.Contents(doc).Select(e => e.Text));
        // 第三部分 has a section per unit; the 主要工作目标 are five paragraphs; the 名词解释 names each 类 spent on.
        Assert.Contains(doc.Blocks.OfType<HeadingBlock>(), h => h.Level == 3 && PublishedDocumentText.HeadingText(h) == "一、深圳市社会保险基金管理局本级");
        Assert.Equal(5, Paragraphs(doc).Count(p => p.Length > 2 && p[0] is >= '1' and <= '5' && p[1] == '.' && p.Contains("。") && !p.Contains("万元")));
        Assert.Contains("六、住房保障支出：集中反映政府用于住房方面的支出。", Paragraphs(doc));
        Assert.Equal(11, doc.Blocks.OfType<TableBlock>().Count());
        Assert.Single(doc.Blocks.OfType<FormBlock>(), f => f.Contents is not null);
    }

    [Fact]
    public void A_profile_without_a_document_section_prints_its_tables_and_forms()
    {
        var doc = DocumentBuilder.Build(Repo.Budget("bazhong-2021"));
        Assert.Empty(doc.Blocks.OfType<ParagraphBlock>());
        Assert.Equal(10, doc.Blocks.OfType<TableBlock>().Count());
        Assert.NotEmpty(doc.Blocks.OfType<FormBlock>());
        Assert.EndsWith("2021年部门预算", doc.Title);
    }

    [Fact]
    public void A_department_of_several_units_adds_its_units_up()
    {
        // department-2025: a 行政, a 参公 and a 事业 unit; 机关运行经费 is the 公用经费 of the first two (NOTES.md §9: 2,568,332.97 元).
        var doc = DocumentBuilder.Build(Repo.Budget("department-2025"));
        var text = Paragraphs(doc);
        Assert.Contains("2025年，某市农业农村局机关运行经费财政拨款预算为256.83万元，比2024年预算减少21.33万元，下降7.67%。主要原因是严格落实过紧日子要求，压减会议费、差旅费和公务接待费等一般性支出。", text);
        Assert.Contains("2025年，某市农业农村局政府采购预算总额114.76万元，其中：货物类48.96万元，工程类23.80万元，服务类42.00万元。", text);
        // Each 项 once, in code order, its amount the sum of the units' rows.
        var items = text.Where(p => p.Contains("（项）2025年预算数为")).ToList();
        Assert.Equal(items.Count, items.Select(p => p[..p.IndexOf("2025年", StringComparison.Ordinal)]).Distinct().Count());
        Assert.StartsWith("1.社会保障和就业（类）行政事业单位养老支出（款）行政单位离退休（项）", items[0]);
    }

    [Fact]
    public void Plain_text_shows_the_cover_contents_headings_paragraphs_and_tables()
    {
        var text = PublishedDocumentText.ToText(Guangyuan.Value);
        Assert.StartsWith("广元市社会保险事务中心\n2025年单位预算\n", text.Replace("\r", ""));
        Assert.Contains("目 录", text);
        Assert.Contains("第三部分 名词解释", text);
        Assert.Contains("部门收支总表", text);
        Assert.Contains("1,183.38", text);
    }
}

using Yusuan.Core.Model;

namespace Yusuan.Spreadsheet;

/// <summary>What a cell of a template column holds, which decides its format, validation and how it is read.</summary>
internal enum TemplateCellKind
{
    Text,
    /// <summary>A code kept as text (leading zeros matter), possibly chosen as “code name” from a list.</summary>
    Code,
    /// <summary>An amount of money in the workbook's amount unit.</summary>
    Amount,
    /// <summary>A quantity (not money).</summary>
    Number,
    /// <summary>是/否.</summary>
    YesNo,
}

/// <summary>How strictly Excel holds a column to its drop-down list.</summary>
internal enum TemplateListStyle
{
    /// <summary>Only values of the list (fixed vocabularies: 单位类型, 资金来源 …).</summary>
    Stop,
    /// <summary>Other values after a warning (lists the clerk fills: unit codes, project names).</summary>
    Warning,
    /// <summary>Any value; the list only helps (catalog codes, which may also be typed as bare codes).</summary>
    Information,
}

internal sealed record TemplateColumn(string Header, TemplateCellKind Kind, double Width, bool Required = false)
{
    /// <summary>Defined name of the list (in 代码表 or a data sheet) the column's drop-down offers.</summary>
    public string? List { get; init; }
    public TemplateListStyle ListStyle { get; init; } = TemplateListStyle.Stop;
    /// <summary>Shown when the cell is selected.</summary>
    public string? Prompt { get; init; }
}

internal sealed record TemplateSheet(string Name, bool Required, IReadOnlyList<TemplateColumn> Columns)
{
    public int IndexOf(string header)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Header == header) return i;
        throw new ArgumentException($"工作表 {Name} 没有列 {header}", nameof(header));
    }
}

/// <summary>
/// The layout of the input workbook, shared by <see cref="TemplateWriter"/> and <see cref="TemplateReader"/> so that
/// what is written is exactly what is read: sheet names, column headers in order, lists.
/// </summary>
internal static class TemplateLayout
{
    public const string Instructions = "说明";
    public const string Info = "基本信息";
    public const string Codes = "代码表";

    public const string InfoYear = "预算年度";
    public const string InfoProfile = "披露配置";
    public const string InfoAmountUnit = "金额单位";
    public const string InfoDepartmentCode = "部门编码";
    public const string InfoDepartmentName = "部门名称";
    public static readonly string[] InfoLabels = [InfoYear, InfoProfile, InfoAmountUnit, InfoDepartmentCode, InfoDepartmentName];

    // Defined names of the lists (ASCII, so that no spreadsheet program stumbles on them).
    public const string ListFunctional = "List_Functional";
    public const string ListEconomic = "List_Economic";
    public const string ListGovernment = "List_Government";
    public const string ListUnitTypes = "List_UnitTypes";
    public const string ListSources = "List_Sources";
    public const string ListNatures = "List_Natures";
    public const string ListProjectKinds = "List_ProjectKinds";
    public const string ListYesNo = "List_YesNo";
    public const string ListCategories = "List_Categories";
    public const string ListAmountUnits = "List_AmountUnits";
    public const string ListMeasures = "List_Measures";
    public const string ListProfiles = "List_Profiles";
    public const string ListUnits = "List_Units";
    public const string ListProjects = "List_Projects";
    public const string ListTargetAttributes = "List_TargetAttributes";
    public const string ListIndicatorLevel1 = "List_IndicatorLevel1";
    public const string ListIndicatorLevel2 = "List_IndicatorLevel2";
    public const string ListIndicatorNatures = "List_IndicatorNatures";
    public const string ListDirections = "List_Directions";
    public const string ListTaskKinds = "List_TaskKinds";
    public const string ListNarrativeItems = "List_NarrativeItems";

    /// <summary>Rows (below the header) that carry drop-down lists in a fresh template.</summary>
    public const int ValidatedRows = 2000;

    /// <summary>Funding sources with an amount column in 政府采购 and 政府购买服务: all of them, so that nothing is lost.</summary>
    public static IReadOnlyList<string> SourceColumns => IncomeSources.AllNames;

    /// <summary>Prefix of a 上年数 row that gives a project's previous-year figure: 项目：乡村振兴经费.</summary>
    public const string ProjectMeasurePrefix = "项目：";

    /// <summary>Previous-year measures the narrative compares with, offered in the 上年数 list as “key 说明”.</summary>
    public static readonly (string Key, string Label)[] KnownMeasures =
    [
        ("totalIncome", "收入总计"),
        ("fiscalTotal", "财政拨款收入总计"),
        ("gpbCurrentYear", "一般公共预算当年拨款收入"),
        ("operatingExpenses", "机关运行经费"),
    ];

    /// <summary>项目属性 offered in 绩效目标.</summary>
    public static readonly string[] TargetAttributes = ["新增", "延续"];

    /// <summary>一级指标 offered (any other may be typed: Shandong writes 产出 / 效果).</summary>
    public static readonly string[] IndicatorLevel1Names = ["产出指标", "效益指标", "满意度指标", "成本指标", "效果指标"];

    /// <summary>二级指标 offered: the usual names (domain.md §7) and Shandong's 项目产出 / 项目效益.</summary>
    public static readonly string[] IndicatorLevel2Names =
    [
        "数量指标", "质量指标", "时效指标", "成本指标",
        "经济成本指标", "社会成本指标", "生态环境成本指标",
        "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
        "服务对象满意度指标", "满意度指标",
        "项目产出", "项目效益",
    ];

    public static readonly string[] DirectionNames = ["正向", "反向"];

    /// <summary>任务类别 every region has (as BudgetAssembler accepts them); the profile's project kinds follow in the list.</summary>
    public static readonly string[] BasicTaskKinds = ["人员经费", "公用经费", "基本支出", "项目支出"];

    /// <summary>Header of the optional column for the amount a form made elsewhere prints (statedAmount).</summary>
    public const string StatedAmountHeader = "原表金额(选填)";

    /// <summary>Header of the optional 整体目标 column for the 金额合计 a form made elsewhere prints (statedTotal).</summary>
    public const string StatedTotalHeader = "原表金额合计(选填)";

    /// <summary>Header of the 整体任务 column naming the projects a task stands for (projects).</summary>
    public const string TaskProjectsHeader = "对应项目(选填)";

    private const string StatedAmountPrompt = "一般留空：金额由“支出明细”自动汇总。仅在转录别处已印好的绩效目标表时，照抄表上的金额，供核对";

    private static TemplateColumn UnitCode() => new("单位编码", TemplateCellKind.Code, 12, Required: true)
    {
        List = ListUnits, ListStyle = TemplateListStyle.Warning, Prompt = "填写“单位”表中的单位编码",
    };

    private static TemplateColumn ProjectName(bool required, string prompt) => new("项目名称", TemplateCellKind.Text, 36, required)
    {
        List = ListProjects, ListStyle = TemplateListStyle.Warning, Prompt = prompt,
    };

    private static TemplateColumn Source(bool required) => new("资金来源", TemplateCellKind.Text, 24, required)
    {
        List = ListSources, Prompt = required ? null : "留空表示一般公共预算拨款收入",
    };

    private static TemplateColumn CarriedOver() => new("是否上年结转", TemplateCellKind.YesNo, 12)
    {
        List = ListYesNo, Prompt = "上年结转资金填“是”；留空表示“否”",
    };

    private static TemplateColumn Amount(string header, bool required = true) => new(header, TemplateCellKind.Amount, 16, required);

    public static readonly TemplateSheet Units = new("单位", true,
    [
        new("单位编码", TemplateCellKind.Code, 12, Required: true) { Prompt = "本部门所属预算单位的编码，如 342601" },
        new("单位名称", TemplateCellKind.Text, 40, Required: true),
        new("单位类型", TemplateCellKind.Text, 12, Required: true) { List = ListUnitTypes, Prompt = "行政、参公或事业" },
    ]);

    public static readonly TemplateSheet Income = new("收入", true,
    [
        UnitCode(),
        Source(required: true),
        CarriedOver(),
        Amount("金额"),
    ]);

    public static readonly TemplateSheet Projects = new("项目", true,
    [
        UnitCode(),
        new("项目名称", TemplateCellKind.Text, 44, Required: true) { Prompt = "同一单位的项目名称不能重复" },
        new("项目类别", TemplateCellKind.Text, 14, Required: true) { List = ListProjectKinds },
    ]);

    public static readonly TemplateSheet Expenditures = new("支出明细", true,
    [
        UnitCode(),
        new("功能分类科目编码", TemplateCellKind.Code, 30, Required: true)
        {
            List = ListFunctional, ListStyle = TemplateListStyle.Information,
            Prompt = "项级（7 位）编码；可从清单选“编码 名称”，也可直接输入编码",
        },
        new("功能分类科目名称", TemplateCellKind.Text, 24) { Prompt = "可留空；填写时须与当年科目名称一致" },
        new("经济分类科目编码", TemplateCellKind.Code, 30, Required: true)
        {
            List = ListEconomic, ListStyle = TemplateListStyle.Information,
            Prompt = "款级（5 位）或细化（7/9 位）编码；可从清单选“编码 名称”，也可直接输入编码",
        },
        new("经济分类科目名称", TemplateCellKind.Text, 24) { Prompt = "可留空；填写时须与当年科目名称一致" },
        new("支出性质", TemplateCellKind.Text, 16)
        {
            List = ListNatures, Prompt = "基本支出可留空（按经济分类判断人员经费/公用经费）；项目支出填“项目”",
        },
        ProjectName(required: false, "项目支出必填，须为本单位“项目”表中的项目"),
        Source(required: false),
        CarriedOver(),
        new("政府经济分类科目编码(选填)", TemplateCellKind.Code, 24)
        {
            List = ListGovernment, ListStyle = TemplateListStyle.Information,
            Prompt = "一般留空（按对照表自动归类）；仅在需要改变归类时填写",
        },
        Amount("金额"),
    ]);

    public static readonly TemplateSheet ThreePublic = new("三公上年数", false,
    [
        UnitCode(),
        Amount("因公出国（境）费", required: false),
        Amount("公务用车购置费", required: false),
        Amount("公务用车运行维护费", required: false),
        Amount("公务接待费", required: false),
    ]);

    public static readonly TemplateSheet Procurement = new("政府采购", false,
    [
        UnitCode(),
        ProjectName(required: false, "所属项目，须为本单位“项目”表中的项目"),
        new("采购品目", TemplateCellKind.Text, 28, Required: true),
        new("采购类别", TemplateCellKind.Text, 10, Required: true) { List = ListCategories },
        new("数量", TemplateCellKind.Number, 10),
        new("计量单位", TemplateCellKind.Text, 10),
        .. SourceColumns.Select(s => Amount(s, required: false)),
    ]);

    public static readonly TemplateSheet ServicePurchases = new("政府购买服务", false,
    [
        UnitCode(),
        ProjectName(required: false, "所属项目，须为本单位“项目”表中的项目"),
        new("购买品目", TemplateCellKind.Text, 28, Required: true),
        new("数量", TemplateCellKind.Number, 10),
        new("计量单位", TemplateCellKind.Text, 10),
        Amount("单价", required: false),
        .. SourceColumns.Select(s => Amount(s, required: false)),
    ]);

    public static readonly TemplateSheet Previous = new("上年数", false,
    [
        new("指标", TemplateCellKind.Text, 36, Required: true)
        {
            List = ListMeasures, ListStyle = TemplateListStyle.Information,
            Prompt = "从清单选择指标；某项目的上年数填“项目：项目名称”",
        },
        Amount("金额", required: false),
        new("原因", TemplateCellKind.Text, 60) { Prompt = "与上年相比增减的主要原因" },
    ]);

    // ---- 绩效目标 ----

    /// <summary>单位编码 of a department-wide target: blank is the whole department.</summary>
    private static TemplateColumn OwnerCode() => new("单位编码", TemplateCellKind.Code, 12)
    {
        List = ListUnits, ListStyle = TemplateListStyle.Warning, Prompt = "留空表示部门整体；填写单位编码表示该单位的整体目标",
    };

    /// <summary>The indicator columns shared by 绩效指标 and 整体指标, after the owner columns.</summary>
    private static TemplateColumn[] IndicatorColumns() =>
    [
        new("一级指标", TemplateCellKind.Text, 12, Required: true)
        {
            List = ListIndicatorLevel1, ListStyle = TemplateListStyle.Information, Prompt = "从清单选择，如 产出指标；也可按本地表样填写",
        },
        new("二级指标", TemplateCellKind.Text, 16, Required: true)
        {
            List = ListIndicatorLevel2, ListStyle = TemplateListStyle.Information, Prompt = "从清单选择，如 数量指标；也可按本地表样填写",
        },
        new("三级指标", TemplateCellKind.Text, 30, Required: true) { Prompt = "指标名称，如 帮扶村数量（山东表样：此栏填 数量指标 等，指标名称填四级指标）" },
        new("四级指标(选填)", TemplateCellKind.Text, 24) { Prompt = "仅山东等四级指标表样填写，一般留空" },
        new("指标性质", TemplateCellKind.Text, 10, Required: true) { List = ListIndicatorNatures, Prompt = "≥、≤、= 或 定性" },
        new("指标值", TemplateCellKind.Text, 12, Required: true) { Prompt = "定量指标填数字（如 95），定性指标填等级（如 好、优）；不要把单位写在这里" },
        new("度量单位", TemplateCellKind.Text, 10) { Prompt = "如 个、人、%、万元；定性指标可留空" },
        new("权重", TemplateCellKind.Number, 8) { Prompt = "填数字，如 10；一个目标的权重合计按本地要求（如 90 或 100）" },
        new("指标方向", TemplateCellKind.Text, 10) { List = ListDirections, Prompt = "正向或反向，可留空" },
    ];

    public static readonly TemplateSheet ProjectTargets = new("绩效目标", false,
    [
        UnitCode(),
        ProjectName(required: true, "须为本单位“项目”表中的项目；每个项目一行"),
        new("项目属性", TemplateCellKind.Text, 10) { List = ListTargetAttributes, ListStyle = TemplateListStyle.Warning, Prompt = "新增或延续" },
        new("项目期限", TemplateCellKind.Text, 24) { Prompt = "如 2025-01-01 至 2025-12-31，或 1年、长期" },
        new("立项依据", TemplateCellKind.Text, 40),
        new("年度目标", TemplateCellKind.Text, 50),
        new("中长期目标", TemplateCellKind.Text, 40) { Prompt = "本地表样有此栏时填写" },
        Amount(StatedAmountHeader, required: false) with { Prompt = StatedAmountPrompt },
    ]);

    public static readonly TemplateSheet ProjectIndicators = new("绩效指标", false,
    [
        UnitCode(),
        ProjectName(required: true, "指标所属项目，须在“绩效目标”表中有一行"),
        .. IndicatorColumns(),
    ]);

    public static readonly TemplateSheet DepartmentTargets = new("整体目标", false,
    [
        OwnerCode(),
        new("年度总体目标", TemplateCellKind.Text, 60),
        new("中长期目标", TemplateCellKind.Text, 50) { Prompt = "本地表样有此栏时填写" },
        Amount(StatedTotalHeader, required: false) with
        {
            Prompt = "一般留空：任务金额由“支出明细”自动汇总。仅在转录别处已印好的整体绩效目标表时，照抄表上任务的金额合计，供核对",
        },
    ]);

    public static readonly TemplateSheet DepartmentTasks = new("整体任务", false,
    [
        OwnerCode(),
        new("任务名称", TemplateCellKind.Text, 24, Required: true) { Prompt = "如 人员支出、公用经费、特定目标类项目" },
        new("任务类别", TemplateCellKind.Text, 14, Required: true)
        {
            List = ListTaskKinds, ListStyle = TemplateListStyle.Warning, Prompt = "决定任务金额从预算的哪部分汇总：人员经费、公用经费、基本支出、项目支出或某类项目",
        },
        new(TaskProjectsHeader, TemplateCellKind.Text, 36)
        {
            List = ListProjects, ListStyle = TemplateListStyle.Information,
            Prompt = "一般留空。任务对应一个或几个项目时填项目名称，几个用“、”或“；”分隔；填了则任务金额为这些项目的支出合计",
        },
        new("主要内容", TemplateCellKind.Text, 50),
        Amount(StatedAmountHeader, required: false) with { Prompt = StatedAmountPrompt },
    ]);

    public static readonly TemplateSheet DepartmentIndicators = new("整体指标", false,
    [
        OwnerCode(),
        .. IndicatorColumns(),
    ]);

    // ---- 公开文本 (narrative) ----

    /// <summary>Prefix of a 公开文本 row that gives what a project is used for (narrative.projects): 项目用途：预算准备金.</summary>
    public const string ProjectUsePrefix = "项目用途：";

    /// <summary>Prefix of a 公开文本 row that gives a project's 绩效目标 as the 情况说明 states it (narrative.goals).</summary>
    public const string ProjectGoalPrefix = "项目目标：";

    /// <summary>Prefix of a 公开文本 row that gives a count the lists below do not know (narrative.counts).</summary>
    public const string CountPrefix = "数量：";

    /// <summary>The texts the bundled profiles ask for (narrative texts), offered as “key 说明” when the profile names none.</summary>
    public static readonly (string Key, string Label)[] KnownTexts =
    [
        ("functions", "单位职能（部门职责）"),
        ("organization", "机构设置和人员"),
        ("staff", "人员情况"),
        ("priorities", "重点工作"),
        ("threePublicUse", "“三公”经费的主要用途"),
        ("abroadNote", "因公出国（境）费用的安排说明"),
        ("receptionUse", "公务接待费的用途"),
        ("assetsDate", "国有资产的统计截止时间"),
    ];

    /// <summary>The counts (numbers, not money) the bundled profiles ask for (narrative.counts).</summary>
    public static readonly (string Key, string Label)[] KnownCounts =
    [
        ("vehicles", "车辆数（辆）"),
        ("largeEquipment", "大型设备数（台、套）"),
        ("generalEquipment", "通用设备数（台、套）"),
        ("specialEquipment", "专用设备数（台、套）"),
        ("newVehicles", "拟新增车辆数（辆）"),
        ("newLargeEquipment", "拟新增大型设备数（台、套）"),
        ("newGeneralEquipment", "拟新增通用设备数（台、套）"),
        ("newSpecialEquipment", "拟新增专用设备数（台、套）"),
    ];

    /// <summary>
    /// The named texts and counts a 公开文本 row may give, as (key, 说明, is a count): the profile's <c>document.texts</c>
    /// and the counts its figures take from the input, or, for a profile without a document, the known ones.
    /// </summary>
    public static IReadOnlyList<(string Key, string Label, bool IsCount)> NarrativeItems(Yusuan.Core.Profiles.Profile? profile)
    {
        var items = new List<(string Key, string Label, bool IsCount)>();
        if (profile?.Document is { } document)
        {
            foreach (var (key, label) in document.Texts) items.Add((key, label, false));
            foreach (var figure in document.Figures.Values)
                if (figure.Input is { } input && items.All(i => i.Key != input))
                    items.Add((input, figure.Label ?? KnownCounts.FirstOrDefault(c => c.Key == input).Label ?? input, true));
        }
        if (items.Count == 0)
        {
            items.AddRange(KnownTexts.Select(t => (t.Key, t.Label, false)));
            items.AddRange(KnownCounts.Select(c => (c.Key, c.Label, true)));
        }
        return items;
    }

    public const string NarrativeItemHeader = "项目";
    public const string NarrativeContentHeader = "内容";

    public static readonly TemplateSheet NarrativeTexts = new("公开文本", false,
    [
        new(NarrativeItemHeader, TemplateCellKind.Text, 36, Required: true)
        {
            List = ListNarrativeItems, ListStyle = TemplateListStyle.Information,
            Prompt = "从清单选择要填写的文字或数量；某项目的用途填“项目用途：项目名称”，某项目的绩效目标填“项目目标：项目名称”",
        },
        new(NarrativeContentHeader, TemplateCellKind.Text, 100)
        {
            Prompt = "单位自己撰写的文字，分段可在单元格内换行（Alt+Enter）；车辆、设备等数量只填数字；留空表示未填写",
        },
    ]);

    public static readonly TemplateSheet NarrativeUses = new("科目用途", false,
    [
        new("功能分类科目编码", TemplateCellKind.Code, 30, Required: true)
        {
            List = ListFunctional, ListStyle = TemplateListStyle.Information,
            Prompt = "项级（7 位）编码；可从清单选“编码 名称”，也可直接输入编码；每个科目一行",
        },
        new("主要用于", TemplateCellKind.Text, 60) { Prompt = "该科目的支出主要用于什么，如 人员经费支出、基本公用经费支出" },
        new("名词解释(选填)", TemplateCellKind.Text, 60) { Prompt = "一般留空（采用科目说明）；仅在科目没有说明或需另行表述时填写" },
    ]);

    private static Dictionary<string, string> IndicatorLabels() => new()
    {
        ["level1"] = "一级指标", ["level2"] = "二级指标", ["name"] = "三级指标", ["level4"] = "四级指标(选填)",
        ["nature"] = "指标性质", ["value"] = "指标值", ["measure"] = "度量单位", ["weight"] = "权重", ["direction"] = "指标方向",
    };

    /// <summary>
    /// Column headers by the field names the assembler and the checks use, per sheet, so that an error found after
    /// reading still names the column the clerk filled in. A target's indicators and tasks, which sit on sheets of
    /// their own, are named by those sheets.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FieldLabels(string sheet) => sheet switch
    {
        Info => new Dictionary<string, string>
        {
            ["year"] = InfoYear, ["profile"] = InfoProfile, ["amountUnit"] = InfoAmountUnit, ["department"] = InfoDepartmentCode,
        },
        "单位" => new Dictionary<string, string> { ["code"] = "单位编码", ["name"] = "单位名称", ["type"] = "单位类型" },
        "收入" => new Dictionary<string, string>
        {
            ["unit"] = "单位编码", ["source"] = "资金来源", ["carriedOver"] = "是否上年结转", ["amount"] = "金额",
        },
        "项目" => new Dictionary<string, string> { ["unit"] = "单位编码", ["name"] = "项目名称", ["kind"] = "项目类别" },
        "支出明细" => new Dictionary<string, string>
        {
            ["unit"] = "单位编码", ["functional"] = "功能分类科目编码", ["functionalName"] = "功能分类科目名称",
            ["economic"] = "经济分类科目编码", ["economicName"] = "经济分类科目名称", ["nature"] = "支出性质",
            ["project"] = "项目名称", ["source"] = "资金来源", ["carriedOver"] = "是否上年结转",
            ["government"] = "政府经济分类科目编码(选填)", ["amount"] = "金额",
        },
        "三公上年数" => new Dictionary<string, string>
        {
            ["unit"] = "单位编码", ["abroad"] = "因公出国（境）费", ["vehiclePurchase"] = "公务用车购置费",
            ["vehicleOperation"] = "公务用车运行维护费", ["reception"] = "公务接待费",
        },
        "政府采购" => new Dictionary<string, string>
        {
            ["unit"] = "单位编码", ["project"] = "项目名称", ["item"] = "采购品目", ["category"] = "采购类别", ["quantity"] = "数量", ["measure"] = "计量单位",
        },
        "政府购买服务" => new Dictionary<string, string>
        {
            ["unit"] = "单位编码", ["project"] = "项目名称", ["item"] = "购买品目", ["quantity"] = "数量", ["measure"] = "计量单位", ["unitPrice"] = "单价",
        },
        "绩效目标" => new Dictionary<string, string>
        {
            ["unit"] = "单位编码", ["project"] = "项目名称", ["attribute"] = "项目属性", ["period"] = "项目期限", ["basis"] = "立项依据",
            ["annualGoal"] = "年度目标", ["longTermGoal"] = "中长期目标", ["statedAmount"] = StatedAmountHeader,
            ["indicators"] = "指标（“绩效指标”表）",
        },
        "绩效指标" => new Dictionary<string, string>(IndicatorLabels()) { ["unit"] = "单位编码", ["project"] = "项目名称" },
        "整体目标" => new Dictionary<string, string>
        {
            ["unit"] = "单位编码", ["objective"] = "年度总体目标", ["longTermObjective"] = "中长期目标",
            ["statedTotal"] = StatedTotalHeader,
            ["tasks"] = "任务（“整体任务”表）", ["indicators"] = "指标（“整体指标”表）",
        },
        "整体任务" => new Dictionary<string, string>
        {
            ["unit"] = "单位编码", ["name"] = "任务名称", ["kind"] = "任务类别", ["projects"] = TaskProjectsHeader,
            ["description"] = "主要内容", ["statedAmount"] = StatedAmountHeader,
        },
        "整体指标" => new Dictionary<string, string>(IndicatorLabels()) { ["unit"] = "单位编码" },
        "公开文本" => new Dictionary<string, string> { ["name"] = NarrativeItemHeader, ["text"] = NarrativeContentHeader },
        "科目用途" => new Dictionary<string, string> { ["functional"] = "功能分类科目编码", ["use"] = "主要用于", ["glossary"] = "名词解释(选填)" },
        _ => new Dictionary<string, string>(),
    };

    /// <summary>The line sheets in workbook order.</summary>
    public static readonly IReadOnlyList<TemplateSheet> DataSheets =
        [Units, Income, Projects, Expenditures, ThreePublic, Procurement, ServicePurchases, Previous,
         ProjectTargets, ProjectIndicators, DepartmentTargets, DepartmentTasks, DepartmentIndicators,
         NarrativeTexts, NarrativeUses];

    /// <summary>Compares headers the way a clerk sees them: full- and half-width brackets and spaces are the same.</summary>
    public static string NormalizeHeader(string? text) =>
        (text ?? "").Replace(" ", "").Replace("\u3000", "").Replace("\n", "").Replace("\r", "")
            .Replace("（", "(").Replace("）", ")").Trim();

    /// <summary>Column letters of a 0-based column index: 0 → A, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
            name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }

    /// <summary>0-based column index of a cell reference such as “AB12”, or -1.</summary>
    public static int ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return -1;
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z') index = index * 26 + (c - 'A' + 1);
            else if (c is >= 'a' and <= 'z') index = index * 26 + (c - 'a' + 1);
            else break;
            letters++;
        }
        return letters == 0 ? -1 : index - 1;
    }
}

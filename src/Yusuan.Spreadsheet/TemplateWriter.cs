using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using static Yusuan.Spreadsheet.TemplateLayout;

namespace Yusuan.Spreadsheet;

/// <summary>
/// Writes the xlsx workbook a finance clerk fills in: one sheet per kind of line, drop-down lists of the year's
/// codes, and, when a budget is given, that budget's lines (amounts in 元), so that the workbook reads back
/// (<see cref="TemplateReader"/>) to the same budget.
/// </summary>
public static class TemplateWriter
{
    public static void Write(string path, int year, string profileId, Budget? data = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(profileId);
        var catalogs = CatalogLoader.Load(year);
        Profile? profile;
        try { profile = ProfileLoader.Load(profileId); }
        catch (ProfileNotFoundException) { profile = null; }
        var kinds = profile?.ProjectKinds ?? [];
        var narrativeItems = NarrativeItems(profile);

        var lists = CodeLists(catalogs, kinds, narrativeItems);
        var sheets = new List<(string Name, Worksheet Sheet, bool Hidden)>
        {
            (Instructions, InstructionsSheet(year, profileId, catalogs), false),
            (Info, InfoSheet(year, profileId, data), false),
        };
        var definedNames = new List<(string Name, string Range)>();
        foreach (var sheet in DataSheets)
        {
            var rows = data is null ? [] : Rows(sheet, data, catalogs, narrativeItems);
            sheets.Add((sheet.Name, DataSheet(sheet, rows, lists), false));
            var validated = Math.Max(ValidatedRows, rows.Count + 500);
            if (sheet == Units) definedNames.Add((ListUnits, $"'{Units.Name}'!$A$2:$A${validated + 1}"));
            if (sheet == Projects) definedNames.Add((ListProjects, $"'{Projects.Name}'!$B$2:$B${validated + 1}"));
        }
        sheets.Add((Codes, CodesSheet(lists, definedNames), true));

        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = doc.AddWorkbookPart();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheetsElement = new Sheets();
        uint id = 1;
        foreach (var (name, worksheet, hidden) in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = worksheet;
            var sheet = new Sheet { Name = name, SheetId = id++, Id = workbookPart.GetIdOfPart(part) };
            if (hidden) sheet.State = SheetStateValues.Hidden;
            sheetsElement.Append(sheet);
        }
        var names = new DefinedNames();
        foreach (var (name, range) in definedNames.OrderBy(n => n.Name, StringComparer.Ordinal))
            names.Append(new DefinedName { Name = name, Text = range });
        workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0U, FirstSheet = 0U }),
            sheetsElement,
            names);
        workbookPart.Workbook.Save();
    }

    // ---- style indices (see Stylesheet) ----
    private const uint StyleRequiredHeader = 1;
    private const uint StyleOptionalHeader = 2;
    private const uint StyleText = 3;
    private const uint StyleAmount = 4;
    private const uint StyleTitle = 5;
    private const uint StyleWrap = 6;
    private const uint StyleLabel = 7;
    private const uint StyleNumber = 8;

    private static Stylesheet Stylesheet()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "宋体" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFFFE699"),
            Solid("FFE7E6E6"));
        var thin = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
                new RightBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
                new TopBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
                new BottomBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
                new DiagonalBorder()));
        var centered = () => new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true };
        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat(centered()) { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(centered()) { FontId = 1, FillId = 3, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { FontId = 2, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat { FontId = 1, FillId = 3, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true },
            new CellFormat { NumberFormatId = 0, ApplyNumberFormat = true });
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00####" }) { Count = 1 },
            fonts,
            fills,
            thin,
            new CellStyleFormats(new CellFormat()),
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));

        static Fill Solid(string argb) => new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 })
        {
            PatternType = PatternValues.Solid,
        });
    }

    // ---- lists of 代码表 ----

    private sealed record CodeList(string Name, string Header, IReadOnlyList<string> Items, double Width);

    private static List<CodeList> CodeLists(CatalogSet catalogs, IReadOnlyList<string> kinds,
        IReadOnlyList<(string Key, string Label, bool IsCount)> narrativeItems)
    {
        static IEnumerable<string> Walk(Classification c, string? code)
        {
            foreach (var child in c.Children(code))
            {
                yield return child;
                foreach (var below in Walk(c, child)) yield return below;
            }
        }
        static List<string> Coded(Classification c, Func<string, bool> keep) =>
            Walk(c, null).Where(keep).Select(code => $"{code} {c.NameOf(code)}").ToList();

        return
        [
            new(ListFunctional, "功能分类（项）", Coded(catalogs.Functional, c => c.Length == 7), 40),
            new(ListEconomic, "部门经济分类（款及以下）", Coded(catalogs.Economic, c => c.Length >= 5), 36),
            new(ListGovernment, "政府经济分类（款）", Coded(catalogs.Government, c => c.Length >= 5), 36),
            new(ListUnitTypes, "单位类型", UnitTypes.AllNames, 10),
            new(ListSources, "资金来源", IncomeSources.AllNames, 26),
            new(ListNatures, "支出性质", ExpenditureNatures.AllNames, 20),
            new(ListProjectKinds, "项目类别", kinds, 14),
            new(ListYesNo, "是否", ["是", "否"], 6),
            new(ListCategories, "采购类别", ["货物", "工程", "服务"], 10),
            new(ListAmountUnits, "金额单位", ["元", "万元"], 10),
            new(ListMeasures, "上年数指标", KnownMeasures.Select(m => $"{m.Key} {m.Label}").ToList(), 36),
            new(ListProfiles, "披露配置", ProfileLoader.BundledIds, 20),
            new(ListTargetAttributes, "项目属性", TargetAttributes, 10),
            new(ListIndicatorLevel1, "一级指标", IndicatorLevel1Names, 12),
            new(ListIndicatorLevel2, "二级指标", IndicatorLevel2Names, 18),
            new(ListIndicatorNatures, "指标性质", IndicatorNatures.AllNames, 10),
            new(ListDirections, "指标方向", DirectionNames, 10),
            new(ListTaskKinds, "任务类别", BasicTaskKinds.Concat(kinds).Distinct().ToList(), 14),
            new(ListNarrativeItems, "公开文本项目", narrativeItems.Select(i => $"{i.Key} {i.Label}").ToList(), 40),
        ];
    }

    private static Worksheet CodesSheet(List<CodeList> lists, List<(string Name, string Range)> definedNames)
    {
        var data = new SheetData();
        var longest = lists.Max(l => l.Items.Count);
        data.Append(RowOf(1, lists.Select((l, i) => TextCell(i, 1, l.Header, StyleOptionalHeader))));
        for (var r = 0; r < longest; r++)
        {
            var cells = lists.Select((l, i) => r < l.Items.Count ? TextCell(i, r + 2, l.Items[r], StyleText) : null).OfType<Cell>();
            data.Append(RowOf(r + 2, cells));
        }
        for (var i = 0; i < lists.Count; i++)
        {
            if (lists[i].Items.Count == 0) continue;
            var col = ColumnName(i);
            definedNames.Add((lists[i].Name, $"'{Codes}'!${col}$2:${col}${lists[i].Items.Count + 1}"));
        }
        var columns = new Columns(lists.Select((l, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = l.Width, CustomWidth = true }));
        return new Worksheet(Views(frozen: true, selected: false), columns, data, Margins());
    }

    // ---- 说明 ----

    private static Worksheet InstructionsSheet(int year, string profileId, CatalogSet catalogs)
    {
        string[] lines =
        [
            $"{year} 年部门预算录入模板（披露配置：{profileId}）",
            "",
            "一、用途",
            "本工作簿用于录入部门预算的明细数据：每个单位的收入、项目和每一笔支出只录一次，所有公开表格（收支总表、收入总表、支出总表、财政拨款表、一般公共预算表、“三公”经费表、政府采购表等）由 Yusuan 汇总生成（yusuan build budget.xlsx）。",
            "不要填写任何合计、小计或汇总数：表中只填明细，合计一律由系统计算。",
            "",
            "二、金额单位",
            "金额默认以“元”为单位；如按已公开文件中的万元数转录，可在“基本信息”表把金额单位改为“万元”，此时本工作簿所有金额均按万元理解。",
            "金额只能填数字（不能带“元”“万元”等文字），不能为负数；折合为元后最多保留两位小数（精确到分）。",
            "",
            "三、各工作表",
            "基本信息：预算年度、披露配置、金额单位、部门编码、部门名称（均必填；年度和配置由模板生成时确定，决定科目清单和公开表格的格式）。",
            "单位：本部门所属的每个预算单位一行：单位编码、单位名称、单位类型（行政 / 参公 / 事业），均必填；单位编码不能重复。",
            "收入：每个单位按资金来源填写收入预算，一个来源一行；上年结转资金另起一行，“是否上年结转”填“是”。单位编码、资金来源、金额必填。",
            "项目：每个项目一行：单位编码、项目名称、项目类别，均必填；同一单位的项目名称不能重复。",
            "支出明细：每一笔支出一行，按“单位 + 功能分类科目 + 经济分类科目 + 支出性质 + 项目 + 资金来源”拆分填列。单位编码、功能分类科目编码、经济分类科目编码、金额必填；项目支出须填项目名称（支出性质填“项目”）；基本支出的支出性质可留空，系统按经济分类判断（301、303 为人员经费，其余为公用经费）；资金来源留空表示一般公共预算拨款收入；政府经济分类科目编码一般留空，由系统按部门经济分类对照生成。",
            "三公上年数：各单位上年“三公”经费预算数（因公出国（境）费、公务用车购置费、公务用车运行维护费、公务接待费），用于“三公”经费表的上年对比；没有的填 0 或留空。",
            "政府采购：每个采购品目一行：单位编码、项目名称、采购品目、采购类别（货物 / 工程 / 服务）、数量、计量单位，金额按资金来源分列填写（只填有金额的来源）。",
            "政府购买服务：每个购买品目一行：单位编码、项目名称、购买品目、数量、计量单位、单价，金额按资金来源分列填写。",
            "上年数：上年的汇总数（如收入总计、机关运行经费），用于情况说明中的同比表述；“指标”从下拉清单选择，某个项目的上年数填“项目：项目名称”；“原因”填写增减变化的主要原因。",
            "绩效目标：项目支出绩效目标，每个项目一行：单位编码、项目名称（须为“项目”表中的项目，每个项目只填一行）、项目属性（新增 / 延续）、项目期限、立项依据、年度目标、中长期目标（本地表样有此栏时填写）。项目的金额和资金来源不在这里填写，由“支出明细”中该项目的支出汇总；“原表金额(选填)”一般留空，仅在转录别处已印好的绩效目标表时照抄表上的金额，供系统核对。",
            "绩效指标：项目的绩效指标，每个指标一行，单位编码和项目名称与“绩效目标”表中该项目的一行相同：一级指标、二级指标、三级指标（指标名称）、四级指标（仅山东等四级表样填写）、指标性质（≥、≤、=、定性）、指标值、度量单位、权重、指标方向（正向 / 反向）。指标值只填数字（定性指标填等级，如 好、优），单位写在“度量单位”栏；权重只填数字。",
            "整体目标：部门（单位）整体支出绩效目标，每个目标一行：单位编码留空表示部门整体，填写单位编码表示该单位的整体目标；年度总体目标、中长期目标；“原表金额合计(选填)”一般留空，仅在转录别处已印好的整体绩效目标表时照抄表上任务的金额合计，供系统核对。",
            "整体任务：整体目标下的各项任务，每项一行：单位编码（与“整体目标”表相同，留空表示部门整体）、任务名称、任务类别（人员经费、公用经费、基本支出、项目支出或某一项目类别）、对应项目（选填）、主要内容。任务金额由系统从预算汇总，不必填写：填了对应项目的，为这些项目的支出合计（项目名称须在“项目”表中，部门整体目标可填任一单位的项目，单位整体目标只能填本单位的项目；几个项目用“、”或“；”分隔）；未填的，按任务类别汇总（其他任务已对应的项目不再计入）。“原表金额(选填)”同“绩效目标”表。",
            "整体指标：整体目标的绩效指标，每个指标一行：单位编码（留空表示部门整体），其余栏目同“绩效指标”表。",
            "以上五张绩效表可以不填（也可删除）：不填表示本预算不含绩效目标，不影响其他表格的生成。",
            "公开文本：公开文本（情况说明）中只有单位自己能写的文字和数量，每项一行：“项目”从下拉清单选择（如 单位职能、机构设置、重点工作、公务接待费的用途，车辆数、设备数），“内容”填写文字（分段可在单元格内换行）或数量（只填数字）；某个项目的用途填“项目用途：项目名称”，某个项目在情况说明中的绩效目标填“项目目标：项目名称”。",
            "科目用途：情况说明中各功能分类科目（项级）的支出主要用于什么，每个科目一行：功能分类科目编码、主要用于；名词解释一般留空（采用科目说明），仅在科目没有说明或需另行表述时填写。",
            "公开文本和科目用途两张表可以不填（也可删除）：未填写的内容在生成的公开文本中显示为“【请填写…】”，不影响公开表格的生成。",
            "",
            "四、科目编码的选择",
            $"功能分类科目填到项级（7 位编码），部门经济分类科目填到款级（5 位）或财政部门规定的细化科目（7 位、9 位），均须是 {year} 年有效的科目（共 {catalogs.Functional.Count} 个功能分类科目、{catalogs.Economic.Count} 个经济分类科目）。",
            "编码单元格可从下拉清单中选择“编码 名称”（例如“2080109 社会保险经办机构”），也可直接输入编码（例如 2080109）。名称栏可以留空；如填写名称，须与当年科目名称一致，系统会核对。",
            "单位编码、项目名称、资金来源、支出性质、是否上年结转等栏目也有下拉清单；单位编码和项目名称的清单来自“单位”表和“项目”表，请先填这两张表。",
            "",
            "五、注意事项",
            "各表第一行为表头，请勿修改、插入或删除表头列，也不要修改工作表名称；黄色表头为必填栏目，灰色表头为选填栏目。",
            "数据从第二行开始逐行填写，行数不限；空行会被忽略。",
            "系统检查发现的错误会指明位置，例如“budget.xlsx › 支出明细 › 第 5 行 › 金额：“abc”不是数字”，按提示修改后重新生成即可；有错误时不会生成任何表格。",
        ];
        var data = new SheetData();
        for (var i = 0; i < lines.Length; i++)
        {
            var style = i == 0 ? StyleTitle : lines[i].Length > 0 && "一二三四五".Contains(lines[i][0]) && lines[i][1] == '、' ? StyleLabel : StyleWrap;
            data.Append(RowOf(i + 1, lines[i].Length == 0 ? [] : [TextCell(0, i + 1, lines[i], style)]));
        }
        var columns = new Columns(new Column { Min = 1, Max = 1, Width = 120, CustomWidth = true });
        return new Worksheet(Views(frozen: false, selected: true), columns, data, Margins());
    }

    // ---- 基本信息 ----

    private static Worksheet InfoSheet(int year, string profileId, Budget? data)
    {
        var rows = new SheetData();
        rows.Append(RowOf(1, [
            TextCell(0, 1, "项目", StyleRequiredHeader), TextCell(1, 1, "填写内容", StyleRequiredHeader), TextCell(2, 1, "说明", StyleOptionalHeader)]));
        (string Label, object? Value, string Note)[] items =
        [
            (InfoYear, (decimal)year, "决定科目清单的年度；本模板的下拉清单是该年度的科目，一般不要修改"),
            (InfoProfile, profileId, "决定生成哪些公开表格及其格式，如 sichuan-2025"),
            (InfoAmountUnit, "元", "元 或 万元：本工作簿所有金额的单位"),
            (InfoDepartmentCode, data?.Department.Code, "主管部门编码，如 342"),
            (InfoDepartmentName, data?.Department.Name, "主管部门名称，如 广元市人力资源和社会保障局"),
        ];
        for (var i = 0; i < items.Length; i++)
        {
            var r = i + 2;
            var cells = new List<Cell> { TextCell(0, r, items[i].Label, StyleLabel) };
            switch (items[i].Value)
            {
                case decimal d: cells.Add(NumberCell(1, r, d, StyleNumber)); break;
                case string s: cells.Add(TextCell(1, r, s, StyleText)); break;
            }
            cells.Add(TextCell(2, r, items[i].Note, 0));
            rows.Append(RowOf(r, cells));
        }
        var columns = new Columns(
            new Column { Min = 1, Max = 1, Width = 14, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 40, CustomWidth = true, Style = StyleText },
            new Column { Min = 3, Max = 3, Width = 60, CustomWidth = true });
        var validations = new DataValidations(
            ListValidation("B3", ListProfiles, TemplateListStyle.Warning, "从清单选择披露配置"),
            ListValidation("B4", ListAmountUnits, TemplateListStyle.Stop, "元 或 万元"));
        validations.Count = (uint)validations.ChildElements.Count;
        return new Worksheet(Views(frozen: false, selected: false), columns, rows, validations, Margins());
    }

    // ---- data sheets ----

    private static Worksheet DataSheet(TemplateSheet sheet, List<object?[]> rows, List<CodeList> lists)
    {
        var data = new SheetData();
        data.Append(RowOf(1, sheet.Columns.Select((c, i) => TextCell(i, 1, c.Header, c.Required ? StyleRequiredHeader : StyleOptionalHeader))));
        for (var r = 0; r < rows.Count; r++)
        {
            var rowNumber = r + 2;
            var cells = new List<Cell>();
            for (var c = 0; c < sheet.Columns.Count; c++)
            {
                var style = CellStyle(sheet.Columns[c].Kind);
                switch (rows[r][c])
                {
                    case null: break;
                    case decimal d: cells.Add(NumberCell(c, rowNumber, d, style)); break;
                    case string s when s.Length > 0: cells.Add(TextCell(c, rowNumber, s, style)); break;
                }
            }
            data.Append(RowOf(rowNumber, cells));
        }

        var last = Math.Max(ValidatedRows, rows.Count + 500) + 1;
        var defined = lists.Where(l => l.Items.Count > 0).Select(l => l.Name).Append(ListUnits).Append(ListProjects).ToHashSet();
        var validations = new DataValidations();
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            var column = sheet.Columns[c];
            var range = $"{ColumnName(c)}2:{ColumnName(c)}{last}";
            if (column.List is { } list && defined.Contains(list))
                validations.Append(ListValidation(range, list, column.ListStyle, column.Prompt));
            else if (column.Kind is TemplateCellKind.Amount or TemplateCellKind.Number)
                validations.Append(NonNegative(range, column.Prompt));
            else if (column.Prompt is not null)
                validations.Append(PromptOnly(range, column.Prompt));
        }
        validations.Count = (uint)validations.ChildElements.Count;

        var columns = new Columns(sheet.Columns.Select((c, i) => new Column
        {
            Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true, Style = CellStyle(c.Kind),
        }));
        return validations.Count > 0
            ? new Worksheet(Views(frozen: true, selected: false), columns, data, validations, Margins())
            : new Worksheet(Views(frozen: true, selected: false), columns, data, Margins());
    }

    private static uint CellStyle(TemplateCellKind kind) => kind switch
    {
        TemplateCellKind.Amount => StyleAmount,
        TemplateCellKind.Number => StyleNumber,
        _ => StyleText,
    };

    private static DataValidation ListValidation(string range, string list, TemplateListStyle style, string? prompt)
    {
        var v = new DataValidation
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowInputMessage = prompt is not null,
            ShowErrorMessage = true,
            ErrorStyle = style switch
            {
                TemplateListStyle.Stop => DataValidationErrorStyleValues.Stop,
                TemplateListStyle.Warning => DataValidationErrorStyleValues.Warning,
                _ => DataValidationErrorStyleValues.Information,
            },
            ErrorTitle = "不在清单中",
            Error = style == TemplateListStyle.Stop ? "请从下拉清单中选择。" : "该值不在下拉清单中，请核对。",
            SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
        };
        if (prompt is not null) { v.PromptTitle = "填写提示"; v.Prompt = prompt; }
        v.Append(new Formula1(list));
        return v;
    }

    private static DataValidation NonNegative(string range, string? prompt)
    {
        var v = new DataValidation
        {
            Type = DataValidationValues.Decimal,
            Operator = DataValidationOperatorValues.GreaterThanOrEqual,
            AllowBlank = true,
            ShowInputMessage = prompt is not null,
            ShowErrorMessage = true,
            ErrorStyle = DataValidationErrorStyleValues.Stop,
            ErrorTitle = "不是有效的数字",
            Error = "只能填写不小于 0 的数字，不带单位。",
            SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
        };
        if (prompt is not null) { v.PromptTitle = "填写提示"; v.Prompt = prompt; }
        v.Append(new Formula1("0"));
        return v;
    }

    private static DataValidation PromptOnly(string range, string prompt) => new()
    {
        Type = DataValidationValues.None,
        AllowBlank = true,
        ShowInputMessage = true,
        PromptTitle = "填写提示",
        Prompt = prompt,
        SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
    };

    // ---- a budget as rows of the data sheets (amounts in 元) ----

    private static List<object?[]> Rows(TemplateSheet sheet, Budget b, CatalogSet catalogs,
        IReadOnlyList<(string Key, string Label, bool IsCount)> narrativeItems)
    {
        static string YesNo(bool value) => value ? "是" : "否";
        decimal?[] BySource(IReadOnlyDictionary<IncomeSource, decimal> amounts) =>
            SourceColumns.Select(name => IncomeSources.TryParse(name, out var s) && amounts.TryGetValue(s, out var a) ? a : (decimal?)null).ToArray();

        if (sheet == Units) return b.Units.Select(u => new object?[] { u.Code, u.Name, u.Type.ChineseName() }).ToList();
        if (sheet == Income)
            return b.Income.Select(i => new object?[] { i.UnitCode, i.Source.ChineseName(), YesNo(i.CarriedOver), i.Amount }).ToList();
        if (sheet == Projects) return b.Projects.Select(p => new object?[] { p.UnitCode, p.Name, p.Kind }).ToList();
        if (sheet == Expenditures)
            return b.Expenditures.Select(l => new object?[]
            {
                l.UnitCode,
                l.FunctionalCode, catalogs.Functional.Find(l.FunctionalCode)?.Name,
                l.EconomicCode, catalogs.Economic.Find(l.EconomicCode)?.Name,
                l.Nature.ChineseName(), l.ProjectName, l.Source.ChineseName(), YesNo(l.CarriedOver),
                l.GovernmentEconomicCode, l.Amount,
            }).ToList();
        if (sheet == ThreePublic)
        {
            var order = b.Units.Select(u => u.Code).Where(b.ThreePublicPrevious.ContainsKey)
                .Concat(b.ThreePublicPrevious.Keys.Where(k => b.Units.All(u => u.Code != k)));
            return order.Select(code =>
            {
                var t = b.ThreePublicPrevious[code];
                return new object?[] { code, t.Abroad, t.VehiclePurchase, t.VehicleOperation, t.Reception };
            }).ToList();
        }
        if (sheet == Procurement)
            return b.Procurement.Select(p => new object?[] { p.UnitCode, p.ProjectName, p.Item, p.Category, p.Quantity, p.Measure }
                .Concat(BySource(p.Amounts).Cast<object?>()).ToArray()).ToList();
        if (sheet == ServicePurchases)
            return b.ServicePurchases.Select(s => new object?[] { s.UnitCode, s.ProjectName, s.Item, s.Quantity, s.Measure, s.UnitPrice }
                .Concat(BySource(s.Amounts).Cast<object?>()).ToArray()).ToList();
        var targets = b.Targets;
        if (sheet == ProjectTargets)
            return targets.Projects.Select(t => new object?[]
            {
                t.UnitCode, t.ProjectName, t.Attribute, t.Period, t.Basis, t.AnnualGoal, t.LongTermGoal, t.StatedAmount,
            }).ToList();
        if (sheet == ProjectIndicators)
            return targets.Projects.SelectMany(t => t.Indicators.Select(i => IndicatorRow([t.UnitCode, t.ProjectName], i))).ToList();
        if (sheet == DepartmentTargets)
            // A department-wide target with no objective would be an empty row: its tasks and indicators make it on reading.
            return targets.Departments
                .Where(d => d.UnitCode is not null || d.Objective is not null || d.LongTermObjective is not null || d.StatedTotal is not null)
                .Select(d => new object?[] { d.UnitCode, d.Objective, d.LongTermObjective, d.StatedTotal }).ToList();
        if (sheet == DepartmentTasks)
            return targets.Departments.SelectMany(d => d.Tasks.Select(t => new object?[]
            {
                d.UnitCode, t.Name, t.Kind, ProjectList(t.Projects), t.Description, t.StatedAmount,
            })).ToList();
        if (sheet == DepartmentIndicators)
            return targets.Departments.SelectMany(d => d.Indicators.Select(i => IndicatorRow([d.UnitCode], i))).ToList();
        if (sheet == NarrativeTexts) return NarrativeRows(b.Narrative, narrativeItems);
        if (sheet == NarrativeUses)
        {
            if (b.Narrative is not { } n) return [];
            return n.Uses.Keys.Concat(n.Glossary.Keys.Where(k => !n.Uses.ContainsKey(k)))
                .Select(code => new object?[] { code, n.Uses.GetValueOrDefault(code), n.Glossary.GetValueOrDefault(code) }).ToList();
        }
        if (sheet == Previous)
        {
            var prev = b.PreviousYear;
            var keys = prev.Figures.Keys.Concat(prev.Reasons.Keys.Where(k => !prev.Figures.ContainsKey(k) && !k.StartsWith("projects.", StringComparison.Ordinal)));
            var rows = keys.Select(k => new object?[]
            {
                KnownMeasures.FirstOrDefault(m => m.Key == k) is { Label: not null } m ? $"{m.Key} {m.Label}" : k,
                prev.Figures.TryGetValue(k, out var v) ? v : null,
                prev.Reasons.GetValueOrDefault(k),
            }).ToList();
            rows.AddRange(prev.Projects.Select(p => new object?[]
            {
                ProjectMeasurePrefix + p.Key, p.Value, prev.Reasons.GetValueOrDefault("projects." + p.Key),
            }));
            return rows;
        }
        return [];
    }

    /// <summary>
    /// 公开文本 rows: the named texts, the counts (numbers), then each project's use and goal, named as the reader takes
    /// them back: “key 说明” for a text or count of the list, “数量：key” for another count, “项目用途：name”, “项目目标：name”.
    /// </summary>
    private static List<object?[]> NarrativeRows(NarrativeInputs? n, IReadOnlyList<(string Key, string Label, bool IsCount)> items)
    {
        if (n is null) return [];
        string Named(string key, bool count)
        {
            var label = items.FirstOrDefault(i => i.Key == key && i.IsCount == count).Label
                ?? (count ? KnownCounts : KnownTexts).FirstOrDefault(i => i.Key == key).Label;
            return label is null ? (count ? CountPrefix + key : key) : $"{key} {label}";
        }
        var rows = new List<object?[]>();
        rows.AddRange(n.Texts.Select(t => new object?[] { Named(t.Key, count: false), t.Value }));
        rows.AddRange(n.Counts.Select(c => new object?[] { Named(c.Key, count: true), c.Value }));
        rows.AddRange(n.Projects.Select(p => new object?[] { ProjectUsePrefix + p.Key, p.Value }));
        rows.AddRange(n.Goals.Select(g => new object?[] { ProjectGoalPrefix + g.Key, g.Value }));
        return rows;
    }

    /// <summary>
    /// A task's projects in one cell, separated by 、 (by ； when a name itself holds a 、); null when it names none.
    /// </summary>
    private static string? ProjectList(IReadOnlyList<string> projects) =>
        projects.Count == 0 ? null : string.Join(projects.Any(p => p.Contains('、')) ? "；" : "、", projects);

    /// <summary>The owner cells, then 一级指标 … 指标方向 (the weight a number, the value text as written).</summary>
    private static object?[] IndicatorRow(object?[] owner, Indicator i) =>
    [
        .. owner,
        i.Level1, i.Level2, i.Name, i.Level4, i.Nature.Symbol(), i.Value, i.Measure, i.Weight, i.Direction?.ChineseName(),
    ];

    // ---- cells ----

    private static Row RowOf(int number, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = (uint)number };
        row.Append(cells);
        return row;
    }

    private static Cell TextCell(int column, int row, string text, uint style)
    {
        var cell = new Cell
        {
            CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        };
        if (style != 0) cell.StyleIndex = style;
        return cell;
    }

    /// <summary>A number cell storing the decimal's own digits (no binary floating point on the way out).</summary>
    private static Cell NumberCell(int column, int row, decimal value, uint style)
    {
        var cell = new Cell
        {
            CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
            CellValue = new CellValue(FormatDecimal(value)),
        };
        if (style != 0) cell.StyleIndex = style;
        return cell;
    }

    internal static string FormatDecimal(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static SheetViews Views(bool frozen, bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0U };
        if (selected) view.TabSelected = true;
        if (frozen)
        {
            view.Append(new Pane
            {
                VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            });
            view.Append(new Selection
            {
                Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" },
            });
        }
        return new SheetViews(view);
    }

    private static PageMargins Margins() => new() { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 };
}

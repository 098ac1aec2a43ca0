using Yusuan.Checks;
using Yusuan.Checks.Printed;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Tables;

namespace Yusuan.Spreadsheet.Printed;

/// <summary>
/// Says what each data row of a read table is: 合计, the department, a unit's subtotal, a 类/款 with rows below it,
/// a detail row (项, economic item, project, procurement item) or a row of a balance table; which full code it
/// stands for and in which unit's block it is. It reads what the table prints, the way a reviewer reads it:
/// codes from split 类/款/项 cells, a code column, or a name such as 30101 基本工资; names without codes through the
/// year's catalog; units from their code or, when only a name is printed, from the other tables.
/// </summary>
internal sealed class RowClassifier(CodeResolver resolver, UnitDirectory units, List<Finding> problems)
{
    /// <summary>Text columns that only an item row fills (a 合计 or unit row may repeat a quantity or price, as 巴中 表7 does).</summary>
    private static readonly string[] ItemRoles = ["project", "item", "category", "measure"];

    public static void Collect(SheetTable t, CodeResolver resolver, UnitDirectory units)
    {
        var def = t.Layout.Definition;
        if (t.Layout.IsBalance) return;
        var dimension = def.Rows.Dimension;
        var catalog = resolver.For(dimension);
        foreach (var row in t.Rows)
        {
            if (IsTotalRow(t, row)) continue;
            var code = t.Text(row, "unitCode");
            var name = t.Text(row, "name") ?? t.Text(row, "unitName");
            if (t.Text(row, "unitName") is { } unitName) units.AddName(unitName);
            if (dimension == "unit")
            {
                if (code is not null) units.Add(code, name);
                else if (name is not null) units.AddName(name);
                continue;
            }
            if (dimension is "procurement" or "servicePurchase")
            {
                if (code is not null) units.Add(code, name);
                continue;
            }
            var printed = PrintedCode(t, row, catalog, report: null);
            if (printed.Code is { } c && printed.FromCodeColumn && code is null && IsUnitLike(c, dimension, catalog))
            {
                units.Add(c, name);
                continue;
            }
            if (printed.Code is null && code is not null && t.Text(row, "project") is null && name is not null
                && resolver.Resolve(catalog, name, [], approximate: false) is null)
                units.Add(code, name);
        }
    }

    public PrintedTable Classify(SheetTable t)
    {
        var rows = t.Layout.IsBalance ? Balance(t) : Hierarchy(t);
        var def = t.Layout.Definition;
        return new PrintedTable
        {
            Id = def.Id,
            Number = t.Top.Number ?? def.Number,
            Title = t.Top.Title,
            Subject = t.Top.Subject,
            UnitLabel = t.Top.UnitLabel,
            Decimals = t.Decimals,
            ColumnPaths = t.Paths,
            ColumnKinds = t.Kinds,
            Rows = rows,
            File = t.Grid.File,
            Sheet = t.Grid.Sheet,
        };
    }

    // ---- balance tables (收支总表, 财政拨款收支总表) ----

    private List<PrintedRow> Balance(SheetTable t)
    {
        var spec = t.Layout.Definition.Balance ?? new Core.Profiles.BalanceSpec();
        var closing = spec.Closing.SelectMany(c => new[] { c.Left, c.Right })
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(TextKey.Of).ToHashSet(StringComparer.Ordinal);
        var heads = spec.SpendingHead.Select(TextKey.Of).ToHashSet(StringComparer.Ordinal);
        var catalog = resolver.Catalogs.Functional;
        var chain = new List<string>();
        var closingSeen = false;
        var result = new List<PrintedRow>(t.Rows.Count);
        foreach (var row in t.Rows)
        {
            var left = t.Text(row, "leftItem");
            var right = t.Text(row, "rightItem");
            var isClosing = closingSeen
                || (left is not null && (closing.Contains(TextKey.Of(left)) || HasTotalWord(left)))
                || (right is not null && (closing.Contains(TextKey.Of(right)) || HasTotalWord(right)));
            if (isClosing)
            {
                closingSeen = true;
                result.Add(Row(row, RowKind.Total, null, null));
                continue;
            }
            string? code = null;
            if (right is not null)
            {
                if (heads.Contains(TextKey.Of(right))) code = "total";
                else
                {
                    var m = TextKey.CodeAndName().Match(right);
                    code = m.Success && m.Groups[2].Success && LooksLikeClass(m.Groups[1].Value, "functional", catalog)
                        ? m.Groups[1].Value
                        : resolver.Resolve(catalog, TextKey.WithoutNumbering(right), chain);
                    if (code is null)
                        problems.Add(PrintedWorkbookReader.Problem(t.Grid, row.SheetRow, t.PathOf(t.Column("rightItem")),
                            $"无法识别支出科目“{right}”：应为 {catalog.Year} 年支出功能分类的科目名称，如“八、社会保障和就业支出”", row.Label));
                    else SetChain(chain, catalog, code);
                }
            }
            result.Add(Row(row, RowKind.Balance, code, null));
        }
        return result;
    }

    private static bool HasTotalWord(string label)
    {
        var key = TextKey.Of(label);
        return key.Contains("合计", StringComparison.Ordinal) || key.Contains("总计", StringComparison.Ordinal);
    }

    // ---- hierarchy tables ----

    private sealed class Draft(DataRow row)
    {
        public DataRow Row { get; } = row;
        public RowKind Kind { get; set; } = RowKind.Detail;
        public string? Code { get; set; }
        public string? Unit { get; set; }
        /// <summary>A classification row (类/款/项 or economic item) whose kind depends on the rows below.</summary>
        public bool IsClass { get; set; }
        public bool IsProject { get; set; }
        /// <summary>The functional code printed on a project row (the row's Code stays null, as in Yusuan's own tables).</summary>
        public string? PrintedCode { get; set; }
        /// <summary>The row prints a name (or a code and name) of its own, not only split code cells.</summary>
        public bool Named { get; set; }
        /// <summary>What a department or unit row names: the unit code printed (or null) and the name.</summary>
        public (string? Code, string? Name) Names { get; set; }
    }

    private List<PrintedRow> Hierarchy(SheetTable t)
    {
        var def = t.Layout.Definition;
        var spec = def.Rows;
        var dimension = spec.Dimension;
        var catalog = resolver.For(dimension);
        var drafts = new List<Draft>(t.Rows.Count);
        string? block = null;
        var inBlock = false;
        var seenDepartment = false;
        var chain = new List<string>();
        string? lastClass = null;

        void StartUnit(Draft d, string? code, string? name)
        {
            d.Names = (code, name);
            if (spec.DepartmentRow && !seenDepartment && !inBlock)
            {
                d.Kind = RowKind.Department;
                seenDepartment = true;
                return;
            }
            block = code ?? (name is null ? block : units.CodeOf(name) ?? name);
            inBlock = true;
            chain.Clear();
            lastClass = null;
            d.Kind = RowKind.Unit;
            d.Unit = block;
        }

        foreach (var row in t.Rows)
        {
            var d = new Draft(row);
            drafts.Add(d);
            var unitCode = t.Text(row, "unitCode");
            var name = t.Text(row, "name") ?? t.Text(row, "codeAndName") ?? t.Text(row, "unitName") ?? t.Text(row, "className");
            if (IsTotalRow(t, row))
            {
                d.Kind = RowKind.Total;
                continue;
            }

            if (dimension == "unit")
            {
                if (spec.Comparison)
                {
                    // 深圳's 三公 table: per unit a row for last year, this year and the change; the unit is named once.
                    var named = unitCode ?? t.Text(row, "name") ?? t.Text(row, "unitName");
                    if (named is not null) block = unitCode ?? units.CodeOf(named) ?? named;
                    d.Kind = RowKind.Unit;
                    d.Unit = block;
                }
                else StartUnit(d, unitCode, name);
                continue;
            }

            if (dimension is "procurement" or "servicePurchase")
            {
                if (ItemRoles.Any(r => t.Text(row, r) is not null))
                {
                    d.Kind = RowKind.Detail;
                    d.Unit = unitCode ?? (t.Text(row, "name") is { } n ? units.CodeOf(n) : null) ?? block;
                }
                else StartUnit(d, unitCode, name);
                continue;
            }

            var printed = PrintedCode(t, row, catalog, problems);
            var code = printed.Code;
            if (code is not null && printed.FromCodeColumn && unitCode is null && IsUnitLike(code, dimension, catalog))
            {
                // 巴中 prints the unit's code in the 功能科目编码 column of its unit rows.
                StartUnit(d, code, name);
                continue;
            }

            var project = t.Text(row, "project");
            if (project is not null || (dimension == "project" && code is not null && code == lastClass))
            {
                d.IsProject = true;
                d.PrintedCode = code;
                d.Unit = unitCode ?? block;
                continue;
            }

            if (code is not null)
            {
                // 302 99 党建经费: the 款's code beside a sub-item's name (广元 附表 5) is the sub-item's code.
                if (!printed.FromName && (t.Text(row, "codeAndName") ?? t.Text(row, "name")) is { } bare
                    && !resolver.IsNameOf(catalog, code, bare)
                    && resolver.Resolve(catalog, bare, Path(catalog, code), approximate: false) is { } finer
                    && finer.Length > code.Length && finer.StartsWith(code, StringComparison.Ordinal))
                    code = finer;
                Class(d, code, unitCode);
                continue;
            }

            // No code printed: a unit, a project, or a classification row printed by name only.
            if (name is null)
            {
                if (unitCode is not null) StartUnit(d, unitCode, null);
                else if (spec.DepartmentRow && !seenDepartment && !inBlock) StartUnit(d, null, null);
                else if (spec.TotalRow && drafts.Count == 1)
                {
                    // A first row with figures and no label: the 合计 row whose label was left out.
                    d.Kind = RowKind.Total;
                }
                else
                {
                    d.Unit = block;
                    problems.Add(PrintedWorkbookReader.Problem(t.Grid, row.SheetRow, t.PathOf(0),
                        "这一行没有编码，也没有名称：每行应写明合计、单位、科目或项目", row.Label));
                }
                continue;
            }
            var isUnitName = t.Text(row, "unitName") is not null || units.HasName(name);
            if (isUnitName || (spec.DepartmentRow && !seenDepartment && !inBlock))
            {
                StartUnit(d, unitCode, name);
                continue;
            }
            // A project table with code columns prints its projects with codes: a row without one is a 项 whose
            // code was left out. Without code columns (深圳) every row in a unit's block is a project.
            var resolved = dimension == "project" && !HasCodeColumns(t) ? null : resolver.Resolve(catalog, name, chain);
            if (dimension == "project" && inBlock && resolved is null)
            {
                d.IsProject = true;
                d.Unit = unitCode ?? block;
                continue;
            }
            if (resolved is not null)
            {
                Class(d, resolved, unitCode);
                continue;
            }
            if (!inBlock || (unitCode is not null && unitCode != block))
            {
                StartUnit(d, unitCode, name);
                continue;
            }
            d.Unit = block;
            problems.Add(PrintedWorkbookReader.Problem(t.Grid, row.SheetRow, t.PathOf(NameColumn(t)),
                $"无法识别科目“{name}”：没有编码，名称也不是 {catalog.Year} 年{catalog.Name}的科目", row.Label,
                hint: "写明科目编码，或使用当年的科目名称"));
        }

        void Class(Draft d, string code, string? unitCode)
        {
            d.IsClass = true;
            d.Named = (t.Text(d.Row, "name") ?? t.Text(d.Row, "codeAndName") ?? t.Text(d.Row, "className")) is not null;
            d.Code = code;
            d.Unit = unitCode ?? block;
            SetChain(chain, catalog, code);
            lastClass = code;
        }

        UndoMissingDepartment(drafts, spec);

        // A classification row is a group when the row below it is inside it (a longer code, or a project under it).
        // A run of rows printing the same code where the rows after the first print no name of their own (广元 附表 5:
        // 301 01 on 30101 基本工资 and on its two sub-items, whose names and codes the document leaves out) is that
        // code's row and its sub-items: the first is the group, the others its details.
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (!d.IsClass) continue;
            var next = i + 1 < drafts.Count ? drafts[i + 1] : null;
            var previous = i > 0 ? drafts[i - 1] : null;
            var group = next is not null && (
                (next.IsClass && next.Code!.Length > d.Code!.Length && next.Code.StartsWith(d.Code, StringComparison.Ordinal))
                || (next.IsProject && (next.PrintedCode is null || next.PrintedCode.StartsWith(d.Code!, StringComparison.Ordinal)))
                || (next.IsClass && next.Code == d.Code && !next.Named && !(previous is { IsClass: true } && previous.Code == d.Code)));
            d.Kind = group ? RowKind.Group : RowKind.Detail;
        }
        return drafts.Select(d => Row(d.Row, d.Kind, d.Code, d.Unit)).ToList();
    }

    /// <summary>
    /// The profile prints a department row first, but a table made elsewhere may leave it out; then the row taken for
    /// the department is the first unit's: no unit row follows it in a table of unit blocks, or its code is not the
    /// start of the next unit's code (342 heads 342601; 801001 does not head 801002).
    /// </summary>
    private void UndoMissingDepartment(List<Draft> drafts, Core.Profiles.RowSpec spec)
    {
        var index = drafts.FindIndex(d => d.Kind == RowKind.Department);
        if (index < 0) return;
        var department = drafts[index];
        var next = drafts.Skip(index + 1).FirstOrDefault(d => d.Kind == RowKind.Unit);
        var (code, name) = department.Names;
        var isUnit = (next is null && spec.PerUnit && !spec.Comparison)
            || (next is not null && code is not null && next.Names.Code is { } unitCode
                && code.All(char.IsAsciiDigit) && unitCode.All(char.IsAsciiDigit) && !unitCode.StartsWith(code, StringComparison.Ordinal));
        if (!isUnit) return;
        department.Kind = RowKind.Unit;
        department.Unit = code ?? (name is null ? null : units.CodeOf(name) ?? name);
        for (var i = index + 1; i < drafts.Count && drafts[i].Kind is not (RowKind.Unit or RowKind.Total); i++)
            drafts[i].Unit ??= department.Unit;
    }

    private static PrintedRow Row(DataRow row, RowKind kind, string? code, string? unit) =>
        new(row.SheetRow, kind, code, unit, row.Label, row.Texts, row.Values);

    private static List<string> Path(Classification catalog, string code)
    {
        var chain = new List<string>();
        SetChain(chain, catalog, code);
        return chain;
    }

    private static void SetChain(List<string> chain, Classification catalog, string code)
    {
        chain.Clear();
        if (catalog.Contains(code)) chain.AddRange(catalog.Path(code));
        else
        {
            var parent = code.Length > 3 ? catalog.Parent(code) : null;
            if (parent is not null) chain.AddRange(catalog.Path(parent));
            chain.Add(code);
        }
    }

    private static bool HasCodeColumns(SheetTable t) =>
        t.HasRole("code1") || t.HasRole("code") || t.HasRole("codeAndName");

    private static int NameColumn(SheetTable t)
    {
        foreach (var role in new[] { "name", "codeAndName", "className", "unitName" })
            if (t.Column(role) is var c and >= 0) return c;
        return 0;
    }

    /// <summary>合计 / 总计 in any text column, with no code beside it.</summary>
    private static bool IsTotalRow(SheetTable t, DataRow row)
    {
        var total = false;
        for (var c = 0; c < t.Kinds.Count; c++)
        {
            if (t.Kinds[c] != ColumnKind.Text || string.IsNullOrWhiteSpace(row.Texts[c])) continue;
            if (TextKey.IsTotal(row.Texts[c])) total = true;
            else if (t.Roles[c] is "code1" or "code2" or "code3" or "code" or "unitCode") return false;
        }
        return total;
    }

    /// <summary>A code in the code column that cannot be a classification code of the table: a unit's or the department's.</summary>
    private static bool IsUnitLike(string code, string dimension, Classification catalog) =>
        !catalog.Contains(code) && !LooksLikeClass(code, dimension, catalog);

    /// <summary>Whether a code has the shape of a code of the table's classification (208, 20801, 2080109; 301…; 501…).</summary>
    private static bool LooksLikeClass(string code, string dimension, Classification catalog)
    {
        if (catalog.Contains(code)) return true;
        if (code.Length < 3) return false;
        return dimension switch
        {
            "economic" => code[0] == '3' && code.Length is 3 or 5 or 7 or 9,
            "government" => code[0] == '5' && code.Length is 3 or 5 or 7,
            _ => code[0] == '2' && code.Length is 3 or 5 or 7,
        };
    }

    /// <summary>A row's printed code; whether it stands in the code column, and whether it was read from the name cell.</summary>
    internal readonly record struct Printed(string? Code, bool FromCodeColumn, bool FromName = false);

    /// <summary>
    /// The full code a row prints: split 类/款/项 cells joined (208 + 01 + 09; a 款 stored as the number 1 reads as 01),
    /// a code column, or a code written before the name (30101 基本工资). Where two of them are printed the longer wins
    /// when it extends the shorter (301 01 beside 3010101 晋级工资 is 3010101); when they disagree the split cells win
    /// and the disagreement is reported.
    /// </summary>
    internal static Printed PrintedCode(SheetTable t, DataRow row, Classification catalog, List<Finding>? report)
    {
        string? split = null;
        if (t.Text(row, "code1") is { } c1 && Digits(c1) is { } d1)
        {
            split = d1;
            if (t.Text(row, "code2") is { } c2 && Digits(c2) is { } d2) split += d2.PadLeft(2, '0');
            if (t.Text(row, "code3") is { } c3 && Digits(c3) is { } d3) split += d3.PadLeft(2, '0');
        }
        string? column = null;
        if (t.Text(row, "code") is { } cc)
        {
            column = Digits(cc);
            if (column is null && TextKey.CodeAndName().Match(cc) is { Success: true } m) column = m.Groups[1].Value;
        }
        string? named = null;
        var nameRole = t.Text(row, "codeAndName") is not null ? "codeAndName" : "name";
        if (t.Text(row, nameRole) is { } nameText && TextKey.CodeAndName().Match(nameText) is { Success: true, Groups: var g } && g[2].Success)
        {
            var candidate = g[1].Value;
            var spaced = nameText.TrimStart().Length > candidate.Length && char.IsWhiteSpace(nameText.TrimStart()[candidate.Length]);
            if ((spaced || nameRole == "codeAndName") && LooksLikeClass(candidate, t.Layout.Definition.Rows.Dimension, catalog))
                named = candidate;
        }

        var printed = split ?? column;
        if (named is null) return new Printed(printed, split is null && column is not null);
        if (printed is null) return new Printed(named, false, true);
        if (named.StartsWith(printed, StringComparison.Ordinal)) return new Printed(named, false, true);
        if (printed.StartsWith(named, StringComparison.Ordinal)) return new Printed(printed, split is null, true);
        report?.Add(PrintedWorkbookReader.Problem(t.Grid, row.SheetRow, t.PathOf(t.Column(nameRole)),
            $"科目编码 {printed} 与名称中的编码 {named} 不一致：同一行的编码应相同", row.Label));
        return new Printed(printed, split is null, true);
    }

    /// <summary>The digits of a code cell (208, 01, 208-01-09, 208 01 09); null when it holds anything else.</summary>
    private static string? Digits(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        var sb = new System.Text.StringBuilder(t.Length);
        foreach (var ch in t.Normalize(System.Text.NormalizationForm.FormKC))
        {
            if (char.IsAsciiDigit(ch)) sb.Append(ch);
            else if (ch is ' ' or '-' or '.' or '\u3000') continue;
            else return null;
        }
        return sb.Length == 0 ? null : sb.ToString();
    }
}

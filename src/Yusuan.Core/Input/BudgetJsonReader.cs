using System.Globalization;
using System.Text.Json;
using Yusuan.Core.Model;

namespace Yusuan.Core.Input;

/// <summary>Reads the JSON input format of docs/input-format.md into a <see cref="RawBudget"/>.</summary>
public static partial class BudgetJsonReader
{
    // Duplicate keys are refused while parsing (no cost for a well-formed file); a file that has some is parsed again
    // with them allowed, only to report each one at its place.
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    private static readonly JsonDocumentOptions DuplicatesAllowed = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = true,
    };

    private const string FormatHint = "预算数据应为 docs/input-format.md 所述的 JSON，或 yusuan template 生成的 xlsx";

    public static RawBudget Read(string path)
    {
        var file = Path.GetFileName(path);
        byte[] bytes;
        try { bytes = InputFiles.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(new SourceLocation(file), $"无法打开文件（{e.Message}）", "确认文件存在且有读取权限");
        }
        return ReadUtf8(CheckEncoding(bytes, file), file);
    }

    /// <summary>UTF-8 JSON text (without a byte-order mark) to a raw budget: the one parse every JSON input goes through.</summary>
    private static RawBudget ReadUtf8(ReadOnlyMemory<byte> text, string file)
    {
        // A key that cannot be decoded (an escaped unpaired surrogate in a field name): values are decoded by Text.
        try { return ReadUtf8Core(text, file); }
        catch (InvalidOperationException)
        {
            throw Unreadable(new SourceLocation(file), "字段名中含有无法解码的字符（不成对的代理项，如 \\ud800）", "删除该字段名中的 \\u 转义");
        }
    }

    private static RawBudget ReadUtf8Core(ReadOnlyMemory<byte> text, string file)
    {
        if (text.Span.Trim(" \t\r\n"u8).IsEmpty) throw Unreadable(new SourceLocation(file), "文件为空", FormatHint);
        JsonDocument doc;
        List<InputError>? duplicates = null;
        try
        {
            doc = JsonDocument.Parse(text, Options);
        }
        catch (JsonException) when (TryParseWithDuplicates(text, file, out var again, out duplicates))
        {
            doc = again!;
        }
        catch (JsonException e)
        {
            var where = new SourceLocation(file, Row: e.LineNumber is { } l ? (int)l + 1 : null);
            var detail = e.Message.Split(". LineNumber")[0].Split(" Path:")[0].TrimEnd('.');
            throw Unreadable(where, $"不是有效的 JSON（{detail}）",
                "检查该行及上一行是否缺少逗号、引号或括号；" + FormatHint);
        }
        _pool = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using (doc)
            {
                var raw = Read(doc.RootElement, file);
                raw.TextKnownClean = !InputText.MayNeedCleaning(text.Span);
                if (duplicates is not null) raw.ReadErrors.InsertRange(0, duplicates);
                return raw;
            }
        }
        finally { _pool = null; }
    }

    /// <summary>
    /// When the strict parse failed: parses again with duplicate keys allowed; true (with an error per duplicate key,
    /// located as every other field) when that succeeds and finds some, so the failure was the duplicates.
    /// </summary>
    private static bool TryParseWithDuplicates(ReadOnlyMemory<byte> text, string file, out JsonDocument? doc, out List<InputError>? errors)
    {
        doc = null;
        errors = null;
        try { doc = JsonDocument.Parse(text, DuplicatesAllowed); }
        catch (JsonException) { return false; }
        var found = new List<InputError>();
        FindDuplicates(doc.RootElement, file, list: null, row: null, prefix: "", found);
        if (found.Count == 0)
        {
            doc.Dispose();
            doc = null;
            return false;
        }
        errors = found;
        return true;
    }

    /// <summary>
    /// Every key written twice in one object, located as the readers locate fields: <c>budget.json › expenditures ›
    /// 第 3 行 › amount</c>, <c>budget.json › narrative.counts.vehicles</c>.
    /// </summary>
    private static void FindDuplicates(JsonElement e, string file, string? list, int? row, string prefix, List<InputError> errors)
    {
        if (e.ValueKind != JsonValueKind.Object) return;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            var field = prefix + p.Name;
            if (!seen.Add(p.Name) && reported.Add(p.Name))
                errors.Add(new InputError(new SourceLocation(file, list, row, field),
                    $"字段“{p.Name}”在同一对象中出现了不止一次，无法确定用哪一个值",
                    "每个字段只写一次；删除多余的一个"));
            switch (p.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    FindDuplicates(p.Value, file, list, row, field + ".", errors);
                    break;
                case JsonValueKind.Array:
                    var label = list is null ? field : $"{list}[{row}].{field}";
                    var i = 0;
                    foreach (var item in p.Value.EnumerateArray())
                    {
                        i++;
                        if (item.ValueKind == JsonValueKind.Object) FindDuplicates(item, file, label, i, "", errors);
                    }
                    break;
            }
        }
    }

    /// <summary>
    /// JSON input is UTF-8; a UTF-8 byte-order mark (Windows Notepad writes one) is skipped. A file saved as
    /// UTF-16 or in a legacy code page (GBK) is refused with its line instead of failing on the first string.
    /// </summary>
    private static ReadOnlyMemory<byte> CheckEncoding(byte[] bytes, string file)
    {
        const string SaveAsUtf8 = "请在编辑器中“另存为”UTF-8 编码后再试";
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
            throw Unreadable(new SourceLocation(file), "文件是 UTF-16（Unicode）编码，不是 UTF-8", SaveAsUtf8);
        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        if (System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(start))) return bytes.AsMemory(start);
        System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(start), new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false);
        var line = bytes.AsSpan(start, valid).Count((byte)'\n') + 1;
        throw Unreadable(new SourceLocation(file, Row: line), "文件不是 UTF-8 编码（可能是 GBK/GB2312 等）", SaveAsUtf8);
    }

    private static BudgetInputException Unreadable(SourceLocation at, string problem, string? allowed = null) =>
        new([new InputError(at, problem, allowed)]) { Unreadable = true };

    public static RawBudget Read(JsonElement root, string file)
    {
        var raw = new RawBudget { Location = new SourceLocation(file) };
        if (root.ValueKind != JsonValueKind.Object)
            throw new BudgetInputException([new InputError(raw.Location, "JSON 顶层应为对象")]) { Unreadable = true };

        var errors = raw.ReadErrors;
        CheckKeys(root, raw.Location, errors);
        raw.Year = Year(root, raw.Location.WithField("year"), errors);
        raw.Profile = Str(root, "profile");
        raw.AmountUnit = Str(root, "amountUnit") ?? "元";
        if (root.TryGetProperty("department", out var dept))
        {
            CheckKeys(dept, raw.Location.WithField("department"), errors);
            raw.DepartmentCode = Str(dept, "code");
            raw.DepartmentName = Str(dept, "name");
        }

        foreach (var (e, at) in Items(root, "units", file, errors))
            raw.Units.Add(new RawUnit(at, Str(e, "code"), Str(e, "name"), Str(e, "type")));
        foreach (var (e, at) in Items(root, "income", file, errors))
            raw.Income.Add(new RawIncome(at, Str(e, "unit"), Str(e, "source"), Bool(e, "carriedOver", at, errors), Amount(e, "amount", at)));
        foreach (var (e, at) in Items(root, "projects", file, errors))
            raw.Projects.Add(new RawProject(at, Str(e, "unit"), Str(e, "name"), Str(e, "kind")));
        foreach (var (e, at) in Items(root, "expenditures", file, errors))
        {
            raw.Expenditures.Add(new RawExpenditure(at)
            {
                Unit = Str(e, "unit"),
                Functional = Str(e, "functional"),
                FunctionalName = Str(e, "functionalName"),
                Economic = Str(e, "economic"),
                EconomicName = Str(e, "economicName"),
                Nature = Str(e, "nature"),
                Project = Str(e, "project"),
                Source = Str(e, "source"),
                CarriedOver = Bool(e, "carriedOver", at, errors),
                Government = Str(e, "government"),
                Amount = Amount(e, "amount", at),
            });
        }
        foreach (var (e, at) in Items(root, "threePublicPrevious", file, errors))
            raw.ThreePublicPrevious.Add(new RawThreePublic(at, Str(e, "unit"),
                Amount(e, "abroad", at), Amount(e, "vehiclePurchase", at), Amount(e, "vehicleOperation", at), Amount(e, "reception", at)));
        foreach (var (e, at) in Items(root, "procurement", file, errors))
            raw.Procurement.Add(new RawProcurement(at)
            {
                Unit = Str(e, "unit"), Project = Str(e, "project"), Item = Str(e, "item"), Category = Str(e, "category"),
                Quantity = Amount(e, "quantity", at), Measure = Str(e, "measure"), Amounts = SourceAmounts(e, at),
                SmallBusiness = Bool(e, "smallBusiness", at, errors), MicroBusiness = Bool(e, "microBusiness", at, errors),
            });
        foreach (var (e, at) in Items(root, "servicePurchases", file, errors))
            raw.ServicePurchases.Add(new RawServicePurchase(at)
            {
                Unit = Str(e, "unit"), Project = Str(e, "project"), Item = Str(e, "item"),
                Quantity = Amount(e, "quantity", at), Measure = Str(e, "measure"), UnitPrice = Amount(e, "unitPrice", at),
                Amounts = SourceAmounts(e, at),
            });

        ReadTargets(root, file, raw, errors);
        ReadNarrative(root, file, raw, errors);

        if (root.TryGetProperty("previousYear", out var prev) && prev.ValueKind == JsonValueKind.Object)
        {
            var at = new SourceLocation(file, "previousYear");
            foreach (var p in prev.EnumerateObject())
            {
                if (p.Name == "reasons" && p.Value.ValueKind == JsonValueKind.Object)
                    foreach (var r in p.Value.EnumerateObject()) raw.PreviousReasons[r.Name] = Text(r.Value);
                else if (p.Name == "projects" && p.Value.ValueKind == JsonValueKind.Object)
                    foreach (var r in p.Value.EnumerateObject()) raw.PreviousProjects[r.Name] = ToAmount(r.Value, at.WithField("projects." + r.Name));
                else raw.PreviousFigures[p.Name] = ToAmount(p.Value, at.WithField(p.Name));
            }
        }
        return raw;
    }

    /// <summary>The records of one list, each with its location (list name and 1-based record number).</summary>
    private static IEnumerable<(JsonElement, SourceLocation)> Items(JsonElement root, string name, string file, List<InputError> errors)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null) yield break;
        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new InputError(new SourceLocation(file, Field: name), $"“{name}”应为数组（[ … ]），实际是{KindName(array)}"));
            yield break;
        }
        var i = 0;
        foreach (var e in array.EnumerateArray())
        {
            var at = new SourceLocation(file, name, ++i);
            if (e.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new InputError(at, $"每条记录应为对象（{{ … }}），实际是{KindName(e)}：{Shorten(e.GetRawText())}"));
                continue;
            }
            CheckKeys(e, at, errors, name);
            yield return (e, at);
        }
    }

    /// <summary>"targets": { "projects": [ … ], "departments": [ … ] } — see docs/input-format.md, 绩效目标.</summary>
    private static void ReadTargets(JsonElement root, string file, RawBudget raw, List<InputError> errors)
    {
        if (!root.TryGetProperty("targets", out var targets) || targets.ValueKind == JsonValueKind.Null) return;
        if (targets.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError(new SourceLocation(file, Field: "targets"), $"“targets”应为对象（{{ … }}），实际是{KindName(targets)}"));
            return;
        }
        CheckKeys(targets, new SourceLocation(file, Field: "targets"), errors, "targets");
        foreach (var (e, at) in Records(targets, "projects", "targets.projects", file, errors))
            raw.ProjectTargets.Add(new RawProjectTarget(at)
            {
                Unit = Str(e, "unit"), Project = Str(e, "project"), Attribute = Str(e, "attribute"), Period = Str(e, "period"),
                Basis = Str(e, "basis"), AnnualGoal = Str(e, "annualGoal"), LongTermGoal = Str(e, "longTermGoal"),
                StatedAmount = e.TryGetProperty("statedAmount", out _) ? Amount(e, "statedAmount", at) : null,
                Indicators = Indicators(e, $"targets.projects[{at.Row}].indicators", file, errors),
            });
        foreach (var (e, at) in Records(targets, "departments", "targets.departments", file, errors))
            raw.DepartmentTargets.Add(new RawDepartmentTarget(at)
            {
                Unit = Str(e, "unit"), Objective = Str(e, "objective"), LongTermObjective = Str(e, "longTermObjective"),
                StatedTotal = e.TryGetProperty("statedTotal", out _) ? Amount(e, "statedTotal", at) : null,
                Tasks = Records(e, "tasks", $"targets.departments[{at.Row}].tasks", file, errors, "tasks")
                    .Select(t => new RawTargetTask(t.Item2)
                    {
                        Name = Str(t.Item1, "name"), Kind = Str(t.Item1, "kind"), Description = Str(t.Item1, "description"),
                        StatedAmount = t.Item1.TryGetProperty("statedAmount", out _) ? Amount(t.Item1, "statedAmount", t.Item2) : null,
                        Projects = Names(t.Item1, "projects", t.Item2, errors),
                    }).ToList(),
                Indicators = Indicators(e, $"targets.departments[{at.Row}].indicators", file, errors),
            });
    }

    /// <summary>A list of names (a task's <c>"projects": ["…", …]</c>); null when absent or null.</summary>
    private static List<string>? Names(JsonElement e, string name, SourceLocation at, List<InputError> errors)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new InputError(at.WithField(name), $"“{name}”应为项目名称的数组（[\"…\", …]），实际是{KindName(v)}"));
            return null;
        }
        var names = new List<string>();
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String) names.Add(Pooled(Text(item)));
            else errors.Add(new InputError(at.WithField(name), $"“{name}”的每一项应为项目名称（文字），实际是{KindName(item)}：{Shorten(item.GetRawText())}"));
        }
        return names;
    }

    private static List<RawIndicator> Indicators(JsonElement owner, string label, string file, List<InputError> errors) =>
        Records(owner, "indicators", label, file, errors, "indicators").Select(x => new RawIndicator(x.Item2)
        {
            Level1 = Str(x.Item1, "level1"), Level2 = Str(x.Item1, "level2"), Name = Str(x.Item1, "name"), Level4 = Str(x.Item1, "level4"),
            Nature = Str(x.Item1, "nature"), Value = Str(x.Item1, "value"), Measure = Str(x.Item1, "measure"),
            Weight = x.Item1.TryGetProperty("weight", out _) ? Amount(x.Item1, "weight", x.Item2) : null,
            Direction = Str(x.Item1, "direction"),
        }).ToList();

    /// <summary>The records of a nested list, located as label › 第 N 行 (label such as targets.projects[2].indicators).</summary>
    private static IEnumerable<(JsonElement, SourceLocation)> Records(JsonElement owner, string name, string label, string file,
        List<InputError> errors, string? fields = null)
    {
        if (owner.ValueKind != JsonValueKind.Object || !owner.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null) yield break;
        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new InputError(new SourceLocation(file, Field: label), $"“{label}”应为数组（[ … ]），实际是{KindName(array)}"));
            yield break;
        }
        var i = 0;
        foreach (var e in array.EnumerateArray())
        {
            var at = new SourceLocation(file, label, ++i);
            if (e.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new InputError(at, $"每条记录应为对象（{{ … }}），实际是{KindName(e)}"));
                continue;
            }
            CheckKeys(e, at, errors, fields ?? label);
            yield return (e, at);
        }
    }

    // The fields each object may hold, so that a misspelt field (“carriedover”, “expenditure”) is reported
    // instead of being ignored. Fields far from every known name are left alone (room for notes).
    private static readonly Dictionary<string, string[]> KnownFields = new()
    {
        [""] = ["year", "profile", "amountUnit", "department", "units", "income", "projects", "expenditures",
            "threePublicPrevious", "procurement", "servicePurchases", "previousYear", "targets", "narrative"],
        ["targets"] = ["projects", "departments"],
        ["targets.projects"] = ["unit", "project", "attribute", "period", "basis", "annualGoal", "longTermGoal", "statedAmount", "indicators"],
        ["targets.departments"] = ["unit", "objective", "longTermObjective", "statedTotal", "tasks", "indicators"],
        ["tasks"] = ["name", "kind", "projects", "description", "statedAmount"],
        ["indicators"] = ["level1", "level2", "name", "level4", "nature", "value", "measure", "weight", "direction"],
        ["department"] = ["code", "name"],
        ["units"] = ["code", "name", "type"],
        ["income"] = ["unit", "source", "carriedOver", "amount"],
        ["projects"] = ["unit", "name", "kind"],
        ["expenditures"] = ["unit", "functional", "functionalName", "economic", "economicName", "nature", "project",
            "source", "carriedOver", "government", "amount"],
        ["threePublicPrevious"] = ["unit", "abroad", "vehiclePurchase", "vehicleOperation", "reception"],
        ["procurement"] = ["unit", "project", "item", "category", "quantity", "measure", "amounts", "smallBusiness", "microBusiness"],
        ["servicePurchases"] = ["unit", "project", "item", "quantity", "measure", "unitPrice", "amounts"],
    };

    private static void CheckKeys(JsonElement e, SourceLocation at, List<InputError> errors, string? list = null)
    {
        if (e.ValueKind != JsonValueKind.Object) return;
        if (!KnownFields.TryGetValue(list ?? at.Field ?? "", out var known)) return;
        // Fast path for the million well-formed records: compare names as UTF-8, allocate nothing.
        var allKnown = true;
        foreach (var p in e.EnumerateObject())
        {
            var found = false;
            foreach (var k in known)
                if (p.NameEquals(k)) { found = true; break; }
            if (!found) { allKnown = false; break; }
        }
        if (allKnown) return;
        var present = e.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in present.Where(n => !known.Contains(n, StringComparer.Ordinal)))
        {
            var meant = known.FirstOrDefault(k => !present.Contains(k) && IsMisspelling(name, k));
            if (meant is not null)
                errors.Add(new InputError(at.WithField(at.Field is { } parent ? parent + "." + name : name),
                    $"字段“{name}”无法识别，应为“{meant}”？", "字段名区分大小写，见 docs/input-format.md"));
        }
    }

    private static bool IsMisspelling(string written, string known)
    {
        if (string.Equals(written, known, StringComparison.OrdinalIgnoreCase)) return true;
        if (known.Length < 4) return false;
        var a = written.ToLowerInvariant();
        var b = known.ToLowerInvariant();
        if (Math.Abs(a.Length - b.Length) > 2) return false;
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length] <= 2;
    }

    private static string KindName(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.String => "文字",
        JsonValueKind.Number => "数字",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static IReadOnlyList<(string, RawAmount)> SourceAmounts(JsonElement e, SourceLocation at)
    {
        if (!e.TryGetProperty("amounts", out var a) || a.ValueKind != JsonValueKind.Object) return [];
        return a.EnumerateObject().Select(p => (p.Name, ToAmount(p.Value, at.WithField("amounts." + p.Name)))).ToList();
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? Pooled(Text(v)) : null;

    // A province repeats the same few thousand codes, names and units over a million lines: one string each.
    [ThreadStatic] private static Dictionary<string, string>? _pool;

    private static string Pooled(string s)
    {
        if (_pool is null || s.Length > 64) return s;
        if (_pool.TryGetValue(s, out var shared)) return shared;
        _pool[s] = s;
        return s;
    }

    private static int? Year(JsonElement e, SourceLocation at, List<InputError> errors)
    {
        if (!e.TryGetProperty("year", out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) && i is >= 1900 and <= 2200) return i;
        if (v.ValueKind == JsonValueKind.String && int.TryParse(Text(v).Trim().TrimEnd('年'), NumberStyles.None, CultureInfo.InvariantCulture, out i)
            && i is >= 1900 and <= 2200) return i;
        errors.Add(new InputError(at, $"预算年度“{(v.ValueKind == JsonValueKind.String ? Text(v) : v.GetRawText())}”无法识别", "填写四位年份，如 2025"));
        return null;
    }

    /// <summary>A yes/no field: JSON true or false (absent or null: false); anything else is reported, never guessed.</summary>
    private static bool Bool(JsonElement e, string name, SourceLocation at, List<InputError> errors)
    {
        if (!e.TryGetProperty(name, out var v)) return false;
        switch (v.ValueKind)
        {
            case JsonValueKind.True: return true;
            case JsonValueKind.False or JsonValueKind.Null: return false;
            default:
                errors.Add(new InputError(at.WithField(name), $"“{(v.ValueKind == JsonValueKind.String ? Text(v) : v.GetRawText())}”不是 true 或 false",
                    "填写 true（上年结转）或 false，不加引号"));
                return false;
        }
    }

    private static RawAmount Amount(JsonElement e, string name, SourceLocation at) =>
        e.TryGetProperty(name, out var v) ? ToAmount(v, at.WithField(name)) : new RawAmount(null, null, at.WithField(name));

    private static RawAmount ToAmount(JsonElement v, SourceLocation at) => v.ValueKind switch
    {
        // The written digits are read exactly (AmountParser): no binary floating point on the way in, and a number
        // that cannot be kept exactly (1e-400, 1e40) is refused instead of rounded.
        JsonValueKind.Number => RawAmount.FromNumber(v.GetRawText(), at),
        JsonValueKind.String => RawAmount.FromText(Text(v), at),
        JsonValueKind.Null => new RawAmount(null, null, at),
        JsonValueKind.True or JsonValueKind.False => RawAmount.Refused(v.GetRawText(), at, $"“{v.GetRawText()}”是真假值，不是金额"),
        _ => RawAmount.Refused(Shorten(v.GetRawText()), at, $"应为数字，实际是{KindName(v)}：{Shorten(v.GetRawText())}"),
    };
}

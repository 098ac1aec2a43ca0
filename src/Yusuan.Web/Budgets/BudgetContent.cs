using System.Text.Json;
using System.Text.Json.Nodes;

namespace Yusuan.Web.Budgets;

/// <summary>
/// Budgets are stored as input-format JSON (docs/input-format.md): a unit's content is a whole budget holding that unit
/// only; the department's content holds what only the department writes. The department's budget is their merge, so
/// it is read, checked and built by the same code as any budget file.
/// </summary>
public static class BudgetContent
{
    /// <summary>The lists whose records belong to one unit (each record names its unit).</summary>
    public static readonly string[] UnitLists = ["income", "projects", "expenditures", "threePublicPrevious", "procurement", "servicePurchases"];

    /// <summary>What the department writes: the 公开文本 inputs and last year's stated figures (department-wide targets sit under targets).</summary>
    public static readonly string[] DepartmentParts = ["narrative", "previousYear"];

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static JsonObject Parse(string json) =>
        JsonNode.Parse(json, documentOptions: Lenient) as JsonObject ?? throw new JsonException("JSON 顶层应为对象");

    public static string Write(JsonNode node) => node.ToJsonString(Indented);

    /// <summary>
    /// Splits a whole department's input (a sample, an upload) into the department's part and one content per unit.
    /// Unit records keep their order; a record naming an unknown unit stays with no unit and is reported by the caller.
    /// </summary>
    public static (JsonObject Department, Dictionary<string, JsonObject> Units) Split(JsonObject whole)
    {
        var department = new JsonObject();
        foreach (var part in DepartmentParts)
            if (whole[part] is { } node) department[part] = node.DeepClone();
        if (whole["targets"]?["departments"] is { } deptTargets)
            department["targets"] = new JsonObject { ["departments"] = deptTargets.DeepClone() };

        var units = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var unit in whole["units"]?.AsArray() ?? [])
        {
            var code = unit?["code"]?.GetValue<string>();
            if (code is null) continue;
            var content = Header(whole);
            content["units"] = new JsonArray(unit!.DeepClone());
            foreach (var list in UnitLists) content[list] = new JsonArray(Records(whole[list], code).ToArray());
            content["targets"] = new JsonObject { ["projects"] = new JsonArray(Records(whole["targets"]?["projects"], code).ToArray()) };
            units[code] = content;
        }
        return (department, units);
    }

    /// <summary>
    /// The department's budget: the header of the department, its units' records list by list (unit after unit, in the
    /// department's order) and the department's own parts. <paramref name="origins"/> maps each merged record back to
    /// the unit content it came from, so a finding at "expenditures 第 57 行" can be shown at the unit's own row.
    /// </summary>
    public static JsonObject Merge(int year, string profile, string amountUnit, string departmentCode, string departmentName,
        JsonObject departmentContent, IReadOnlyList<(string UnitCode, JsonObject Content)> units, out RecordOrigins origins)
    {
        var merged = new JsonObject
        {
            ["year"] = year,
            ["profile"] = profile,
            ["amountUnit"] = amountUnit,
            ["department"] = new JsonObject { ["code"] = departmentCode, ["name"] = departmentName },
        };
        var unitList = new JsonArray();
        origins = new RecordOrigins();
        foreach (var (_, content) in units)
            foreach (var u in content["units"]?.AsArray() ?? []) unitList.Add(u?.DeepClone());
        merged["units"] = unitList;
        foreach (var list in UnitLists)
        {
            var array = new JsonArray();
            foreach (var (code, content) in units)
            {
                var local = 0;
                foreach (var record in content[list]?.AsArray() ?? [])
                {
                    array.Add(record?.DeepClone());
                    origins.Add(list, code, ++local);
                }
            }
            merged[list] = array;
        }
        var targets = new JsonObject();
        var projectTargets = new JsonArray();
        foreach (var (code, content) in units)
        {
            var local = 0;
            foreach (var record in content["targets"]?["projects"]?.AsArray() ?? [])
            {
                projectTargets.Add(record?.DeepClone());
                origins.Add("targets.projects", code, ++local);
            }
        }
        targets["projects"] = projectTargets;
        if (departmentContent["targets"]?["departments"] is { } deptTargets) targets["departments"] = deptTargets.DeepClone();
        merged["targets"] = targets;
        foreach (var part in DepartmentParts)
            if (departmentContent[part] is { } node) merged[part] = node.DeepClone();
        return merged;
    }

    /// <summary>A unit content's records of one list, as JSON objects (an empty list when absent or not a list).</summary>
    public static JsonArray List(JsonObject content, string list)
    {
        if (list == "targets.projects")
        {
            if (content["targets"] is not JsonObject targets) content["targets"] = targets = new JsonObject();
            if (targets["projects"] is JsonArray p) return p;
            var created = new JsonArray();
            targets["projects"] = created;
            return created;
        }
        if (content[list] is JsonArray a) return a;
        var fresh = new JsonArray();
        content[list] = fresh;
        return fresh;
    }

    private static JsonObject Header(JsonObject whole)
    {
        var header = new JsonObject();
        foreach (var key in new[] { "year", "profile", "amountUnit", "department" })
            if (whole[key] is { } node) header[key] = node.DeepClone();
        return header;
    }

    private static IEnumerable<JsonNode?> Records(JsonNode? list, string unitCode) =>
        (list as JsonArray ?? []).Where(r => r?["unit"]?.GetValueKind() == JsonValueKind.String && r["unit"]!.GetValue<string>() == unitCode)
            .Select(r => r!.DeepClone());
}

/// <summary>Which unit's record each record of a merged department budget is: (list, merged number) → (unit, its number).</summary>
public sealed class RecordOrigins
{
    private readonly Dictionary<string, List<(string Unit, int Row)>> _lists = new(StringComparer.Ordinal);

    internal void Add(string list, string unit, int row)
    {
        if (!_lists.TryGetValue(list, out var rows)) _lists[list] = rows = [];
        rows.Add((unit, row));
    }

    /// <summary>The unit and its own 1-based record number for the merged list's 1-based record number, if known.</summary>
    public (string Unit, int Row)? Of(string list, int mergedRow) =>
        _lists.TryGetValue(list, out var rows) && mergedRow >= 1 && mergedRow <= rows.Count ? rows[mergedRow - 1] : null;
}

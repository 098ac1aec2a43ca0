using System.Text.Json.Nodes;

namespace Yusuan.Web.Budgets;

/// <summary>One field that changed between two contents: where (list › 第 N 行 › field), old and new as JSON text.</summary>
public sealed record FieldChange(string Action, string Field, string? Old, string? New);

/// <summary>
/// Field-level differences between two input-format contents, in the audit log's words: a record added or removed,
/// or a field of a record changed from one value to another.
/// </summary>
public static class AuditDiff
{
    public static List<FieldChange> Between(JsonObject before, JsonObject after)
    {
        var changes = new List<FieldChange>();
        var lists = BudgetContent.UnitLists.Concat(["units"]);
        foreach (var list in lists) CompareList(list, before[list] as JsonArray, after[list] as JsonArray, changes);
        CompareList("targets.projects", before["targets"]?["projects"] as JsonArray, after["targets"]?["projects"] as JsonArray, changes);
        foreach (var key in before.Select(p => p.Key).Union(after.Select(p => p.Key)).Distinct())
        {
            if (lists.Contains(key) || key == "targets") continue;
            Compare(key, before[key], after[key], changes);
        }
        if (!JsonNode.DeepEquals(before["targets"]?["departments"], after["targets"]?["departments"]))
            Compare("targets.departments", before["targets"]?["departments"], after["targets"]?["departments"], changes);
        return changes;
    }

    private static void CompareList(string list, JsonArray? before, JsonArray? after, List<FieldChange> changes)
    {
        var b = before ?? [];
        var a = after ?? [];
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var where = $"{list} › 第 {i + 1} 行";
            if (i >= b.Count) changes.Add(new FieldChange("新增", where, null, Text(a[i])));
            else if (i >= a.Count) changes.Add(new FieldChange("删除", where, Text(b[i]), null));
            else if (b[i] is JsonObject ob && a[i] is JsonObject oa)
            {
                foreach (var field in ob.Select(p => p.Key).Union(oa.Select(p => p.Key)).Distinct())
                    if (!JsonNode.DeepEquals(ob[field], oa[field]))
                        changes.Add(new FieldChange("编辑", $"{where} › {field}", Text(ob[field]), Text(oa[field])));
            }
            else if (!JsonNode.DeepEquals(b[i], a[i])) changes.Add(new FieldChange("编辑", where, Text(b[i]), Text(a[i])));
        }
    }

    private static void Compare(string field, JsonNode? before, JsonNode? after, List<FieldChange> changes)
    {
        if (JsonNode.DeepEquals(before, after)) return;
        if (before is JsonObject ob && after is JsonObject oa)
        {
            foreach (var key in ob.Select(p => p.Key).Union(oa.Select(p => p.Key)).Distinct())
                Compare($"{field}.{key}", ob[key], oa[key], changes);
            return;
        }
        changes.Add(new FieldChange("编辑", field, Text(before), Text(after)));
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };
}

using System.Text.Json;

namespace Yusuan.Core.Input;

public static partial class BudgetJsonWriter
{
    /// <summary>"targets": { "projects": [ … ], "departments": [ … ] }, left out when the budget has no targets.</summary>
    private static void WriteTargets(Utf8JsonWriter writer, RawBudget raw)
    {
        if (raw.ProjectTargets.Count == 0 && raw.DepartmentTargets.Count == 0) return;
        writer.WriteStartObject("targets");
        List(writer, "projects", raw.ProjectTargets, t =>
        {
            Str(writer, "unit", t.Unit);
            Str(writer, "project", t.Project);
            Str(writer, "attribute", t.Attribute);
            Str(writer, "period", t.Period);
            Str(writer, "basis", t.Basis);
            Str(writer, "annualGoal", t.AnnualGoal);
            Str(writer, "longTermGoal", t.LongTermGoal);
            OptionalAmount(writer, "statedAmount", t.StatedAmount);
            Indicators(writer, t.Indicators);
        });
        List(writer, "departments", raw.DepartmentTargets, d =>
        {
            Str(writer, "unit", d.Unit);
            Str(writer, "objective", d.Objective);
            Str(writer, "longTermObjective", d.LongTermObjective);
            OptionalAmount(writer, "statedTotal", d.StatedTotal);
            var unit = string.IsNullOrWhiteSpace(d.Unit) ? null : d.Unit.Trim();
            List(writer, "tasks", d.Tasks, task =>
            {
                Str(writer, "name", task.Name);
                Str(writer, "kind", task.Kind);
                if (TaskProjects(task, unit, raw) is { } projects)
                {
                    writer.WriteStartArray("projects");
                    foreach (var project in projects) writer.WriteStringValue(project);
                    writer.WriteEndArray();
                }
                Str(writer, "description", task.Description);
                OptionalAmount(writer, "statedAmount", task.StatedAmount);
            });
            Indicators(writer, d.Indicators);
        });
        writer.WriteEndObject();
    }

    private static void Indicators(Utf8JsonWriter writer, IReadOnlyList<RawIndicator> indicators) =>
        List(writer, "indicators", indicators, i =>
        {
            Str(writer, "level1", i.Level1);
            Str(writer, "level2", i.Level2);
            Str(writer, "name", i.Name);
            Str(writer, "level4", i.Level4);
            Str(writer, "nature", i.Nature);
            Str(writer, "value", i.Value);
            Str(writer, "measure", i.Measure);
            OptionalAmount(writer, "weight", i.Weight);
            Str(writer, "direction", i.Direction);
        });

    /// <summary>
    /// A task's projects as the JSON list: the list as read, then the names of an xlsx 对应项目 cell
    /// (<see cref="RawTargetTask.ProjectsText"/>) split as <c>BudgetAssembler.TaskProjects</c> splits them — on ；, ;
    /// and line breaks, then on 、 where the parts do not join into a project name of the target's unit (any unit for a
    /// department-wide target). Null when the task names no projects at all.
    /// </summary>
    private static List<string>? TaskProjects(RawTargetTask task, string? unit, RawBudget raw)
    {
        if (task.Projects is null && task.ProjectsText is null) return null;
        var names = new List<string>(task.Projects ?? []);
        if (task.ProjectsText is { } text)
        {
            var units = raw.Units.Where(u => !string.IsNullOrWhiteSpace(u.Code)).Select(u => u.Code!.Trim()).ToHashSet(StringComparer.Ordinal);
            var scope = raw.Projects
                .Where(p => !string.IsNullOrWhiteSpace(p.Name) && p.Unit is not null && units.Contains(p.Unit.Trim())
                    && (unit is null || p.Unit.Trim() == unit))
                .Select(p => p.Name!.Trim())
                .ToHashSet(StringComparer.Ordinal);
            foreach (var piece in text.Split(['；', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                names.AddRange(BudgetAssembler.SplitNames(piece, scope));
        }
        return names;
    }
}

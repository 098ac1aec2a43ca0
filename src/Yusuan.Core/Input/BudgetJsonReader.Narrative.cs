using System.Text.Json;
using Yusuan.Core.Model;

namespace Yusuan.Core.Input;

public static partial class BudgetJsonReader
{
    /// <summary>
    /// "narrative": { "functions": "…", …, "uses": { "2080109": "…" }, "projects": { "name": "…" }, "goals": { "name": "…" }, "glossary": { "2089999": "…" }, "counts": { "vehicles": 0 } }
    /// — see docs/input-format.md, 公开文本. Every other member is a text by name.
    /// </summary>
    private static void ReadNarrative(JsonElement root, string file, RawBudget raw, List<InputError> errors)
    {
        if (!root.TryGetProperty("narrative", out var narrative) || narrative.ValueKind == JsonValueKind.Null) return;
        var at = new SourceLocation(file, Field: "narrative");
        if (narrative.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError(at, $"“narrative”应为对象（{{ … }}），实际是{KindName(narrative)}"));
            return;
        }
        var read = new RawNarrative(at);
        foreach (var p in narrative.EnumerateObject())
        {
            var field = at.WithField("narrative." + p.Name);
            switch (p.Name)
            {
                case "uses" or "projects" or "goals" or "glossary" or "counts":
                    if (p.Value.ValueKind == JsonValueKind.Null) break;
                    if (p.Value.ValueKind != JsonValueKind.Object)
                    {
                        errors.Add(new InputError(field, $"“narrative.{p.Name}”应为对象（{{ … }}），实际是{KindName(p.Value)}"));
                        break;
                    }
                    foreach (var e in p.Value.EnumerateObject())
                    {
                        if (p.Name == "counts") { read.Counts[e.Name] = ToAmount(e.Value, at.WithField($"narrative.counts.{e.Name}")); continue; }
                        if (NarrativeText(e.Value, at.WithField($"narrative.{p.Name}.{e.Name}"), errors) is { } text)
                            (p.Name switch { "uses" => read.Uses, "projects" => read.Projects, "goals" => read.Goals, _ => read.Glossary })[e.Name] = text;
                    }
                    break;
                default:
                    if (NarrativeText(p.Value, field, errors) is { } t) read.Texts[p.Name] = t;
                    break;
            }
        }
        raw.Narrative = read;
    }

    /// <summary>A text of the narrative: a string (or an array of strings, one paragraph each, joined by line breaks); blank is absent.</summary>
    private static string? NarrativeText(JsonElement v, SourceLocation at, List<InputError> errors)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Null: return null;
            case JsonValueKind.String:
                var s = Text(v).Trim();
                return s.Length == 0 ? null : s;
            case JsonValueKind.Array when v.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String):
                var lines = v.EnumerateArray().Select(x => Text(x).Trim()).Where(x => x.Length > 0).ToList();
                return lines.Count == 0 ? null : string.Join("\n", lines);
            default:
                errors.Add(new InputError(at, $"应为文字，实际是{KindName(v)}", "文字加引号；分段的文字可写成文字数组"));
                return null;
        }
    }
}

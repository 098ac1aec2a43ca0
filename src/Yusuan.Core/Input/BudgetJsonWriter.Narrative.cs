using System.Text.Json;

namespace Yusuan.Core.Input;

public static partial class BudgetJsonWriter
{
    /// <summary>
    /// "previousYear": { figure: amount, …, "projects": { name: amount }, "reasons": { key: text } }. A figure named
    /// "projects" or "reasons" is written only when that object is not: a key may appear once (the reader refuses
    /// duplicate keys), and the object carries more.
    /// </summary>
    private static void WritePreviousYear(Utf8JsonWriter writer, RawBudget raw)
    {
        if (raw.PreviousFigures.Count == 0 && raw.PreviousProjects.Count == 0 && raw.PreviousReasons.Count == 0) return;
        writer.WriteStartObject("previousYear");
        foreach (var (key, amount) in raw.PreviousFigures)
        {
            if ((key == "projects" && raw.PreviousProjects.Count > 0) || (key == "reasons" && raw.PreviousReasons.Count > 0)) continue;
            writer.WritePropertyName(key);
            AmountValue(writer, amount);
        }
        if (raw.PreviousProjects.Count > 0)
        {
            writer.WriteStartObject("projects");
            foreach (var (name, amount) in raw.PreviousProjects)
            {
                writer.WritePropertyName(name);
                AmountValue(writer, amount);
            }
            writer.WriteEndObject();
        }
        if (raw.PreviousReasons.Count > 0) Texts(writer, "reasons", raw.PreviousReasons);
        writer.WriteEndObject();
    }

    /// <summary>
    /// "narrative": { text name: text, …, "uses": { … }, "projects": { … }, "goals": { … }, "glossary": { … }, "counts": { … } }.
    /// A text keeps its line breaks in one string (the reader's array form joins paragraphs into the same string). An
    /// empty narrative is written as {} (present, unlike a missing one: the document then reports its placeholders).
    /// </summary>
    private static void WriteNarrative(Utf8JsonWriter writer, RawNarrative? narrative)
    {
        if (narrative is null) return;
        writer.WriteStartObject("narrative");
        foreach (var (name, text) in narrative.Texts)
        {
            // These names are the reader's objects: a text so named cannot be told apart from them (no reader makes one).
            if (name is "uses" or "projects" or "goals" or "glossary" or "counts") continue;
            writer.WriteString(name, text);
        }
        if (narrative.Uses.Count > 0) Texts(writer, "uses", narrative.Uses);
        if (narrative.Projects.Count > 0) Texts(writer, "projects", narrative.Projects);
        if (narrative.Goals.Count > 0) Texts(writer, "goals", narrative.Goals);
        if (narrative.Glossary.Count > 0) Texts(writer, "glossary", narrative.Glossary);
        if (narrative.Counts.Count > 0)
        {
            writer.WriteStartObject("counts");
            foreach (var (name, amount) in narrative.Counts)
            {
                writer.WritePropertyName(name);
                AmountValue(writer, amount);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}

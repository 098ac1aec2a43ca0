using System.Text;

namespace Yusuan.Core.Documents;

/// <summary>
/// A sentence of the profile as written: literal Chinese text and named slots. <c>{name}</c> fills the slot;
/// <c>{name:A|B|C}</c> chooses by the slot: for a figure A when it is positive, B when negative, C when zero (with two
/// choices A when non-zero, B when zero; with one, A or nothing); for a text A when given, B when not; for a list A when
/// it has items, B when it has none. Choices are templates themselves, so they may hold slots and choices:
/// <c>{totalChange:比{previousYear}年增加{totalChange}万元|比{previousYear}年减少{totalChange}万元|与{previousYear}年持平}</c>.
/// </summary>
public sealed class NarrativeTemplate
{
    private NarrativeTemplate(IReadOnlyList<Part> parts) => Parts = parts;

    public IReadOnlyList<Part> Parts { get; }

    public abstract record Part;

    public sealed record Literal(string Text) : Part;

    /// <summary>A slot; <see cref="Choices"/> is null for a plain slot.</summary>
    public sealed record Slot(string Name, IReadOnlyList<NarrativeTemplate>? Choices) : Part;

    /// <summary>Every slot name used, choices included.</summary>
    public IEnumerable<string> SlotNames() =>
        Parts.OfType<Slot>().SelectMany(s => new[] { s.Name }.Concat(s.Choices?.SelectMany(c => c.SlotNames()) ?? []));

    private static readonly Dictionary<string, NarrativeTemplate> Cache = new(StringComparer.Ordinal);

    /// <summary>Parses a template; a brace that does not close or a slot without a name is reported with the text.</summary>
    public static NarrativeTemplate Parse(string text)
    {
        lock (Cache)
            if (Cache.TryGetValue(text, out var cached)) return cached;
        var i = 0;
        var template = Parse(text, ref i, nested: false);
        lock (Cache) Cache[text] = template;
        return template;
    }

    private static NarrativeTemplate Parse(string s, ref int i, bool nested)
    {
        var parts = new List<Part>();
        var literal = new StringBuilder();
        void Flush()
        {
            if (literal.Length > 0) parts.Add(new Literal(literal.ToString()));
            literal.Clear();
        }
        while (i < s.Length)
        {
            var c = s[i];
            if (nested && c is '|' or '}') break;
            if (c == '}') throw Bad(s, "多余的“}”");
            if (c != '{')
            {
                literal.Append(c);
                i++;
                continue;
            }
            Flush();
            var start = ++i;
            while (i < s.Length && s[i] is not (':' or '}' or '{' or '|')) i++;
            if (i >= s.Length || s[i] is '{' or '|') throw Bad(s, "“{”没有闭合");
            var name = s[start..i].Trim();
            if (name.Length == 0) throw Bad(s, "“{}”中缺少名称");
            if (s[i] == '}')
            {
                i++;
                parts.Add(new Slot(name, null));
                continue;
            }
            i++; // ':'
            var choices = new List<NarrativeTemplate>();
            while (true)
            {
                choices.Add(Parse(s, ref i, nested: true));
                if (i >= s.Length) throw Bad(s, $"“{{{name}:”没有闭合");
                if (s[i++] == '}') break;
            }
            parts.Add(new Slot(name, choices));
        }
        Flush();
        return new NarrativeTemplate(parts);
    }

    private static InvalidDataException Bad(string text, string problem) =>
        new($"配置中的文字模板有误（{problem}）：{text}");
}

using System.Text;

namespace Yusuan.Core.Targets;

/// <summary>Texts of a form definition with {placeholders} (项目名称 {project}, 年度资金总额：{amount}万元).</summary>
public static class FormTemplate
{
    /// <summary>
    /// Fills the placeholders of <paramref name="template"/>. A placeholder with no value is left empty; an unknown one
    /// stays as written so that a mistyped name shows. Unless <paramref name="keepWhenEmpty"/>, a template whose
    /// placeholders are all empty gives the empty text (so <c>{direction}指标</c> is blank, not 指标).
    /// </summary>
    public static string Fill(string? template, IReadOnlyDictionary<string, string?> values, bool keepWhenEmpty = false)
    {
        if (string.IsNullOrEmpty(template)) return "";
        if (template.IndexOf('{') < 0) return template;
        var result = new StringBuilder(template.Length + 16);
        var placeholders = 0;
        var filled = 0;
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0) { result.Append(template, i, template.Length - i); break; }
            var close = template.IndexOf('}', open + 1);
            if (close < 0) { result.Append(template, i, template.Length - i); break; }
            result.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            if (values.TryGetValue(name, out var value))
            {
                placeholders++;
                if (!string.IsNullOrEmpty(value)) { filled++; result.Append(value); }
            }
            else result.Append(template, open, close - open + 1);
            i = close + 1;
        }
        return placeholders > 0 && filled == 0 && !keepWhenEmpty ? "" : result.ToString();
    }

    /// <summary>The placeholder names a template uses.</summary>
    public static IEnumerable<string> Names(string? template)
    {
        if (string.IsNullOrEmpty(template)) yield break;
        var i = 0;
        while (true)
        {
            var open = template.IndexOf('{', i);
            if (open < 0) yield break;
            var close = template.IndexOf('}', open + 1);
            if (close < 0) yield break;
            yield return template[(open + 1)..close];
            i = close + 1;
        }
    }
}

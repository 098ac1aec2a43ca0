using System.Text.Json;
using Yusuan.Core.Model;

namespace Yusuan.Core.Input;

public static partial class BudgetJsonReader
{
    /// <summary>
    /// Reads input-format JSON held as text (a budget stored by a web application), as <see cref="Read(string)"/> reads a
    /// file: comments and trailing commas allowed, a leading byte-order mark skipped, and text that is empty or not JSON
    /// refused with one located error (<see cref="BudgetInputException.Unreadable"/>). Records are located in
    /// <paramref name="file"/>, the name errors show.
    /// </summary>
    public static RawBudget ReadText(string json, string file = "budget.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(file);
        var text = json.AsMemory();
        if (text.Span is ['\uFEFF', ..]) text = text[1..];
        if (text.Span.Trim().IsEmpty) throw Unreadable(new SourceLocation(file), "文件为空", FormatHint);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, Options);
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
            using (doc) return Read(doc.RootElement, file);
        }
        finally { _pool = null; }
    }
}

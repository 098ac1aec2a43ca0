using System.Text;
using Yusuan.Core.Documents;

namespace Yusuan.Html;

/// <summary>Escapes text for HTML content and attribute values (also valid XML: only &amp;, &lt;, &gt;, &quot;, &#39;).</summary>
internal static class HtmlText
{
    public static string Encode(string? text)
    {
        var safe = TableGridLayout.XmlSafe(text);
        if (safe.AsSpan().IndexOfAny("&<>\"'") < 0) return safe;
        var b = new StringBuilder(safe.Length + 16);
        foreach (var c in safe)
        {
            b.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return b.ToString();
    }

    /// <summary>Text whose line breaks print as line breaks.</summary>
    public static string Lines(string? text) => Encode(text).Replace("\r\n", "\n").Replace("\n", "<br/>");
}

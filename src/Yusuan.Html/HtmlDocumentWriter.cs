using System.Text;
using Yusuan.Core.Documents;

namespace Yusuan.Html;

/// <summary>
/// Writes the published document (<see cref="PublishedDocument"/>) as one self-contained web page: inline CSS, inline
/// SVG charts, no script, no font or file from elsewhere, so it opens offline and can be mailed as one file. It reads on
/// a phone (wide tables scroll sideways in their own box under a header row that stays in view), prints on A4 (each part
/// on a new page, wide tables on landscape pages, header rows repeated), has a 目录 with links, highlights placeholders,
/// and tells a reviewer where each figure of the prose comes from (hover a figure: its table, row, column and exact value).
/// </summary>
public static class HtmlDocumentWriter
{
    /// <summary>Writes the page to <paramref name="path"/> in UTF-8 (no byte-order mark), replacing the file.</summary>
    public static void Write(PublishedDocument document, string path, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(document, writer, options);
    }

    /// <summary>Writes the page to <paramref name="writer"/> (left open).</summary>
    public static void Write(PublishedDocument document, TextWriter writer, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        new HtmlPage(document, writer, options ?? new HtmlOptions()).Write();
        writer.Flush();
    }

    /// <summary>The page as a string.</summary>
    public static string ToHtml(PublishedDocument document, HtmlOptions? options = null)
    {
        using var writer = new StringWriter();
        Write(document, writer, options);
        return writer.ToString();
    }
}

using Yusuan.Core.Tables;
using Yusuan.Core.Targets;

namespace Yusuan.Core.Documents;

/// <summary>
/// The document as plain text, to read and to diff: the cover, the 目录, headings with their numbers, paragraphs (a
/// placeholder as written, 【请填写…】), each table row by row with its printed figures separated by tabs, each form
/// row by row. No layout: that is the renderers' work.
/// </summary>
public static class PublishedDocumentText
{
    public static void Write(PublishedDocument doc, TextWriter output)
    {
        if (doc.DraftMark is not null) output.WriteLine($"【{doc.DraftMark}】");
        output.WriteLine(doc.Title);
        if (doc.Subtitle is not null) output.WriteLine(doc.Subtitle);
        foreach (var line in doc.CoverLines) output.WriteLine(line);
        output.WriteLine();
        if (doc.TableOfContents)
        {
            output.WriteLine("目 录");
            foreach (var entry in Contents(doc)) output.WriteLine(new string('　', Math.Max(0, entry.Level - 1)) + entry.Text);
            output.WriteLine();
        }
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    output.WriteLine();
                    output.WriteLine(HeadingText(h));
                    output.WriteLine();
                    break;
                case ParagraphBlock p:
                    output.WriteLine((p.Indent ? "　　" : "") + p.Text);
                    break;
                case TableBlock t:
                    WriteTable(t.Table, output);
                    break;
                case FormBlock f:
                    WriteForm(f.Form, output);
                    break;
                case PageBreakBlock:
                    output.WriteLine();
                    break;
            }
        }
    }

    public static string ToText(PublishedDocument doc)
    {
        using var w = new StringWriter();
        Write(doc, w);
        return w.ToString();
    }

    /// <summary>The 目录's entries in order: listed headings, and tables and forms with an entry.</summary>
    public static IReadOnlyList<ContentsEntry> Contents(PublishedDocument doc)
    {
        var entries = new List<ContentsEntry>();
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h when h.Listed:
                    entries.Add(new ContentsEntry(h.Level, HeadingText(h)) { Number = h.Number });
                    break;
                case TableBlock { Contents: { } c }:
                    entries.Add(c);
                    break;
                case FormBlock { Contents: { } c }:
                    entries.Add(c);
                    break;
            }
        }
        return entries;
    }

    /// <summary>The heading as printed: its number, then its text (a space between unless the number ends in 、 . or a bracket).</summary>
    public static string HeadingText(HeadingBlock h)
    {
        if (string.IsNullOrWhiteSpace(h.Number)) return h.Text;
        var number = h.Number.Trim();
        return number[^1] is '、' or '．' or '.' or '）' or ')' ? number + h.Text : number + " " + h.Text;
    }

    private static void WriteTable(Table table, TextWriter output)
    {
        output.WriteLine();
        if (!string.IsNullOrEmpty(table.Number)) output.WriteLine(table.Number);
        output.WriteLine(table.Title);
        output.WriteLine($"{table.Subject}\t{table.UnitLabel}");
        output.WriteLine(string.Join("\t", table.ColumnPaths));
        foreach (var row in table.Rows)
            output.WriteLine(string.Join("\t", Enumerable.Range(0, row.Cells.Count).Select(i => table.Format(row, i))));
        if (table.IsEmpty && !string.IsNullOrEmpty(table.EmptyNote)) output.WriteLine(table.EmptyNote);
        if (!string.IsNullOrEmpty(table.Note)) output.WriteLine(table.Note);
    }

    private static void WriteForm(Form form, TextWriter output)
    {
        output.WriteLine();
        if (!string.IsNullOrEmpty(form.Number)) output.WriteLine(form.Number);
        output.WriteLine(form.Title);
        if (!string.IsNullOrEmpty(form.Subtitle)) output.WriteLine(form.Subtitle);
        if (!string.IsNullOrEmpty(form.Preamble)) output.WriteLine(form.Preamble);
        foreach (var line in form.Above) output.WriteLine(line.ToString());
        if (form.Subject.Length > 0 || form.UnitLabel.Length > 0) output.WriteLine($"{form.Subject}\t{form.UnitLabel}");
        foreach (var row in form.Cells.GroupBy(c => c.Row).OrderBy(g => g.Key))
            output.WriteLine(string.Join("\t", row.OrderBy(c => c.Column).Select(c => CellText(form, c))));
        foreach (var line in form.Below) output.WriteLine(line.ToString());
    }

    private static string CellText(Form form, FormCell cell) => cell.Kind switch
    {
        FormCellKind.Amount => cell.Value is { } v ? form.Presentation.Format(v) : "",
        FormCellKind.Number => cell.Value?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? cell.Text ?? "",
        _ => (cell.Text ?? "").Replace("\n", " "),
    };
}

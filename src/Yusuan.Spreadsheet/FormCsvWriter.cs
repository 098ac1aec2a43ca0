using System.Text;
using Yusuan.Core.Targets;

namespace Yusuan.Spreadsheet;

/// <summary>
/// Writes the forms of one kind as one CSV (RFC 4180, CRLF, UTF-8 with BOM), one form after the other with an empty
/// line between: (the coverage sentence,) number, title, subtitle, the lines above, the subject line, the grid (a
/// merged cell's text in its first row and column), the lines under it. Amounts are the printed figures without
/// thousands separators, as in the tables' CSVs.
/// </summary>
public static class FormCsvWriter
{
    public static void Write(IReadOnlyList<Form> forms, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(forms, stream);
    }

    public static void Write(IReadOnlyList<Form> forms, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        Write(forms, writer);
    }

    public static void Write(IReadOnlyList<Form> forms, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(forms);
        for (var f = 0; f < forms.Count; f++)
        {
            var form = forms[f];
            var n = Math.Max(1, form.ColumnCount);
            if (f > 0) writer.Write("\r\n");
            if (!string.IsNullOrWhiteSpace(form.Preamble)) Line(writer, [form.Preamble]);
            if (!string.IsNullOrWhiteSpace(form.Number)) Line(writer, [form.Number]);
            Line(writer, [form.Title]);
            if (!string.IsNullOrWhiteSpace(form.Subtitle)) Line(writer, [form.Subtitle]);
            foreach (var line in form.Above) Line(writer, Spread(line.Parts, n));
            if (form.Subject.Length > 0 || form.UnitLabel.Length > 0) Line(writer, Spread([form.Subject, form.UnitLabel], n));
            var fields = new string?[n];
            for (var r = 0; r < form.RowCount; r++)
            {
                Array.Clear(fields);
                foreach (var cell in form.RowCells(r))
                    if (cell.Column < n) fields[cell.Column] = Text(form, cell);
                Line(writer, fields);
            }
            foreach (var line in form.Below) Line(writer, Spread(line.Parts, n));
        }
        writer.Flush();
    }

    private static string Text(Form form, FormCell cell)
    {
        if (cell.Kind == FormCellKind.Amount && cell.Value is { } v)
        {
            var printed = form.Presentation.Printed(v);
            return printed == 0 && form.Presentation.BlankZero ? "" : TableLayout.Plain(form.Presentation, printed);
        }
        return form.Format(cell);
    }

    /// <summary>Parts of a line at the columns where the sheet prints them (left, centre, right).</summary>
    private static string?[] Spread(IReadOnlyList<string> parts, int n)
    {
        var fields = new string?[n];
        var texts = parts.ToList();
        if (texts.Count > n) texts = [string.Join("　　", texts)];
        for (var i = 0; i < texts.Count; i++) fields[i * n / texts.Count] = texts[i];
        return fields;
    }

    private static void Line(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            var text = fields[i];
            if (string.IsNullOrEmpty(text)) continue;
            text = CsvCell.Escape(text);
            if (text.AsSpan().IndexOfAny(",\"\r\n") < 0) writer.Write(text);
            else
            {
                writer.Write('"');
                writer.Write(text.Replace("\"", "\"\""));
                writer.Write('"');
            }
        }
        writer.Write("\r\n");
    }
}

using System.Text;
using Yusuan.Core.Tables;

namespace Yusuan.Spreadsheet;

/// <summary>
/// Writes a table as CSV (RFC 4180, comma separated, CRLF): the title line, the subject and unit line, one line
/// per header level (a header's text in the first column it spans), the data rows with amounts as printed numbers
/// without thousands separators (blank where the printed table is blank), the empty note, the note.
/// </summary>
public static class TableCsvWriter
{
    /// <summary>Writes the table to a file as UTF-8 with a byte order mark, replacing it.</summary>
    public static void Write(Table table, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(table, stream);
    }

    /// <summary>Writes the table to a stream as UTF-8 with a byte order mark, unless appending mid-stream (left open).</summary>
    public static void Write(Table table, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        Write(table, writer);
    }

    /// <summary>Writes the table's text; the writer's encoding decides the bytes (a file or stream gets UTF-8 with BOM).</summary>
    public static void Write(Table table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        var columns = table.Columns;
        var n = Math.Max(1, columns.Count);
        var fields = new string?[n];

        Line(writer, [table.Title]);

        Array.Clear(fields);
        fields[0] = table.Subject;
        if (n > 1) fields[n - 1] = table.UnitLabel;
        else fields[0] = string.Join(" ", new[] { table.Subject, table.UnitLabel }.Where(s => !string.IsNullOrEmpty(s)));
        Line(writer, fields);

        var depth = columns.Count > 0 ? table.HeaderDepth : 0;
        var placements = TableLayout.PlaceHeader(table.Header, depth);
        for (var r = 0; r < depth; r++)
        {
            Array.Clear(fields);
            foreach (var p in placements)
                if (p.Row == r) fields[p.Column] = p.Cell.Text;
            Line(writer, fields);
        }

        var presentation = table.Presentation;
        foreach (var row in table.Rows)
        {
            Array.Clear(fields);
            for (var c = 0; c < columns.Count && c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                fields[c] = columns[c].Kind == ColumnKind.Amount && table.Shown(row, c) is { } shown
                    ? Amount(presentation, shown)
                    : TableLayout.Format(table, row, c, columns[c].Kind);
            }
            Line(writer, fields);
        }

        if (table.IsEmpty) Line(writer, [string.IsNullOrWhiteSpace(table.EmptyNote) ? "本表无数据" : table.EmptyNote]);
        if (!string.IsNullOrWhiteSpace(table.Note)) Line(writer, [table.Note]);
        writer.Flush();
    }

    /// <summary>A printed figure (<see cref="Table.Shown(TableRow, int)"/>) as a plain number.</summary>
    private static string Amount(Core.Profiles.Presentation presentation, decimal printed) =>
        printed == 0 && presentation.BlankZero ? "" : TableLayout.Plain(presentation, printed);

    private static void Line(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            Field(writer, fields[i]);
        }
        writer.Write("\r\n");
    }

    /// <summary>
    /// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. A text that a spreadsheet would
    /// run as a formula (=, +, -, @, tab, CR in front) gets a single quote in front (<see cref="CsvCell"/>).
    /// </summary>
    private static void Field(TextWriter writer, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        text = CsvCell.Escape(text);
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(text);
            return;
        }
        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\""));
        writer.Write('"');
    }
}

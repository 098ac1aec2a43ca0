using System.Text;

namespace Yusuan.Core.Catalogs;

/// <summary>A minimal RFC 4180 reader for the bundled data files (quoted fields, doubled quotes).</summary>
internal static class Csv
{
    public static IEnumerable<(int Line, IReadOnlyDictionary<string, string> Fields)> ReadWithHeader(TextReader reader)
    {
        string[]? header = null;
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = Split(line);
            if (header is null)
            {
                header = fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToArray();
                continue;
            }
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
                row[header[i]] = i < fields.Count ? fields[i].Trim() : "";
            yield return (lineNo, row);
        }
    }

    public static List<string> Split(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }

    public static string Escape(string? value)
    {
        value ??= "";
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}

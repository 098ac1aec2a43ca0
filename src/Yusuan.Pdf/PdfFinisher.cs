using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Yusuan.Pdf;

/// <summary>
/// Finishes the file SkiaSharp wrote with what its PDF backend cannot write, rewriting it object by object:
/// <list type="bullet">
/// <item>bookmarks (/Outlines, shown when the file opens) for the parts, sections, tables and forms;</item>
/// <item>page labels (/PageLabels): the cover and 目录 as i, ii, then 1, 2, … as printed under the pages, so a viewer's
/// page box matches 第 N 页;</item>
/// <item>bold text: Skia draws fake bold (SKFont.Embolden) as Type 3 glyph procedures, some 2 KB a glyph. Bold text is
/// drawn instead in the regular font in a marker colour (<see cref="BoldMarker"/>), and here each marker colour in the
/// page contents becomes black with text rendering mode 2 (fill, then stroke the outline) and a line width of 3% of
/// the size — the way word processors embolden a font that has no bold face. The text stays CID TrueType text.</item>
/// </list>
/// </summary>
internal static partial class PdfFinisher
{
    /// <summary>The fill colour that marks bold black text of <paramref name="size"/> (to a quarter point) for <see cref="Finish"/>.</summary>
    public static SkiaSharp.SKColor BoldMarker(float size) => new(1, 2, (byte)Math.Clamp((int)Math.Round(size * 4), 1, 255));

    public static byte[] Finish(byte[] pdf, ComposedDocument composed)
    {
        var file = new SkiaPdf(pdf);
        var pages = file.PageObjects();
        if (pages.Count != composed.Pages.Count)
            throw new InvalidOperationException($"PDF 页数 {pages.Count} 与排版页数 {composed.Pages.Count} 不一致");

        var next = file.Size;
        var objects = new SortedDictionary<int, byte[]>();
        void Put(int number, string body) => objects[number] = Encoding.Latin1.GetBytes(body);

        foreach (var page in pages)
            foreach (var contents in file.ContentsOf(page))
                if (file.Stream(contents) is { } stream && PatchBold(stream) is { } patched)
                    objects[contents] = StreamObject(patched);

        var outline = composed.Outline.Where(o => o.Page >= 0 && o.Page < pages.Count).ToList();
        string? outlinesRef = null;
        if (outline.Count > 0)
        {
            var root = next++;
            var nodes = Tree(outline);
            var numbers = new Dictionary<Node, int>();
            foreach (var node in Flatten(nodes)) numbers[node] = next++;
            var items = new SortedDictionary<int, string>();
            WriteItems(nodes, root, numbers, items, pages, composed);
            foreach (var (number, body) in items) Put(number, body);
            var visible = nodes.Count + nodes.Sum(n => n.Children.Count);
            Put(root, $"<</Type /Outlines /First {numbers[nodes[0]]} 0 R /Last {numbers[nodes[^1]]} 0 R /Count {visible}>>");
            outlinesRef = $"{root} 0 R";
        }

        var catalog = file.Catalog();
        var extra = new StringBuilder();
        if (outlinesRef is not null) extra.Append($"\n/Outlines {outlinesRef}\n/PageMode /UseOutlines");
        extra.Append("\n/PageLabels <</Nums [");
        if (composed.FrontPages > 0) extra.Append("0 <</S /r>> ");
        extra.Append(CultureInfo.InvariantCulture, $"{composed.FrontPages} <</S /D /St 1>>]>>");
        Put(file.Root, catalog.Body[..catalog.Body.LastIndexOf(">>", StringComparison.Ordinal)] + extra + ">>");

        // The file again: Skia's header, each object (Skia's bytes or its replacement), the new objects, one xref.
        using var output = new MemoryStream();
        var offsets = new SortedDictionary<int, long>();
        void Write(string text) => output.Write(Encoding.Latin1.GetBytes(text));
        output.Write(pdf, 0, (int)file.FirstObject);
        foreach (var (number, start, end) in file.Spans())
        {
            offsets[number] = output.Position;
            if (objects.Remove(number, out var body))
            {
                Write($"{number} 0 obj\n");
                output.Write(body);
                Write("\nendobj\n");
            }
            else output.Write(pdf, (int)start, (int)(end - start));
        }
        foreach (var (number, body) in objects)
        {
            offsets[number] = output.Position;
            Write($"{number} 0 obj\n");
            output.Write(body);
            Write("\nendobj\n");
        }
        var xref = output.Position;
        var size = Math.Max(next, file.Size);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f \n");
        for (var i = 1; i < size; i++)
            text.Append(offsets.TryGetValue(i, out var at) ? at.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n" : "0000000000 65535 f \n");
        text.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size}\n/Root {file.Root} 0 R");
        if (file.Info is { } info) text.Append(CultureInfo.InvariantCulture, $"\n/Info {info} 0 R");
        if (file.Id is { } id) text.Append("\n/ID ").Append(id);
        text.Append(CultureInfo.InvariantCulture, $">>\nstartxref\n{xref}\n%%EOF\n");
        Write(text.ToString());
        return output.ToArray();
    }

    /// <summary>A Flate-compressed stream object's body.</summary>
    private static byte[] StreamObject(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        using var body = new MemoryStream();
        body.Write(Encoding.Latin1.GetBytes($"<</Filter /FlateDecode\n/Length {compressed.Length}>> stream\n"));
        body.Write(compressed.ToArray());
        body.Write(Encoding.Latin1.GetBytes("\nendstream"));
        return body.ToArray();
    }

    /// <summary>
    /// The page contents with each marker colour (bold text) replaced by black, fill-then-stroke text and a line width,
    /// and the rendering mode set back to fill at the next colour; null when the page has no bold text.
    /// </summary>
    internal static byte[]? PatchBold(byte[] contents)
    {
        var text = Encoding.Latin1.GetString(contents);
        var bold = false;
        var changed = false;
        var patched = ColorPattern().Replace(text, m =>
        {
            var r = double.Parse(m.Groups["r"].Value, CultureInfo.InvariantCulture);
            var g = double.Parse(m.Groups["g"].Value, CultureInfo.InvariantCulture);
            var b = double.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            if (Math.Abs(r * 255 - 1) < 0.05 && Math.Abs(g * 255 - 2) < 0.05)
            {
                var size = Math.Round(b * 255) / 4;
                bold = changed = true;
                return string.Create(CultureInfo.InvariantCulture, $"0 0 0 RG 0 0 0 rg 2 Tr {size * 0.03:0.###} w");
            }
            if (!bold) return m.Value;
            bold = false;
            return m.Value + " 0 Tr";
        });
        return changed ? Encoding.Latin1.GetBytes(patched) : null;
    }

    [GeneratedRegex(@"(?:-?[\d.]+ -?[\d.]+ -?[\d.]+ RG )?(?<r>-?[\d.]+) (?<g>-?[\d.]+) (?<b>-?[\d.]+) rg")]
    private static partial Regex ColorPattern();

    private static IEnumerable<(int First, int Count)> Groups(IEnumerable<int> numbers)
    {
        int? first = null;
        var count = 0;
        foreach (var n in numbers)
        {
            if (first is { } f && n == f + count) { count++; continue; }
            if (first is { } done) yield return (done, count);
            first = n;
            count = 1;
        }
        if (first is { } last) yield return (last, count);
    }

    private sealed class Node(OutlineEntry entry)
    {
        public OutlineEntry Entry { get; } = entry;
        public List<Node> Children { get; } = [];
    }

    /// <summary>Nests each entry under the nearest earlier entry of a smaller level.</summary>
    private static List<Node> Tree(IReadOnlyList<OutlineEntry> entries)
    {
        var roots = new List<Node>();
        var stack = new List<Node>();
        foreach (var entry in entries)
        {
            var node = new Node(entry);
            while (stack.Count > 0 && stack[^1].Entry.Level >= entry.Level) stack.RemoveAt(stack.Count - 1);
            if (stack.Count == 0) roots.Add(node);
            else stack[^1].Children.Add(node);
            stack.Add(node);
        }
        return roots;
    }

    private static IEnumerable<Node> Flatten(IEnumerable<Node> nodes)
    {
        foreach (var node in nodes)
        {
            yield return node;
            foreach (var child in Flatten(node.Children)) yield return child;
        }
    }

    private static void WriteItems(List<Node> siblings, int parent, Dictionary<Node, int> numbers, SortedDictionary<int, string> objects,
        IReadOnlyList<int> pages, ComposedDocument composed, bool open = true)
    {
        for (var i = 0; i < siblings.Count; i++)
        {
            var node = siblings[i];
            var page = composed.Pages[node.Entry.Page];
            var top = page.Geometry.Height - node.Entry.Y;
            var dict = new StringBuilder();
            dict.Append(CultureInfo.InvariantCulture, $"<</Title {TextString(node.Entry.Title)} /Parent {parent} 0 R");
            if (i > 0) dict.Append(CultureInfo.InvariantCulture, $" /Prev {numbers[siblings[i - 1]]} 0 R");
            if (i < siblings.Count - 1) dict.Append(CultureInfo.InvariantCulture, $" /Next {numbers[siblings[i + 1]]} 0 R");
            if (node.Children.Count > 0)
            {
                // Parts open on their sections; deeper entries start closed.
                var count = open ? node.Children.Count : -node.Children.Count;
                dict.Append(CultureInfo.InvariantCulture,
                    $" /First {numbers[node.Children[0]]} 0 R /Last {numbers[node.Children[^1]]} 0 R /Count {count}");
            }
            dict.Append(CultureInfo.InvariantCulture, $" /Dest [{pages[node.Entry.Page]} 0 R /XYZ 0 {top.ToString("0.##", CultureInfo.InvariantCulture)} null]>>");
            objects[numbers[node]] = dict.ToString();
            WriteItems(node.Children, numbers[node], numbers, objects, pages, composed, open: false);
        }
    }

    /// <summary>A PDF text string in UTF-16BE with a byte order mark, written as hex.</summary>
    private static string TextString(string text)
    {
        var bytes = Encoding.BigEndianUnicode.GetBytes(text);
        return "<FEFF" + Convert.ToHexString(bytes) + ">";
    }

    /// <summary>
    /// Just enough of a PDF reader for the files SkiaSharp writes: a classic cross-reference table, a trailer, and
    /// uncompressed dictionaries for the catalog and the page tree.
    /// </summary>
    private sealed partial class SkiaPdf
    {
        private readonly byte[] _bytes;
        private readonly Dictionary<int, long> _offsets = [];

        public long StartXref { get; }
        public int Size { get; }
        public int Root { get; }
        public int? Info { get; }
        public string? Id { get; }

        public SkiaPdf(byte[] bytes)
        {
            _bytes = bytes;
            var tail = Encoding.Latin1.GetString(bytes, Math.Max(0, bytes.Length - 1024), Math.Min(1024, bytes.Length));
            var start = StartXrefPattern().Matches(tail);
            if (start.Count == 0) throw new InvalidDataException("PDF 没有 startxref");
            StartXref = long.Parse(start[^1].Groups[1].Value, CultureInfo.InvariantCulture);

            var section = Encoding.Latin1.GetString(bytes, (int)StartXref, bytes.Length - (int)StartXref);
            if (!section.StartsWith("xref", StringComparison.Ordinal)) throw new InvalidDataException("PDF 的交叉引用不是表格形式");
            var trailerAt = section.IndexOf("trailer", StringComparison.Ordinal);
            var lines = section[4..trailerAt].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var number = 0;
            foreach (var line in lines)
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 2) { number = int.Parse(parts[0], CultureInfo.InvariantCulture); continue; }
                if (parts.Length == 3 && parts[2] == "n") _offsets[number] = long.Parse(parts[0], CultureInfo.InvariantCulture);
                number++;
            }
            var trailer = section[trailerAt..];
            Size = int.Parse(SizePattern().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
            Root = int.Parse(RootPattern().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
            var info = InfoPattern().Match(trailer);
            if (info.Success) Info = int.Parse(info.Groups[1].Value, CultureInfo.InvariantCulture);
            var id = IdPattern().Match(trailer);
            if (id.Success) Id = id.Groups[1].Value;
        }

        /// <summary>Where the first object starts (after the header).</summary>
        public long FirstObject => _offsets.Values.Min();

        /// <summary>Each object's bytes, in file order: from its offset to the next object's (or the xref's).</summary>
        public IEnumerable<(int Number, long Start, long End)> Spans()
        {
            var ordered = _offsets.OrderBy(o => o.Value).ToList();
            for (var i = 0; i < ordered.Count; i++)
                yield return (ordered[i].Key, ordered[i].Value, i + 1 < ordered.Count ? ordered[i + 1].Value : StartXref);
        }

        public (int Number, string Body) Catalog() => (Root, Object(Root));

        /// <summary>The content streams of a page.</summary>
        public IEnumerable<int> ContentsOf(int page)
        {
            var body = Object(page);
            var single = ContentsPattern().Match(body);
            if (single.Success) return [int.Parse(single.Groups[1].Value, CultureInfo.InvariantCulture)];
            var array = ContentsArrayPattern().Match(body);
            if (!array.Success) return [];
            return ReferencePattern().Matches(array.Groups[1].Value).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        }

        /// <summary>The decoded data of a Flate stream whose length is given directly, or null for any other stream.</summary>
        public byte[]? Stream(int number)
        {
            var dict = Object(number);
            if (!dict.Contains("/FlateDecode", StringComparison.Ordinal) || dict.Contains("/DecodeParms", StringComparison.Ordinal)) return null;
            var length = DirectLengthPattern().Match(dict);
            if (!length.Success) return null;
            var offset = _offsets[number];
            var text = Encoding.Latin1.GetString(_bytes, (int)offset, Math.Min(_bytes.Length - (int)offset, 65536 + dict.Length));
            var keyword = text.IndexOf("stream", text.IndexOf(dict, StringComparison.Ordinal) + dict.Length, StringComparison.Ordinal);
            if (keyword < 0) return null;
            var start = offset + keyword + "stream".Length;
            if (_bytes[start] == '\r') start++;
            if (_bytes[start] == '\n') start++;
            var count = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
            using var input = new MemoryStream(_bytes, (int)start, count);
            using var z = new ZLibStream(input, CompressionMode.Decompress);
            using var data = new MemoryStream();
            z.CopyTo(data);
            return data.ToArray();
        }

        /// <summary>The page objects in order, from the page tree.</summary>
        public List<int> PageObjects()
        {
            var pagesRef = PagesPattern().Match(Object(Root));
            if (!pagesRef.Success) throw new InvalidDataException("PDF 目录对象没有 /Pages");
            var pages = new List<int>();
            Walk(int.Parse(pagesRef.Groups[1].Value, CultureInfo.InvariantCulture), pages, 0);
            return pages;
        }

        private void Walk(int number, List<int> pages, int depth)
        {
            if (depth > 32) throw new InvalidDataException("PDF 页面树太深");
            var body = Object(number);
            if (TypePagesPattern().IsMatch(body))
            {
                var kids = KidsPattern().Match(body);
                if (!kids.Success) return;
                foreach (Match kid in ReferencePattern().Matches(kids.Groups[1].Value))
                    Walk(int.Parse(kid.Groups[1].Value, CultureInfo.InvariantCulture), pages, depth + 1);
            }
            else pages.Add(number);
        }

        /// <summary>The dictionary of an object without a stream (from &lt;&lt; to its matching &gt;&gt;).</summary>
        private string Object(int number)
        {
            if (!_offsets.TryGetValue(number, out var offset)) throw new InvalidDataException($"PDF 缺少对象 {number}");
            var end = Math.Min(_bytes.Length, (int)offset + 65536);
            var text = Encoding.Latin1.GetString(_bytes, (int)offset, end - (int)offset);
            var open = text.IndexOf("<<", StringComparison.Ordinal);
            if (open < 0) throw new InvalidDataException($"PDF 对象 {number} 不是字典");
            var depth = 0;
            for (var i = open; i < text.Length - 1; i++)
            {
                if (text[i] == '<' && text[i + 1] == '<') { depth++; i++; }
                else if (text[i] == '>' && text[i + 1] == '>')
                {
                    depth--;
                    i++;
                    if (depth == 0) return text[open..(i + 1)];
                }
            }
            throw new InvalidDataException($"PDF 对象 {number} 的字典没有结束");
        }

        [GeneratedRegex(@"/Contents\s+(\d+)\s+0\s+R")]
        private static partial Regex ContentsPattern();
        [GeneratedRegex(@"/Contents\s*\[([^\]]*)\]")]
        private static partial Regex ContentsArrayPattern();
        [GeneratedRegex(@"/Length\s+(\d+)(?!\s+\d+\s+R)")]
        private static partial Regex DirectLengthPattern();
        [GeneratedRegex(@"startxref\s+(\d+)")]
        private static partial Regex StartXrefPattern();
        [GeneratedRegex(@"/Size\s+(\d+)")]
        private static partial Regex SizePattern();
        [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
        private static partial Regex RootPattern();
        [GeneratedRegex(@"/Info\s+(\d+)\s+0\s+R")]
        private static partial Regex InfoPattern();
        [GeneratedRegex(@"/ID\s*(\[[^\]]*\])")]
        private static partial Regex IdPattern();
        [GeneratedRegex(@"/Pages\s+(\d+)\s+0\s+R")]
        private static partial Regex PagesPattern();
        [GeneratedRegex(@"/Type\s*/Pages\b")]
        private static partial Regex TypePagesPattern();
        [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
        private static partial Regex KidsPattern();
        [GeneratedRegex(@"(\d+)\s+0\s+R")]
        private static partial Regex ReferencePattern();
    }
}

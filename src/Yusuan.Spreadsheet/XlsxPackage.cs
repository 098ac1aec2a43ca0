using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Yusuan.Spreadsheet;

/// <summary>
/// The zip container of an xlsx written front to back: each part is compressed to the output as it is written
/// and never held in memory. The Open XML SDK's package keeps every part in memory until it is closed, which for
/// a province's workbook is gigabytes; the SDK still builds the small parts (styles) and reads workbooks back.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    public const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";

    private readonly ZipArchive _zip;
    private readonly List<(string Part, string ContentType)> _overrides = [];

    public XlsxPackage(Stream output, bool leaveOpen) => _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen, Encoding.UTF8);

    public static XmlWriterSettings XmlSettings { get; } = new()
    {
        Encoding = new UTF8Encoding(false),
        CheckCharacters = false,
        CloseOutput = true,
    };

    /// <summary>For a writer over a part's stream that the caller closes (<see cref="PartStream"/>).</summary>
    public static XmlWriterSettings PartSettings { get; } = new()
    {
        Encoding = new UTF8Encoding(false),
        CheckCharacters = false,
        CloseOutput = false,
    };

    /// <summary>Opens a part (e.g. xl/worksheets/sheet1.xml) for writing; dispose the writer before opening the next.</summary>
    public XmlWriter Part(string name, string contentType) => XmlWriter.Create(PartStream(name, contentType), XmlSettings);

    /// <summary>Opens a part's stream, for a writer that mixes an XmlWriter with raw bytes; dispose it before the next part.</summary>
    public Stream PartStream(string name, string contentType)
    {
        _overrides.Add(("/" + name, contentType));
        var entry = _zip.CreateEntry(name, CompressionLevel.Optimal);
        return new BufferedStream(entry.Open(), 1 << 16);
    }

    /// <summary>Writes a part's relationships file (e.g. xl/_rels/workbook.xml.rels).</summary>
    public void Relationships(string name, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        var entry = _zip.CreateEntry(name, CompressionLevel.Optimal);
        using var w = XmlWriter.Create(entry.Open(), XmlSettings);
        w.WriteStartDocument(true);
        w.WriteStartElement("Relationships", PackageRelNs);
        foreach (var (id, type, target) in relationships)
        {
            w.WriteStartElement("Relationship", PackageRelNs);
            w.WriteAttributeString("Id", id);
            w.WriteAttributeString("Type", type);
            w.WriteAttributeString("Target", target);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    public void Dispose()
    {
        var entry = _zip.CreateEntry("[Content_Types].xml", CompressionLevel.Optimal);
        using (var w = XmlWriter.Create(entry.Open(), XmlSettings))
        {
            w.WriteStartDocument(true);
            w.WriteStartElement("Types", ContentTypesNs);
            foreach (var (ext, type) in new[] { ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml") })
            {
                w.WriteStartElement("Default", ContentTypesNs);
                w.WriteAttributeString("Extension", ext);
                w.WriteAttributeString("ContentType", type);
                w.WriteEndElement();
            }
            foreach (var (part, type) in _overrides)
            {
                w.WriteStartElement("Override", ContentTypesNs);
                w.WriteAttributeString("PartName", part);
                w.WriteAttributeString("ContentType", type);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        _zip.Dispose();
    }
}

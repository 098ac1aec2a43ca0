using System.Globalization;
using System.Xml;

namespace Yusuan.Spreadsheet;

/// <summary>The small pieces of worksheet XML that the table and form sheets write alike.</summary>
internal static class WorksheetXml
{
    public const string Ns = XlsxPackage.MainNs;

    public static void Empty(XmlWriter w, string element, params (string Name, string Value)[] attributes)
    {
        w.WriteStartElement(element, Ns);
        foreach (var (name, value) in attributes) w.WriteAttributeString(name, value);
        w.WriteEndElement();
    }

    /// <summary>A4, centred, fitted to the page width, numbered 第 N 页 共 M 页 — how every table and form prints.</summary>
    public static void PrintSetup(XmlWriter w, bool landscape, string sideMargin)
    {
        Empty(w, "printOptions", ("horizontalCentered", "1"));
        Empty(w, "pageMargins", ("left", sideMargin), ("right", sideMargin), ("top", "0.6"), ("bottom", "0.7"), ("header", "0.3"), ("footer", "0.3"));
        Empty(w, "pageSetup", ("paperSize", "9"), ("orientation", landscape ? "landscape" : "portrait"), ("fitToWidth", "1"), ("fitToHeight", "0"));
        w.WriteStartElement("headerFooter", Ns);
        w.WriteElementString("oddFooter", Ns, "&C第 &P 页 共 &N 页");
        w.WriteEndElement();
    }

    public static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

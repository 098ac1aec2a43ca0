using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Yusuan.Spreadsheet;

internal enum TableFont { Regular = 0, Bold = 1, Title = 2 }

internal enum TableAlign { General, Left, Center, Right }

/// <summary>One cell format: font, grey fill, thin border, number format, alignment, wrap, indent.</summary>
internal readonly record struct TableXf(
    TableFont Font,
    bool Fill = false,
    bool Border = false,
    string? NumberFormat = null,
    TableAlign Horizontal = TableAlign.General,
    bool CenterVertically = false,
    bool Wrap = false,
    int Indent = 0);

/// <summary>
/// The stylesheet of a table workbook, grown as sheets ask for formats and written once all sheets are written.
/// The default font is 宋体 (GB2312 charset), so LibreOffice substitutes a CJK font.
/// </summary>
internal sealed class TableStyleBook
{
    public const string FontName = "宋体";
    public const double FontSize = 11;
    public const double TitleFontSize = 16;

    private readonly Dictionary<TableXf, uint> _index = new();
    private readonly List<TableXf> _xfs = [];
    private readonly Dictionary<string, uint> _formats = new(StringComparer.Ordinal);

    public TableStyleBook() => Get(new TableXf(TableFont.Regular));

    /// <summary>The index of a cell format (cellXfs), adding it if new.</summary>
    public uint Get(TableXf xf)
    {
        if (_index.TryGetValue(xf, out var id)) return id;
        if (xf.NumberFormat is { } code && !_formats.ContainsKey(code)) _formats[code] = (uint)(164 + _formats.Count);
        id = (uint)_xfs.Count;
        _xfs.Add(xf);
        _index[xf] = id;
        return id;
    }

    public Stylesheet Build()
    {
        var numberingFormats = new NumberingFormats(_formats.Select(f => new NumberingFormat { NumberFormatId = f.Value, FormatCode = f.Key }))
        {
            Count = (uint)_formats.Count,
        };
        var fonts = new Fonts(MakeFont(false, FontSize), MakeFont(true, FontSize), MakeFont(true, TitleFontSize)) { Count = 3 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder()))
        { Count = 2 };
        var cellStyleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 };
        var cellFormats = new CellFormats(_xfs.Select(MakeCellFormat)) { Count = (uint)_xfs.Count };
        var cellStyles = new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 };

        var stylesheet = new Stylesheet();
        if (_formats.Count > 0) stylesheet.Append(numberingFormats);
        stylesheet.Append(fonts, fills, borders, cellStyleFormats, cellFormats, cellStyles);
        return stylesheet;
    }

    private static Font MakeFont(bool bold, double size)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(
            new FontSize { Val = size },
            new FontName { Val = FontName },
            new FontFamilyNumbering { Val = 3 },
            new FontCharSet { Val = 134 });
        return font;
    }

    private static T Thin<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } };

    private CellFormat MakeCellFormat(TableXf xf)
    {
        var format = new CellFormat
        {
            NumberFormatId = xf.NumberFormat is null ? 0u : _formats[xf.NumberFormat],
            FontId = (uint)xf.Font,
            FillId = xf.Fill ? 2u : 0u,
            BorderId = xf.Border ? 1u : 0u,
            FormatId = 0,
        };
        if (xf.NumberFormat is not null) format.ApplyNumberFormat = true;
        if (xf.Font != TableFont.Regular) format.ApplyFont = true;
        if (xf.Fill) format.ApplyFill = true;
        if (xf.Border) format.ApplyBorder = true;
        if (xf.Horizontal != TableAlign.General || xf.CenterVertically || xf.Wrap || xf.Indent > 0)
        {
            var alignment = new Alignment();
            if (xf.Horizontal != TableAlign.General)
                alignment.Horizontal = xf.Horizontal switch
                {
                    TableAlign.Left => HorizontalAlignmentValues.Left,
                    TableAlign.Center => HorizontalAlignmentValues.Center,
                    _ => HorizontalAlignmentValues.Right,
                };
            if (xf.CenterVertically) alignment.Vertical = VerticalAlignmentValues.Center;
            if (xf.Wrap) alignment.WrapText = true;
            if (xf.Indent > 0) alignment.Indent = (uint)xf.Indent;
            format.Append(alignment);
            format.ApplyAlignment = true;
        }
        return format;
    }
}

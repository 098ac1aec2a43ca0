using System.Globalization;
using System.Text;

namespace Yusuan.Spreadsheet;

/// <summary>
/// Writes the rows of a worksheet's sheetData as UTF-8 bytes. Everything a row holds is ASCII — cell references,
/// style indexes, shared-string indexes and invariant numbers — so a province's millions of cells need no XML
/// writer's checks and escaping; text goes through the shared-string table.
/// </summary>
internal sealed class SheetRowWriter(Stream stream)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _length;
    private readonly byte[] _rowText = new byte[12];
    private int _rowTextLength;

    public void StartRow(int row, double? height)
    {
        Ensure(128);
        row.TryFormat(_rowText, out _rowTextLength, default, CultureInfo.InvariantCulture);
        Append("<row r=\""u8);
        Append(_rowText.AsSpan(0, _rowTextLength));
        Append("\""u8);
        if (height is { } h)
        {
            Append(" ht=\""u8);
            h.TryFormat(_buffer.AsSpan(_length), out var n, default, CultureInfo.InvariantCulture);
            _length += n;
            Append("\" customHeight=\"1\""u8);
        }
        Append(">"u8);
    }

    public void EndRow()
    {
        Ensure(8);
        Append("</row>"u8);
    }

    /// <summary>A cell of the current row: blank (style only), a shared string (its index) or a number.</summary>
    public void Cell(byte[] column, uint style, SheetCell value)
    {
        Ensure(128);
        Append("<c r=\""u8);
        Append(column);
        Append(_rowText.AsSpan(0, _rowTextLength));
        Append("\""u8);
        if (style != 0)
        {
            Append(" s=\""u8);
            style.TryFormat(_buffer.AsSpan(_length), out var n, default, CultureInfo.InvariantCulture);
            _length += n;
            Append("\""u8);
        }
        switch (value.Kind)
        {
            case SheetCellKind.Blank:
                Append("/>"u8);
                return;
            case SheetCellKind.SharedString:
                Append(" t=\"s\"><v>"u8);
                value.Index.TryFormat(_buffer.AsSpan(_length), out var i, default, CultureInfo.InvariantCulture);
                _length += i;
                break;
            default:
                Append("><v>"u8);
                if (value.Number == 0) Append("0"u8);
                else
                {
                    // G29 drops the trailing zeros of the decimal's scale: 1183.30 is stored as 1183.3.
                    value.Number.TryFormat(_buffer.AsSpan(_length), out var d, "G29", CultureInfo.InvariantCulture);
                    _length += d;
                }
                break;
        }
        Append("</v></c>"u8);
    }

    public void Flush()
    {
        stream.Write(_buffer, 0, _length);
        _length = 0;
    }

    private void Ensure(int bytes)
    {
        if (_length + bytes > _buffer.Length) Flush();
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}

internal enum SheetCellKind
{
    Blank,
    SharedString,
    Number,
}

internal readonly record struct SheetCell(SheetCellKind Kind, int Index, decimal Number)
{
    public static SheetCell Blank => default;
    public static SheetCell Shared(int index) => new(SheetCellKind.SharedString, index, 0);
    public static SheetCell Of(decimal number) => new(SheetCellKind.Number, 0, number);
}

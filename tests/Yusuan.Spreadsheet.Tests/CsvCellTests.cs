using Yusuan.Core.Tables;

namespace Yusuan.Spreadsheet.Tests;

/// <summary>CSV cells that a spreadsheet program would run as a formula get a single quote in front; numbers do not.</summary>
public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"点击\")", "'=HYPERLINK(\"http://x\",\"点击\")")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-乡村振兴", "'-乡村振兴")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("-", "'-")]
    [InlineData("-12.50", "-12.50")]
    [InlineData("-1,234.5", "-1,234.5")]
    [InlineData("+3", "+3")]
    [InlineData("-3.5%", "-3.5%")]
    [InlineData("12.50", "12.50")]
    [InlineData("社会保险经办机构", "社会保险经办机构")]
    [InlineData("'=already", "'=already")]
    public void Formula_triggers_are_quoted_and_numbers_left_alone(string text, string written) =>
        Assert.Equal(written, CsvCell.Escape(text));

    [Theory]
    [InlineData("=1+1")]
    [InlineData("-乡村振兴")]
    [InlineData("@x")]
    [InlineData("\tx")]
    [InlineData("-12.50")]
    [InlineData("'引号开头的名称")]
    [InlineData("普通文字")]
    public void Unescape_gives_back_what_was_escaped(string text) =>
        Assert.Equal(text, CsvCell.Unescape(CsvCell.Escape(text)));

    [Fact]
    public void Table_csv_quotes_a_formula_name_and_keeps_a_negative_amount()
    {
        var table = TableFixtures.Spending(name: "=HYPERLINK(\"http://x\")") with
        {
            Rows = [new TableRow(RowKind.Detail, 2, [(Cell)"208", "01", "09", "342601", "=1+1", Cell.Of(-1250m), Cell.Of(0m), Cell.Of(null), Cell.Of(0m), "@x"], "k")],
        };
        using var writer = new StringWriter();
        TableCsvWriter.Write(table, writer);
        var row = writer.ToString().Split("\r\n")[4];

        Assert.Equal("208,01,09,342601,'=1+1,-0.13,,,,'@x", row);
    }
}

using System.Text;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Spreadsheet.Tests;

public sealed class TableCsvWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("yusuan-csv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string[] Lines(Table table)
    {
        using var writer = new StringWriter();
        TableCsvWriter.Write(table, writer);
        var text = writer.ToString();
        Assert.EndsWith("\r\n", text);
        return text[..^2].Split("\r\n");
    }

    [Fact]
    public void File_is_utf8_with_a_byte_order_mark()
    {
        var path = Path.Combine(_dir, "t.csv");
        TableCsvWriter.Write(TableFixtures.Spending(), path);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("部门支出总表\r\n", text);
        Assert.DoesNotContain('\uFEFF', text);
    }

    [Fact]
    public void Stream_gets_the_byte_order_mark_too()
    {
        using var stream = new MemoryStream();
        TableCsvWriter.Write(TableFixtures.Spending(), stream);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, stream.ToArray()[..3]);
        Assert.True(stream.CanWrite); // left open
    }

    [Fact]
    public void Lines_are_title_subject_header_levels_and_rows()
    {
        var lines = Lines(TableFixtures.Spending());
        Assert.Equal("部门支出总表", lines[0]);
        Assert.Equal("部门：广元市社会保险事务中心,,,,,,,,,金额单位：万元", lines[1]);
        Assert.Equal("科目编码,,,单位代码,单位名称（科目）,合计,基本支出,项目支出,上缴上级支出,对附属单位补助支出", lines[2]);
        Assert.Equal("类,款,项,,,,,,,", lines[3]);
        Assert.Equal(",,,,合 计,1183.38,1090.44,92.94,,", lines[4]);
        Assert.Equal("208,01,09,342601,社会保险经办机构,975.45,882.51,92.94,,", lines[6]);
        Assert.Equal(4 + 8, lines.Length);
    }

    [Fact]
    public void Amounts_have_no_thousands_separator_and_zeros_follow_the_presentation()
    {
        var table = TableFixtures.Spending() with
        {
            Rows = [new TableRow(RowKind.Detail, 2, [(Cell)"208", "01", "09", "342601", "x", Cell.Of(123456789.5m), Cell.Of(0m), Cell.Of(null), Cell.Of(-12345m), "—"], "k")],
        };
        Assert.Equal("208,01,09,342601,x,12345.68,,,-1.23,—", Lines(table)[4]);
        var zeros = table with { Presentation = new Presentation { BlankZero = false } };
        Assert.Equal("208,01,09,342601,x,12345.68,0.00,,-1.23,—", Lines(zeros)[4]);
        var yuan = table with { Presentation = new Presentation { Unit = "元", Decimals = 0 } };
        Assert.Equal("208,01,09,342601,x,123456790,,,-12345,—", Lines(yuan)[4]);
    }

    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted()
    {
        var table = TableFixtures.Spending(name: "养老,医疗\"保险\"\n专项") with { Title = "表,一" };
        var text = string.Join("\r\n", Lines(table));
        Assert.StartsWith("\"表,一\"\r\n", text);
        Assert.Contains("208,01,09,342601,\"养老,医疗\"\"保险\"\"\n专项\",975.45", text);
    }

    [Fact]
    public void Empty_table_ends_with_its_note()
    {
        var lines = Lines(TableFixtures.EmptyFund());
        Assert.Equal("政府性基金预算支出预算表", lines[0]);
        Assert.Equal("类,款,项,,,,", lines[3]);
        Assert.Equal("备注：本表无数据。", lines[4]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void Note_follows_the_rows()
    {
        var lines = Lines(TableFixtures.Balance());
        Assert.Equal("收 入,,支 出,", lines[2]);
        Assert.Equal("项 目,预算数,项 目,预算数", lines[3]);
        Assert.Equal("一、一般公共预算拨款收入,1183.38,一、一般公共服务支出,", lines[4]);
        Assert.Equal("注：本表按单位分列，尾数差因四舍五入形成。", lines[^1]);
    }
}

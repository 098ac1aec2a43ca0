using Yusuan.Core.Input;

namespace Yusuan.Core.Tests.Input;

/// <summary>The one amount parser: well-formed numbers exactly, everything else refused with what is wrong.</summary>
public sealed class AmountParserTests
{
    [Theory]
    [InlineData("1234.50", "1234.50")]
    [InlineData("1,234.50", "1234.50")]
    [InlineData("12,345,678", "12345678")]
    [InlineData("  1,234  ", "1234")]
    [InlineData("\t99\r\n", "99")]
    [InlineData("５０００", "5000")]
    [InlineData("１，２３４．５０", "1234.50")]
    [InlineData("\u3000１２３\u3000", "123")]
    [InlineData("-12.50", "-12.50")]
    [InlineData("－１２", "-12")]
    [InlineData("+3", "3")]
    [InlineData("0", "0")]
    [InlineData(".5", "0.5")]
    [InlineData("1000000000000000", "1000000000000000")]
    public void Well_formed_text_is_read_exactly(string text, string expected)
    {
        Assert.True(AmountParser.TryParse(text, out var value, out var problem), problem?.Problem);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Null(problem);
    }

    [Fact]
    public void The_written_scale_is_kept() =>
        Assert.Equal("1183.30", (AmountParser.TryParse("1,183.30", out var v, out _) ? v : 0).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("12,3", "千分位逗号的位置不对")]
    [InlineData("1,2,3,4", "千分位逗号的位置不对")]
    [InlineData("1234,567", "千分位逗号的位置不对")]
    [InlineData("1,23,456", "千分位逗号的位置不对")]
    [InlineData(",123", "千分位逗号的位置不对")]
    [InlineData("1,234,", "千分位逗号的位置不对")]
    [InlineData("１２，３", "千分位逗号的位置不对")]
    [InlineData("1e5", "科学计数法")]
    [InlineData("1e-400", "科学计数法")]
    [InlineData("1.5E+3", "科学计数法")]
    [InlineData("2025-01-01", "是日期")]
    [InlineData("2025/1/1", "是日期")]
    [InlineData("2025年1月1日", "是日期")]
    [InlineData("TRUE", "真假值")]
    [InlineData("false", "真假值")]
    [InlineData("=A1+B1", "公式")]
    [InlineData("1 234", "空格")]
    [InlineData("100元", "单位")]
    [InlineData("一千", "不是数字")]
    [InlineData("12.", "小数点后没有数字")]
    [InlineData("1.2.3", "不是数字")]
    [InlineData("--5", "不是数字")]
    [InlineData("1000000000000000.01", "超出预算可处理的范围")]
    [InlineData("99999999999999999999999999999999", "超出预算可处理的范围")]
    [InlineData("0.12345678901234567890123456789", "无法精确读取")]
    public void Anything_else_is_refused_saying_why(string text, string why)
    {
        Assert.False(AmountParser.TryParse(text, out _, out var problem));
        Assert.NotNull(problem);
        Assert.Contains(why, problem.Problem);
        Assert.False(string.IsNullOrWhiteSpace(problem.Allowed));
    }

    [Theory]
    [InlineData("1183.38", "1183.38")]
    [InlineData("1.5E3", "1500")]
    [InlineData("1500e-3", "1.5")]
    [InlineData("1183.3800000000001", "1183.3800000000001")]
    [InlineData("0e-400", "0")]
    [InlineData("-2.5", "-2.5")]
    [InlineData("1e15", "1000000000000000")]
    public void Machine_numbers_may_use_an_exponent(string literal, string expected)
    {
        Assert.True(AmountParser.TryParseNumber(literal, out var value, out var problem), problem?.Problem);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1e-400", "指数下溢")]
    [InlineData("1E-29", "指数下溢")]
    [InlineData("1e40", "超出预算可处理的范围")]
    [InlineData("1e16", "超出预算可处理的范围")]
    [InlineData("1e99999999", "超出预算可处理的范围")]
    [InlineData("12345678901234.123456789012345678", "有效数字超过 28 位")]
    [InlineData("abc", "不是数字")]
    [InlineData("1e", "不是数字")]
    public void Machine_numbers_that_cannot_be_kept_exactly_are_refused(string literal, string why)
    {
        Assert.False(AmountParser.TryParseNumber(literal, out _, out var problem));
        Assert.Contains(why, problem!.Problem);
    }

    [Fact]
    public void Magnitude_beyond_ten_to_the_fifteen_is_a_problem()
    {
        Assert.Null(AmountParser.CheckMagnitude(AmountParser.MaxMagnitude, "x"));
        Assert.NotNull(AmountParser.CheckMagnitude(-AmountParser.MaxMagnitude - 0.01m, "x"));
    }
}

namespace Yusuan.Core.Profiles;

/// <summary>How amounts are printed. Values stay exact in 元; only printing divides and rounds.</summary>
public sealed record Presentation
{
    /// <summary>万元 or 元.</summary>
    public string Unit { get; init; } = "万元";
    public int Decimals { get; init; } = 2;
    /// <summary>Print zero as an empty cell (most regions) or as 0 (Shenzhen).</summary>
    public bool BlankZero { get; init; } = true;
    public bool ThousandsSeparator { get; init; } = true;
    /// <summary>cell: each cell rounded on its own. The rule that makes printed parts add up comes with the checks.</summary>
    public string Rounding { get; init; } = "cell";

    public decimal Divisor => Unit == "万元" ? 10000m : 1m;

    public string UnitLabel => $"{Unit}";

    /// <summary>The printed value of an exact amount, rounded half away from zero as finance staff round by hand.</summary>
    public decimal Printed(decimal yuan) => Math.Round(yuan / Divisor, Decimals, MidpointRounding.AwayFromZero);

    public string Format(decimal? yuan)
    {
        if (yuan is null) return "";
        var printed = Printed(yuan.Value);
        if (printed == 0 && BlankZero) return "";
        var format = (ThousandsSeparator ? "#,##0" : "0") + (Decimals > 0 ? "." + new string('0', Decimals) : "");
        return printed.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Excel number format matching <see cref="Format"/>.</summary>
    public string ExcelFormat
    {
        get
        {
            var f = (ThousandsSeparator ? "#,##0" : "0") + (Decimals > 0 ? "." + new string('0', Decimals) : "");
            return BlankZero ? $"{f};-{f};;@" : f;
        }
    }
}

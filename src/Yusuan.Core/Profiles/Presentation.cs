namespace Yusuan.Core.Profiles;

/// <summary>How amounts are printed. Values stay exact in 元; only printing divides and rounds.</summary>
public sealed record Presentation
{
    /// <summary>Each printed figure is its exact amount rounded on its own (half away from zero); parts may then not add to printed totals (尾数差).</summary>
    public const string CellRounding = "cell";

    /// <summary>
    /// Printed totals equal the sum of their printed parts, down the rows and across the columns; each figure is one of
    /// the two nearest figures of its exact amount (see docs/rounding.md for what is guaranteed where).
    /// </summary>
    public const string LargestRemainderRounding = "largest-remainder";

    /// <summary>The rounding policies a profile (or <c>yusuan build --rounding</c>) may name.</summary>
    public static IReadOnlyList<string> RoundingPolicies { get; } = [CellRounding, LargestRemainderRounding];

    /// <summary>万元 or 元.</summary>
    public string Unit { get; init; } = "万元";
    public int Decimals { get; init; } = 2;
    /// <summary>Print zero as an empty cell (most regions) or as 0 (Shenzhen).</summary>
    public bool BlankZero { get; init; } = true;
    public bool ThousandsSeparator { get; init; } = true;
    /// <summary><see cref="CellRounding"/> (default, as the published documents do) or <see cref="LargestRemainderRounding"/>.</summary>
    public string Rounding { get; init; } = CellRounding;
    /// <summary>The note a table gets under <see cref="LargestRemainderRounding"/>, after its own note.</summary>
    public string RoundingNote { get; init; } = "注：表中金额按四舍五入后的尾数调整，合计等于各分项之和。";

    public decimal Divisor => Unit == "万元" ? 10000m : 1m;

    public string UnitLabel => $"{Unit}";

    /// <summary>One unit of the last printed digit: 0.01 for two decimals, 1 for whole 万元.</summary>
    public decimal Step
    {
        get
        {
            var step = 1m;
            for (var i = 0; i < Decimals; i++) step /= 10m;
            return step;
        }
    }

    /// <summary>True when printed parts are made to add up to printed totals.</summary>
    public bool AddsUp => Rounding == LargestRemainderRounding;

    /// <summary>Throws when <see cref="Rounding"/> names no known policy.</summary>
    public void Validate()
    {
        if (!RoundingPolicies.Contains(Rounding))
            throw new InvalidDataException($"配置中的舍入方式“{Rounding}”无法识别（可用：{string.Join("、", RoundingPolicies)}）");
    }

    /// <summary>
    /// The printed value of an exact amount rounded on its own, half away from zero as finance staff round by hand.
    /// A table's printed figure is <c>Table.Shown</c>, which applies the rounding policy; this is the cell policy.
    /// </summary>
    public decimal Printed(decimal yuan) => Math.Round(yuan / Divisor, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>An exact amount printed on its own (cell rounding).</summary>
    public string Format(decimal? yuan) => yuan is null ? "" : FormatShown(Printed(yuan.Value));

    /// <summary>The text of a figure already printed (divided and rounded), e.g. 1183.38 → 1,183.38; zero blank where the region leaves it blank.</summary>
    public string FormatShown(decimal? printed)
    {
        if (printed is not { } p) return "";
        if (p == 0 && BlankZero) return "";
        var format = (ThousandsSeparator ? "#,##0" : "0") + (Decimals > 0 ? "." + new string('0', Decimals) : "");
        return p.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
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

using Yusuan.Core.Model;
using Yusuan.Core.Profiles;

namespace Yusuan.Core.Tables;

/// <summary>A measure column with its filter combined with the table's.</summary>
internal sealed record CompiledMeasure(string Of, CompiledFilter Filter, string? Field)
{
    /// <summary>The economic classes behind each “三公” figure (domain.md §5 item 9).</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> ThreePublicCodes = new Dictionary<string, string[]>
    {
        ["abroad"] = ["30212"],
        ["vehiclePurchase"] = ["31013"],
        ["vehicleOperation"] = ["30231"],
        ["vehicles"] = ["31013", "30231"],
        ["reception"] = ["30217"],
        ["total"] = ["30212", "31013", "30231", "30217"],
    };

    public static CompiledMeasure Compile(Measure? measure, LineFilter? tableFilter)
    {
        measure ??= new Measure();
        var filter = measure.Filter;
        if (measure.Of == "threePublic")
        {
            var field = measure.Field ?? "total";
            if (!ThreePublicCodes.TryGetValue(field, out var codes))
                throw new InvalidDataException($"配置中的三公字段“{field}”无法识别");
            filter = (filter ?? new LineFilter()) with { Economic = codes };
        }
        return new CompiledMeasure(measure.Of, new CompiledFilter(filter, tableFilter), measure.Field);
    }

    public bool OnExpenditure => Of is "expenditure" or "threePublic";

    public decimal Previous(ThreePublicFigures? figures) => figures is null || Of == "none" ? 0m : (Field ?? "total") switch
    {
        "abroad" => figures.Abroad,
        "vehiclePurchase" => figures.VehiclePurchase,
        "vehicleOperation" => figures.VehicleOperation,
        "vehicles" => figures.Vehicles,
        "reception" => figures.Reception,
        _ => figures.Total,
    };

    public decimal ItemAmount(IReadOnlyDictionary<IncomeSource, decimal> amounts, string? category,
        bool smallBusiness = false, bool microBusiness = false)
    {
        if (Of == "none" || (category is not null && !Filter.MatchesCategory(category))) return 0m;
        if (!Filter.MatchesSetAside(smallBusiness, microBusiness)) return 0m;
        var sum = 0m;
        foreach (var (source, amount) in amounts)
            if (Filter.MatchesSource(source)) sum += amount;
        return sum;
    }
}

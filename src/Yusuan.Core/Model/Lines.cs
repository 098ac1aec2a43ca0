namespace Yusuan.Core.Model;

/// <summary>One amount of income a unit expects, by source; <see cref="CarriedOver"/> marks 上年结转 money.</summary>
public sealed record IncomeLine(string UnitCode, IncomeSource Source, bool CarriedOver, decimal Amount)
{
    public SourceLocation? Location { get; init; }
}

/// <summary>
/// The atom of a budget: one amount of spending, classified every way the tables need.
/// Every figure of every table is a sum of these.
/// </summary>
public sealed record ExpenditureLine(
    string UnitCode,
    string FunctionalCode,
    string EconomicCode,
    ExpenditureNature Nature,
    string? ProjectName,
    IncomeSource Source,
    bool CarriedOver,
    decimal Amount)
{
    /// <summary>A 政府预算支出经济分类 code that overrides the map (e.g. 事业-funded staff in a 机关 unit).</summary>
    public string? GovernmentEconomicCode { get; init; }

    public SourceLocation? Location { get; init; }
}

/// <summary>项目: spending for a purpose, with its kind as the region names kinds (运转类, 特定目标类, 履职类 …).</summary>
public sealed record Project(string UnitCode, string Name, string Kind)
{
    public SourceLocation? Location { get; init; }
}

/// <summary>The four “三公” figures.</summary>
public sealed record ThreePublicFigures(decimal Abroad, decimal VehiclePurchase, decimal VehicleOperation, decimal Reception)
{
    public decimal Vehicles => VehiclePurchase + VehicleOperation;
    public decimal Total => Abroad + Vehicles + Reception;
}

/// <summary>政府采购 item.</summary>
public sealed record ProcurementItem(
    string UnitCode, string? ProjectName, string Item, string Category, decimal? Quantity, string? Measure,
    IReadOnlyDictionary<IncomeSource, decimal> Amounts)
{
    public decimal Total => Amounts.Values.Sum();
    /// <summary>Reserved for 中小企业 (面向中小企业政府采购项目).</summary>
    public bool SmallBusiness { get; init; }
    /// <summary>Reserved for 小型、微型企业 (面向小型、微型企业政府采购项目); such an item is reserved for 中小企业 too.</summary>
    public bool MicroBusiness { get; init; }
    public SourceLocation? Location { get; init; }
}

/// <summary>政府购买服务 item.</summary>
public sealed record ServicePurchaseItem(
    string UnitCode, string? ProjectName, string Item, decimal? Quantity, string? Measure, decimal? UnitPrice,
    IReadOnlyDictionary<IncomeSource, decimal> Amounts)
{
    public decimal Total => Amounts.Values.Sum();
    public SourceLocation? Location { get; init; }
}

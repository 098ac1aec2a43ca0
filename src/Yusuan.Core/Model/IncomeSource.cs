namespace Yusuan.Core.Model;

/// <summary>Where money comes from (domain.md §3.5). 上年结转 is a flag on a line, not a source.</summary>
public enum IncomeSource
{
    GeneralPublicBudget,
    GovernmentFund,
    StateCapital,
    FiscalSpecialAccount,
    InstitutionRevenue,
    InstitutionOperating,
    SuperiorSubsidy,
    SubordinateRemittance,
    Other,
    InstitutionFundDrawdown,
}

public static class IncomeSources
{
    private static readonly (IncomeSource Source, string Name, string ShortName)[] Names =
    [
        (IncomeSource.GeneralPublicBudget, "一般公共预算拨款收入", "一般公共预算"),
        (IncomeSource.GovernmentFund, "政府性基金预算拨款收入", "政府性基金预算"),
        (IncomeSource.StateCapital, "国有资本经营预算拨款收入", "国有资本经营预算"),
        (IncomeSource.FiscalSpecialAccount, "财政专户管理资金收入", "财政专户管理资金"),
        (IncomeSource.InstitutionRevenue, "事业收入", "事业收入"),
        (IncomeSource.InstitutionOperating, "事业单位经营收入", "事业单位经营收入"),
        (IncomeSource.SuperiorSubsidy, "上级补助收入", "上级补助收入"),
        (IncomeSource.SubordinateRemittance, "附属单位上缴收入", "附属单位上缴收入"),
        (IncomeSource.Other, "其他收入", "其他收入"),
        (IncomeSource.InstitutionFundDrawdown, "用事业基金弥补收支差额", "用事业基金弥补收支差额"),
    ];

    public static IReadOnlyList<IncomeSource> All { get; } = Names.Select(n => n.Source).ToArray();
    public static IReadOnlyList<string> AllNames { get; } = Names.Select(n => n.Name).ToArray();

    public static string ChineseName(this IncomeSource source) => Names[(int)source].Name;

    /// <summary>财政拨款: the three budgets a finance bureau appropriates.</summary>
    public static bool IsFiscal(this IncomeSource source) =>
        source is IncomeSource.GeneralPublicBudget or IncomeSource.GovernmentFund or IncomeSource.StateCapital;

    public static bool TryParse(string? text, out IncomeSource source)
    {
        var t = (text ?? "").Trim();
        foreach (var (candidate, name, shortName) in Names)
        {
            if (t == name || t == shortName || t == shortName + "拨款")
            {
                source = candidate;
                return true;
            }
        }
        source = default;
        return false;
    }
}

using Yusuan.Core.Catalogs;
using Yusuan.Core.Documents;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;

namespace Yusuan.Core.Tests.Documents;

/// <summary>
/// Last year's figures computed from last year's budget: a budget taken as "last year" gives, for each previousYear key
/// its profile compares, its own figure, which the lines give independently.
/// </summary>
public sealed class PreviousYearFiguresTests
{
    [Fact]
    public void Sichuan_keys_come_from_the_lines_of_last_years_budget()
    {
        var budget = Repo.Budget("department-2025");
        var profile = ProfileLoader.Load("sichuan-2025");
        var figures = PreviousYearFigures.From(budget, profile, CatalogLoader.Load(budget.Year));

        // 收支预算总数: all income of the year, carried over included.
        Assert.Equal(budget.Income.Sum(i => i.Amount), figures["totalIncome"]);
        // 财政拨款收支预算总数: the three fiscal sources.
        Assert.Equal(budget.Income.Where(i => i.Source.IsFiscal()).Sum(i => i.Amount), figures["fiscalTotal"]);
        // 一般公共预算当年拨款: that source, not carried over.
        Assert.Equal(budget.Income.Where(i => i.Source == IncomeSource.GeneralPublicBudget && !i.CarriedOver).Sum(i => i.Amount), figures["gpbCurrentYear"]);
        Assert.Contains("operatingExpenses", figures.Keys);
    }

    [Fact]
    public void Shenzhen_keys_follow_its_own_profile()
    {
        var budget = Repo.Budget("shenzhen-2023");
        var figures = PreviousYearFigures.From(budget, ProfileLoader.Load("shenzhen-2023"), CatalogLoader.Load(budget.Year));
        Assert.Equal(budget.Income.Sum(i => i.Amount), figures["totalIncome"]);
        Assert.Equal(budget.Expenditures.Sum(l => l.Amount), figures["totalExpenditure"]);
    }

    [Fact]
    public void A_profile_without_a_document_gives_nothing()
    {
        var budget = Repo.Budget("bazhong-2021");
        Assert.Empty(PreviousYearFigures.From(budget, ProfileLoader.Load("bazhong-2021"), CatalogLoader.Load(budget.Year)));
    }
}

using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;

namespace Yusuan.Bench;

/// <summary>A province-sized budget from a fixed seed: every run of a size builds the same lines.</summary>
public static class SyntheticBudget
{
    public static Budget Create(Size size, int seed = 20251123)
    {
        var random = new Random(seed);
        var catalogs = CatalogLoader.Load(2025);
        var functional = Leaves(catalogs.Functional, 7).Where(c => c.StartsWith("208") || c.StartsWith("201") || c.StartsWith("213") || c.StartsWith("210") || c.StartsWith("221")).ToArray();
        var economic = Leaves(catalogs.Economic, 5).Where(c => c.Length == 5 && c[..3] is "301" or "302" or "303" or "310").ToArray();
        var types = new[] { UnitType.Administrative, UnitType.CivilServiceManaged, UnitType.Institution };
        var units = Enumerable.Range(0, size.Units)
            .Select(i => new BudgetUnit($"{100 + i / 100:D3}{i % 100 + 1:D3}", $"合成单位{i + 1}", types[i % 3])).ToList();
        var projects = new List<Project>();
        foreach (var u in units)
            for (var p = 0; p < 5; p++) projects.Add(new Project(u.Code, $"项目{p + 1}", p % 2 == 0 ? "运转类" : "特定目标类"));

        var lines = new List<ExpenditureLine>(size.Lines);
        var income = new Dictionary<(string, IncomeSource), decimal>();
        for (var i = 0; i < size.Lines; i++)
        {
            var unit = units[i % units.Count];
            var isProject = random.Next(4) == 0;
            var econ = economic[random.Next(economic.Length)];
            var source = random.Next(10) == 0 ? IncomeSource.GovernmentFund : IncomeSource.GeneralPublicBudget;
            var amount = random.Next(1, 5_000_000) + random.Next(100) / 100m;
            var nature = isProject ? ExpenditureNature.Project : ExpenditureNatures.BasicNatureOf(econ);
            lines.Add(new ExpenditureLine(unit.Code, functional[random.Next(functional.Length)], econ, nature,
                isProject ? $"项目{random.Next(5) + 1}" : null, source, false, amount));
            income[(unit.Code, source)] = income.GetValueOrDefault((unit.Code, source)) + amount;
        }
        return new Budget
        {
            Year = 2025,
            ProfileId = "sichuan-2025",
            Department = new Department("999", "合成省级部门"),
            Units = units,
            Expenditures = lines,
            Income = income.Select(kv => new IncomeLine(kv.Key.Item1, kv.Key.Item2, false, kv.Value)).ToList(),
            Projects = projects,
        };
    }

    private static IEnumerable<string> Leaves(Classification catalog, int length) =>
        catalog.TopLevel.SelectMany(c => Descend(catalog, c)).Where(c => c.Length == length);

    private static IEnumerable<string> Descend(Classification catalog, string code) =>
        new[] { code }.Concat(catalog.Children(code).SelectMany(c => Descend(catalog, c)));
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yusuan.Checks;
using Yusuan.Core.Tables;
using Yusuan.Web.Budgets;
using Yusuan.Web.Data;
using Yusuan.Web.Demo;
using Yusuan.Web.Tests.Infrastructure;

namespace Yusuan.Web.Tests;

/// <summary>The demo region is the samples, split into unit budgets; merged again they read as the sample does.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DemoSeedingTests(PostgresCluster cluster)
{
    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task Demo_region_holds_the_five_sample_departments_and_every_unit_budget_reads(string kind)
    {
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<YusuanDb>();
        var budgets = scope.ServiceProvider.GetRequiredService<BudgetService>();

        var region = await db.Regions.SingleAsync(r => r.Code == DemoSeeder.RegionCode);
        var departments = await db.Departments.Where(d => d.RegionId == region.Id).ToListAsync();
        Assert.Equal(DemoSeeder.Samples.Length, departments.Count);
        Assert.Equal(5, departments.Count);
        foreach (var (sample, stage) in DemoSeeder.Samples)
        {
            var whole = Sample(sample);
            var code = whole["department"]!["code"]!.GetValue<string>();
            var department = Assert.Single(departments, d => d.Code == code);
            Assert.Equal(whole["department"]!["name"]!.GetValue<string>(), department.Name);
            var budget = await db.DepartmentBudgets.Include(b => b.Units).ThenInclude(u => u.Unit).SingleAsync(b => b.DepartmentId == department.Id);
            Assert.Equal(whole["year"]!.GetValue<int>(), budget.Year);
            Assert.Equal(whole["profile"]!.GetValue<string>(), budget.ProfileId);
            Assert.Equal(stage, budget.Stage);
            Assert.Equal(stage == DepartmentStage.Published, budget.PublishedAt is not null);
            Assert.Equal(whole["units"]!.AsArray().Select(u => u!["code"]!.GetValue<string>()).Order(),
                budget.Units.Select(u => u.Unit!.Code).Order());
        }

        var ids = await db.UnitBudgets.Where(u => u.DepartmentBudget!.Department!.RegionId == region.Id).Select(u => u.Id).ToListAsync();
        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            var unit = (await budgets.UnitBudgetAsync(id))!;
            var evaluation = budgets.EvaluateUnit(unit);
            Assert.True(evaluation.Readable, $"{unit.Unit!.Code}: {string.Join("; ", evaluation.Findings.Select(f => f.ToString()))}");
            Assert.NotEmpty(evaluation.Tables);
        }

        // The accounts: four roles, each password one Identity accepts (written to the data folder, not the repository).
        Assert.Equal(["danwei", "bumen", "caizheng", "admin"], factory.Accounts.Select(a => a.UserName));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var account in factory.Accounts)
        {
            var user = await users.FindByNameAsync(account.UserName);
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, account.Password), account.UserName);
        }
    }

    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task Merged_department_budget_prints_the_same_tables_as_the_sample(string kind)
    {
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        await using var scope = factory.Scope();
        var budgets = scope.ServiceProvider.GetRequiredService<BudgetService>();
        var department = await DepartmentBudgetAsync(scope, "801");

        var (content, _) = budgets.Merge(department);
        var merged = budgets.Evaluator.Evaluate(content);
        var direct = budgets.Evaluator.Evaluate(File.ReadAllText(Path.Combine(YusuanWebFactory.SamplesFolder, "department-2025", "budget.json")));
        Assert.True(merged.Readable);
        Assert.True(direct.Readable);
        Assert.Equal(direct.TableNames, merged.TableNames);
        var expected = Texts(direct.Tables);
        var actual = Texts(merged.Tables);
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++) Assert.Equal(expected[i], actual[i]);
        Assert.Equal(expected.Count, actual.Count);
        // The checks agree too (places aside: the merged records may sit in another order than the sample's).
        Assert.Equal(direct.Findings.Select(f => (f.RuleId, f.Severity)).Order(), merged.Findings.Select(f => (f.RuleId, f.Severity)).Order());
    }

    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task A_finding_in_the_merged_budget_maps_back_to_its_unit_and_row(string kind)
    {
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        const string unitCode = "801002";
        int localRow;
        await using (var scope = factory.Scope())
        {
            // Make one 人员经费 line of the department's second unit a 公用经费 one: B-NATURE-ECONOMIC flags that record.
            var budgets = scope.ServiceProvider.GetRequiredService<BudgetService>();
            var unit = (await budgets.UnitBudgetAsync(await factory.UnitBudgetIdAsync(unitCode)))!;
            var content = BudgetService.Normalized(unit, unit.DepartmentBudget!);
            var lines = content["expenditures"]!.AsArray();
            localRow = 1 + lines.Select((l, i) => (l, i)).Where(x => x.l!["nature"]?.GetValue<string>() == "人员经费"
                && x.l["economic"]!.GetValue<string>().StartsWith("301", StringComparison.Ordinal)).Skip(2).First().i;
            lines[localRow - 1]!["nature"] = "公用经费";
            await budgets.SaveUnitAsync(unit, unit.Version, content, "test");
        }

        await using (var scope = factory.Scope())
        {
            var budgets = scope.ServiceProvider.GetRequiredService<BudgetService>();
            var department = await DepartmentBudgetAsync(scope, "801");
            var (evaluation, origins) = budgets.EvaluateDepartment(department);
            var sample = budgets.Evaluator.Evaluate(File.ReadAllText(Path.Combine(YusuanWebFactory.SamplesFolder, "department-2025", "budget.json")));
            var before = sample.Findings.Count(f => f.RuleId == "B-NATURE-ECONOMIC");
            var flagged = evaluation.Findings.Where(f => f.RuleId == "B-NATURE-ECONOMIC" && f.Place.Sheet == "expenditures").ToList();
            Assert.Equal(before + 1, flagged.Count);

            // Units merge in code order: 801001's lines come first, so the merged row is past them.
            var firstUnitLines = department.Units.Single(u => u.Unit!.Code == "801001");
            var offset = BudgetContent.Parse(firstUnitLines.Content)["expenditures"]!.AsArray().Count;
            var finding = Assert.Single(flagged, f => f.Place.Row == offset + localRow);
            Assert.Equal((unitCode, localRow), origins.Of("expenditures", finding.Place.Row!.Value));

            // The unit's own evaluation flags the same record at its own row.
            var unit = department.Units.Single(u => u.Unit!.Code == unitCode);
            Assert.Contains(budgets.EvaluateUnit(unit).Findings, f => f.RuleId == "B-NATURE-ECONOMIC" && f.Place.Sheet == "expenditures" && f.Place.Row == localRow);

            // Every merged record maps to a unit and a row that exists there, and rows past the end map to nothing.
            var (content, _) = budgets.Merge(department);
            var mergedLines = BudgetContent.Parse(content)["expenditures"]!.AsArray();
            for (var row = 1; row <= mergedLines.Count; row++)
            {
                var (code, own) = origins.Of("expenditures", row)!.Value;
                Assert.Equal(code, mergedLines[row - 1]!["unit"]!.GetValue<string>());
                var unitLines = BudgetContent.Parse(department.Units.Single(u => u.Unit!.Code == code).Content)["expenditures"]!.AsArray();
                Assert.True(JsonNode.DeepEquals(unitLines[own - 1], mergedLines[row - 1]), $"merged row {row}");
            }
            Assert.Null(origins.Of("expenditures", mergedLines.Count + 1));
            Assert.Null(origins.Of("expenditures", 0));
        }
    }

    private static async Task<DepartmentBudget> DepartmentBudgetAsync(AsyncServiceScope scope, string departmentCode)
    {
        var db = scope.ServiceProvider.GetRequiredService<YusuanDb>();
        var budgets = scope.ServiceProvider.GetRequiredService<BudgetService>();
        var id = await db.DepartmentBudgets.Where(d => d.Department!.Code == departmentCode && d.Department.Region!.Code == DemoSeeder.RegionCode)
            .Select(d => d.Id).SingleAsync();
        return (await budgets.DepartmentBudgetAsync(id))!;
    }

    private static JsonObject Sample(string name) =>
        BudgetContent.Parse(File.ReadAllText(Path.Combine(YusuanWebFactory.SamplesFolder, name, "budget.json")));

    /// <summary>Every printed text of every table: titles, headers, and each cell as <see cref="Table.Format"/> prints it.</summary>
    private static List<string> Texts(IReadOnlyList<Table> tables)
    {
        var texts = new List<string>();
        foreach (var table in tables)
        {
            texts.Add($"{table.Id} | {table.Number} | {table.Title} | {table.Subject} | {table.UnitLabel} | {table.IsEmpty} | {table.EmptyNote} | {table.Note}");
            texts.Add($"{table.Id} columns: {string.Join(" ‖ ", table.ColumnPaths)}");
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                var cells = Enumerable.Range(0, row.Cells.Count).Select(c => table.Format(row, c));
                // Not the row's key: it may name an input record's number (servicePurchase:2), and the merge orders the
                // records unit by unit where the sample interleaves them. What is printed must not change.
                texts.Add($"{table.Id} row {r + 1} [{row.Kind} depth {row.Depth}]: {string.Join(" ‖ ", cells)}");
            }
        }
        return texts;
    }
}

/// <summary>The demo passwords must pass the app's Identity password rules, every time (a regression: one in five lacked a digit).</summary>
public sealed class DemoPasswordTests
{
    [Fact]
    public void Every_generated_password_has_a_digit_and_both_cases_and_ten_or_more_characters()
    {
        for (var i = 0; i < 2000; i++)
        {
            var password = DemoSeeder.MakePassword();
            Assert.True(password.Length >= 10, password);
            Assert.Contains(password, char.IsAsciiDigit);
            Assert.Contains(password, char.IsAsciiLetterUpper);
            Assert.Contains(password, char.IsAsciiLetterLower);
        }
    }
}

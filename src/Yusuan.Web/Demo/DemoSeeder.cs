using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yusuan.Web.Budgets;
using Yusuan.Web.Data;

namespace Yusuan.Web.Demo;

/// <summary>A demo account as the login page shows it. Passwords are made on the machine at first start, never kept in the repository.</summary>
public sealed record DemoAccount(string UserName, string Password, string Role, string Who);

/// <summary>
/// The demo: a made-up region (示范市) whose departments are the repository's samples. 某市农业农村局 (samples/department-2025)
/// is the one to walk through: its 机关 is still being prepared, its two other units have submitted. 某县水利局 is published.
/// </summary>
public sealed class DemoSeeder(YusuanDb db, BudgetService budgets, UserManager<AppUser> users, TimeProvider clock, ILogger<DemoSeeder> log)
{
    public const string RegionCode = "DEMO";

    public static readonly (string Sample, DepartmentStage Stage)[] Samples =
    [
        ("department-2025", DepartmentStage.Preparing),
        ("guangyuan-2025", DepartmentStage.Preparing),
        ("shenzhen-2023", DepartmentStage.Preparing),
        ("bazhong-2021", DepartmentStage.Preparing),
        ("shandong-2021", DepartmentStage.Published),
    ];

    /// <summary>Seeds the demo region once (an existing one is left as it is) and returns the demo accounts.</summary>
    public async Task<IReadOnlyList<DemoAccount>> SeedAsync(string samplesFolder, string accountsFile)
    {
        if (await db.Regions.AnyAsync(r => r.Code == RegionCode))
            return File.Exists(accountsFile) ? JsonSerializer.Deserialize<List<DemoAccount>>(File.ReadAllText(accountsFile)) ?? [] : [];

        // All or nothing: a seed that fails half-way would leave a region without its accounts for every later start.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = clock.GetUtcNow();
        var region = new Region { Code = RegionCode, Name = "示范市", BureauName = "示范市财政局" };
        db.Regions.Add(region);
        await db.SaveChangesAsync();

        Department? walkthrough = null;
        foreach (var (sample, stage) in Samples)
        {
            var path = Path.Combine(samplesFolder, sample, "budget.json");
            var whole = BudgetContent.Parse(await File.ReadAllTextAsync(path));
            var deptNode = whole["department"]!;
            var department = new Department { RegionId = region.Id, Code = deptNode["code"]!.GetValue<string>(), Name = deptNode["name"]!.GetValue<string>() };
            db.Departments.Add(department);
            var (deptContent, unitContents) = BudgetContent.Split(whole);
            var budget = new DepartmentBudget
            {
                Department = department, Year = whole["year"]!.GetValue<int>(), ProfileId = whole["profile"]!.GetValue<string>(),
                AmountUnit = whole["amountUnit"]?.GetValue<string>() ?? "元", Content = BudgetContent.Write(deptContent), Stage = stage,
                PublishedAt = stage == DepartmentStage.Published ? now : null,
            };
            db.DepartmentBudgets.Add(budget);
            foreach (var unitNode in whole["units"]!.AsArray())
            {
                var code = unitNode!["code"]!.GetValue<string>();
                var unit = new Unit { Department = department, Code = code, Name = unitNode["name"]!.GetValue<string>(), Type = unitNode["type"]!.GetValue<string>() };
                db.Units.Add(unit);
                // In the walkthrough department the first unit is still preparing; its other units have submitted.
                var unitStage = stage == DepartmentStage.Preparing && !(sample == "department-2025" && code != "801001") ? UnitStage.Draft : UnitStage.Submitted;
                budget.Units.Add(new UnitBudget { Unit = unit, Content = BudgetContent.Write(unitContents[code]), Stage = unitStage, UpdatedAt = now, UpdatedBy = "演示数据" });
            }
            if (sample == "department-2025") walkthrough = department;
            db.AuditEntries.Add(new AuditEntry { At = now, User = "演示数据", Action = "导入", Field = $"samples/{sample}", NewValue = stage.Chinese() });
        }
        await db.SaveChangesAsync();
        // A published department has its 批复 as the public downloads serve it.
        foreach (var id in await db.DepartmentBudgets.Where(d => d.Stage == DepartmentStage.Published).Select(d => d.Id).ToListAsync())
        {
            var published = (await budgets.DepartmentBudgetAsync(id))!;
            db.Snapshots.Add(new Snapshot { DepartmentBudgetId = published.Id, Kind = "批复", Content = budgets.Merge(published).Content, By = "演示数据", At = now });
        }
        await db.SaveChangesAsync();

        var firstUnit = await db.Units.FirstAsync(u => u.Code == "801001");
        var accounts = new List<DemoAccount>();
        async Task Add(string name, string display, UserRole role, int? regionId = null, int? departmentId = null, int? unitId = null, string who = "")
        {
            var password = MakePassword();
            var user = new AppUser { UserName = name, DisplayName = display, Role = role, RegionId = regionId, DepartmentId = departmentId, UnitId = unitId, EmailConfirmed = true };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("；", result.Errors.Select(e => e.Description)));
            accounts.Add(new DemoAccount(name, password, role.Chinese(), who));
        }
        await Add("danwei", "农业农村局机关 财务", UserRole.Unit, unitId: firstUnit.Id, who: firstUnit.Name);
        await Add("bumen", "农业农村局 财务科", UserRole.Department, departmentId: walkthrough!.Id, who: walkthrough.Name);
        await Add("caizheng", "示范市财政局 预算科", UserRole.Bureau, regionId: region.Id, who: region.BureauName);
        await Add("admin", "系统管理员", UserRole.Admin, who: "建立地区、部门、单位和用户");
        await transaction.CommitAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(accountsFile))!);
        await File.WriteAllTextAsync(accountsFile, JsonSerializer.Serialize(accounts));
        log.LogInformation("演示数据已建立：{Count} 个部门，演示账号见登录页", Samples.Length);
        return accounts;
    }

    /// <summary>
    /// Readable, and strong enough for a demo on a laptop: 10 characters from an unambiguous alphabet after "Ys-". Identity
    /// requires a digit (the prefix gives the upper- and lower-case letters), which 10 random characters lack about one time in five.
    /// </summary>
    internal static string MakePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        string password;
        do password = "Ys-" + RandomNumberGenerator.GetString(alphabet, 10);
        while (!password.Any(char.IsAsciiDigit));
        return password;
    }
}

using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yusuan.Checks;
using Yusuan.Web.Budgets;
using Yusuan.Web.Data;
using Yusuan.Web.Tests.Infrastructure;

namespace Yusuan.Web.Tests;

/// <summary>
/// The whole 编报 → 审核 → 控制数 → 二上 → 批复 → 公开 cycle through the workflow service: each step's stage rule, its
/// snapshot, its audit entry; a department above its 控制数 cannot be forwarded or approved; last year's approved
/// budget gives this year's 复制上年 lines and the figures the department did not state.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class WorkflowTests(PostgresCluster cluster)
{
    private static bool CurrentGeneralIncome(JsonNode? income) =>
        income!["source"]!.GetValue<string>() == "一般公共预算拨款收入" && income["carriedOver"]?.GetValue<bool>() != true;

    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task A_department_goes_through_one_up_control_figures_two_up_approval_and_publication(string kind)
    {
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        await using var scope = factory.Scope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<YusuanDb>();
        var budgets = services.GetRequiredService<BudgetService>();
        var workflow = services.GetRequiredService<Workflow>();
        var bumen = await db.Users.SingleAsync(u => u.UserName == "bumen");
        var caizheng = await db.Users.SingleAsync(u => u.UserName == "caizheng");
        var deptId = await db.DepartmentBudgets.Where(d => d.Department!.Code == "801").Select(d => d.Id).SingleAsync();
        async Task<DepartmentBudget> Department() { db.ChangeTracker.Clear(); return (await budgets.DepartmentBudgetAsync(deptId))!; }
        AppUser ClerkOf(UnitBudget u) => new() { UserName = "clerk-" + u.Unit!.Code, DisplayName = "clerk", Role = UserRole.Unit, UnitId = u.UnitId };
        async Task SubmitAll()
        {
            foreach (var unit in (await Department()).Units.Where(u => u.Stage != UnitStage.Submitted).ToList())
            {
                var fresh = (await budgets.UnitBudgetAsync(unit.Id))!;
                var warnings = budgets.EvaluateUnit(fresh).Findings.Where(f => f.Severity == Severity.Warning);
                await workflow.SubmitUnitAsync(ClerkOf(fresh), fresh, warnings.Select(Workflow.KeyOf).Distinct().ToDictionary(k => k, _ => "按文件安排"));
            }
        }

        // 一上: refused while a unit has not submitted, and by anyone but the 主管部门.
        var e = await Assert.ThrowsAsync<WorkflowException>(async () => await workflow.ForwardAsync(bumen, await Department()));
        Assert.Contains("还有单位未提交", e.Message);
        var first = (await Department()).Units.Single(u => u.Unit!.Code == "801001");
        var missing = await Assert.ThrowsAsync<WorkflowException>(async () => await workflow.SubmitUnitAsync(ClerkOf(first), first, new Dictionary<string, string>()));
        Assert.Contains("没有说明", missing.Message);
        await SubmitAll();
        await Assert.ThrowsAsync<WorkflowException>(async () => await workflow.ForwardAsync(caizheng, await Department()));
        await workflow.ForwardAsync(bumen, await Department());
        Assert.Equal(DepartmentStage.Forwarded, (await Department()).Stage);

        // 控制数 below what the department plans: approval and the next forwarding are refused, naming the excess.
        var planned = ControlCheck.Planned(budgets.EvaluateDepartment(await Department()).Evaluation.Budget!, "元");
        var basic = planned[("一般公共预算拨款收入", ControlCheck.Basic)];
        await workflow.SetControlFiguresAsync(caizheng, await Department(),
            [new ControlFigure { Source = "一般公共预算拨款收入", Kind = ControlCheck.Basic, Amount = basic - 1000m }]);
        var over = await Assert.ThrowsAsync<WorkflowException>(async () => await workflow.ApproveAsync(caizheng, await Department()));
        Assert.Contains("超出控制数", over.Message);
        await workflow.ReturnDepartmentAsync(caizheng, await Department(), [new ReviewComment("", "基本支出压减 1000 元")]);
        var returned = await Department();
        Assert.Equal((DepartmentStage.Returned, 2), (returned.Stage, returned.Round));
        Assert.All(returned.Units, u => Assert.Equal(UnitStage.Returned, u.Stage));
        await SubmitAll();
        var refused = await Assert.ThrowsAsync<WorkflowException>(async () => await workflow.ForwardAsync(bumen, await Department()));
        Assert.Contains("超出财政下达的控制数", refused.Message);

        // The unit cuts 1000 元 of a basic line (income with it), resubmits: 二上 within the ceiling.
        var unit = (await budgets.UnitBudgetAsync(first.Id))!;
        var clerk = ClerkOf(unit);
        db.Entry(unit).State = EntityState.Detached;
        await workflow.ReturnUnitAsync(bumen, (await budgets.UnitBudgetAsync(first.Id))!, [new ReviewComment("支出明细 第 1 行", "按控制数压减")]);
        unit = (await budgets.UnitBudgetAsync(first.Id))!;
        var content = BudgetService.Normalized(unit, unit.DepartmentBudget!);
        content["expenditures"]![0]!["amount"] = content["expenditures"]![0]!["amount"]!.GetValue<decimal>() - 1000m;
        var income = content["income"]!.AsArray().First(CurrentGeneralIncome)!;
        income["amount"] = income["amount"]!.GetValue<decimal>() - 1000m;
        await budgets.SaveUnitAsync(unit, unit.Version, content, clerk.UserName!);
        await SubmitAll();
        await workflow.ForwardAsync(bumen, await Department());
        await workflow.ApproveAsync(caizheng, await Department());
        await workflow.PublishAsync(caizheng, await Department());
        Assert.Equal(DepartmentStage.Published, (await Department()).Stage);

        var kinds = await db.Snapshots.Where(s => s.DepartmentBudgetId == deptId && s.UnitBudgetId == null).OrderBy(s => s.Id).Select(s => s.Kind).ToListAsync();
        Assert.Equal(["一上", "控制数", "二上", "批复"], kinds);
        var actions = await db.AuditEntries.Where(a => a.DepartmentBudgetId == deptId).Select(a => a.Action).ToListAsync();
        foreach (var step in new[] { "提交", "上报", "控制数", "退回", "批复", "公开", "编辑" }) Assert.Contains(step, actions);
        var returnEntry = await db.AuditEntries.FirstAsync(a => a.DepartmentBudgetId == deptId && a.Action == "退回" && a.UnitBudgetId == null);
        Assert.Equal(("caizheng", "基本支出压减 1000 元"), (returnEntry.User, returnEntry.Reason));
        var edit = await db.AuditEntries.SingleAsync(a => a.UnitBudgetId == first.Id && a.Action == "编辑" && a.Field == "expenditures › 第 1 行 › amount");
        Assert.Equal(decimal.Parse(edit.OldValue!) - 1000m, decimal.Parse(edit.NewValue!));
    }

    [Theory, InlineData("sqlite"), InlineData("postgres")]
    public async Task Last_years_approved_budget_gives_the_copied_lines_and_the_figures_not_stated(string kind)
    {
        await using var factory = await YusuanWebFactory.CreateAsync(kind, cluster);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<YusuanDb>();
        var budgets = scope.ServiceProvider.GetRequiredService<BudgetService>();
        var current = (await budgets.DepartmentBudgetAsync(await db.DepartmentBudgets.Where(d => d.Department!.Code == "801").Select(d => d.Id).SingleAsync()))!;

        // Last year: the same department's budget, approved, with one line of 801001 raised by 10,000 元 (and its income).
        var last = new DepartmentBudget
        {
            DepartmentId = current.DepartmentId, Year = current.Year - 1, ProfileId = current.ProfileId, AmountUnit = current.AmountUnit,
            Content = "{}", Stage = DepartmentStage.Approved,
        };
        foreach (var u in current.Units)
        {
            var c = BudgetService.Normalized(u, current);
            c["year"] = current.Year - 1;
            if (u.Unit!.Code == "801001")
            {
                c["expenditures"]![0]!["amount"] = c["expenditures"]![0]!["amount"]!.GetValue<decimal>() + 10000m;
                var inc = c["income"]!.AsArray().First(CurrentGeneralIncome)!;
                inc["amount"] = inc["amount"]!.GetValue<decimal>() + 10000m;
            }
            last.Units.Add(new UnitBudget { UnitId = u.UnitId, Content = BudgetContent.Write(c), Stage = UnitStage.Submitted });
        }
        db.DepartmentBudgets.Add(last);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var lastLoaded = (await budgets.DepartmentBudgetAsync(last.Id))!;
        var (lastContent, _) = budgets.Merge(lastLoaded);
        db.Snapshots.Add(new Snapshot { DepartmentBudgetId = last.Id, Kind = "批复", Content = lastContent, By = "caizheng", At = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        // The department stated totalIncome itself (kept); gpbCurrentYear it did not (filled from last year's 批复).
        current = (await budgets.DepartmentBudgetAsync(current.Id))!;
        var stated = BudgetContent.Parse(current.Content)["previousYear"]!["totalIncome"]!.GetValue<decimal>();
        var merged = BudgetContent.Parse(budgets.Merge(current).Content);
        Assert.Equal(stated, merged["previousYear"]!["totalIncome"]!.GetValue<decimal>());
        var lastBudget = budgets.Evaluator.Evaluate(lastContent).Budget!;
        var expected = lastBudget.Income.Where(i => i.Source == Core.Model.IncomeSource.GeneralPublicBudget && !i.CarriedOver).Sum(i => i.Amount);
        Assert.Equal(expected, merged["previousYear"]!["gpbCurrentYear"]!.GetValue<decimal>());

        // 复制上年 through the page: the unit's lines become last year's.
        using var danwei = await factory.LoginAsync("danwei");
        var own = current.Units.Single(u => u.Unit!.Code == "801001");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/units/{own.Id}?handler=CopyLastYear")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = own.Version.ToString() }),
        };
        request.Headers.Add(ApiClient.TokenHeader, await danwei.AntiforgeryTokenAsync());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await danwei.SendAsync(request)).StatusCode);
        db.ChangeTracker.Clear();
        var copied = BudgetContent.Parse((await db.UnitBudgets.AsNoTracking().SingleAsync(u => u.Id == own.Id)).Content);
        var lastUnit = BudgetContent.Parse(lastLoaded.Units.Single(u => u.UnitId == own.UnitId).Content);
        Assert.Equal(current.Year, copied["year"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(lastUnit["expenditures"], copied["expenditures"]));
        Assert.Contains(await db.AuditEntries.Where(a => a.UnitBudgetId == own.Id).Select(a => a.Action).ToListAsync(), a => a == "复制上年");
    }
}

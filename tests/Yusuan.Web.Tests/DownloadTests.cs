using System.Net;
using System.Text.Json.Nodes;
using Yusuan.Core.Input;
using Yusuan.Web.Budgets;
using Yusuan.Web.Tests.Infrastructure;

namespace Yusuan.Web.Tests;

/// <summary>
/// The package a budget downloads is the one the command line builds; a budget with errors downloads as a draft (草稿
/// on the document, the findings first); the prefilled template reads back as the stored budget.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DownloadTests(PostgresCluster cluster)
{
    [Fact]
    public async Task A_budget_with_errors_downloads_as_a_draft_and_a_clean_one_does_not()
    {
        await using var factory = await YusuanWebFactory.CreateAsync("sqlite", cluster);
        var own = await factory.UnitBudgetIdAsync("801001");
        using var danwei = await factory.LoginAsync("danwei");

        var clean = await danwei.GetStringAsync($"/download/unit/{own}/html");
        Assert.DoesNotContain("草稿", clean);

        // 5,000 元 of spending without income: readable, but the budget no longer balances (an error).
        var token = await danwei.AntiforgeryTokenAsync();
        var version = (await danwei.UnitBudgetAsync(own))["version"]!.GetValue<int>();
        var added = await danwei.PostRecordAsync(token, own, "expenditures", version, new JsonObject
        {
            ["unit"] = "801001", ["functional"] = "2130101", ["economic"] = "30201", ["amount"] = 5000,
        });
        Assert.True(added.IsSuccessStatusCode);
        var findings = (await danwei.UnitBudgetAsync(own))["findings"]!.AsArray();
        Assert.Contains(findings, f => f!["severity"]!.GetValue<string>() == "error");

        var draft = await danwei.GetStringAsync($"/download/unit/{own}/html");
        Assert.Contains("草稿", draft);
        using var xlsx = await danwei.GetAsync($"/download/unit/{own}/xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(await xlsx.Content.ReadAsStreamAsync(), false);
        var first = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First();
        Assert.Equal("检查结果", first.Name!.Value);
    }

    [Fact]
    public async Task The_prefilled_template_reads_back_as_the_stored_budget()
    {
        await using var factory = await YusuanWebFactory.CreateAsync("sqlite", cluster);
        var own = await factory.UnitBudgetIdAsync("801001");
        using var danwei = await factory.LoginAsync("danwei");
        using var response = await danwei.GetAsync($"/download/unit/{own}/template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-template-test-{Guid.NewGuid():N}.xlsx");
        try
        {
            await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
            var fromTemplate = BudgetContent.Parse(BudgetJsonWriter.Write(Spreadsheet.TemplateReader.Read(path)));
            var stored = (await danwei.UnitBudgetAsync(own))["content"]!.AsObject();
            foreach (var list in new[] { "income", "expenditures", "projects" })
                Assert.Equal(stored[list]!.AsArray().Count, fromTemplate[list]!.AsArray().Count);
            Assert.Equal(
                stored["expenditures"]!.AsArray().Sum(e => e!["amount"]!.GetValue<decimal>()),
                fromTemplate["expenditures"]!.AsArray().Sum(e => e!["amount"]!.GetValue<decimal>()));
        }
        finally { File.Delete(path); }
    }
}

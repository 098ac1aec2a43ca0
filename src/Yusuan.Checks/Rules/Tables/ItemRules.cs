using System.Globalization;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Checks.Rules.Tables;

/// <summary>
/// T-SERVICE-QUANTITY-PRICE (domain.md §5.12): on each item row of a 政府购买服务 table that prints 购买数量 and 购买单价,
/// quantity × unit price = the item's amount (its first figure column, 合计). The price is printed rounded: a difference of
/// up to half a unit of the last printed digit per item bought, and half a unit for the amount, is rounding and not
/// reported. The budget rule B-SERVICE-QUANTITY-PRICE checks the same on the lines.
/// </summary>
internal sealed class ServiceQuantityPriceRule : ITableRule
{
    public static readonly Rule Definition = new(
        "T-SERVICE-QUANTITY-PRICE", "购买服务数量×单价与金额不符", Severity.Error, RuleTarget.Tables,
        "政府购买服务表的每个购买品目：购买数量 × 购买单价 = 该品目的金额（合计栏）；单价按印出的位数四舍五入造成的差额不报告（docs/rules.md#t-service-quantity-price）。")
    {
        LineRule = "B-SERVICE-QUANTITY-PRICE",
    };

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(TableCheckContext context)
    {
        var run = TableRun.Of(context);
        foreach (var shape in run.Shapes)
        {
            if (shape.Definition is not { Rows.Dimension: "servicePurchase" } def) continue;
            var quantity = Items.KeyColumn(shape, def, "quantity");
            var price = Items.KeyColumn(shape, def, "unitPrice");
            if (quantity < 0 || price < 0 || shape.AmountColumns.Count == 0) continue;
            var amount = shape.AmountColumns[0];
            foreach (var row in Items.ItemRows(shape))
            {
                if (Items.Number(shape, row, quantity) is not { } q || Items.Number(shape, row, price) is not { } p) continue;
                var printed = shape.Value(row, amount) ?? 0m;
                var expected = q * p;
                var unit = shape.Table.Unit;
                if (Math.Abs(printed - expected) <= (Math.Abs(q) + 1) * unit / 2) continue;
                var decimals = shape.Table.Decimals;
                var item = Items.Name(shape, def, row);
                var measure = Items.KeyColumn(shape, def, "measure") is var m and >= 0 ? shape.Text(row, m)?.Trim() : null;
                yield return new Finding(Definition.Id, Severity.Error, Places.Of(shape, row, amount),
                    $"“{item}”购买数量 {Items.Plain(q)}{measure} × 单价 {Amounts.Format(p, decimals)} = {Amounts.Format(expected, decimals)}，"
                    + $"印出的金额是 {Amounts.Format(printed, decimals)}（docs/rules.md#t-service-quantity-price）")
                {
                    Printed = Amounts.Format(printed, decimals),
                    Expected = Amounts.Format(expected, decimals),
                    Hint = "核对购买数量、单价和金额：金额应为数量 × 单价",
                };
            }
        }
    }
}

/// <summary>
/// T-PROCUREMENT-EXCEEDS-PROJECT / T-SERVICE-EXCEEDS-PROJECT (domain.md §5.12): as the profile's
/// <c>checks.itemsWithinProjects</c> declares, the 政府采购 / 购买服务 items of a unit's project, summed in a column (one
/// funding source), do not exceed the project's money of that source in a project table (matched by the project's
/// name within the unit). An item whose project the project table does not print is not checked. The budget rules
/// B-PROCUREMENT-EXCEEDS-PROJECT and B-SERVICE-EXCEEDS-PROJECT check the same on the lines.
/// </summary>
internal sealed class ItemsWithinProjectRule(string id, string title, string dimension, string what) : ITableRule
{
    public static ItemsWithinProjectRule Procurement() => new(
        "T-PROCUREMENT-EXCEEDS-PROJECT", "政府采购超过所属项目预算", "procurement", "政府采购");

    public static ItemsWithinProjectRule Service() => new(
        "T-SERVICE-EXCEEDS-PROJECT", "政府购买服务超过所属项目预算", "servicePurchase", "购买服务");

    public Rule Rule { get; } = new(id, title, Severity.Error, RuleTarget.Tables,
        $"按披露配置 checks.itemsWithinProjects 核对：每个单位每个项目的{what}金额（同一资金来源）不超过该项目在项目支出表中的金额；"
        + $"项目支出表中找不到的项目不核对（docs/rules.md#{id.ToLowerInvariant()}）。")
    {
        LineRule = "B" + id[1..],
    };

    public IEnumerable<Finding> Check(TableCheckContext context)
    {
        var run = TableRun.Of(context);
        foreach (var check in context.Profile.Checks.ItemsWithinProjects)
        {
            if (run.Shape(check.Table) is not { Definition: { } def } items || def.Rows.Dimension != dimension) continue;
            var projectTable = check.Projects.Table is { } pid ? run.Shape(pid) : null;
            if (projectTable?.Definition is not { } projectDef) continue;
            var column = items.Table.ColumnIndex(check.Column);
            var projectColumn = check.Projects.Column is { } pc ? projectTable.Table.ColumnIndex(pc) : -1;
            if (column < 0 || projectColumn < 0)
            {
                var (table, missing) = column < 0 ? (items.Table, check.Column) : (projectTable.Table, check.Projects.Column ?? "");
                run.Problem(Rule.Id, table, $"表中没有列“{missing}”（checks.itemsWithinProjects）");
                continue;
            }

            // The projects' money by unit and name; by name alone where the unit is not known.
            var projects = new Dictionary<(string? Unit, string Name), decimal?>();
            foreach (var row in Items.ProjectRows(projectTable))
            {
                if (Items.ProjectName(projectTable, projectDef, row) is not { } name) continue;
                var key = (Items.UnitOf(projectTable, row), TableShape.NormalizeLabel(name));
                projects[key] = (projects.GetValueOrDefault(key) ?? 0m) + (projectTable.Value(row, projectColumn) ?? 0m);
            }

            var groups = Items.ItemRows(items)
                .Select(r => (Row: r, Unit: Items.UnitOf(items, r), Project: Items.ProjectName(items, def, r)))
                .Where(x => x.Project is not null)
                .GroupBy(x => (x.Unit, Name: TableShape.NormalizeLabel(x.Project)));
            foreach (var group in groups)
            {
                // The project in the same unit; where one side does not know the unit, the project of that name.
                var matches = projects.Where(p => p.Key.Name == group.Key.Name
                    && (p.Key.Unit == group.Key.Unit || p.Key.Unit is null || group.Key.Unit is null)).ToList();
                if (matches.Count == 0) continue;
                var spent = group.Sum(x => items.Value(x.Row, column) ?? 0m);
                var limit = matches.Sum(p => p.Value ?? 0m);
                if (spent <= limit) continue;
                var first = group.First();
                var decimals = Math.Max(items.Table.Decimals, projectTable.Table.Decimals);
                var source = items.Table.ColumnPaths[column].Split('/')[^1];
                yield return new Finding(Rule.Id, Severity.Error, Places.Of(items, first.Row, column),
                    $"项目“{first.Project}”的{what}（{source}）合计 {Amounts.Format(spent, decimals)}，超过该项目在{projectTable.Table.DisplayName}中的"
                    + $"“{projectTable.Table.ColumnPaths[projectColumn]}” {Amounts.Format(limit, decimals)}（docs/rules.md#{Rule.Id.ToLowerInvariant()}）")
                {
                    Printed = Amounts.Format(spent, decimals),
                    Expected = $"不超过 {Amounts.Format(limit, decimals)}",
                    Hint = $"{what}是项目支出的一部分：核对{what}金额，或项目的预算数",
                };
            }
        }
    }
}

/// <summary>Rows and keys of item tables (政府采购, 购买服务) and of project tables, read through the profile's key columns.</summary>
internal static class Items
{
    /// <summary>The column of the key with this value (quantity, unitPrice, project, …); -1 when the table does not print it.</summary>
    public static int KeyColumn(TableShape shape, TableDefinition def, string value)
    {
        var key = def.Keys.FirstOrDefault(k => k.Value == value);
        return key is null ? -1 : shape.Table.ColumnIndex(key.Group is null ? key.Header : $"{key.Group}/{key.Header}");
    }

    /// <summary>The item rows: detail rows (a 合计, department or unit row may repeat an item's quantity and price).</summary>
    public static IEnumerable<int> ItemRows(TableShape shape) =>
        Enumerable.Range(0, shape.Table.Rows.Count).Where(r => shape.Row(r).Kind == RowKind.Detail);

    /// <summary>The project rows of a project table: detail rows without a classification code.</summary>
    public static IEnumerable<int> ProjectRows(TableShape shape) =>
        Enumerable.Range(0, shape.Table.Rows.Count).Where(r => shape.Row(r).Kind == RowKind.Detail && TableShape.CodeOf(shape.Row(r)) is null);

    public static string? ProjectName(TableShape shape, TableDefinition def, int row)
    {
        foreach (var value in new[] { "project", "name" })
            if (KeyColumn(shape, def, value) is var c and >= 0 && shape.Text(row, c)?.Trim() is { Length: > 0 } text) return text;
        return null;
    }

    public static string Name(TableShape shape, TableDefinition def, int row)
    {
        foreach (var value in new[] { "item", "project", "name" })
            if (KeyColumn(shape, def, value) is var c and >= 0 && shape.Text(row, c)?.Trim() is { Length: > 0 } text) return text;
        return shape.Row(row).Label;
    }

    /// <summary>The unit of a row: its block's unit, else the unit code it prints.</summary>
    public static string? UnitOf(TableShape shape, int row) =>
        shape.NodeOf(row)?.Block.UnitRow is { } u ? shape.UnitKey(u) : shape.Row(row).UnitCode;

    /// <summary>A printed figure of a key column: its value, or its text read as a number (6, 1.00).</summary>
    public static decimal? Number(TableShape shape, int row, int column) =>
        shape.Value(row, column) ?? (Yusuan.Core.Input.AmountParser.TryParse(shape.Text(row, column), out var v, out _) ? v : null);

    public static string Plain(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

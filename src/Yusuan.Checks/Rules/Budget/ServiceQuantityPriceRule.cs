namespace Yusuan.Checks.Rules;

/// <summary>
/// B-SERVICE-QUANTITY-PRICE: a 政府购买服务 item whose quantity × unit price is not its amount. The price is taken as entered:
/// a difference up to half a unit of its last digit (0.005 万元 or 0.005 元) per item bought is rounding of the price.
/// </summary>
internal sealed class ServiceQuantityPriceRule : IBudgetRule
{
    public Rule Rule { get; } = new("B-SERVICE-QUANTITY-PRICE", "购买服务数量×单价与金额不符", Severity.Error, RuleTarget.Budget,
        "政府购买服务的数量 × 单价应等于金额（各资金来源合计）；单价按录入的位数计，数量 × 半个末位单位以内的差视为单价的舍入。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        var budget = context.Budget;
        foreach (var item in budget.ServicePurchases)
        {
            if (item.Quantity is not { } quantity || item.UnitPrice is not { } price || quantity <= 0) continue;
            var product = quantity * price;
            if (Math.Abs(product - item.Total) <= quantity * budget.PriceHalfUnit()) continue;
            var q = quantity.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, BudgetText.At(item.Location, "unitPrice"),
                $"“{item.Item}”数量 {q}{item.Measure} × 单价 {budget.Money(price)} = {budget.Money(product)}，填写的金额是 {budget.Money(item.Total)}")
            {
                Printed = budget.Money(item.Total),
                Expected = budget.Money(product),
                Hint = "核对数量、单价和金额（单价与金额的单位须相同）",
            };
        }
    }
}

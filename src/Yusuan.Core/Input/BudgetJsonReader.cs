using System.Globalization;
using System.Text.Json;
using Yusuan.Core.Model;

namespace Yusuan.Core.Input;

/// <summary>Reads the JSON input format of docs/input-format.md into a <see cref="RawBudget"/>.</summary>
public static class BudgetJsonReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static RawBudget Read(string path)
    {
        var file = Path.GetFileName(path);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllBytes(path), Options);
        }
        catch (JsonException e)
        {
            var where = new SourceLocation(file, Row: e.LineNumber is { } l ? (int)l + 1 : null);
            throw new BudgetInputException([new InputError(where, "不是有效的 JSON：" + e.Message.Split('.')[0], "预算数据应为 docs/input-format.md 所述的 JSON，或 yusuan template 生成的 xlsx")])
            { Unreadable = true };
        }
        using (doc) return Read(doc.RootElement, file);
    }

    public static RawBudget Read(JsonElement root, string file)
    {
        var raw = new RawBudget { Location = new SourceLocation(file) };
        if (root.ValueKind != JsonValueKind.Object)
            throw new BudgetInputException([new InputError(raw.Location, "JSON 顶层应为对象")]) { Unreadable = true };

        raw.Year = Int(root, "year");
        raw.Profile = Str(root, "profile");
        raw.AmountUnit = Str(root, "amountUnit") ?? "元";
        if (root.TryGetProperty("department", out var dept))
        {
            raw.DepartmentCode = Str(dept, "code");
            raw.DepartmentName = Str(dept, "name");
        }

        foreach (var (e, at) in Items(root, "units", file))
            raw.Units.Add(new RawUnit(at, Str(e, "code"), Str(e, "name"), Str(e, "type")));
        foreach (var (e, at) in Items(root, "income", file))
            raw.Income.Add(new RawIncome(at, Str(e, "unit"), Str(e, "source"), Bool(e, "carriedOver"), Amount(e, "amount", at)));
        foreach (var (e, at) in Items(root, "projects", file))
            raw.Projects.Add(new RawProject(at, Str(e, "unit"), Str(e, "name"), Str(e, "kind")));
        foreach (var (e, at) in Items(root, "expenditures", file))
        {
            raw.Expenditures.Add(new RawExpenditure(at)
            {
                Unit = Str(e, "unit"),
                Functional = Str(e, "functional"),
                FunctionalName = Str(e, "functionalName"),
                Economic = Str(e, "economic"),
                EconomicName = Str(e, "economicName"),
                Nature = Str(e, "nature"),
                Project = Str(e, "project"),
                Source = Str(e, "source"),
                CarriedOver = Bool(e, "carriedOver"),
                Government = Str(e, "government"),
                Amount = Amount(e, "amount", at),
            });
        }
        foreach (var (e, at) in Items(root, "threePublicPrevious", file))
            raw.ThreePublicPrevious.Add(new RawThreePublic(at, Str(e, "unit"),
                Amount(e, "abroad", at), Amount(e, "vehiclePurchase", at), Amount(e, "vehicleOperation", at), Amount(e, "reception", at)));
        foreach (var (e, at) in Items(root, "procurement", file))
            raw.Procurement.Add(new RawProcurement(at)
            {
                Unit = Str(e, "unit"), Project = Str(e, "project"), Item = Str(e, "item"), Category = Str(e, "category"),
                Quantity = Amount(e, "quantity", at), Measure = Str(e, "measure"), Amounts = SourceAmounts(e, at),
            });
        foreach (var (e, at) in Items(root, "servicePurchases", file))
            raw.ServicePurchases.Add(new RawServicePurchase(at)
            {
                Unit = Str(e, "unit"), Project = Str(e, "project"), Item = Str(e, "item"),
                Quantity = Amount(e, "quantity", at), Measure = Str(e, "measure"), UnitPrice = Amount(e, "unitPrice", at),
                Amounts = SourceAmounts(e, at),
            });

        if (root.TryGetProperty("previousYear", out var prev) && prev.ValueKind == JsonValueKind.Object)
        {
            var at = new SourceLocation(file, "previousYear");
            foreach (var p in prev.EnumerateObject())
            {
                if (p.Name == "reasons" && p.Value.ValueKind == JsonValueKind.Object)
                    foreach (var r in p.Value.EnumerateObject()) raw.PreviousReasons[r.Name] = r.Value.ToString();
                else if (p.Name == "projects" && p.Value.ValueKind == JsonValueKind.Object)
                    foreach (var r in p.Value.EnumerateObject()) raw.PreviousProjects[r.Name] = ToAmount(r.Value, at.WithField("projects." + r.Name));
                else raw.PreviousFigures[p.Name] = ToAmount(p.Value, at.WithField(p.Name));
            }
        }
        return raw;
    }

    private static IEnumerable<(JsonElement, SourceLocation)> Items(JsonElement root, string name, string file)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array) yield break;
        var i = 0;
        foreach (var e in array.EnumerateArray())
            yield return (e, new SourceLocation(file, name, ++i));
    }

    private static IReadOnlyList<(string, RawAmount)> SourceAmounts(JsonElement e, SourceLocation at)
    {
        if (!e.TryGetProperty("amounts", out var a) || a.ValueKind != JsonValueKind.Object) return [];
        return a.EnumerateObject().Select(p => (p.Name, ToAmount(p.Value, at.WithField("amounts." + p.Name)))).ToList();
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.ToString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i
        : e.TryGetProperty(name, out v) && v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), out i) ? i : null;

    private static bool Bool(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static RawAmount Amount(JsonElement e, string name, SourceLocation at) =>
        e.TryGetProperty(name, out var v) ? ToAmount(v, at.WithField(name)) : new RawAmount(null, null, at.WithField(name));

    private static RawAmount ToAmount(JsonElement v, SourceLocation at) => v.ValueKind switch
    {
        // GetDecimal keeps the written digits exactly: no binary floating point on the way in.
        JsonValueKind.Number => new RawAmount(v.GetDecimal(), v.GetRawText(), at),
        JsonValueKind.String => decimal.TryParse(v.GetString()?.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
            ? new RawAmount(d, v.GetString(), at) : new RawAmount(null, v.GetString(), at),
        JsonValueKind.Null => new RawAmount(null, null, at),
        _ => new RawAmount(null, v.GetRawText(), at),
    };
}

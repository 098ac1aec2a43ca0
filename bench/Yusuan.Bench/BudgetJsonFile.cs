using System.Text.Json;
using Yusuan.Core.Model;

namespace Yusuan.Bench;

/// <summary>Writes a synthetic budget in the documented input format (docs/input-format.md), so the bench reads it as `yusuan build` does.</summary>
public static class BudgetJsonFile
{
    public static void Write(Budget budget, string path)
    {
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteNumber("year", budget.Year);
        w.WriteString("profile", budget.ProfileId);
        w.WriteString("amountUnit", "元");
        w.WriteStartObject("department");
        w.WriteString("code", budget.Department.Code);
        w.WriteString("name", budget.Department.Name);
        w.WriteEndObject();

        w.WriteStartArray("units");
        foreach (var u in budget.Units)
        {
            w.WriteStartObject();
            w.WriteString("code", u.Code);
            w.WriteString("name", u.Name);
            w.WriteString("type", u.Type.ChineseName());
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("income");
        foreach (var i in budget.Income)
        {
            w.WriteStartObject();
            w.WriteString("unit", i.UnitCode);
            w.WriteString("source", i.Source.ChineseName());
            if (i.CarriedOver) w.WriteBoolean("carriedOver", true);
            w.WriteNumber("amount", i.Amount);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("projects");
        foreach (var p in budget.Projects)
        {
            w.WriteStartObject();
            w.WriteString("unit", p.UnitCode);
            w.WriteString("name", p.Name);
            w.WriteString("kind", p.Kind);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("expenditures");
        foreach (var e in budget.Expenditures)
        {
            w.WriteStartObject();
            w.WriteString("unit", e.UnitCode);
            w.WriteString("functional", e.FunctionalCode);
            w.WriteString("economic", e.EconomicCode);
            w.WriteString("nature", e.Nature.ChineseName());
            if (e.ProjectName is not null) w.WriteString("project", e.ProjectName);
            w.WriteString("source", e.Source.ChineseName());
            w.WriteNumber("amount", e.Amount);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}

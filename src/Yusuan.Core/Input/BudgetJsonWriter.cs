using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Yusuan.Core.Input;

/// <summary>
/// Writes a <see cref="RawBudget"/> (what a reader found, before validation) as the JSON input format of
/// docs/input-format.md, so that <see cref="BudgetJsonReader"/> reads back the same records in the same order: record N
/// of a list stays record N, a number keeps its exact decimal digits, and a bad entry (text where an amount belongs, an
/// unknown code) is written as it stood, so that reading the JSON reports it again at the same record.
/// </summary>
/// <remarks>
/// Not carried: <see cref="RawBudget.ReadErrors"/> (complaints about the source file's form, such as an xlsx yes/no cell
/// holding neither 是 nor 否, whose text the raw budget no longer holds) and the source's locations (the JSON read back
/// is located by its own lists and record numbers).
/// </remarks>
public static partial class BudgetJsonWriter
{
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        NewLine = "\n",
        // Chinese stays readable; characters unsafe in HTML (< > & ' ") are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly JsonWriterOptions Compact = Indented with { Indented = false };

    /// <summary>The budget as input-format JSON text (UTF-8 when stored; line breaks are \n).</summary>
    public static string Write(RawBudget raw, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact)) Write(raw, writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the budget as one JSON object (the whole document) to <paramref name="writer"/>, and flushes it.</summary>
    public static void Write(RawBudget raw, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (raw.Year is { } year) writer.WriteNumber("year", year);
        Str(writer, "profile", raw.Profile);
        writer.WriteString("amountUnit", raw.AmountUnit);
        if (raw.DepartmentCode is not null || raw.DepartmentName is not null)
        {
            writer.WriteStartObject("department");
            Str(writer, "code", raw.DepartmentCode);
            Str(writer, "name", raw.DepartmentName);
            writer.WriteEndObject();
        }

        List(writer, "units", raw.Units, u =>
        {
            Str(writer, "code", u.Code);
            Str(writer, "name", u.Name);
            Str(writer, "type", u.Type);
        });
        List(writer, "income", raw.Income, i =>
        {
            Str(writer, "unit", i.Unit);
            Str(writer, "source", i.Source);
            Flag(writer, "carriedOver", i.CarriedOver);
            Amount(writer, "amount", i.Amount);
        });
        List(writer, "projects", raw.Projects, p =>
        {
            Str(writer, "unit", p.Unit);
            Str(writer, "name", p.Name);
            Str(writer, "kind", p.Kind);
        });
        List(writer, "expenditures", raw.Expenditures, e =>
        {
            Str(writer, "unit", e.Unit);
            Str(writer, "functional", e.Functional);
            Str(writer, "functionalName", e.FunctionalName);
            Str(writer, "economic", e.Economic);
            Str(writer, "economicName", e.EconomicName);
            Str(writer, "nature", e.Nature);
            Str(writer, "project", e.Project);
            Str(writer, "source", e.Source);
            Flag(writer, "carriedOver", e.CarriedOver);
            Str(writer, "government", e.Government);
            Amount(writer, "amount", e.Amount);
        });
        if (raw.ThreePublicPrevious.Count > 0)
            List(writer, "threePublicPrevious", raw.ThreePublicPrevious, t =>
            {
                Str(writer, "unit", t.Unit);
                Amount(writer, "abroad", t.Abroad);
                Amount(writer, "vehiclePurchase", t.VehiclePurchase);
                Amount(writer, "vehicleOperation", t.VehicleOperation);
                Amount(writer, "reception", t.Reception);
            });
        if (raw.Procurement.Count > 0)
            List(writer, "procurement", raw.Procurement, p =>
            {
                Str(writer, "unit", p.Unit);
                Str(writer, "project", p.Project);
                Str(writer, "item", p.Item);
                Str(writer, "category", p.Category);
                Amount(writer, "quantity", p.Quantity);
                Str(writer, "measure", p.Measure);
                SourceAmounts(writer, p.Amounts);
                Flag(writer, "smallBusiness", p.SmallBusiness);
                Flag(writer, "microBusiness", p.MicroBusiness);
            });
        if (raw.ServicePurchases.Count > 0)
            List(writer, "servicePurchases", raw.ServicePurchases, s =>
            {
                Str(writer, "unit", s.Unit);
                Str(writer, "project", s.Project);
                Str(writer, "item", s.Item);
                Amount(writer, "quantity", s.Quantity);
                Str(writer, "measure", s.Measure);
                Amount(writer, "unitPrice", s.UnitPrice);
                SourceAmounts(writer, s.Amounts);
            });

        WritePreviousYear(writer, raw);
        WriteTargets(writer, raw);
        WriteNarrative(writer, raw.Narrative);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>An array of records, each an object whose members <paramref name="members"/> writes, in the list's order.</summary>
    private static void List<T>(Utf8JsonWriter writer, string name, IEnumerable<T> records, Action<T> members)
    {
        writer.WriteStartArray(name);
        foreach (var record in records)
        {
            writer.WriteStartObject();
            members(record);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>A text member; absent when null (the reader reads an absent member as null).</summary>
    private static void Str(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }

    /// <summary>A yes/no member, written only when true (absent reads as false).</summary>
    private static void Flag(Utf8JsonWriter writer, string name, bool value)
    {
        if (value) writer.WriteBoolean(name, true);
    }

    /// <summary>
    /// An amount: its number with its exact decimal digits (1183.380 stays 1183.380); a bad entry (no number, only the text
    /// that stood there) as a JSON string of that text, so that the reader keeps it as text and the assembler reports it
    /// again. An amount the reader always makes (absent reads as empty) is left out when empty or not given.
    /// </summary>
    private static void Amount(Utf8JsonWriter writer, string name, RawAmount? amount)
    {
        if (amount is null || (amount.Value is null && amount.Text is null)) return;
        writer.WritePropertyName(name);
        AmountValue(writer, amount);
    }

    /// <summary>
    /// An optional amount (statedAmount, weight), which the reader makes only when its member is there: left out when not
    /// given, null when given empty.
    /// </summary>
    private static void OptionalAmount(Utf8JsonWriter writer, string name, RawAmount? amount)
    {
        if (amount is null) return;
        writer.WritePropertyName(name);
        AmountValue(writer, amount);
    }

    /// <summary>A number with its digits, a bad entry's text as a string, or null when neither was there.</summary>
    private static void AmountValue(Utf8JsonWriter writer, RawAmount amount)
    {
        if (amount.Value is { } value) writer.WriteNumberValue(value);
        else if (amount.Text is { } text) writer.WriteStringValue(text);
        else writer.WriteNullValue();
    }

    /// <summary>"amounts": { source: amount, … } in the record's order (a source given twice is written twice, as read).</summary>
    private static void SourceAmounts(Utf8JsonWriter writer, IReadOnlyList<(string Source, RawAmount Amount)> amounts)
    {
        writer.WriteStartObject("amounts");
        foreach (var (source, amount) in amounts)
        {
            writer.WritePropertyName(source);
            AmountValue(writer, amount);
        }
        writer.WriteEndObject();
    }

    /// <summary>A string → string object, in the dictionary's order.</summary>
    private static void Texts(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, string> texts)
    {
        writer.WriteStartObject(name);
        foreach (var (key, text) in texts) writer.WriteString(key, text);
        writer.WriteEndObject();
    }
}

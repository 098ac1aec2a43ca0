using System.Text.Json;

namespace Yusuan.Checks;

/// <summary>
/// A finance bureau's (or a profile's) choices about rules: switch a rule off, or give it another severity —
/// the stop / warn / ignore of budget-control tools. File form: <c>{ "rules": { "T-SUM-LEVEL": "warning", "B-THREE-PUBLIC-PREVIOUS": "off" } }</c>.
/// </summary>
public sealed class CheckSettings
{
    private readonly Dictionary<string, Severity?> _overrides;

    public CheckSettings(IReadOnlyDictionary<string, Severity?>? overrides = null) =>
        _overrides = overrides is null ? new(StringComparer.OrdinalIgnoreCase) : new(overrides, StringComparer.OrdinalIgnoreCase);

    public static CheckSettings Default { get; } = new();

    /// <summary>The severity a rule reports with under these settings; null when it is switched off.</summary>
    public Severity? SeverityOf(Rule rule) =>
        _overrides.TryGetValue(rule.Id, out var s) ? s : rule.DefaultSeverity;

    /// <summary>Settings later in the list win (profile first, then the bureau's file).</summary>
    public CheckSettings With(CheckSettings other)
    {
        var merged = new Dictionary<string, Severity?>(_overrides, StringComparer.OrdinalIgnoreCase);
        foreach (var (id, s) in other._overrides) merged[id] = s;
        return new CheckSettings(merged);
    }

    /// <summary>Reads a settings file; unknown rule ids and severities are located errors, not silently ignored.</summary>
    public static CheckSettings Load(string path, IEnumerable<Rule> known)
    {
        var ids = known.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        using var doc = JsonDocument.Parse(Core.Input.InputFiles.ReadAllText(path));
        var overrides = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
        if (!doc.RootElement.TryGetProperty("rules", out var rules) || rules.ValueKind != JsonValueKind.Object)
            throw new InvalidDataException($"{path}: 缺少 \"rules\" 对象（例：{{ \"rules\": {{ \"T-SUM-LEVEL\": \"warning\" }} }}）");
        foreach (var p in rules.EnumerateObject())
        {
            if (!ids.Contains(p.Name))
                throw new InvalidDataException($"{path} › rules › {p.Name}: 没有这条规则（yusuan rules 列出全部规则）");
            if (p.Value.ValueKind != JsonValueKind.String || !Severities.TryParse(p.Value.GetString()!, out var s))
                throw new InvalidDataException($"{path} › rules › {p.Name}: 级别“{p.Value}”无法识别（可用：error、warning、info、off）");
            overrides[p.Name] = s;
        }
        return new CheckSettings(overrides);
    }
}

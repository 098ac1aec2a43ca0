using Yusuan.Core.Profiles;

namespace Yusuan.Checks;

/// <summary>
/// A profile's default check settings: <c>"checks": { "rules": { "B-FUNC-NATURE": "error", "T-ROUNDING": "off" } }</c> in the
/// profile file, the same form as a bureau's settings file (which is applied after it and wins).
/// </summary>
public static class ProfileSettings
{
    public static CheckSettings For(Profile profile, IEnumerable<Rule> known)
    {
        if (profile.Checks.Rules.Count == 0) return CheckSettings.Default;
        var ids = known.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var overrides = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, text) in profile.Checks.Rules)
        {
            if (!ids.Contains(id))
                throw new InvalidDataException($"配置 {profile.Id} › checks › rules › {id}: 没有这条规则（yusuan rules 列出全部规则）");
            if (!Severities.TryParse(text, out var severity))
                throw new InvalidDataException($"配置 {profile.Id} › checks › rules › {id}: 级别“{text}”无法识别（可用：error、warning、info、off）");
            overrides[id] = severity;
        }
        return new CheckSettings(overrides);
    }
}

using System.Collections;
using System.Reflection;
using System.Text;
using Yusuan.Core.Model;

namespace Yusuan.Core.Input;

/// <summary>
/// Cleans the text an input carries at the edge, before anything is built from it: control characters (other than tab
/// and line breaks), unpaired surrogates, noncharacters and bidirectional embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069) are removed. None of them has a place in a budget's names and texts; left in, they
/// break the DOCX and XLSX writers (XML cannot hold them) or make a published figure read reversed. Each cleaning is a
/// located warning (<see cref="RawBudget.ReadWarnings"/>, rule B-TEXT).
/// </summary>
public static class InputText
{
    /// <summary>True when <paramref name="s"/> holds a character <see cref="Clean"/> removes.</summary>
    public static bool NeedsCleaning(string? s)
    {
        if (s is null) return false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c < 0x20 ? c is not ('\t' or '\n' or '\r') : c >= 0x7F && IsSuspect(c)) return true;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return true;
        }
        return false;
    }

    private static bool IsSuspect(char c) =>
        c is (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFFFE' or '\uFFFF';

    /// <summary>The text without the characters listed above, and what was removed (in words), or null when nothing was.</summary>
    public static string Clean(string s, out string? removed)
    {
        removed = null;
        if (!NeedsCleaning(s)) return s;
        var sb = new StringBuilder(s.Length);
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[++i]);
                continue;
            }
            if (char.IsSurrogate(c)) kinds.Add("不成对的代理项");
            else if (c < 0x20 && c is not ('\t' or '\n' or '\r') || c is >= '\u007F' and <= '\u009F') kinds.Add($"控制字符 U+{(int)c:X4}");
            else if (c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')) kinds.Add($"双向文字控制符 U+{(int)c:X4}");
            else if (c is '\uFFFE' or '\uFFFF') kinds.Add($"非字符 U+{(int)c:X4}");
            else { sb.Append(c); continue; }
        }
        removed = string.Join("、", kinds);
        return sb.ToString();
    }

    /// <summary>
    /// True when UTF-8 JSON text may hold a character <see cref="Clean"/> removes, raw or as a <c>\u</c> escape
    /// (conservative: any escaped surrogate counts). A million-line budget without one is not walked.
    /// </summary>
    public static bool MayNeedCleaning(ReadOnlySpan<byte> json)
    {
        for (var i = 0; i < json.Length; i++)
        {
            var b = json[i];
            if (b == 0x7F) return true;
            if (b == 0xC2 && i + 1 < json.Length && json[i + 1] is >= 0x80 and <= 0x9F) return true;
            if (b == 0xE2 && i + 2 < json.Length
                && (json[i + 1] == 0x80 && json[i + 2] is >= 0xAA and <= 0xAE || json[i + 1] == 0x81 && json[i + 2] is >= 0xA6 and <= 0xA9)) return true;
            if (b == 0xEF && i + 2 < json.Length && json[i + 1] == 0xBF && json[i + 2] is 0xBE or 0xBF) return true;
            if (b == (byte)'\\' && i + 5 < json.Length && json[i + 1] == (byte)'u')
            {
                if (!System.Buffers.Text.Utf8Parser.TryParse(json.Slice(i + 2, 4), out ushort code, out var used, 'x') || used != 4) continue;
                var c = (char)code;
                if (c < 0x20 ? c is not ('\t' or '\n' or '\r') : c >= 0x7F && (IsSuspect(c) || char.IsSurrogate(c))) return true;
                i += 5;
            }
            else if (b == (byte)'\\') i++;
        }
        return false;
    }

    /// <summary>The warning for one cleaned field.</summary>
    public static InputError Warning(SourceLocation at, string removed) =>
        new(at, $"文字中含有{removed}，已删除", "这些字符不可见，会使公开文本无法生成或金额显示颠倒；核对该处文字");

    /// <summary>
    /// Cleans every text of <paramref name="raw"/> in place (names, codes, narrative texts, keys of its tables) and
    /// adds a located warning for each field cleaned. Nothing is walked twice: a budget without such characters costs
    /// one scan of its strings.
    /// </summary>
    public static void CleanAll(RawBudget raw)
    {
        if (raw.TextKnownClean) return;
        var warnings = raw.ReadWarnings;
        raw.DepartmentName = CleanField(raw.DepartmentName, raw.Location.WithField("department.name"), warnings);
        raw.DepartmentCode = CleanField(raw.DepartmentCode, raw.Location.WithField("department.code"), warnings);
        raw.Profile = CleanField(raw.Profile, raw.Location.WithField("profile"), warnings);
        raw.AmountUnit = CleanField(raw.AmountUnit, raw.Location.WithField("amountUnit"), warnings)!;
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var p in typeof(RawBudget).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.Name is nameof(RawBudget.ReadErrors) or nameof(RawBudget.ReadWarnings) || p.PropertyType == typeof(string)) continue;
            Walk(p.GetValue(raw), raw.Location, p.Name, warnings, seen, 0);
        }
    }

    private static string? CleanField(string? s, SourceLocation at, List<InputError> warnings)
    {
        if (!NeedsCleaning(s)) return s;
        var clean = Clean(s!, out var removed);
        warnings.Add(Warning(at, removed!));
        return clean;
    }

    private static string FieldName(string property) => property.Length == 0 ? property : char.ToLowerInvariant(property[0]) + property[1..];

    private static void Walk(object? value, SourceLocation at, string field, List<InputError> warnings, HashSet<object> seen, int depth)
    {
        if (value is null or string || depth > 8 || value.GetType().IsPrimitive || value is decimal or SourceLocation || value.GetType().IsEnum) return;
        if (!value.GetType().IsValueType && !seen.Add(value)) return;
        switch (value)
        {
            case IDictionary dict:
                var keys = dict.Keys.Cast<object>().ToList();
                foreach (var key in keys)
                {
                    var item = dict[key];
                    if (key is string k && NeedsCleaning(k))
                    {
                        dict.Remove(k);
                        var clean = Clean(k, out var removed);
                        warnings.Add(Warning(at.WithField($"{FieldName(field)}.{clean}"), removed!));
                        if (!dict.Contains(clean)) dict[clean] = item;
                        key2(clean);
                    }
                    else key2(key);
                    void key2(object kk)
                    {
                        if (item is string sv && NeedsCleaning(sv) && dict.Contains(kk))
                        {
                            dict[kk] = Clean(sv, out var removed2);
                            warnings.Add(Warning(at.WithField($"{FieldName(field)}.{kk}"), removed2!));
                        }
                        else Walk(item, at, $"{field}.{kk}", warnings, seen, depth + 1);
                    }
                }
                return;
            case IList list:
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is string s)
                    {
                        if (NeedsCleaning(s))
                        {
                            list[i] = Clean(s, out var removed);
                            warnings.Add(Warning(at.WithField(FieldName(field)), removed!));
                        }
                    }
                    else Walk(list[i], at, field, warnings, seen, depth + 1);
                }
                return;
        }
        var props = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var here = props.FirstOrDefault(p => p.PropertyType == typeof(SourceLocation) && p.GetIndexParameters().Length == 0)?.GetValue(value) as SourceLocation;
        foreach (var p in props)
        {
            if (p.GetIndexParameters().Length > 0) continue;
            if (p.PropertyType == typeof(string))
            {
                if (p.GetValue(value) is string s && NeedsCleaning(s))
                {
                    var clean = Clean(s, out var removed);
                    var loc = here is null ? at.WithField($"{FieldName(field)}.{FieldName(p.Name)}") : here.Field is null ? here.WithField(FieldName(p.Name)) : here;
                    warnings.Add(Warning(loc, removed!));
                    if (p.CanWrite) p.SetValue(value, clean);
                    else if (value.GetType().GetField($"<{p.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is { } backing)
                        backing.SetValue(value, clean);
                }
            }
            else if (!p.PropertyType.IsPrimitive && p.PropertyType != typeof(SourceLocation))
                Walk(p.GetValue(value), here ?? at, here is null ? $"{field}.{p.Name}" : p.Name, warnings, seen, depth + 1);
        }
    }
}

namespace Yusuan.Spreadsheet.Printed;

/// <summary>
/// The units a workbook names, gathered from every table before rows are classified: a row that prints a unit's
/// code beside its name (342601 广元市社会保险事务中心) teaches the name, so a table that prints the name only (巴中's
/// 基本支出表, every 深圳 table) still gets the unit's code. A unit whose code no table prints keeps its name as code.
/// </summary>
internal sealed class UnitDirectory
{
    private readonly Dictionary<string, string> _codeByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public void Add(string code, string? name)
    {
        _codes.Add(code);
        if (string.IsNullOrWhiteSpace(name)) return;
        var key = TextKey.Of(name);
        _names.Add(key);
        _codeByName.TryAdd(key, code);
    }

    /// <summary>A unit known by name only (no table prints its code).</summary>
    public void AddName(string name) => _names.Add(TextKey.Of(name));

    public bool HasCode(string code) => _codes.Contains(code);

    public bool HasName(string name) => _names.Contains(TextKey.Of(name));

    public string? CodeOf(string name) => _codeByName.GetValueOrDefault(TextKey.Of(name));
}

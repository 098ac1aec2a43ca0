using Yusuan.Checks.Printed;
using Yusuan.Core.Profiles;

namespace Yusuan.Checks.Rules;

/// <summary>A rule over a set of printed tables (one disclosure package).</summary>
public interface ITableRule
{
    Rule Rule { get; }
    IEnumerable<Finding> Check(TableCheckContext context);
}

/// <summary>What table rules read: the printed tables, by profile table id where recognised, and the profile.</summary>
public sealed record TableCheckContext(IReadOnlyList<PrintedTable> Tables, Profile Profile)
{
    public PrintedTable? Table(string id) => Tables.FirstOrDefault(t => t.Id == id);

    /// <summary>The budget year, for the year's catalogs; null: the year in the profile id (sichuan-2025) or in a header.</summary>
    public int? Year { get; init; }
}

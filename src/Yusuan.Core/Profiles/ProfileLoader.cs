using System.Text.Json;
using Yusuan.Core.Catalogs;

namespace Yusuan.Core.Profiles;

/// <summary>Reads bundled profiles (embedded JSON) or a profile file a finance bureau supplies.</summary>
public static class ProfileLoader
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt property ("emptyRow", a filter's "field") would otherwise be dropped without a word and the
        // table printed differently; a profile is data a bureau edits by hand, so every name must be known.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyList<string> BundledIds =>
        CatalogLoader.EmbeddedNames("profiles/")
            .Select(n => Path.GetFileNameWithoutExtension(n["profiles/".Length..]))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>A bundled profile by id, or a profile file by path.</summary>
    public static Profile Load(string idOrPath)
    {
        string json;
        if (File.Exists(idOrPath))
        {
            try { json = Input.InputFiles.ReadAllText(idOrPath); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InvalidDataException($"配置文件 {idOrPath} 无法读取：{e.Message}", e);
            }
        }
        else
        {
            json = CatalogLoader.ReadEmbeddedText($"profiles/{idOrPath}.json")
                ?? throw new ProfileNotFoundException(idOrPath, BundledIds);
        }
        try
        {
            return JsonSerializer.Deserialize<Profile>(json, Options)
                ?? throw new InvalidDataException($"配置文件 {idOrPath} 为空");
        }
        catch (JsonException e)
        {
            // e.Path names the place (e.g. $.tables[3].rows.emptyRow); the message says what is wrong.
            throw new InvalidDataException($"配置 {idOrPath} 无法读取：{e.Path ?? "$"}：{Unmapped(e.Message)}", e);
        }
    }

    private static string Unmapped(string message) =>
        message.Contains("could not be mapped", StringComparison.Ordinal)
            ? "没有这个属性（见 docs/profiles.md）"
            : message.Split(" Path:")[0];

    /// <summary>Every bundled profile, loaded: a test asserts each one reads with no unknown property.</summary>
    internal static IEnumerable<Profile> LoadBundled() => BundledIds.Select(Load);
}

public sealed class ProfileNotFoundException(string id, IReadOnlyList<string> known)
    : Exception($"找不到披露配置“{id}”；可用的配置：{string.Join("、", known)}")
{
    public string Id { get; } = id;
}

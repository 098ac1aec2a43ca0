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
    };

    public static IReadOnlyList<string> BundledIds =>
        CatalogLoader.EmbeddedNames("profiles/")
            .Select(n => Path.GetFileNameWithoutExtension(n["profiles/".Length..]))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>A bundled profile by id, or a profile file by path.</summary>
    public static Profile Load(string idOrPath)
    {
        string json;
        if (File.Exists(idOrPath)) json = File.ReadAllText(idOrPath);
        else
        {
            json = CatalogLoader.ReadEmbeddedText($"profiles/{idOrPath}.json")
                ?? throw new ProfileNotFoundException(idOrPath, BundledIds);
        }
        return JsonSerializer.Deserialize<Profile>(json, Options)
            ?? throw new InvalidDataException($"配置文件 {idOrPath} 为空");
    }
}

public sealed class ProfileNotFoundException(string id, IReadOnlyList<string> known)
    : Exception($"找不到披露配置“{id}”；可用的配置：{string.Join("、", known)}")
{
    public string Id { get; } = id;
}

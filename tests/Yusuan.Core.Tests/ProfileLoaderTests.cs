using Yusuan.Core.Profiles;

namespace Yusuan.Core.Tests;

public sealed class ProfileLoaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "yusuan-profile-tests", Guid.NewGuid().ToString("N"));

    public ProfileLoaderTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }

    [Fact]
    public void Every_bundled_profile_reads_with_only_known_properties()
    {
        var profiles = ProfileLoader.LoadBundled().ToList();
        Assert.Equal(ProfileLoader.BundledIds.Count, profiles.Count);
        Assert.All(profiles, p => Assert.NotEmpty(p.Tables));
    }

    [Fact]
    public void A_misspelt_property_is_refused_with_its_place()
    {
        // A bureau copies a bundled profile and misspells rows.emptyRows: the table would silently lose its zero rows.
        var json = """
            { "id": "mine", "name": "测试", "tables": [
              { "id": "t", "title": "表", "rows": { "dimension": "functional", "emptyRow": true } } ] }
            """;
        var path = Path.Combine(_dir, "mine.json");
        File.WriteAllText(path, json);

        var e = Assert.Throws<InvalidDataException>(() => ProfileLoader.Load(path));

        Assert.Contains("$.tables[0].rows.emptyRow", e.Message);
        Assert.Contains("没有这个属性", e.Message);
    }
}

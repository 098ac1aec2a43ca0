using System.Xml.Linq;

namespace Yusuan.Cli.Tests;

/// <summary>
/// <c>yusuan</c> installs as a .NET tool (README, Command line): the project packs as a tool named yusuan. Packing itself
/// (dotnet pack, ~1 min on CI's two cores) is left out of the test run; the project's properties are what it needs.
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void The_command_line_project_packs_as_the_yusuan_tool()
    {
        var project = XDocument.Load(Path.Combine(Cli.Root, "src", "Yusuan.Cli", "Yusuan.Cli.csproj"));
        string? Property(string name) => project.Descendants(name).FirstOrDefault()?.Value;
        Assert.Equal("true", Property("PackAsTool"));
        Assert.Equal("yusuan", Property("ToolCommandName"));
        Assert.Equal("Yusuan.Cli", Property("PackageId"));
        Assert.Contains("dotnet tool install --global --add-source nupkg Yusuan.Cli", File.ReadAllText(Path.Combine(Cli.Root, "README.md")));
    }
}

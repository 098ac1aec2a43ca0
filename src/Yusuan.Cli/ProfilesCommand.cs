using System.CommandLine;
using Yusuan.Core.Profiles;

namespace Yusuan.Cli;

/// <summary>yusuan profiles: the bundled disclosure profiles and their tables.</summary>
internal static class ProfilesCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("profiles", "列出内置的披露配置及其表格");
        command.SetAction(_ =>
        {
            foreach (var id in ProfileLoader.BundledIds)
            {
                var p = ProfileLoader.Load(id);
                output.WriteLine($"{p.Id}  {p.Name}");
                foreach (var t in p.Tables) output.WriteLine($"    {t.Number ?? "  "}  {t.Title}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}

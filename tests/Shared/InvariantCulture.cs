using System.Globalization;
using System.Runtime.CompilerServices;

namespace Yusuan.Tests.Shared;

/// <summary>Pins the culture before any test runs, so number and date formatting cannot depend on the machine.</summary>
internal static class InvariantCulture
{
    [ModuleInitializer]
    internal static void Pin()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }
}

using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yusuan.Web.Data;

namespace Yusuan.Web.Tests.Infrastructure;

/// <summary>
/// Test-only sign-in: a request carrying <c>X-Test-User: name</c> is authenticated as that existing user (NameIdentifier =
/// <see cref="AppUser.Id"/>, so the app's CurrentUser finds it). Requests without the header go to the app's own cookie
/// scheme unchanged, so anonymous requests still meet the app's 401. Registered only through
/// <see cref="YusuanWebFactory.WithTestAuthentication"/>; the app itself has no such path.
/// </summary>
public sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    UserManager<AppUser> users) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Selector = "TestOrCookie";
    public const string Header = "X-Test-User";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.Count == 0) return AuthenticateResult.NoResult();
        var user = await users.FindByNameAsync(values[0]!);
        if (user is null) return AuthenticateResult.Fail($"no user {values[0]}");
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id),
            new Claim(ClaimTypes.Name, user.UserName!),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>Makes a selector the default scheme: the test scheme when the header is present, the app's cookie otherwise.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(SchemeName, _ => { })
            .AddPolicyScheme(Selector, "test user or cookie", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.ContainsKey(Header) ? SchemeName : IdentityConstants.ApplicationScheme);
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = Selector;
            o.DefaultAuthenticateScheme = Selector;
            o.DefaultChallengeScheme = Selector;
            o.DefaultForbidScheme = Selector;
        });
    }
}

using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yusuan.Web.Api;
using Yusuan.Web.Budgets;
using Yusuan.Web.Data;
using Yusuan.Web.Demo;

namespace Yusuan.Web;

/// <summary>Settings the app reads (appsettings.json, environment YUSUAN__…, or command line --Yusuan:…).</summary>
public sealed class YusuanOptions
{
    /// <summary>Where the SQLite file and the demo accounts live.</summary>
    public string DataFolder { get; set; } = "data";
    /// <summary>sqlite (default, embedded) or postgres (ConnectionStrings:Yusuan).</summary>
    public string Database { get; set; } = "sqlite";
    /// <summary>Seed the demo region and accounts on start.</summary>
    public bool Demo { get; set; }
    /// <summary>Where the samples are (the demo's departments); defaults to the copy next to the app.</summary>
    public string? SamplesFolder { get; set; }
}

public static class YusuanApp
{
    /// <summary>Builds the app: <c>--demo</c> seeds the demo region; everything else is configuration.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var demo = args.Contains("--demo");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args.Where(a => a != "--demo").ToArray(),
            // Pages and static assets are this assembly's, also when a test or bench hosts the app.
            ApplicationName = typeof(YusuanApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.Services.Configure<YusuanOptions>(builder.Configuration.GetSection("Yusuan"));
        if (demo) builder.Services.PostConfigure<YusuanOptions>(o => o.Demo = true);
        configure?.Invoke(builder);

        var options = builder.Configuration.GetSection("Yusuan").Get<YusuanOptions>() ?? new YusuanOptions();
        AddDatabase(builder, options);
        builder.Services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<YusuanDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(c => c.ApplicationCookie?.Configure(o =>
        {
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/forbidden";
            o.Cookie.Name = "yusuan";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => Deny(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => Deny(ctx, StatusCodes.Status403Forbidden);
        }));
        builder.Services.AddAuthorization();
        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = "X-CSRF-TOKEN";
            o.Cookie.Name = "yusuan-csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Index");
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/Forbidden");
            o.Conventions.AllowAnonymousToPage("/Status");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToPage("/Logout");
            o.Conventions.AllowAnonymousToFolder("/Public");
        });
        // Pages are Chinese: write CJK as characters, not &#x…; entities (markup characters are still encoded).
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // Sign-in cookies survive a restart: the keys live with the data.
        builder.Services.AddDataProtection().SetApplicationName("Yusuan")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(options.DataFolder), "keys")));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<BudgetEvaluator>();
        builder.Services.AddScoped<BudgetService>();
        builder.Services.AddScoped<Workflow>();
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddSingleton<PackageCache>();

        var app = builder.Build();
        app.UseExceptionHandler("/error");
        // Pages get the status page; the API keeps its bare status codes (a re-executed /status/403 would answer a script 404).
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.Use(ServerTiming);
        app.Use(SecurityHeaders);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapBudgetApi();
        app.MapDownloads();
        return app;
    }

    /// <summary>Creates or migrates the database, seeds the demo when asked, creates the first administrator from the environment.</summary>
    public static async Task PrepareAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<YusuanDb>();
        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<YusuanOptions>>().Value;
        if (db.Database.IsSqlite())
        {
            await db.Database.MigrateAsync();
            // WAL lets readers go on while one request writes; NORMAL sync is durable at each checkpoint.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        else await db.Database.MigrateAsync();

        var admin = Environment.GetEnvironmentVariable("YUSUAN_ADMIN_USER");
        var password = Environment.GetEnvironmentVariable("YUSUAN_ADMIN_PASSWORD");
        if (!string.IsNullOrEmpty(admin) && !string.IsNullOrEmpty(password))
            await AdminAccounts.CreateAsync(scope.ServiceProvider, admin, password);

        if (options.Demo)
        {
            var samples = options.SamplesFolder ?? Path.Combine(AppContext.BaseDirectory, "samples");
            var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
            await seeder.SeedAsync(samples, DemoAccountsFile(options));
        }
    }

    public static string DemoAccountsFile(YusuanOptions options) => Path.Combine(Path.GetFullPath(options.DataFolder), "demo-accounts.json");

    private static void AddDatabase(WebApplicationBuilder builder, YusuanOptions options)
    {
        switch (options.Database.ToLowerInvariant())
        {
            case "postgres" or "postgresql":
                var cs = builder.Configuration.GetConnectionString("Yusuan")
                    ?? throw new InvalidOperationException("Yusuan:Database 为 postgres 时需要连接字符串 ConnectionStrings:Yusuan");
                builder.Services.AddDbContext<PostgresYusuanDb>(o => o.UseNpgsql(cs));
                builder.Services.AddScoped<YusuanDb>(sp => sp.GetRequiredService<PostgresYusuanDb>());
                break;
            case "sqlite":
                var folder = Path.GetFullPath(options.DataFolder);
                Directory.CreateDirectory(folder);
                var sqlite = builder.Configuration.GetConnectionString("Yusuan") ?? $"Data Source={Path.Combine(folder, "yusuan.db")}";
                builder.Services.AddDbContext<SqliteYusuanDb>(o => o.UseSqlite(sqlite));
                builder.Services.AddScoped<YusuanDb>(sp => sp.GetRequiredService<SqliteYusuanDb>());
                break;
            default:
                throw new InvalidOperationException($"Yusuan:Database 不认识：{options.Database}（可用：sqlite、postgres）");
        }
    }

    /// <summary>Pages get the login page or a 403 page; the API gets the bare status.</summary>
    private static Task Deny(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || status == StatusCodes.Status403Forbidden)
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Server time of every response (Server-Timing: app;dur=ms), which the browser's tools and bench/Yusuan.Web.Bench read.</summary>
    private static Task ServerTiming(HttpContext context, Func<Task> next)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var ms = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            context.Response.Headers["Server-Timing"] = $"app;dur={ms.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}";
            return Task.CompletedTask;
        });
        return next();
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
        return next();
    }
}

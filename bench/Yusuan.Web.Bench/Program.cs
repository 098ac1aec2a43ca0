using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Yusuan.Web;

// Server time of the web app's two hot paths for samples/department-2025 (issue: under 200 ms each):
// the 主管部门's department page (consolidated budget: merge, read, every rule, tables) and a unit's grid save
// (save with audit entries, then the page with the new findings). The app runs in this process on SQLite with the
// demo region; times are the app's own Server-Timing header, so the client's share is not counted.
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
var repo = FindRepo();
var data = Directory.CreateTempSubdirectory("yusuan-web-bench").FullName;
var app = YusuanApp.Build(["--demo", "--urls", "http://127.0.0.1:0", $"--Yusuan:DataFolder={data}", $"--Yusuan:SamplesFolder={Path.Combine(repo, "samples")}",
    "--Logging:LogLevel:Default=Warning"]);
await YusuanApp.PrepareAsync(app.Services);
await app.StartAsync();
var baseUrl = app.Urls.First();

try
{
    var bumen = await LoginAsync("bumen");
    var danwei = await LoginAsync("danwei");
    var unitUrl = (await danwei.GetAsync("/units")).Headers.Location!.OriginalString;
    var departmentUrl = (await bumen.GetAsync("/departments")).Headers.Location!.OriginalString;

    var deptWarm = new List<double>();
    var deptCold = new List<double>();
    var saves = new List<double>();
    var afterSave = new List<double>();
    for (var i = 0; i < rounds; i++)
    {
        // A save by the unit changes the department's content, so the next department page is computed afresh (cold).
        var page = await danwei.GetStringAsync(unitUrl + "?tab=income");
        var form = Fields(page, "grid-form");
        form["f_0_amount"] = (decimal.Parse(form["f_0_amount"], CultureInfo.InvariantCulture) + 1m).ToString(CultureInfo.InvariantCulture);
        var save = await danwei.PostAsync(unitUrl + "?handler=Save", new FormUrlEncodedContent(form));
        saves.Add(Timing(save));
        var shown = await danwei.GetAsync(save.Headers.Location!.OriginalString);
        afterSave.Add(saves[^1] + Timing(shown));
        deptCold.Add(Timing(await bumen.GetAsync(departmentUrl)));
        deptWarm.Add(Timing(await bumen.GetAsync(departmentUrl)));
    }
    Console.WriteLine($"samples/department-2025, {rounds} rounds, server time in ms (median / 90th percentile / max):");
    Report("department page, after a unit's change", deptCold);
    Report("department page, unchanged", deptWarm);
    Report("unit grid save (POST)", saves);
    Report("unit grid save + page with its findings", afterSave);
}
finally
{
    await app.StopAsync();
    Directory.Delete(data, true);
}
return 0;

async Task<HttpClient> LoginAsync(string user)
{
    var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
    var page = await client.GetStringAsync("/login");
    var password = Regex.Match(page, $"data-user=\"{user}\".*?<code>([^<]+)</code>", RegexOptions.Singleline).Groups[1].Value;
    var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    var result = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["UserName"] = user, ["Password"] = password, ["__RequestVerificationToken"] = token,
    }));
    if (result.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"{user} 登录失败：{result.StatusCode}");
    // Redirects are followed by hand, so each request's own timing is read.
    return client;
}

static Dictionary<string, string> Fields(string html, string formId)
{
    var form = Regex.Match(html, $"<form[^>]*id=\"{formId}\".*?</form>", RegexOptions.Singleline).Value;
    var fields = new Dictionary<string, string>();
    foreach (Match m in Regex.Matches(form, "<input([^>]*)>"))
    {
        var name = Regex.Match(m.Groups[1].Value, "name=\"([^\"]+)\"").Groups[1].Value;
        if (name.Length == 0) continue;
        var type = Regex.Match(m.Groups[1].Value, "type=\"([^\"]+)\"").Groups[1].Value;
        if (type == "checkbox" && !m.Groups[1].Value.Contains("checked")) continue;
        fields[name] = WebUtility.HtmlDecode(Regex.Match(m.Groups[1].Value, "value=\"([^\"]*)\"").Groups[1].Value);
    }
    foreach (Match m in Regex.Matches(form, "<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline))
    {
        var selected = Regex.Match(m.Groups[2].Value, "<option[^>]*value=\"([^\"]*)\"[^>]*selected");
        fields[m.Groups[1].Value] = WebUtility.HtmlDecode(selected.Success ? selected.Groups[1].Value : "");
    }
    return fields;
}

static double Timing(HttpResponseMessage response)
{
    if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.Redirect)
        throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}：{(int)response.StatusCode}");
    var header = response.Headers.TryGetValues("Server-Timing", out var v) ? v.First() : "app;dur=0";
    return double.Parse(header[(header.IndexOf("dur=", StringComparison.Ordinal) + 4)..], CultureInfo.InvariantCulture);
}

static void Report(string what, List<double> ms)
{
    var sorted = ms.Order().ToList();
    Console.WriteLine($"  {what,-40} {sorted[sorted.Count / 2],7:0.0} {sorted[(int)(sorted.Count * 0.9)],7:0.0} {sorted[^1],7:0.0}");
}

static string FindRepo()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Yusuan.sln"))) return dir.FullName;
    throw new InvalidOperationException("找不到仓库根目录（Yusuan.sln）");
}

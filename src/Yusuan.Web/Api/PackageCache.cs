using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Yusuan.Core.Tables;
using Yusuan.Publishing;
using Yusuan.Web.Budgets;

namespace Yusuan.Web.Api;

/// <summary>
/// The disclosure package of a budget's content, written once by <see cref="PackageWriter"/> (as the CLI's build writes it)
/// into a folder named by the content's hash, then served from there.
/// </summary>
public sealed class PackageCache
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "yusuan-web-packages", Environment.ProcessId.ToString());
    private readonly ConcurrentDictionary<string, Lazy<string>> _folders = new(StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, (string File, string ContentType)> Formats = new Dictionary<string, (string, string)>
    {
        ["xlsx"] = ("tables.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ["pdf"] = ("document.pdf", "application/pdf"),
        ["docx"] = ("document.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ["html"] = ("document.html", "text/html; charset=utf-8"),
        ["csv"] = ("csv.zip", "application/zip"),
        ["zip"] = ("package.zip", "application/zip"),
    };

    /// <summary>The file of one format, or null when that format cannot be made here (the PDF without a CJK font).</summary>
    public string? FileOf(string content, Evaluation evaluation, string format)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..24];
        var folder = _folders.GetOrAdd(hash, h => new Lazy<string>(() => Write(h, evaluation))).Value;
        var path = Path.Combine(folder, Formats[format].File);
        return File.Exists(path) ? path : null;
    }

    private string Write(string hash, Evaluation evaluation)
    {
        var folder = Path.Combine(_root, hash);
        var staging = folder + ".tmp-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(staging);
        var wanted = new HashSet<string>(["xlsx", "csv", "docx", "html"], StringComparer.OrdinalIgnoreCase);
        try
        {
            Pdf.CjkFontLocator.Locate();
            wanted.Add("pdf");
        }
        catch (Pdf.PdfFontException) { }
        var derived = new DerivedBudget(evaluation.Budget!, evaluation.Catalogs!, evaluation.Profile!);
        var tables = evaluation.Profile!.Tables.Select(t => (Func<Table>)(() => TableSetBuilder.Build(derived, t))).ToList();
        var document = Core.Documents.DocumentBuilder.Build(derived);
        IReadOnlyList<string>? draft = null;
        if (evaluation.Errors > 0)
        {
            // A budget with errors downloads as a draft, as the command line's build --allow-errors writes it: every page
            // says 草稿 and the findings come first.
            var summary = $"错误 {evaluation.Errors} 个，警告 {evaluation.Warnings} 个";
            draft = evaluation.Findings.Where(f => f.Severity == Checks.Severity.Error)
                .Select(f => $"[{f.RuleId}] {PlaceText.Of(f.Place)}：{f.Message}").ToList();
            document = Core.Documents.DraftDocument.Of(document, draft, summary);
            draft = [$"{Core.Documents.DraftDocument.Mark}：预算数据未通过检查（{summary}），不得公开。", .. draft];
        }
        PackageWriter.Write(staging, tables, evaluation.Forms, wanted, document, PackageWriter.HtmlOptionsFor(evaluation.Budget!), draft);
        var csv = Path.Combine(staging, "csv");
        if (Directory.Exists(csv)) ZipFile.CreateFromDirectory(csv, Path.Combine(staging, "csv.zip"));
        // The whole package is zipped from outside the folder it is added to.
        var all = Path.Combine(_root, $"{hash}-{Guid.NewGuid():N}.zip");
        ZipFile.CreateFromDirectory(staging, all);
        File.Move(all, Path.Combine(staging, "package.zip"));
        if (Directory.Exists(folder)) Directory.Delete(folder, true);
        Directory.Move(staging, folder);
        return folder;
    }
}

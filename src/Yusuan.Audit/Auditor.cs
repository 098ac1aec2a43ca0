using Yusuan.Checks;
using Yusuan.Core.Profiles;

namespace Yusuan.Audit;

public sealed record AuditResult(ReadDocument Document, Profile Profile, CheckReport Report);

/// <summary>
/// yusuan audit: reads a published document's text, recognises its tables, infers the relations (domain.md §8) their
/// kinds and column meanings allow, and runs the table rules on them — no profile written for the document.
/// </summary>
public static class Auditor
{
    public static AuditResult AuditFile(string path) => Audit(File.ReadAllText(path), path);

    public static AuditResult Audit(string text, string file)
    {
        var document = DocumentReader.Read(text, file);
        var profile = InferredProfile.For(document);
        var tables = document.Tables.Select(t => t.Table).ToList();
        var report = new Checker().Check(tables, profile, document.Year);
        // What could not be read is said, located, never dropped (A-UNREAD, info: it is not a mistake of the document).
        var unread = document.Skipped.Select(s => new Finding("A-UNREAD", Severity.Info,
            new Place { File = file, Table = s.Table, Row = s.Line > 0 ? s.Line : null }, "未能读取：" + s.Reason));
        return new AuditResult(document, profile, new CheckReport([.. report.Findings, .. unread]));
    }
}

using System.Runtime.CompilerServices;
using Yusuan.Core.Documents;

namespace Yusuan.Checks.Rules.Narrative;

/// <summary>
/// The published document Yusuan writes from the budget (<see cref="DocumentBuilder"/>), built once per check for the
/// N- rules. They run when the budget carries narrative inputs (<c>narrative</c>): a budget without any is one whose
/// document is written elsewhere.
/// </summary>
internal static class NarrativeDocument
{
    private static readonly ConditionalWeakTable<BudgetCheckContext, PublishedDocument> Built = new();

    public static PublishedDocument? Of(BudgetCheckContext context) =>
        context.Budget.Narrative is null ? null
            : Built.GetValue(context, c => DocumentBuilder.Build(c.Budget, c.Profile, c.Catalogs));

    /// <summary>Each paragraph with the heading it stands under (numbered as printed).</summary>
    public static IEnumerable<(string Heading, ParagraphBlock Paragraph)> Paragraphs(PublishedDocument doc)
    {
        var heading = doc.Title;
        foreach (var block in doc.Blocks)
        {
            if (block is HeadingBlock h) heading = PublishedDocumentText.HeadingText(h);
            else if (block is ParagraphBlock p) yield return (heading, p);
        }
    }

    public static string File(BudgetCheckContext context) => context.Budget.Narrative?.Location?.File ?? "budget.json";
}

/// <summary>
/// N-PLACEHOLDER: a sentence of the 情况说明 needs an input the budget lacks (a reason of a change, last year's figure, the
/// 单位职能, the use of a 项): the document prints a placeholder 【请填写…】 there instead of inventing a sentence.
/// </summary>
internal sealed class PlaceholderRule : IBudgetRule
{
    public Rule Rule { get; } = new("N-PLACEHOLDER", "公开文本缺少输入", Severity.Warning, RuleTarget.Budget,
        "公开文本（情况说明、名词解释）的句子需要单位填写的内容（增减原因、上年数、单位职能、机构设置、各项科目的用途、国有资产数量等）而预算数据中没有："
        + "生成的文本在该处印出醒目的占位文字【请填写…】，不会编造句子。每个缺少的输入报告一次，指明应填写的字段。只在预算数据含有 narrative 时检查。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        if (NarrativeDocument.Of(context) is not { } doc) yield break;
        var file = NarrativeDocument.File(context);
        var missing = new Dictionary<string, (string Text, List<string> Headings)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (heading, paragraph) in NarrativeDocument.Paragraphs(doc))
        {
            foreach (var run in paragraph.Runs.Where(r => r.Placeholder))
            {
                var field = run.Source?.Input ?? "narrative";
                if (!missing.TryGetValue(field, out var seen))
                {
                    seen = (run.Text, []);
                    missing[field] = seen;
                    order.Add(field);
                }
                if (!seen.Headings.Contains(heading)) seen.Headings.Add(heading);
            }
        }
        foreach (var field in order)
        {
            var (text, headings) = missing[field];
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, new Place { File = file, Field = field },
                $"公开文本“{string.Join("”“", headings)}”需要的内容没有填写，已印为{text}")
            {
                Hint = $"在预算数据的 {field} 中填写",
            };
        }
    }
}

/// <summary>
/// N-UNTRACED: a digit in the generated prose that comes from no table and no input: every figure of the 情况说明 must be a
/// figure of the tables (domain.md §8.11), so a number written into a profile's sentence template is reported.
/// </summary>
internal sealed class UntracedFigureRule : IBudgetRule
{
    public Rule Rule { get; } = new("N-UNTRACED", "公开文本中有无出处的数字", Severity.Error, RuleTarget.Budget,
        "公开文本中的每个数字都应取自公开表格的单元格、由其计算（占比、增减），或取自单位填写的内容（docs/rules.md#n-untraced）。"
        + "写在配置句子模板里的数字不随预算变化，报告其所在段落。只在预算数据含有 narrative 时检查。");

    public IEnumerable<Finding> Check(BudgetCheckContext context)
    {
        if (NarrativeDocument.Of(context) is not { } doc) yield break;
        var file = NarrativeDocument.File(context);
        foreach (var (heading, paragraph) in NarrativeDocument.Paragraphs(doc))
        {
            var untraced = paragraph.Runs.Where(r => r.Source is null && !r.Placeholder && r.Text.Any(char.IsDigit)).ToList();
            if (untraced.Count == 0) continue;
            var digits = string.Join("、", untraced.SelectMany(r => Numbers(r.Text)).Distinct());
            yield return new Finding(Rule.Id, Rule.DefaultSeverity, new Place { File = file, Table = "公开文本", RowLabel = heading },
                $"“{Excerpt(paragraph.Text)}”中的 {digits} 不取自任何表格或输入")
            {
                Hint = "把配置 document 句子模板中的数字换成 figures 中定义的数字（如 {total}），或由单位在 narrative 中填写",
            };
        }
    }

    private static IEnumerable<string> Numbers(string text)
    {
        var current = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsDigit(c) || (current.Length > 0 && c is '.' or ',' or '%')) current.Append(c);
            else if (current.Length > 0) { yield return current.ToString().TrimEnd('.', ','); current.Clear(); }
        }
        if (current.Length > 0) yield return current.ToString().TrimEnd('.', ',');
    }

    private static string Excerpt(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

using System.Globalization;
using System.Text;
using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;
using Yusuan.Core.Targets;

namespace Yusuan.Core.Documents;

/// <summary>
/// Writes the whole published document of a budget as its profile lays it out (<see cref="Profile.Document"/>): the
/// cover, the parts and headings, the 情况说明 sentence by sentence from the profile's templates, the 名词解释, then the
/// tables and forms. Every figure of the prose is a run carrying its <see cref="FigureSource"/>, taken from the same
/// derived tables that are printed; a missing input (a reason, the 单位职能) is a visible placeholder run, never an
/// invented sentence.
/// </summary>
public static class DocumentBuilder
{
    public static PublishedDocument Build(Budget budget, Profile? profile = null, CatalogSet? catalogs = null)
    {
        profile ??= ProfileLoader.Load(budget.ProfileId);
        catalogs ??= CatalogLoader.Load(budget.Year);
        return Build(new DerivedBudget(budget, catalogs, profile));
    }

    public static PublishedDocument Build(DerivedBudget derived)
    {
        var profile = derived.Profile;
        var doc = profile.Document ?? DocumentProfile.TablesOnly;
        var tables = new Dictionary<string, Table>(StringComparer.Ordinal);
        var printed = new List<Table>();
        foreach (var definition in profile.Tables)
        {
            var table = TableSetBuilder.Build(derived, definition);
            tables[table.Id] = table;
            printed.Add(table);
        }
        foreach (var definition in doc.FigureTables) tables[definition.Id] = TableSetBuilder.Build(derived, definition);
        var forms = TargetFormBuilder.Build(derived);
        var writer = new Writer(derived, doc, tables, printed, forms);
        return writer.Write();
    }

    private sealed class Writer(DerivedBudget derived, DocumentProfile doc, IReadOnlyDictionary<string, Table> tables,
        IReadOnlyList<Table> printed, IReadOnlyList<Form> forms)
    {
        private readonly ProseFigures _figures = new(derived, doc, tables);
        private readonly List<DocumentBlock> _blocks = [];
        private readonly int[] _counters = new int[10];
        private readonly Scope _root = new(null, null, null);
        private readonly Profile _profile = derived.Profile;

        public PublishedDocument Write()
        {
            Blocks(doc.Blocks, _root);
            return new PublishedDocument
            {
                Title = Plain(doc.Title, _root),
                Subtitle = doc.Subtitle is null ? null : Plain(doc.Subtitle, _root),
                CoverLines = doc.CoverLines.Select(l => Plain(l, _root)).ToList(),
                TableOfContents = doc.TableOfContents,
                Blocks = _blocks,
            };
        }

        private void Blocks(IReadOnlyList<DocumentBlockDefinition> definitions, Scope scope)
        {
            foreach (var b in definitions) Block(b, scope);
        }

        private void Block(DocumentBlockDefinition b, Scope scope)
        {
            if (b.When is { } when && !Holds(when, scope)) return;
            if (b.Each is { } each)
            {
                if (each == "units")
                {
                    foreach (var unit in derived.Budget.Units) Content(b, scope.ForUnit(unit));
                    return;
                }
                if (_figures.Resolve(each, scope) is not ListValue list)
                    throw new InvalidDataException($"配置 document 中 each 的“{each}”不是列表（lists）");
                foreach (var item in list.Items) Content(b, scope.WithItem(item));
                return;
            }
            Content(b, scope);
        }

        private void Content(DocumentBlockDefinition b, Scope scope)
        {
            if (b.Heading is { } heading) Heading(b, Plain(heading, scope));
            if (b.Text is { } text) Paragraphs(Render(NarrativeTemplate.Parse(text), scope), b.Indent);
            if (b.Glossary) Glossary(scope);
            if (b.Tables.Count > 0 || b.Forms) TablesAndForms(b);
            if (b.PageBreak) _blocks.Add(new PageBreakBlock());
            Blocks(b.Blocks, scope);
        }

        /// <summary>A figure non-zero, a list with items, a text given; <c>!name</c> the opposite.</summary>
        private bool Holds(string condition, Scope scope)
        {
            var negate = condition.StartsWith('!');
            var name = negate ? condition[1..] : condition;
            var holds = _figures.Resolve(name, scope) switch
            {
                FigureValue f => !f.Figure.Missing && f.Figure.Shown != 0m,
                ListValue l => l.Items.Count > 0,
                TextValue t => t.Text is not null,
                _ => false,
            };
            return holds != negate;
        }

        // ---- headings -----------------------------------------------------------------------------------------------

        private void Heading(DocumentBlockDefinition b, string text)
        {
            var level = Math.Clamp(b.Level, 1, _counters.Length - 1);
            string? number = b.Number;
            if (number is null)
            {
                _counters[level]++;
                for (var i = level + 1; i < _counters.Length; i++) _counters[i] = 0;
                var pattern = level <= doc.Numbering.Count ? doc.Numbering[level - 1] : null;
                number = pattern is null ? null : Number(pattern, _counters[level]);
            }
            _blocks.Add(new HeadingBlock(level, text)
            {
                Number = string.IsNullOrEmpty(number) ? null : number,
                NewPage = b.NewPage ?? level == 1,
                InContents = b.Listed,
            });
        }

        internal static string Number(string pattern, int n) =>
            pattern.Replace("{n}", Chinese(n)).Replace("{d}", n.ToString(CultureInfo.InvariantCulture));

        /// <summary>一 … 九十九, as headings and the 名词解释 count.</summary>
        internal static string Chinese(int n)
        {
            const string digits = "零一二三四五六七八九";
            if (n <= 0 || n >= 100) return n.ToString(CultureInfo.InvariantCulture);
            if (n < 10) return digits[n].ToString();
            var tens = n / 10;
            var ones = n % 10;
            return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
        }

        // ---- tables and forms ---------------------------------------------------------------------------------------

        private void TablesAndForms(DocumentBlockDefinition b)
        {
            var n = 0;
            ContentsEntry? Entry(string? number, string title)
            {
                n++;
                if (b.Contents is null) return null;
                var text = b.Contents
                    .Replace("{n}", Chinese(n)).Replace("{d}", n.ToString(CultureInfo.InvariantCulture))
                    .Replace("{number}", number ?? "").Replace("{title}", title).Trim();
                return new ContentsEntry(b.ContentsLevel, text);
            }
            var all = b.Tables.Contains("*");
            foreach (var table in printed)
            {
                if (!all && !b.Tables.Contains(table.Id)) continue;
                if (all && b.OmitEmptyOptional && table.IsEmpty && _profile.Tables.First(t => t.Id == table.Id).Optional) continue;
                _blocks.Add(new TableBlock(table) { Contents = Entry(table.Number, table.Title) });
            }
            if (!all)
            {
                var unknown = b.Tables.Where(id => printed.All(t => t.Id != id)).ToList();
                if (unknown.Count > 0) throw new InvalidDataException($"配置 document 中的表 {string.Join("、", unknown)} 不在本配置的 tables 中");
            }
            if (!b.Forms) return;
            string? previous = null;
            foreach (var form in forms)
            {
                var first = form.Definition != previous;
                previous = form.Definition;
                _blocks.Add(new FormBlock(form) { Contents = first ? Entry(form.Number, form.Title) : null });
            }
        }

        // ---- 名词解释 -------------------------------------------------------------------------------------------------

        private void Glossary(Scope scope)
        {
            var n = 0;
            foreach (var entry in doc.Glossary)
            {
                if (entry.Functional is { } functional)
                {
                    foreach (var code in UsedCodes(functional.Level))
                    {
                        var slots = new Dictionary<string, SlotValue>();
                        _figures.FunctionalSlots(slots, code);
                        var item = scope.WithItem(slots);
                        var term = Render(NarrativeTemplate.Parse(functional.Term), item);
                        var text = Render(NarrativeTemplate.Parse("{description}"), item);
                        GlossaryEntry(++n, term, text);
                    }
                    continue;
                }
                GlossaryEntry(++n, Render(NarrativeTemplate.Parse(entry.Term ?? ""), scope), Render(NarrativeTemplate.Parse(entry.Text ?? ""), scope));
            }
        }

        private IEnumerable<string> UsedCodes(int level)
        {
            var length = level switch { 1 => 3, 2 => 5, _ => 7 };
            return derived.Budget.Expenditures.Where(l => l.Amount != 0m && l.FunctionalCode.Length >= length)
                .Select(l => l.FunctionalCode[..length]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        }

        private void GlossaryEntry(int n, List<TextRun> term, List<TextRun> text)
        {
            var runs = new List<TextRun>();
            if (!string.IsNullOrEmpty(doc.GlossaryNumbering))
            {
                var number = Number(doc.GlossaryNumbering, n);
                runs.Add(number.Any(char.IsDigit) ? new TextRun(number) { Source = new FigureSource("序号") { Value = n } } : new TextRun(number));
            }
            runs.AddRange(term.Select(r => r with { Bold = true }));
            runs.Add(new TextRun("："));
            runs.AddRange(text);
            _blocks.Add(new ParagraphBlock(Merge(runs)));
        }

        // ---- templates ----------------------------------------------------------------------------------------------

        private string Plain(string template, Scope scope) => string.Concat(Render(NarrativeTemplate.Parse(template), scope).Select(r => r.Text));

        private List<TextRun> Render(NarrativeTemplate template, Scope scope)
        {
            var runs = new List<TextRun>();
            foreach (var part in template.Parts)
            {
                switch (part)
                {
                    case NarrativeTemplate.Literal l:
                        runs.Add(new TextRun(l.Text));
                        break;
                    case NarrativeTemplate.Slot { Choices: null } s:
                        Fill(runs, _figures.Resolve(s.Name, scope), scope);
                        break;
                    case NarrativeTemplate.Slot s:
                        Choose(runs, s, scope);
                        break;
                }
            }
            return Merge(runs);
        }

        private void Fill(List<TextRun> runs, SlotValue value, Scope scope)
        {
            switch (value)
            {
                case FigureValue { Figure: var f }:
                    runs.Add(f.Missing ? Placeholder(f.MissingLabel!, f.MissingField!) : new TextRun(_figures.Format(f)) { Source = f.Source });
                    break;
                case TextValue t:
                    runs.Add(t.Text is null ? Placeholder(t.Label, t.Field) : new TextRun(t.Text) { Source = t.Source });
                    break;
                case ListValue list:
                    var item = NarrativeTemplate.Parse(list.Definition.Item);
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        if (i > 0) runs.Add(new TextRun(list.Definition.Separator));
                        runs.AddRange(Render(item, scope.WithItem(list.Items[i])));
                    }
                    break;
            }
        }

        private void Choose(List<TextRun> runs, NarrativeTemplate.Slot slot, Scope scope)
        {
            var value = _figures.Resolve(slot.Name, scope);
            var choices = slot.Choices!;
            int? pick;
            switch (value)
            {
                case FigureValue { Figure: var f }:
                    if (f.Missing)
                    {
                        runs.Add(Placeholder(f.MissingLabel!, f.MissingField!));
                        return;
                    }
                    pick = choices.Count >= 3 ? f.Sign switch { > 0 => 0, < 0 => 1, _ => 2 } : f.Sign != 0 ? 0 : 1;
                    break;
                case TextValue t:
                    pick = t.Text is not null ? 0 : 1;
                    break;
                case ListValue l:
                    pick = l.Items.Count > 0 ? 0 : 1;
                    break;
                default:
                    pick = null;
                    break;
            }
            if (pick is { } p && p < choices.Count) runs.AddRange(Render(choices[p], scope));
        }

        private static TextRun Placeholder(string label, string field) =>
            new($"【请填写{label}】") { Placeholder = true, Source = new FigureSource("缺少输入：" + label) { Input = field } };

        /// <summary>Adjacent plain literal runs become one run; runs with a source or a placeholder stay apart.</summary>
        private static List<TextRun> Merge(List<TextRun> runs)
        {
            var merged = new List<TextRun>();
            foreach (var r in runs)
            {
                if (r.Text.Length == 0) continue;
                if (merged.Count > 0 && IsPlain(r) && IsPlain(merged[^1]) && merged[^1].Bold == r.Bold)
                    merged[^1] = merged[^1] with { Text = merged[^1].Text + r.Text };
                else merged.Add(r);
            }
            return merged;
        }

        private static bool IsPlain(TextRun r) => r.Source is null && !r.Placeholder;

        /// <summary>A paragraph, or several when an input text holds line breaks (one paragraph each).</summary>
        private void Paragraphs(List<TextRun> runs, bool indent)
        {
            var current = new List<TextRun>();
            foreach (var run in runs)
            {
                var pieces = run.Text.Split('\n');
                for (var i = 0; i < pieces.Length; i++)
                {
                    if (i > 0) Flush();
                    var text = pieces[i].Trim();
                    if (text.Length > 0) current.Add(run with { Text = pieces.Length > 1 ? text : run.Text });
                }
            }
            Flush();

            void Flush()
            {
                if (current.Count > 0 && current.Any(r => r.Text.Trim().Length > 0))
                    _blocks.Add(new ParagraphBlock(current.ToList()) { Indent = indent });
                current.Clear();
            }
        }
    }
}

namespace Yusuan.Html;

/// <summary>
/// The page's one style sheet, inline. Fonts are named, never fetched: the reader's own CJK fonts (宋体/思源宋体 for
/// text, 黑体/思源黑体 for headings) or the generic families.
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """
:root {
  --ink: #1f2328;
  --muted: #59636e;
  --rule: #9aa4ae;
  --head: #eef1f4;
  --sum: #f7f8fa;
  --accent: #2b6cb0;
  --mark: #fff176;
  --serif: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "宋体", serif;
  --sans: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimHei", "黑体", sans-serif;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0 auto;
  padding: 1rem 1rem 4rem;
  max-width: 62rem;
  color: var(--ink);
  background: #fff;
  font-family: var(--serif);
  font-size: 1.0625rem;
  line-height: 1.85;
}
h1, h2, h3, h4, h5, .table-title, figcaption, nav.toc { font-family: var(--sans); }
a { color: var(--accent); }
.cover { text-align: center; padding: 3rem 0 2rem; border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; }
.cover h1 { font-size: 1.9rem; line-height: 1.4; margin: 0 0 1rem; }
.cover .subtitle { font-size: 1.25rem; margin: 0 0 1.5rem; }
.cover .cover-line { margin: .25rem 0; color: var(--muted); }
nav.toc { margin: 0 0 2rem; padding: 1rem 1.25rem; background: #fafbfc; border: 1px solid #e4e8ec; border-radius: 6px; }
nav.toc h2 { text-align: center; font-size: 1.3rem; margin: 0 0 .5rem; letter-spacing: .5em; }
nav.toc ol { list-style: none; margin: 0; padding: 0; }
nav.toc ol ol { padding-left: 1.5em; font-size: .95em; }
nav.toc li { margin: .15rem 0; }
nav.toc a { text-decoration: none; }
nav.toc a:hover, nav.toc a:focus { text-decoration: underline; }
h2.level-1 { text-align: center; font-size: 1.45rem; margin: 2.5rem 0 1.25rem; }
h3.level-2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h4.level-3 { font-size: 1.05rem; font-weight: 600; margin: 1rem 0 .25rem; }
h5.level-4 { font-size: 1rem; font-weight: 600; margin: .75rem 0 .25rem; }
p { margin: .35rem 0; }
p.indent { text-indent: 2em; }
.fig { border-bottom: 1px dotted var(--accent); cursor: help; }
.fig:hover, .fig:focus { background: #e8f1fb; outline: none; }
.src:hover, .src:focus { background: #f1f4f7; outline: none; }
mark.placeholder { background: var(--mark); color: #7a4d00; padding: 0 .15em; border-radius: 2px; }
.charts h2 { text-align: center; font-size: 1.3rem; margin: 1rem 0; }
.chart-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: 1rem; }
.chart-box { margin: 0; padding: .75rem; border: 1px solid #e4e8ec; border-radius: 6px; break-inside: avoid; }
.chart-box figcaption { font-weight: 600; margin-bottom: .5rem; }
.chart-box .unit { font-weight: normal; color: var(--muted); font-size: .9em; }
svg.chart { display: block; width: 100%; height: auto; font-family: var(--sans); }
svg.chart text { font-size: 13px; fill: var(--ink); }
svg.chart text.value, svg.chart text.legend { fill: var(--muted); }
svg.chart text.inside { fill: #fff; font-weight: 600; }
.chart-source { font-size: .85rem; color: var(--muted); margin: .5rem 0 0; }
.table-block, .form-block { margin: 2rem 0; }
.table-number { margin: 0; font-family: var(--sans); font-size: .95rem; }
.table-title { text-align: center; font-size: 1.2rem; font-weight: 700; margin: .25rem 0 .5rem; }
.table-subtitle { text-align: center; margin: 0 0 .5rem; }
.table-meta { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .25rem 1rem; font-size: .9rem; margin: .25rem 0; }
.table-meta.below { margin-top: .5rem; }
.scroll { overflow: auto; max-height: 85vh; border: 1px solid var(--rule); -webkit-overflow-scrolling: touch; }
.scroll:focus { outline: 2px solid var(--accent); }
table { border-collapse: separate; border-spacing: 0; width: 100%; font-family: var(--serif); font-size: .85rem; line-height: 1.45; }
th, td { border-right: 1px solid var(--rule); border-bottom: 1px solid var(--rule); padding: .3em .5em; vertical-align: middle; }
tr > :last-child { border-right: 0; }
thead { position: sticky; top: 0; z-index: 2; }
thead th { background: var(--head); font-family: var(--sans); font-weight: 600; text-align: center; }
table.form th { background: var(--head); font-family: var(--sans); font-weight: 600; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.code { text-align: center; white-space: nowrap; }
td.text { min-width: 6em; }
td.name { min-width: 11em; }
th.short { white-space: nowrap; }
td.center, th.center { text-align: center; }
td.indent-1 { padding-left: 1.5em; }
td.indent-2 { padding-left: 2.5em; }
td.indent-3 { padding-left: 3.5em; }
td.indent-4 { padding-left: 4.5em; }
tr.sum td { font-weight: 700; background: var(--sum); }
tr.empty td { text-align: center; color: var(--muted); padding: 1em; }
.table-note { font-size: .85rem; color: var(--muted); margin: .35rem 0; }
@media (max-width: 40rem) {
  body { padding: .75rem .6rem 3rem; font-size: 1rem; }
  .cover { padding: 1.5rem 0 1rem; }
  .cover h1 { font-size: 1.45rem; }
  table { font-size: .8rem; }
  .scroll { max-height: 75vh; }
}
@page { size: A4 portrait; margin: 18mm 16mm; }
@page wide { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 12pt; line-height: 1.7; }
  a { color: inherit; text-decoration: none; }
  .cover { border: 0; padding-top: 30vh; break-after: page; }
  nav.toc { border: 0; background: none; break-after: page; }
  .charts { break-after: page; }
  .new-page { break-before: page; }
  .landscape { page: wide; }
  .scroll { overflow: visible; max-height: none; border: 0; }
  table { font-size: 8.5pt; border-top: 1px solid #000; border-left: 1px solid #000; }
  th, td { border-color: #000; }
  tr > :last-child { border-right: 1px solid #000; }
  thead { position: static; display: table-header-group; }
  tr { break-inside: avoid; }
  .table-title, .table-number, .table-meta { break-after: avoid; }
  .fig { border: 0; }
  mark.placeholder, thead th, tr.sum td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
""";
}

using Yusuan.Core.Model;

namespace Yusuan.Core.Input;

/// <summary>How long a text of the input may be (docs/input-format.md, Rules checked on reading).</summary>
public static class TextLimits
{
    /// <summary>Names and codes (department, unit, project, item, task, indicator, measure): they head table rows.</summary>
    public const int Name = 200;

    /// <summary>Free texts (goals, basis, descriptions, narrative texts, reasons): one Excel cell holds at most 32,767 characters.</summary>
    public const int Text = 32_767;
}

public sealed partial class BudgetAssembler
{
    /// <summary>Every text of the input within its limit (<see cref="TextLimits"/>), else a located error.</summary>
    private void CheckTextLengths(RawBudget raw)
    {
        const int N = TextLimits.Name, T = TextLimits.Text;
        var loc = raw.Location;
        Limit(raw.DepartmentCode, loc.WithField("department"), N, "部门编码");
        Limit(raw.DepartmentName, loc.WithField("department"), N, "部门名称");
        foreach (var u in raw.Units)
        {
            Limit(u.Code, u.Location.WithField("code"), N, "单位编码");
            Limit(u.Name, u.Location.WithField("name"), N, "单位名称");
        }
        foreach (var p in raw.Projects)
        {
            Limit(p.Name, p.Location.WithField("name"), N, "项目名称");
            Limit(p.Kind, p.Location.WithField("kind"), N, "项目类别");
        }
        foreach (var e in raw.Expenditures) Limit(e.Project, e.Location.WithField("project"), N, "项目名称");
        foreach (var p in raw.Procurement)
        {
            Limit(p.Project, p.Location.WithField("project"), N, "项目名称");
            Limit(p.Item, p.Location.WithField("item"), N, "采购品目");
            Limit(p.Measure, p.Location.WithField("measure"), N, "计量单位");
        }
        foreach (var s in raw.ServicePurchases)
        {
            Limit(s.Project, s.Location.WithField("project"), N, "项目名称");
            Limit(s.Item, s.Location.WithField("item"), N, "购买品目");
            Limit(s.Measure, s.Location.WithField("measure"), N, "计量单位");
        }
        var previous = new SourceLocation(loc.File, loc.Sheet is null ? null : "上年数");
        foreach (var (key, reason) in raw.PreviousReasons)
            Limit(reason, previous.WithField(loc.Sheet is null ? "previousYear.reasons." + key : "原因（" + key + "）"), T, "原因");
        foreach (var t in raw.ProjectTargets)
        {
            Limit(t.Project, t.Location.WithField("project"), N, "项目名称");
            Limit(t.Attribute, t.Location.WithField("attribute"), N, "项目属性");
            Limit(t.Period, t.Location.WithField("period"), N, "项目期限");
            Limit(t.Basis, t.Location.WithField("basis"), T, "立项依据");
            Limit(t.AnnualGoal, t.Location.WithField("annualGoal"), T, "年度目标");
            Limit(t.LongTermGoal, t.Location.WithField("longTermGoal"), T, "中长期目标");
            Indicators(t.Indicators);
        }
        foreach (var d in raw.DepartmentTargets)
        {
            Limit(d.Objective, d.Location.WithField("objective"), T, "年度总体目标");
            Limit(d.LongTermObjective, d.Location.WithField("longTermObjective"), T, "中长期目标");
            foreach (var task in d.Tasks)
            {
                Limit(task.Name, task.Location.WithField("name"), N, "任务名称");
                Limit(task.Kind, task.Location.WithField("kind"), N, "任务类别");
                Limit(task.Description, task.Location.WithField("description"), T, "主要内容");
                Limit(task.ProjectsText, task.Location.WithField("projects"), T, "对应项目");
                foreach (var name in task.Projects ?? []) Limit(name, task.Location.WithField("projects"), N, "项目名称");
            }
            Indicators(d.Indicators);
        }
        if (raw.Narrative is { } n)
        {
            SourceLocation At(string field) => n.Location.Sheet is null ? n.Location.WithField("narrative." + field) : n.Location.WithField(field);
            foreach (var (key, text) in n.Texts) Limit(text, At(key), T, "文字");
            foreach (var (key, text) in n.Uses) Limit(text, At("uses." + key), T, "主要用于");
            foreach (var (key, text) in n.Projects) Limit(text, At("projects." + key), T, "项目用途");
            foreach (var (key, text) in n.Goals) Limit(text, At("goals." + key), T, "项目目标");
            foreach (var (key, text) in n.Glossary) Limit(text, At("glossary." + key), T, "名词解释");
        }

        void Indicators(IReadOnlyList<RawIndicator> indicators)
        {
            foreach (var i in indicators)
            {
                Limit(i.Level1, i.Location.WithField("level1"), N, "一级指标");
                Limit(i.Level2, i.Location.WithField("level2"), N, "二级指标");
                Limit(i.Name, i.Location.WithField("name"), N, "三级指标");
                Limit(i.Level4, i.Location.WithField("level4"), N, "四级指标");
                Limit(i.Nature, i.Location.WithField("nature"), N, "指标性质");
                Limit(i.Measure, i.Location.WithField("measure"), N, "度量单位");
                Limit(i.Direction, i.Location.WithField("direction"), N, "指标方向");
                Limit(i.Value, i.Location.WithField("value"), T, "指标值");
            }
        }
    }

    private void Limit(string? text, SourceLocation at, int max, string what)
    {
        if (text is null || text.Length <= max) return;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Error(at, $"{what}有 {text.Length.ToString("N0", inv)} 个字符，超过上限 {max.ToString("N0", inv)}",
            max == TextLimits.Name
                ? $"名称、编码最多 {TextLimits.Name} 个字符；较长的说明请写在说明性文字中"
                : "每段文字最多 32,767 个字符（Excel 一个单元格的上限）；请精简或拆分");
    }
}

using Yusuan.Core.Model;
using Yusuan.Core.Profiles;

namespace Yusuan.Core.Input;

// 绩效目标: what must hold for a target to be read at all. Whether it is a good target (categories, weights,
// units that fit, costs within the money) is for the checks, which report rather than refuse.
public sealed partial class BudgetAssembler
{
    /// <summary>Task kinds every region has; project kinds come from the profile.</summary>
    private static readonly string[] BasicTaskKinds = ["人员经费", "公用经费", "基本支出", "项目支出"];

    private PerformanceTargets AssembleTargets(RawBudget raw, HashSet<string> units, Profile? profile, IReadOnlyList<Project> projects)
    {
        var projectTargets = new List<ProjectTarget>();
        var seen = new HashSet<(string, string)>();
        foreach (var t in raw.ProjectTargets)
        {
            var ok = RequireUnit(t.Unit, units, t.Location.WithField("unit"));
            var name = t.Project?.Trim();
            if (string.IsNullOrEmpty(name)) { Error(t.Location.WithField("project"), "绩效目标缺少项目名称"); ok = false; }
            // A target for a project that is not in the budget is kept: published forms have them, and the checks
            // report it (a target without money) rather than the reader refusing the whole budget.
            else if (ok && !seen.Add((t.Unit!.Trim(), name)))
            {
                Error(t.Location.WithField("project"), $"项目“{name}”的绩效目标重复填写", "每个项目填写一份绩效目标");
                ok = false;
            }
            var indicators = AssembleIndicators(t.Indicators);
            var stated = t.StatedAmount is null ? (decimal?)null : Money(t.StatedAmount, optional: true);
            if (!ok) continue;
            projectTargets.Add(new ProjectTarget(t.Unit!.Trim(), name!)
            {
                Attribute = Text(t.Attribute), Period = Text(t.Period), Basis = Text(t.Basis),
                AnnualGoal = Text(t.AnnualGoal), LongTermGoal = Text(t.LongTermGoal),
                StatedAmount = stated, Indicators = indicators, Location = t.Location,
            });
        }

        var kinds = BasicTaskKinds.Concat(profile?.ProjectKinds ?? []).ToList();
        var departmentTargets = new List<DepartmentTarget>();
        var owners = new HashSet<string>();
        foreach (var d in raw.DepartmentTargets)
        {
            var unit = string.IsNullOrWhiteSpace(d.Unit) ? null : d.Unit.Trim();
            var ok = unit is null || RequireUnit(unit, units, d.Location.WithField("unit"));
            if (ok && !owners.Add(unit ?? ""))
            {
                Error(d.Location.WithField("unit"), unit is null ? "部门整体绩效目标重复填写" : $"单位 {unit} 的整体绩效目标重复填写");
                ok = false;
            }
            var tasks = new List<TargetTask>();
            foreach (var task in d.Tasks)
            {
                var kind = TaskKind(task.Kind);
                if (string.IsNullOrWhiteSpace(task.Name)) Error(task.Location.WithField("name"), "任务名称为空");
                if (kind is null || !kinds.Contains(kind))
                {
                    Error(task.Location.WithField("kind"), $"任务类别“{task.Kind}”无法识别", "可填：" + string.Join("、", kinds));
                    continue;
                }
                var named = unit is null || units.Contains(unit) ? TaskProjects(task, unit, projects) : [];
                tasks.Add(new TargetTask(task.Name?.Trim() ?? "", kind)
                {
                    Projects = named,
                    Description = Text(task.Description),
                    StatedAmount = task.StatedAmount is null ? null : Money(task.StatedAmount, optional: true),
                    Location = task.Location,
                });
            }
            var indicators = AssembleIndicators(d.Indicators);
            if (!ok) continue;
            departmentTargets.Add(new DepartmentTarget(unit)
            {
                Objective = Text(d.Objective), LongTermObjective = Text(d.LongTermObjective),
                StatedTotal = d.StatedTotal is null ? null : Money(d.StatedTotal, optional: true),
                Tasks = tasks, Indicators = indicators, Location = d.Location,
            });
        }
        return new PerformanceTargets { Projects = projectTargets, Departments = departmentTargets };
    }

    /// <summary>
    /// The projects a task names, each a project of the target's unit (any unit for a department-wide target); an unknown
    /// name is a located error. An xlsx cell lists them separated by 、 or ；(also ; or a new line); a name that itself holds
    /// a 、 is recognised whole (<see cref="SplitNames"/>). Names listed twice are taken once.
    /// </summary>
    private List<string> TaskProjects(RawTargetTask task, string? unit, IReadOnlyList<Project> projects)
    {
        var scope = projects.Where(p => unit is null || p.UnitCode == unit).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var names = new List<string>();
        if (task.Projects is { } list) names.AddRange(list.Select(n => n.Trim()));
        if (task.ProjectsText is { } text)
            foreach (var piece in text.Split(['；', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                names.AddRange(SplitNames(piece, scope));
        var result = new List<string>();
        var at = task.Location.WithField("projects");
        foreach (var name in names)
        {
            if (name.Length == 0) { Error(at, "对应项目中有空的项目名称", "填写项目表中的项目名称"); continue; }
            if (!scope.Contains(name))
            {
                var where = unit is null ? "项目表" : $"单位 {unit} 的项目表";
                Error(at, $"任务对应的项目“{name}”不在{where}中",
                    scope.Count == 0 ? "项目表中没有可对应的项目" : "可填：" + string.Join("；", scope.Take(20)) + (scope.Count > 20 ? " 等" : ""));
                continue;
            }
            if (!result.Contains(name)) result.Add(name);
        }
        return result;
    }

    /// <summary>
    /// Names separated by 、, where a name may itself hold 、: from each part on, the longest run of parts that joins into a
    /// known name is one name; a part that starts no known name stays a name of its own (reported as unknown).
    /// </summary>
    internal static IEnumerable<string> SplitNames(string piece, HashSet<string> known)
    {
        var parts = piece.Split('、', StringSplitOptions.TrimEntries);
        for (var i = 0; i < parts.Length;)
        {
            var end = i;
            for (var j = parts.Length - 1; j > i; j--)
                if (known.Contains(string.Join("、", parts[i..(j + 1)]))) { end = j; break; }
            var name = string.Join("、", parts[i..(end + 1)]);
            if (name.Length > 0) yield return name;
            i = end + 1;
        }
    }

    private List<Indicator> AssembleIndicators(IReadOnlyList<RawIndicator> raw)
    {
        var indicators = new List<Indicator>();
        foreach (var i in raw)
        {
            var ok = true;
            foreach (var (field, value) in new[] { ("level1", i.Level1), ("level2", i.Level2), ("name", i.Name) })
                if (string.IsNullOrWhiteSpace(value)) { Error(i.Location.WithField(field), "指标层级或名称为空", "一级、二级、三级指标都要填写"); ok = false; }
            if (!IndicatorNatures.TryParse(i.Nature, out var nature))
            {
                Error(i.Location.WithField("nature"), string.IsNullOrWhiteSpace(i.Nature) ? "缺少指标性质" : $"指标性质“{i.Nature}”无法识别",
                    "可填：" + string.Join("、", IndicatorNatures.AllNames));
                ok = false;
            }
            IndicatorDirection? direction = null;
            if (!string.IsNullOrWhiteSpace(i.Direction))
            {
                if (IndicatorDirections.TryParse(i.Direction, out var d)) direction = d;
                else { Error(i.Location.WithField("direction"), $"指标方向“{i.Direction}”无法识别", "可填：正向、反向"); ok = false; }
            }
            decimal? weight = null;
            if (i.Weight is { } w && (w.Value is not null || w.Problem is not null || !string.IsNullOrWhiteSpace(w.Text)))
            {
                if (w.Value is not { } v)
                {
                    if (w.Problem is { } p) Error(w.Location, p.Problem.Replace("金额", "权重"), "权重填数字，如 10");
                    else Error(w.Location, $"权重“{w.Text}”不是数字", "权重填数字，如 10");
                    ok = false;
                }
                else if (v < 0) { Error(w.Location, $"权重 {v} 为负数", "权重不能小于 0"); ok = false; }
                else weight = v;
            }
            if (!ok) continue;
            indicators.Add(new Indicator(i.Level1!.Trim(), i.Level2!.Trim(), i.Name!.Trim(), nature, i.Value?.Trim() ?? "", Text(i.Measure))
            {
                Level4 = Text(i.Level4), Weight = weight, Direction = direction, Location = i.Location,
            });
        }
        return indicators;
    }

    private static string? TaskKind(string? text) => text?.Trim() switch
    {
        null or "" => null,
        "人员支出" or "人员经费" or "人员类" => "人员经费",
        "公用经费" or "日常公用经费" or "公用支出" => "公用经费",
        var k => k,
    };

    private static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

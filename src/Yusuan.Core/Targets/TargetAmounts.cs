using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Core.Targets;

/// <summary>Money of a target, by source, from the budget's lines (元); <see cref="CarriedOver"/> is the 上年结转 part.</summary>
public sealed record TargetMoney(IReadOnlyDictionary<IncomeSource, decimal> BySource, decimal CarriedOver)
{
    public static TargetMoney Zero { get; } = new(new Dictionary<IncomeSource, decimal>(), 0m);

    public decimal Total => BySource.Values.Sum();

    /// <summary>财政拨款: 一般公共预算, 政府性基金 and 国有资本经营预算 money.</summary>
    public decimal Fiscal => BySource.Where(kv => kv.Key.IsFiscal()).Sum(kv => kv.Value);

    /// <summary>其他资金: everything that is not 财政拨款.</summary>
    public decimal Other => Total - Fiscal;

    public decimal Of(IncomeSource source) => BySource.GetValueOrDefault(source);

    public decimal Of(IEnumerable<IncomeSource> sources) => sources.Distinct().Sum(Of);

    /// <summary>This money less <paramref name="other"/>, source by source.</summary>
    public TargetMoney Minus(TargetMoney other)
    {
        var sources = new Dictionary<IncomeSource, decimal>(BySource);
        foreach (var (source, amount) in other.BySource) sources[source] = sources.GetValueOrDefault(source) - amount;
        return new TargetMoney(sources, CarriedOver - other.CarriedOver);
    }

    public static TargetMoney Sum(IEnumerable<TargetMoney> parts)
    {
        var sources = new Dictionary<IncomeSource, decimal>();
        var carried = 0m;
        foreach (var part in parts)
        {
            foreach (var (source, amount) in part.BySource) sources[source] = sources.GetValueOrDefault(source) + amount;
            carried += part.CarriedOver;
        }
        return new TargetMoney(sources, carried);
    }
}

/// <summary>Projects of one kind in the coverage figures.</summary>
public sealed record KindCoverage(string Kind, int Projects, decimal Amount);

/// <summary>
/// 绩效目标 coverage: how many projects have targets and their money (元), against all projects of the budget
/// (every project of the project list, and the money of lines that name a project). <see cref="ByKind"/> splits the
/// projects with targets by project kind, in the profile's order of kinds.
/// </summary>
public sealed record TargetCoverage(int Projects, decimal Amount, int AllProjects, decimal AllProjectsAmount, IReadOnlyList<KindCoverage> ByKind)
{
    /// <summary>Share of all project money that has targets (0.985 = 98.5%); null when no project has money.</summary>
    public decimal? Share => AllProjectsAmount == 0 ? null : Amount / AllProjectsAmount;

    /// <summary>
    /// The coverage sentence of the 情况说明 as the profile writes it, e.g. <c>2025年广元市社会保险事务中心开展绩效目标管理的项目
    /// 7个，涉及预算92.94万元。其中：特定目标类项目7个，涉及预算92.94万元。</c>
    /// </summary>
    public string Sentence(Profile profile, int year, string subject)
    {
        var p = profile.Presentation;
        var coverage = profile.Targets.Coverage;
        string Plain(decimal yuan) => (p with { ThousandsSeparator = false, BlankZero = false }).Format(yuan);
        string Shown(decimal yuan) => (p with { BlankZero = false }).Format(yuan);
        var kinds = ByKind.Where(k => k.Projects > 0).Select(k => FormTemplate.Fill(coverage.Kind, new Dictionary<string, string?>
        {
            ["kind"] = k.Kind, ["count"] = k.Projects.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["amount"] = Shown(k.Amount), ["amountPlain"] = Plain(k.Amount), ["unit"] = p.Unit,
        }, keepWhenEmpty: true)).ToList();
        var byKind = kinds.Count == 0 ? "" : "其中：" + string.Join("；", kinds) + "。";
        var share = Share is { } s ? (s * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%" : "";
        return FormTemplate.Fill(coverage.Sentence, new Dictionary<string, string?>
        {
            ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["subject"] = subject,
            ["count"] = Projects.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["amount"] = Shown(Amount), ["amountPlain"] = Plain(Amount), ["unit"] = p.Unit, ["share"] = share,
            ["allCount"] = AllProjects.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["allAmount"] = Shown(AllProjectsAmount), ["allAmountPlain"] = Plain(AllProjectsAmount),
            ["byKind"] = byKind,
        }, keepWhenEmpty: true);
    }
}

/// <summary>
/// The money of targets, derived from the budget's lines through the tables' own classification
/// (<see cref="DerivedBudget"/>: a line's unit, nature, source and project kind; <see cref="CompiledFilter"/> for a
/// task's kind), never from what a target states: a project's money is its lines by source; a department-wide task's
/// is the lines of the projects it names, or else the 人员经费, 公用经费, 基本支出, 项目支出 or projects of its kind of the
/// department (or of the target's unit), less the projects the target's other tasks name (<see cref="Task"/>).
/// Checks compare a target's <c>StatedAmount</c> with these figures.
/// </summary>
public sealed class TargetAmounts
{
    private readonly DerivedBudget _derived;
    private readonly Dictionary<(string Unit, string Project), (Dictionary<IncomeSource, decimal> Sources, decimal CarriedOver)> _projects = new();
    private readonly Dictionary<(string Unit, string Project), decimal> _procurement = new();
    private readonly Dictionary<(string Unit, string Project), decimal> _services = new();

    public TargetAmounts(DerivedBudget derived)
    {
        _derived = derived;
        foreach (var f in derived.Lines)
        {
            var line = f.Line;
            if (line.ProjectName is null) continue;
            var key = (line.UnitCode, line.ProjectName);
            if (!_projects.TryGetValue(key, out var money))
            {
                money = (new Dictionary<IncomeSource, decimal>(), 0m);
                _projects[key] = money;
            }
            money.Sources[line.Source] = money.Sources.GetValueOrDefault(line.Source) + line.Amount;
            if (line.CarriedOver) _projects[key] = (money.Sources, money.CarriedOver + line.Amount);
        }
        foreach (var item in derived.Budget.Procurement)
            if (item.ProjectName is { } p) _procurement[(item.UnitCode, p)] = _procurement.GetValueOrDefault((item.UnitCode, p)) + item.Total;
        foreach (var item in derived.Budget.ServicePurchases)
            if (item.ProjectName is { } p) _services[(item.UnitCode, p)] = _services.GetValueOrDefault((item.UnitCode, p)) + item.Total;
    }

    public TargetAmounts(Budget budget, Profile? profile = null, CatalogSet? catalogs = null)
        : this(new DerivedBudget(budget, catalogs ?? CatalogLoader.Load(budget.Year), profile ?? ProfileLoader.Load(budget.ProfileId)))
    {
    }

    public DerivedBudget Derived => _derived;

    /// <summary>The project's money: its expenditure lines, by source.</summary>
    public TargetMoney Project(string unitCode, string projectName) =>
        _projects.TryGetValue((unitCode, projectName), out var m) ? new TargetMoney(m.Sources, m.CarriedOver) : TargetMoney.Zero;

    public TargetMoney Project(ProjectTarget target) => Project(target.UnitCode, target.ProjectName);

    /// <summary>The project's 政府采购 items, all sources (元).</summary>
    public decimal Procurement(string unitCode, string projectName) => _procurement.GetValueOrDefault((unitCode, projectName));

    /// <summary>The project's 政府购买服务 items, all sources (元).</summary>
    public decimal ServicePurchase(string unitCode, string projectName) => _services.GetValueOrDefault((unitCode, projectName));

    /// <summary>Last year's budget of the project as the unit states it (<c>previousYear.projects</c>), or null.</summary>
    public decimal? PreviousYear(string projectName) =>
        _derived.Budget.PreviousYear.Projects.TryGetValue(projectName, out var v) ? v : null;

    /// <summary>
    /// The lines a task kind takes: 人员经费, 公用经费, 基本支出 (both), 项目支出 (every project line), or a project kind
    /// of the profile (项目 lines of projects of that kind), as the tables' filters take them.
    /// </summary>
    public static LineFilter TaskFilter(string kind) => kind switch
    {
        "人员经费" or "人员支出" => new LineFilter { Nature = ["人员经费"] },
        "公用经费" => new LineFilter { Nature = ["公用经费"] },
        "基本支出" => new LineFilter { Nature = ["基本"] },
        "项目支出" => new LineFilter { Nature = ["项目"] },
        _ => new LineFilter { ProjectKinds = [kind] },
    };

    /// <summary>
    /// The projects a task names, as (unit, project) keys of the budget's lines: projects of the target's unit, or of every
    /// unit for a department-wide target (a name several units use takes each of them).
    /// </summary>
    private IEnumerable<(string Unit, string Project)> Named(DepartmentTarget target, TargetTask task) =>
        task.Projects.SelectMany(name => _projects.Keys.Where(k => k.Project == name && (target.UnitCode is null || k.Unit == target.UnitCode)))
            .Distinct();

    /// <summary>Every project the target's tasks name.</summary>
    private HashSet<(string Unit, string Project)> NamedByTasks(DepartmentTarget target) =>
        target.Tasks.SelectMany(t => Named(target, t)).ToHashSet();

    /// <summary>
    /// A department-wide task's money, the one rule the forms and the checks share:
    /// <list type="bullet">
    /// <item>a task that names projects (<see cref="TargetTask.Projects"/>) takes exactly their lines, by source as a
    /// project target does;</item>
    /// <item>a task that names none takes the lines of its kind (人员经费, 公用经费, 基本支出, 项目支出 or projects of a
    /// kind) of the target's unit (or of every unit), less the lines of the projects the target's other tasks name, so
    /// that each line is counted once. Several such tasks of one kind share this money (<see cref="TaskShares"/>).</item>
    /// </list>
    /// </summary>
    public TargetMoney Task(DepartmentTarget target, TargetTask task)
    {
        if (task.Projects.Count > 0) return TargetMoney.Sum(Named(target, task).Select(k => Project(k.Unit, k.Project)));
        var named = NamedByTasks(target);
        var filter = new CompiledFilter(TaskFilter(task.Kind));
        return Sum(target.UnitCode, f => filter.Matches(f) && !(f.Line.ProjectName is { } p && named.Contains((f.Line.UnitCode, p))));
    }

    /// <summary>
    /// The money each task of a target prints (<see cref="Task"/>). A task that names projects prints theirs. Of the tasks
    /// that name none, the first of each kind prints the kind's money and any further one of that kind nothing (null:
    /// printed blank), since nothing says how they split it; name the projects of each to print them apart.
    /// </summary>
    public IReadOnlyList<TargetMoney?> TaskShares(DepartmentTarget target)
    {
        var shares = new TargetMoney?[target.Tasks.Count];
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < target.Tasks.Count; i++)
        {
            var task = target.Tasks[i];
            if (task.Projects.Count > 0 || kinds.Add(task.Kind)) shares[i] = Task(target, task);
        }
        return shares;
    }

    /// <summary>The money of all of a target's tasks, each line once (the forms' 合计).</summary>
    public TargetMoney Tasks(DepartmentTarget target)
    {
        var named = NamedByTasks(target);
        var filters = target.Tasks.Where(t => t.Projects.Count == 0).Select(t => new CompiledFilter(TaskFilter(t.Kind))).ToList();
        if (filters.Count == 0 && named.Count == 0) return TargetMoney.Zero;
        return Sum(target.UnitCode, f =>
        {
            if (f.Line.ProjectName is { } p && named.Contains((f.Line.UnitCode, p))) return true;
            foreach (var filter in filters)
                if (filter.Matches(f)) return true;
            return false;
        });
    }

    private TargetMoney Sum(string? unitCode, Func<LineFacts, bool> take)
    {
        var sources = new Dictionary<IncomeSource, decimal>();
        var carried = 0m;
        foreach (var f in _derived.Lines)
        {
            if (unitCode is not null && f.Line.UnitCode != unitCode) continue;
            if (!take(f)) continue;
            sources[f.Line.Source] = sources.GetValueOrDefault(f.Line.Source) + f.Line.Amount;
            if (f.Line.CarriedOver) carried += f.Line.Amount;
        }
        return new TargetMoney(sources, carried);
    }

    /// <summary>How many projects have targets and how much money they take, against all projects.</summary>
    public TargetCoverage Coverage()
    {
        var budget = _derived.Budget;
        var kinds = budget.Projects.ToDictionary(p => (p.UnitCode, p.Name), p => p.Kind);
        var withTargets = budget.Targets.Projects.Select(t => (t.UnitCode, t.ProjectName)).Distinct().ToList();
        var amount = withTargets.Sum(k => Project(k.UnitCode, k.ProjectName).Total);
        var all = _projects.Values.Sum(m => m.Sources.Values.Sum());
        var order = _derived.Profile.ProjectKinds;
        var byKind = withTargets
            .GroupBy(k => kinds.GetValueOrDefault(k) ?? "")
            .Select(g => new KindCoverage(g.Key, g.Count(), g.Sum(k => Project(k.UnitCode, k.ProjectName).Total)))
            .OrderBy(k => Rank(order, k.Kind))
            .ThenBy(k => k.Kind, StringComparer.Ordinal)
            .ToList();
        return new TargetCoverage(withTargets.Count, amount, budget.Projects.Count, all, byKind);
    }

    private static int Rank(IReadOnlyList<string> order, string kind)
    {
        for (var i = 0; i < order.Count; i++)
            if (order[i] == kind) return i;
        return int.MaxValue;
    }
}


using Yusuan.Core.Catalogs;
using Yusuan.Core.Model;
using Yusuan.Core.Profiles;

namespace Yusuan.Core.Input;

/// <summary>
/// Turns what a reader found into a <see cref="Budget"/>, checking every rule of docs/input-format.md.
/// It collects every error before it gives up, so a clerk fixes a file in one pass, not one error per run.
/// </summary>
public sealed partial class BudgetAssembler
{
    private readonly List<InputError> _errors = [];
    private readonly string? _catalogDirectory;
    private decimal _multiplier = 1m;
    /// <summary>False when the year is missing or has no catalog: that is reported once, not again on every line.</summary>
    private bool _catalogUsable = true;

    public BudgetAssembler(string? catalogDirectory = null) => _catalogDirectory = catalogDirectory;

    public Budget Assemble(RawBudget raw)
    {
        _errors.Clear();
        // Invisible characters leave every text here, whichever reader made it (JSON, xlsx, the web app's text).
        InputText.CleanAll(raw);
        _errors.AddRange(raw.ReadErrors);
        CheckTextLengths(raw);
        var loc = raw.Location;

        _multiplier = raw.AmountUnit switch
        {
            "元" => 1m,
            "万元" => 10000m,
            _ => Fail(loc.WithField("amountUnit"), $"金额单位“{raw.AmountUnit}”无法识别", "可填：元、万元", 1m),
        };

        // A year the reader could not read was reported there; do not call it missing as well.
        var year = raw.Year ?? (raw.ReadErrors.Any(e => e.Location == loc.WithField("year")) ? 0
            : Fail(loc.WithField("year"), "缺少预算年度", "例如 2025", 0));
        var catalogs = CatalogLoader.Load(year, _catalogDirectory);
        if (year != 0 && catalogs.Functional.Count == 0)
            Error(loc.WithField("year"), $"没有 {year} 年的支出功能分类科目", "可用年度：2019–2025，或用 --catalog 指定财政部门的科目文件");
        _catalogUsable = year != 0 && catalogs.Functional.Count > 0;

        Profile? profile = null;
        if (raw.ReadErrors.Any(e => e.Location == loc.WithField("profile"))) { }
        else if (string.IsNullOrWhiteSpace(raw.Profile)) Error(loc.WithField("profile"), "缺少披露配置", "可填：" + string.Join("、", ProfileLoader.BundledIds));
        else
        {
            try { profile = ProfileLoader.Load(raw.Profile); }
            catch (Exception e) when (e is ProfileNotFoundException or InvalidDataException) { Error(loc.WithField("profile"), e.Message); }
        }

        if (string.IsNullOrWhiteSpace(raw.DepartmentCode) || string.IsNullOrWhiteSpace(raw.DepartmentName))
            Error(loc.WithField("department"), "缺少部门编码或名称");

        var units = AssembleUnits(raw);
        var unitCodes = units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var income = raw.Income.Select(i => AssembleIncome(i, unitCodes)).OfType<IncomeLine>().ToList();
        var projects = AssembleProjects(raw, unitCodes, profile);
        var projectKeys = projects.Select(p => (p.UnitCode, p.Name)).ToHashSet();
        var lines = raw.Expenditures.Select(e => AssembleLine(e, unitCodes, projectKeys, catalogs)).OfType<ExpenditureLine>().ToList();

        var threePublic = new Dictionary<string, ThreePublicFigures>(StringComparer.Ordinal);
        foreach (var t in raw.ThreePublicPrevious)
        {
            if (!RequireUnit(t.Unit, unitCodes, t.Location.WithField("unit"))) continue;
            threePublic[t.Unit!] = new ThreePublicFigures(
                Money(t.Abroad, optional: true), Money(t.VehiclePurchase, optional: true),
                Money(t.VehicleOperation, optional: true), Money(t.Reception, optional: true));
        }

        var procurement = raw.Procurement.Select(p => AssembleProcurement(p, unitCodes, projectKeys)).OfType<ProcurementItem>().ToList();
        var services = raw.ServicePurchases.Select(s => AssembleService(s, unitCodes, projectKeys)).OfType<ServicePurchaseItem>().ToList();

        var previous = new PreviousYear(
            raw.PreviousFigures.ToDictionary(kv => kv.Key, kv => Money(kv.Value)),
            raw.PreviousProjects.ToDictionary(kv => kv.Key, kv => Money(kv.Value)),
            raw.PreviousReasons);

        var targets = AssembleTargets(raw, unitCodes, profile, projects);

        var narrative = AssembleNarrative(raw.Narrative);

        if (_errors.Count > 0) throw new BudgetInputException(_errors.ToList());

        return new Budget
        {
            Year = year,
            ProfileId = raw.Profile!,
            Department = new Department(raw.DepartmentCode!.Trim(), raw.DepartmentName!.Trim()),
            Units = units,
            Income = income,
            Expenditures = lines,
            Projects = projects,
            ThreePublicPrevious = threePublic,
            Procurement = procurement,
            ServicePurchases = services,
            PreviousYear = previous,
            Targets = targets,
            Narrative = narrative,
            AmountUnit = _multiplier == 10000m ? "万元" : "元",
            InputWarnings = raw.ReadWarnings.ToList(),
        };
    }

    private List<BudgetUnit> AssembleUnits(RawBudget raw)
    {
        var units = new List<BudgetUnit>();
        if (raw.Units.Count == 0) Error(raw.Location.WithField("units"), "没有任何预算单位", "至少填写一个单位（编码、名称、类型）");
        foreach (var u in raw.Units)
        {
            if (string.IsNullOrWhiteSpace(u.Code)) { Error(u.Location.WithField("code"), "单位编码为空"); continue; }
            if (string.IsNullOrWhiteSpace(u.Name)) Error(u.Location.WithField("name"), $"单位 {u.Code} 缺少名称");
            if (!UnitTypes.TryParse(u.Type, out var type))
                Error(u.Location.WithField("type"), $"单位类型“{u.Type}”无法识别", "可填：" + string.Join("、", UnitTypes.AllNames));
            if (units.Any(x => x.Code == u.Code.Trim()))
                Error(u.Location.WithField("code"), $"单位编码 {u.Code} 重复");
            else units.Add(new BudgetUnit(u.Code.Trim(), u.Name?.Trim() ?? "", type));
        }
        return units;
    }

    private IncomeLine? AssembleIncome(RawIncome i, HashSet<string> units)
    {
        var okUnit = RequireUnit(i.Unit, units, i.Location.WithField("unit"));
        var okSource = ParseSource(i.Source, i.Location.WithField("source"), out var source);
        var amount = Money(i.Amount);
        return okUnit && okSource ? new IncomeLine(i.Unit!.Trim(), source, i.CarriedOver, amount) { Location = i.Location } : null;
    }

    private List<Project> AssembleProjects(RawBudget raw, HashSet<string> units, Profile? profile)
    {
        var projects = new List<Project>();
        foreach (var p in raw.Projects)
        {
            var okUnit = RequireUnit(p.Unit, units, p.Location.WithField("unit"));
            if (string.IsNullOrWhiteSpace(p.Name)) { Error(p.Location.WithField("name"), "项目名称为空"); continue; }
            var kind = p.Kind?.Trim() ?? "";
            if (profile is not null && profile.ProjectKinds.Count > 0 && !profile.ProjectKinds.Contains(kind))
                Error(p.Location.WithField("kind"), $"项目类别“{p.Kind}”不在配置 {profile.Id} 中", "可填：" + string.Join("、", profile.ProjectKinds));
            if (projects.Any(x => x.UnitCode == p.Unit?.Trim() && x.Name == p.Name.Trim()))
            {
                Error(p.Location.WithField("name"), $"项目“{p.Name}”在单位 {p.Unit} 中重复", "同一单位的项目名称不能重复；同名项目请合并其支出明细");
                continue;
            }
            if (okUnit) projects.Add(new Project(p.Unit!.Trim(), p.Name.Trim(), kind) { Location = p.Location });
        }
        return projects;
    }

    private ExpenditureLine? AssembleLine(RawExpenditure e, HashSet<string> units, HashSet<(string, string)> projects, CatalogSet catalogs)
    {
        var unitOk = RequireUnit(e.Unit, units, e.Location.WithField("unit"));
        var ok = unitOk;
        var functional = e.Functional?.Trim() ?? "";
        var economic = e.Economic?.Trim() ?? "";
        ok &= CheckCode(catalogs, catalogs.Functional, functional, e.FunctionalName, e.Location.WithField("functional"), requireLeafLevel: 7);
        ok &= CheckCode(catalogs, catalogs.Economic, economic, e.EconomicName, e.Location.WithField("economic"), requireLeafLevel: 5);

        ExpenditureNature nature;
        var project = string.IsNullOrWhiteSpace(e.Project) ? null : e.Project.Trim();
        if (string.IsNullOrWhiteSpace(e.Nature))
            nature = project is not null ? ExpenditureNature.Project : ExpenditureNatures.BasicNatureOf(economic);
        else if (!ExpenditureNatures.TryParse(e.Nature, out nature))
        {
            Error(e.Location.WithField("nature"), $"支出性质“{e.Nature}”无法识别", "可填：" + string.Join("、", ExpenditureNatures.AllNames));
            ok = false;
        }
        if (nature == ExpenditureNature.Project && project is null)
        {
            Error(e.Location.WithField("project"), "项目支出缺少项目名称", "填写本单位项目表中的项目名称");
            ok = false;
        }
        if (project is not null && nature != ExpenditureNature.Project)
        {
            Error(e.Location.WithField("nature"), $"填写了项目“{project}”，但支出性质为“{nature.ChineseName()}”", "项目支出的性质应为“项目”");
            ok = false;
        }
        if (project is not null && unitOk && !projects.Contains((e.Unit!.Trim(), project)))
        {
            Error(e.Location.WithField("project"), $"项目“{project}”不在单位 {e.Unit} 的项目表中", "先在项目表中登记该项目");
            ok = false;
        }

        var source = IncomeSource.GeneralPublicBudget;
        if (!string.IsNullOrWhiteSpace(e.Source)) ok &= ParseSource(e.Source, e.Location.WithField("source"), out source);

        var government = string.IsNullOrWhiteSpace(e.Government) ? null : e.Government.Trim();
        if (government is not null && _catalogUsable && !catalogs.Government.Contains(government))
        {
            Error(e.Location.WithField("government"), $"政府预算支出经济分类科目 {government} 不存在于 {catalogs.Year} 年科目中",
                Suggest(catalogs.Government, government));
            ok = false;
        }

        var amount = Money(e.Amount);
        if (!ok) return null;
        return new ExpenditureLine(e.Unit!.Trim(), functional, economic, nature, project, source, e.CarriedOver, amount)
        {
            GovernmentEconomicCode = government,
            Location = e.Location,
        };
    }

    private bool CheckCode(CatalogSet catalogs, Classification catalog, string code, string? name, SourceLocation at, int requireLeafLevel)
    {
        if (code.Length == 0) { Error(at, $"缺少{catalog.Name}科目编码"); return false; }
        if (!code.All(char.IsAsciiDigit)) { Error(at, $"科目编码“{code}”应为数字"); return false; }
        if (!_catalogUsable) return false;
        if (!catalog.Contains(code))
        {
            Error(at, $"{catalog.Name}科目 {code} 不存在于 {catalog.Year} 年科目中", Suggest(catalog, code));
            return false;
        }
        if (code.Length < requireLeafLevel)
        {
            var level = code.Length == 3 ? "类" : "款";
            var children = catalog.Children(code).Take(5).Select(c => $"{c} {catalog.NameOf(c)}");
            Error(at, $"{code} {catalog.NameOf(code)} 是{level}级科目，支出明细须填到{(requireLeafLevel == 7 ? "项" : "款")}级",
                "可选：" + string.Join("；", children));
            return false;
        }
        if (!string.IsNullOrWhiteSpace(name) && !catalogs.AcceptsName(catalog, code, name))
        {
            var old = catalog.History(code).Where(h => CatalogSet.Normalize(h.Name) == CatalogSet.Normalize(name)).ToList();
            var why = old.Count > 0 ? $"“{name}”是 {old[0].From}–{old[0].To} 年的名称" : $"名称“{name}”与科目不符";
            Error(at, $"{why}；{catalog.Year} 年 {code} 的名称是“{catalog.NameOf(code)}”");
            return false;
        }
        return true;
    }

    private static string Suggest(Classification catalog, string code)
    {
        var near = catalog.Nearest(code);
        return near.Count == 0 ? "请查阅当年科目表（yusuan catalog）" : "相近的有效科目：" + string.Join("；", near);
    }

    private bool RequireUnit(string? unit, HashSet<string> units, SourceLocation at)
    {
        if (string.IsNullOrWhiteSpace(unit)) { Error(at, "缺少单位编码"); return false; }
        if (units.Contains(unit.Trim())) return true;
        Error(at, $"单位 {unit} 不在单位表中", "可填：" + string.Join("、", units));
        return false;
    }

    private bool ParseSource(string? text, SourceLocation at, out IncomeSource source)
    {
        if (IncomeSources.TryParse(text, out source)) return true;
        Error(at, $"资金来源“{text}”无法识别", "可填：" + string.Join("、", IncomeSources.AllNames));
        return false;
    }

    private decimal Money(RawAmount? amount, bool optional = false)
    {
        if (amount is null || (amount.Value is null && amount.Problem is null && string.IsNullOrWhiteSpace(amount.Text)))
        {
            if (!optional && amount is not null) Error(amount.Location, "金额为空", "填写不小于 0 的金额");
            return 0m;
        }
        if (amount.Value is null)
        {
            ReportUnread(amount, "金额只能填数字，如 1234.56");
            return 0m;
        }
        var written = amount.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The reader keeps every figure within 10^15; in 万元 the figure in 元 is checked again (and stays far
        // from decimal's range, so that the sums of a province's lines cannot overflow either).
        var yuan = amount.Value.Value * _multiplier;
        if (AmountParser.CheckMagnitude(yuan, _multiplier == 1m ? written : $"{written} 万元") is { } tooLarge)
        {
            Error(amount.Location, tooLarge.Problem, tooLarge.Allowed);
            return 0m;
        }
        if (yuan < 0) Error(amount.Location, $"金额 {written} 为负数", "金额不能小于 0");
        if (decimal.Round(yuan, 2) != yuan)
            Error(amount.Location, $"金额 {written} 精确到了分以下（{yuan.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture)} 元）", "金额最多精确到分");
        return yuan;
    }

    private void Error(SourceLocation at, string problem, string? allowed = null) => _errors.Add(new InputError(at, problem, allowed));

    private T Fail<T>(SourceLocation at, string problem, string? allowed, T fallback)
    {
        Error(at, problem, allowed);
        return fallback;
    }

    private ProcurementItem? AssembleProcurement(RawProcurement p, HashSet<string> units, HashSet<(string, string)> projects)
    {
        var ok = RequireUnit(p.Unit, units, p.Location.WithField("unit"));
        ok &= CheckProject(p.Unit, p.Project, projects, p.Location.WithField("project"));
        if (string.IsNullOrWhiteSpace(p.Item)) { Error(p.Location.WithField("item"), "采购品目为空"); ok = false; }
        if (p.Category is not ("货物" or "工程" or "服务"))
        {
            Error(p.Location.WithField("category"), $"采购类别“{p.Category}”无法识别", "可填：货物、工程、服务");
            ok = false;
        }
        var amounts = Amounts(p.Amounts, ref ok);
        var qty = p.Quantity is null ? (decimal?)null : Number(p.Quantity);
        return ok ? new ProcurementItem(p.Unit!.Trim(), p.Project?.Trim(), p.Item!.Trim(), p.Category!, qty, p.Measure, amounts)
            { SmallBusiness = p.SmallBusiness || p.MicroBusiness, MicroBusiness = p.MicroBusiness, Location = p.Location } : null;
    }

    private ServicePurchaseItem? AssembleService(RawServicePurchase s, HashSet<string> units, HashSet<(string, string)> projects)
    {
        var ok = RequireUnit(s.Unit, units, s.Location.WithField("unit"));
        ok &= CheckProject(s.Unit, s.Project, projects, s.Location.WithField("project"));
        if (string.IsNullOrWhiteSpace(s.Item)) { Error(s.Location.WithField("item"), "购买品目为空"); ok = false; }
        var amounts = Amounts(s.Amounts, ref ok);
        var qty = s.Quantity is null ? (decimal?)null : Number(s.Quantity);
        decimal? price = s.UnitPrice is null || (s.UnitPrice.Value is null && s.UnitPrice.Text is null) ? null : Money(s.UnitPrice);
        return ok ? new ServicePurchaseItem(s.Unit!.Trim(), s.Project?.Trim(), s.Item!.Trim(), qty, s.Measure, price, amounts) { Location = s.Location } : null;
    }

    private bool CheckProject(string? unit, string? project, HashSet<(string, string)> projects, SourceLocation at)
    {
        if (string.IsNullOrWhiteSpace(project) || unit is null || projects.Contains((unit.Trim(), project.Trim()))) return true;
        Error(at, $"项目“{project}”不在单位 {unit} 的项目表中");
        return false;
    }

    private Dictionary<IncomeSource, decimal> Amounts(IReadOnlyList<(string Source, RawAmount Amount)> raw, ref bool ok)
    {
        var result = new Dictionary<IncomeSource, decimal>();
        foreach (var (sourceText, amount) in raw)
        {
            if (!ParseSource(sourceText, amount.Location, out var source)) { ok = false; continue; }
            result[source] = result.GetValueOrDefault(source) + Money(amount);
        }
        return result;
    }

    private decimal? Number(RawAmount amount)
    {
        if (amount.Value is not null) return amount.Value;
        if (amount.Problem is not null || !string.IsNullOrWhiteSpace(amount.Text)) ReportUnread(amount, "数量只能填数字");
        return null;
    }

    /// <summary>
    /// An amount the reader could not read: its problem as <see cref="AmountParser"/> stated it (misplaced comma, date,
    /// formula, beyond 10^15 …), or, for a reader that states none, that it is not a number.
    /// </summary>
    private void ReportUnread(RawAmount amount, string allowed)
    {
        if (amount.Problem is { } p) Error(amount.Location, p.Problem, p.Allowed);
        else Error(amount.Location, $"“{amount.Text}”不是数字", allowed);
    }
}

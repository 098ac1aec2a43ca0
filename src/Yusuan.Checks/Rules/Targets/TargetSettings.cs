using Yusuan.Core.Profiles;

namespace Yusuan.Checks.Rules.Targets;

/// <summary>
/// What a region asks of its targets, for the P- rules. From the profile's <c>targets</c> section
/// (<see cref="TargetProfile"/>): the indicator categories each project needs and what the weights of a target add to
/// (四川 90, elsewhere 100, none = not checked); whether 定性 indicators are graded follows from its forms. The grades a
/// 定性 indicator takes are the checks' own list.
/// </summary>
internal sealed record TargetSettings
{
    /// <summary>The grades a 定性 indicator takes (好/优/良/中/差, 合格/达标 …); trend phrases are accepted as well (<see cref="IsGrade"/>).</summary>
    public static IReadOnlyList<string> DefaultGrades { get; } =
    [
        "优", "优秀", "良", "良好", "好", "较好", "很好", "中", "中等", "一般", "差", "较差", "合格", "不合格", "达标", "基本达标",
        "未达标", "高", "较高", "很高", "低", "较低", "强", "较强", "弱", "较弱", "是", "否", "有", "无", "完成", "基本完成", "未完成",
        "显著", "明显", "满意", "基本满意", "不满意",
    ];

    private static readonly string[] TrendWords =
        ["提高", "提升", "增强", "增加", "增长", "改善", "加强", "巩固", "优化", "下降", "降低", "减少", "减轻"];

    public IReadOnlyList<RequiredCategory> RequiredCategories { get; init; } = TargetProfile.DefaultCategories;

    /// <summary>What the indicator weights of a target add to; null: weights are not checked.</summary>
    public decimal? WeightTotal { get; init; } = 100m;

    public IReadOnlyList<string> Grades { get; init; } = DefaultGrades;

    /// <summary>
    /// 定性 indicators are graded (优、良、中、差): the region's form prints 指标性质 in a column of its own, as 四川's
    /// 项目支出绩效目标表 does (定性 · 优 · 级), or the profile prints no target form. Forms that print only the value
    /// (巴中, 深圳, 山东: ≥90%, 及时, 长期) state a 定性 indicator in words.
    /// </summary>
    public bool GradesRequired { get; init; } = true;

    public static TargetSettings For(Profile profile) => new()
    {
        RequiredCategories = profile.Targets.RequiredCategories,
        WeightTotal = profile.Targets.WeightTotal,
        GradesRequired = profile.Targets.Forms.Count == 0 || profile.Targets.Forms.Any(f => f.Rows.Any(r =>
            (r.Indicators?.Columns ?? []).Any(c => c.Value == "nature"))),
    };

    /// <summary>A grade word, optionally followed by 级/等, or a trend phrase (明显提高, 有所改善, 持续提升).</summary>
    public bool IsGrade(string value)
    {
        var v = value.Trim().TrimEnd('级', '等');
        if (Grades.Contains(v)) return true;
        foreach (var trend in TrendWords)
            if (v.EndsWith(trend, StringComparison.Ordinal) && v.Length <= trend.Length + 5) return true;
        return false;
    }
}

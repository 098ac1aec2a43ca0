using Yusuan.Core.Profiles;
using Yusuan.Core.Tables;

namespace Yusuan.Spreadsheet.Tests;

/// <summary>Small tables built by hand, shaped like the published tables of reference 002.</summary>
internal static class TableFixtures
{
    public static readonly Presentation WanYuan = new();

    private static HeaderCell Amount(string text, double width = 0) => HeaderCell.Leaf(text, ColumnKind.Amount, width);
    private static HeaderCell Text(string text, double width = 0) => HeaderCell.Leaf(text, ColumnKind.Text, width);

    /// <summary>附表 3 部门支出总表: 科目编码{类,款,项}, 单位代码, 单位名称（科目）, five amount columns.</summary>
    public static IReadOnlyList<HeaderCell> SpendingHeader() =>
    [
        new HeaderCell("科目编码", ColumnKind.Text, [Text("类", 6), Text("款", 5), Text("项", 5)]),
        Text("单位代码", 10),
        Text("单位名称（科目）", 34),
        Amount("合计"),
        Amount("基本支出"),
        Amount("项目支出"),
        Amount("上缴上级支出"),
        Amount("对附属单位补助支出"),
    ];

    private static TableRow Row(RowKind kind, int depth, string key, string?[] texts, params decimal?[] amounts) =>
        new(kind, depth, [.. texts.Select(t => (Cell)t), .. amounts.Select(Cell.Of)], key);

    public static Table Spending(string? name = null, int extraRows = 0)
    {
        var rows = new List<TableRow>
        {
            Row(RowKind.Total, 0, "total", [null, null, null, null, "合 计"], 11833800m, 10904400m, 929400m, 0m, 0m),
            Row(RowKind.Unit, 1, "unit:342601", [null, null, null, null, "广元市社会保险事务中心"], 11833800m, 10904400m, 929400m, 0m, 0m),
            Row(RowKind.Detail, 2, "unit:342601/functional:2080109", ["208", "01", "09", "342601", name ?? "社会保险经办机构"], 9754512.34m, 8825112.34m, 929400m, 0m, 0m),
            Row(RowKind.Detail, 2, "unit:342601/functional:2080501", ["208", "05", "01", "342601", "行政单位离退休"], 20900m, 20900m, 0m, 0m, 0m),
            Row(RowKind.Detail, 2, "unit:342601/functional:2080505", ["208", "05", "05", "342601", "机关事业单位基本养老保险缴费支出"], 941500m, 941500m, 0m, 0m, 0m),
            Row(RowKind.Detail, 2, "unit:342601/functional:2089999", ["208", "99", "99", "342601", "其他社会保障和就业支出"], 11800m, 11800m, 0m, 0m, 0m),
            Row(RowKind.Detail, 2, "unit:342601/functional:2101101", ["210", "11", "01", "342601", "行政单位医疗"], 303200m, 303200m, 0m, 0m, 0m),
            Row(RowKind.Detail, 2, "unit:342601/functional:2210201", ["221", "02", "01", "342601", "住房公积金"], 801900m, 801900m, 0m, 0m, 0m),
        };
        for (var i = 0; i < extraRows; i++)
            rows.Add(Row(RowKind.Detail, 2, $"unit:342601/extra:{i}", ["299", "99", "99", "342601", $"其他支出{i}"], 1234567.89m + i, 1234567.89m + i, 0m, 0m, 0m));
        return new Table
        {
            Id = "expenditure",
            Number = "附表 3",
            Title = "部门支出总表",
            Subject = "部门：广元市社会保险事务中心",
            UnitLabel = "金额单位：万元",
            Header = SpendingHeader(),
            Rows = rows,
            Presentation = WanYuan,
            Landscape = true,
        };
    }

    /// <summary>附表 10 政府性基金预算支出预算表 with no data.</summary>
    public static Table EmptyFund() => new()
    {
        Id = "fund",
        Number = "附表 10",
        Title = "政府性基金预算支出预算表",
        Subject = "部门：广元市社会保险事务中心",
        UnitLabel = "金额单位：万元",
        Header =
        [
            new HeaderCell("科目编码", ColumnKind.Text, [Text("类", 6), Text("款", 5), Text("项", 5)]),
            Text("单位名称（科目）", 34),
            Amount("合计"),
            Amount("基本支出"),
            Amount("项目支出"),
        ],
        Rows = [],
        Presentation = WanYuan,
        IsEmpty = true,
        EmptyNote = "备注：本表无数据。",
        Landscape = false,
    };

    /// <summary>附表 1 部门收支总表 (a balance table, portrait) with a note.</summary>
    public static Table Balance() => new()
    {
        Id = "summary",
        Number = "附表 1",
        Title = "部门收支总表",
        Subject = "部门：广元市社会保险事务中心",
        UnitLabel = "金额单位：万元",
        Header =
        [
            new HeaderCell("收 入", ColumnKind.Text, [Text("项 目", 28), Amount("预算数", 14)]),
            new HeaderCell("支 出", ColumnKind.Text, [Text("项 目", 30), Amount("预算数", 14)]),
        ],
        Rows =
        [
            new TableRow(RowKind.Balance, 0, [(Cell)"一、一般公共预算拨款收入", Cell.Of(11833800m), (Cell)"一、一般公共服务支出", Cell.Of(0m)], "a|b"),
            new TableRow(RowKind.Balance, 0, [(Cell)"二、政府性基金预算拨款收入", Cell.Of(null), (Cell)"八、社会保障和就业支出", Cell.Of(10728600m)], "c|d"),
            new TableRow(RowKind.Total, 0, [(Cell)"本年收入合计", Cell.Of(11833800m), (Cell)"本年支出合计", Cell.Of(11833800m)], "e|f"),
        ],
        Presentation = WanYuan,
        Note = "注：本表按单位分列，尾数差因四舍五入形成。",
        Landscape = false,
    };

    /// <summary>A table in 元 whose amounts need more digits than a double holds.</summary>
    public static Table Precise() => new()
    {
        Id = "precise",
        Title = "精度检查表",
        Subject = "单位名称：测试单位",
        UnitLabel = "金额单位：元",
        Header = [Text("项目"), Amount("金额"), HeaderCell.Leaf("数量", ColumnKind.Number)],
        Rows =
        [
            new TableRow(RowKind.Detail, 0, [(Cell)"大额", Cell.Of(123456789012345.67m), Cell.Of(3m)], "big"),
            new TableRow(RowKind.Detail, 0, [(Cell)"负数", Cell.Of(-0.005m), Cell.Of(2.5m)], "negative"),
        ],
        Presentation = new Presentation { Unit = "元", Decimals = 2, BlankZero = false, ThousandsSeparator = true },
    };

    /// <summary>附表 5 财政拨款支出预算表: a three-level header whose leaves sit at different depths, and a long name that wraps.</summary>
    public static Table DeepHeader()
    {
        static HeaderCell Split(string text) => new(text, ColumnKind.Amount, [Amount("小计"), Amount("基本支出"), Amount("项目支出")]);
        var header = new List<HeaderCell>
        {
            new("项 目", ColumnKind.Text, [new HeaderCell("科目编码", ColumnKind.Text, [Text("类", 6), Text("款", 5)]), Text("单位名称（科目）", 30)]),
            Amount("总计"),
            new("市级当年财政拨款安排", ColumnKind.Amount, [Amount("合计"), Split("一般公共预算拨款"), Split("政府性基金安排")]),
        };
        static TableRow R(RowKind kind, int depth, string? c1, string? c2, string name, decimal basic, decimal project) =>
            new(kind, depth, [(Cell)c1, c2, name, Cell.Of(basic + project), Cell.Of(basic + project), Cell.Of(basic + project), Cell.Of(basic), Cell.Of(project), Cell.Of(0m), Cell.Of(0m), Cell.Of(0m)], name);
        return new Table
        {
            Id = "appropriation-economic",
            Number = "附表 5",
            Title = "财政拨款支出预算表（部门经济分类科目）",
            Subject = "部门：广元市社会保险事务中心",
            UnitLabel = "金额单位：万元",
            Header = header,
            Rows =
            [
                R(RowKind.Total, 0, null, null, "合 计", 10904400m, 929400m),
                R(RowKind.Unit, 1, null, null, "广元市社会保险事务中心", 10904400m, 929400m),
                R(RowKind.Group, 2, "301", null, "工资福利支出", 8453800m, 0m),
                R(RowKind.Detail, 3, "301", "01", "基本工资", 2345678.9m, 0m),
                R(RowKind.Detail, 3, "301", "12", "其他社会保障缴费", 123456789.01m, 0m),
                R(RowKind.Group, 2, "302", null, "商品和服务支出", 1232000m, 929400m),
                R(RowKind.Detail, 3, "302", "99", "其他商品和服务支出（含2025年社会保险经办业务专项经费及信息系统运行维护费）", 0m, 929400m),
            ],
            Presentation = WanYuan,
            Note = "注：本表按部门经济分类科目列示；因四舍五入，合计数与各分项之和可能存在尾数差。",
        };
    }
}

using Yusuan.Core.Profiles;

namespace Yusuan.Core.Tables;

/// <summary>
/// Builds a table of income beside spending (收支总表, 财政拨款收支总表): income items on the left, spending by
/// functional class on the right, closing rows (本年收入合计 / 本年支出合计, 上年结转, 总计) below.
/// </summary>
internal sealed class BalanceTableBuilder(DerivedBudget d, TableDefinition def)
{
    private static readonly string[] Numerals =
        ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
         "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八", "二十九", "三十", "三十一", "三十二", "三十三", "三十四", "三十五"];

    public static string Numeral(int i) => i < Numerals.Length ? Numerals[i] : (i + 1).ToString();

    public Table Build(string subject)
    {
        var spec = def.Balance ?? new BalanceSpec();
        var tableFilter = new CompiledFilter(def.Filter);
        var measures = HeaderBuilder.Leaves(def.Columns).Select(c => CompiledMeasure.Compile(c.Measure, def.Filter)).ToArray();

        // Spending by functional code at every level, per measure column.
        var byCode = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        var totals = new decimal[measures.Length];
        var catalog = d.Catalogs.Functional;
        foreach (var f in d.Lines)
        {
            if (!tableFilter.Matches(f)) continue;
            var path = d.PathOf(catalog, f.Line.FunctionalCode);
            for (var m = 0; m < measures.Length; m++)
            {
                if (measures[m].Of == "none" || !measures[m].Filter.Matches(f)) continue;
                totals[m] += f.Line.Amount;
                foreach (var code in path)
                {
                    if (!byCode.TryGetValue(code, out var v)) byCode[code] = v = new decimal[measures.Length];
                    v[m] += f.Line.Amount;
                }
            }
        }

        var right = new List<(string Label, decimal[]? Values, string Key)>();
        // The row each spending row is a part of (an index into right; -2: the spending total, wherever it is printed).
        var rightParent = new List<int>();
        foreach (var head in spec.SpendingHead)
        {
            right.Add((head, totals, "spending:total"));
            rightParent.Add(-1);
        }
        var listed = spec.Classes.Count > 0 ? spec.Classes.Where(catalog.Contains).ToList() : catalog.TopLevel;
        // Money in a 类 the region's list leaves out must still show: a table never drops spending.
        var classes = spec.AllClasses
            ? listed.Concat(catalog.TopLevel.Where(c => byCode.ContainsKey(c) && !listed.Contains(c))).ToList()
            : catalog.TopLevel.Where(byCode.ContainsKey).ToList();
        var number = 0;
        foreach (var cls in classes)
        {
            var label = (spec.NumberClasses ? Numeral(number++) + "、" : "") + d.NameOf(catalog, cls);
            right.Add((label, byCode.GetValueOrDefault(cls), "spending:" + cls));
            rightParent.Add(-2);
            if (!spec.SpendingLevels.Any(l => l > 1)) continue;
            AddBelow(cls, 2, right.Count - 1);
        }

        void AddBelow(string code, int level, int parent)
        {
            foreach (var child in catalog.Children(code))
            {
                if (!byCode.TryGetValue(child, out var v)) continue;
                var below = parent;
                if (spec.SpendingLevels.Contains(level))
                {
                    right.Add((d.NameOf(catalog, child), v, "spending:" + child));
                    rightParent.Add(parent);
                    below = right.Count - 1;
                }
                AddBelow(child, level + 1, below);
            }
        }

        var incomeValues = spec.Income.Select(i => i.Measure is null ? (decimal?)null : IncomeSum(i.Measure, def.Filter)).ToList();
        var rows = new List<TableRow>();
        var count = Math.Max(spec.Income.Count, right.Count);
        for (var i = 0; i < count; i++)
        {
            var cells = new List<Cell>();
            var keyLeft = "";
            if (i < spec.Income.Count)
            {
                cells.Add(spec.Income[i].Label);
                cells.Add(Cell.Of(incomeValues[i]));
                keyLeft = "income:" + spec.Income[i].Label;
            }
            else { cells.Add(Cell.Empty); cells.Add(Cell.Empty); }
            var keyRight = "";
            if (i < right.Count)
            {
                cells.Add(right[i].Label);
                cells.AddRange(measures.Select((_, m) => Cell.Of(right[i].Values is { } v ? v[m] : null)));
                keyRight = right[i].Key;
            }
            else
            {
                cells.Add(Cell.Empty);
                cells.AddRange(measures.Select(_ => Cell.Empty));
            }
            rows.Add(new TableRow(RowKind.Balance, 0, cells, $"{keyLeft}|{keyRight}"));
        }

        // Totals come from the income lines themselves, not from the items listed, so a source the region
        // does not print still counts and the table still balances.
        var incomeFilter = new CompiledFilter(def.Filter);
        var currentIncome = d.Budget.Income.Where(i => !i.CarriedOver && incomeFilter.Matches(i)).Sum(i => i.Amount);
        var atoms = new MoneyAtoms(def.Filter, spec.Income.Select(i => i.Measure).Concat(spec.Closing.Select(c => c.LeftMeasure))
            .Concat(HeaderBuilder.Leaves(def.Columns).Select(c => c.Measure)));
        // What each left figure counts, for which of them are sums of others.
        var leftSets = new List<(int Row, bool[] Set)>();
        for (var i = 0; i < spec.Income.Count; i++)
            if (spec.Income[i].Measure is { } item)
            {
                var filter = new CompiledFilter(item.Filter, def.Filter);
                leftSets.Add((i, atoms.Income(filter.Matches)));
            }
        foreach (var closing in spec.Closing)
        {
            var row = rows.Count;
            if (closing.LeftIsIncomeTotal) leftSets.Add((row, atoms.Income(l => !l.CarriedOver && incomeFilter.Matches(l))));
            else if (closing.LeftIsGrandTotal) leftSets.Add((row, atoms.Income(incomeFilter.Matches)));
            else if (closing.LeftMeasure is { } leftMeasure)
            {
                var filter = new CompiledFilter(leftMeasure.Filter, def.Filter);
                leftSets.Add((row, atoms.Income(filter.Matches)));
            }
            decimal? left = null;
            if (closing.LeftIsIncomeTotal) left = currentIncome;
            else if (closing.LeftIsGrandTotal) left = d.Budget.Income.Where(incomeFilter.Matches).Sum(i => i.Amount);
            else if (closing.LeftMeasure is not null)
            {
                left = IncomeSum(closing.LeftMeasure, def.Filter);
            }
            var cells = new List<Cell> { closing.Left, Cell.Of(left), closing.Right };
            cells.AddRange(measures.Select((_, m) => closing.RightValue switch
            {
                "total" => Cell.Of(totals[m]),
                "zero" => Cell.Of(0m),
                _ => Cell.Empty,
            }));
            rows.Add(new TableRow(RowKind.Total, 0, cells, $"closing:{closing.Left}|{closing.Right}"));
        }

        // Spending: the total (printed in the head rows and the closing total rows, each the only part of the one
        // before) is the sum of the classes, a class of its 款, a 款 of its 项; 结转下年 (zero) stands alone.
        var rightRows = new List<int>();
        var rightParents = new List<int>();
        var totalRows = Enumerable.Range(0, right.Count).Where(i => right[i].Key == "spending:total")
            .Concat(spec.Closing.Select((c, j) => (c, j)).Where(x => x.c.RightValue == "total").Select(x => count + x.j)).ToList();
        for (var i = 0; i < totalRows.Count; i++)
        {
            rightRows.Add(totalRows[i]);
            rightParents.Add(i - 1);
        }
        var position = new Dictionary<int, int>();
        for (var i = 0; i < right.Count; i++)
        {
            if (right[i].Key == "spending:total") continue;
            position[i] = rightRows.Count;
            rightRows.Add(i);
            rightParents.Add(rightParent[i] == -2 ? totalRows.Count - 1 : position[rightParent[i]]);
        }
        foreach (var (c, j) in spec.Closing.Select((c, j) => (c, j)).Where(x => x.c.RightValue == "zero"))
        {
            rightRows.Add(count + j);
            rightParents.Add(-1);
        }
        var spendingSets = measures.Select(m => m.Of == "none" ? null : atoms.Spending(f => tableFilter.Matches(f) && m.Filter.Matches(f))).ToList();
        var leftRows = leftSets.Where(x => rows[x.Row].Cells[1].Value is not null).ToList();
        IReadOnlyList<SumBlock> sums =
        [
            SumBlock.Of(leftRows.Select(x => x.Row).ToArray(), SumRelations.Parents(leftRows.Select(x => (bool[]?)x.Set).ToList()), [1], [-1]),
            SumBlock.Of(rightRows, rightParents, Enumerable.Range(3, measures.Length).ToArray(), SumRelations.Parents(spendingSets)),
        ];

        var header = new List<HeaderCell>
        {
            new(spec.LeftHeader, ColumnKind.Text, [HeaderCell.Leaf(spec.ItemHeader, ColumnKind.Text, 28), HeaderCell.Leaf(spec.AmountHeader, ColumnKind.Amount, 14)]),
            new(spec.RightHeader, ColumnKind.Text,
                [HeaderCell.Leaf(spec.ItemHeader, ColumnKind.Text, 30), .. HeaderBuilder.Leaves(def.Columns).Select(c => HeaderCell.Leaf(c.Header, ColumnKind.Amount, c.Width))]),
        };
        return new Table
        {
            Id = def.Id,
            Number = def.Number,
            Title = def.Title,
            Subject = subject,
            UnitLabel = d.Profile.UnitLabel,
            Header = header,
            Rows = rows,
            Presentation = d.Profile.Presentation,
            IsEmpty = false,
            EmptyNote = def.EmptyNote,
            Note = def.Note,
            Landscape = def.Landscape,
            Sums = sums,
        };
    }

    private decimal IncomeSum(Measure measure, LineFilter? tableFilter)
    {
        var filter = new CompiledFilter(measure.Filter, tableFilter);
        return d.Budget.Income.Where(filter.Matches).Sum(i => i.Amount);
    }
}

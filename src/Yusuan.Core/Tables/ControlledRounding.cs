namespace Yusuan.Core.Tables;

/// <summary>
/// Rounds a two-way table of exact amounts to whole units (of the last printed digit) so that every printed total is
/// the sum of its printed parts, down a tree of rows and across a tree of columns, with each figure one of the two
/// whole numbers next to its exact value wherever that can be proved (docs/rounding.md).
/// <para>
/// One dimension (a single row or a single column): the largest-remainder (Hamilton) method from the top down. The
/// root is rounded half away from zero, as the cell policy prints it; each parent's printed figure is then shared
/// among its children: each gets its exact value rounded down, and the units still missing go one each to the
/// children with the largest remainders (ties: the earlier child). Every figure is ⌊x⌋ or ⌈x⌉.
/// </para>
/// <para>
/// Two dimensions: controlled rounding by network flow. The variables are the innermost cells (leaf row × leaf
/// column); every other figure is the sum of the printed cells under it, so every sum holds by construction. Two
/// laminar families of cell sets are held to ⌊x⌋..⌈x⌉: A, every cell of a leaf column and every cell of the top row;
/// B, every cell of a leaf row and every cell of the total column. Their union is totally unimodular — it is the flow
/// network source → B-tree → leaf cells → A-tree → sink — and the exact amounts are a fractional flow within the
/// bounds, so an integral flow within them exists, also with the grand total fixed to its nearest whole number (the
/// totals of integral flows form an interval of integers around the exact total). It is found by cancelling cycles of
/// fractional arcs: push along the cycle until one more arc is whole, in the direction that rounds up the arcs with
/// larger remainders (weighted by how many cells they hold; the grand total always toward its nearest whole number).
/// A cell in neither family — below the top row but not a leaf row, in a column that is itself a sum and a part —
/// is the sum of figures that are each within one unit: |error| &lt; min(leaf columns under it, leaf rows under it).
/// </para>
/// </summary>
internal static class ControlledRounding
{
    /// <summary>
    /// Rounds <paramref name="x"/> (x[r][c] for every row node r and column node c, in units) whose rows form the tree
    /// <paramref name="rowParent"/> and columns the tree <paramref name="columnParent"/> (one root each, -1), and whose
    /// amounts add up exactly in both trees. Returns the whole figures of every node pair.
    /// </summary>
    public static decimal[][] Round(decimal[][] x, int[] rowParent, int[] columnParent)
    {
        var rows = new Tree(rowParent);
        var columns = new Tree(columnParent);
        CheckAddsUp(x, rows, columns);
        var z = new decimal[rows.Count][];
        for (var r = 0; r < rows.Count; r++) z[r] = new decimal[columns.Count];

        if (columns.Count == 1)
        {
            var h = Hamilton(rows, r => x[r][0]);
            for (var r = 0; r < rows.Count; r++) z[r][0] = h[r];
            return z;
        }
        if (rows.Count == 1)
        {
            z[0] = Hamilton(columns, c => x[0][c]);
            return z;
        }
        return Flow(x, rows, columns);
    }

    /// <summary>Half away from zero, as the cell policy rounds.</summary>
    public static decimal Nearest(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero);

    /// <summary>The largest-remainder method down one tree.</summary>
    private static decimal[] Hamilton(Tree tree, Func<int, decimal> value)
    {
        var z = new decimal[tree.Count];
        z[tree.Root] = Nearest(value(tree.Root));
        var fractional = new List<(int Node, decimal Remainder)>();
        foreach (var p in tree.PreOrder)
        {
            var children = tree.Children[p];
            if (children.Count == 0) continue;
            var floors = 0m;
            fractional.Clear();
            foreach (var c in children)
            {
                var v = value(c);
                z[c] = Math.Floor(v);
                floors += z[c];
                if (v != z[c]) fractional.Add((c, v - z[c]));
            }
            var extra = z[p] - floors;
            if (extra < 0 || extra > fractional.Count)
                throw new InvalidOperationException($"尾数调整失败：上级 {z[p]} 无法由下级分摊（下级取整之和 {floors}，可进位 {fractional.Count} 个）");
            // Stable: equal remainders go to the earlier child, as a reader reading down the table expects.
            var order = fractional.Select((f, i) => (f.Node, f.Remainder, i)).OrderByDescending(f => f.Remainder).ThenBy(f => f.i);
            foreach (var f in order.Take((int)extra)) z[f.Node] += 1;
        }
        return z;
    }

    private static decimal[][] Flow(decimal[][] x, Tree rows, Tree columns)
    {
        int R = rows.Count, C = columns.Count;
        var net = new Network();
        const int source = 0, sink = 1;
        net.Nodes = 2;
        var bNode = new int[R, C];
        var aNode = new int[R, C];
        for (var r = 0; r < R; r++)
            for (var c = 0; c < C; c++)
            {
                bNode[r, c] = rows.IsLeaf(r) || c == columns.Root ? net.Nodes++ : -1;
                aNode[r, c] = columns.IsLeaf(c) || r == rows.Root ? net.Nodes++ : -1;
            }

        decimal Size(int r, int c) => (decimal)rows.LeafCount[r] * columns.LeafCount[c];
        for (var r = 0; r < R; r++)
            for (var c = 0; c < C; c++)
            {
                if (bNode[r, c] >= 0)
                {
                    var from = c != columns.Root ? bNode[r, columns.Parent[c]]
                        : r != rows.Root ? bNode[rows.Parent[r], columns.Root]
                        : source;
                    net.Add(from, bNode[r, c], x[r][c], Size(r, c));
                }
                if (aNode[r, c] >= 0)
                {
                    var to = r != rows.Root ? aNode[rows.Parent[r], c]
                        : c != columns.Root ? aNode[rows.Root, columns.Parent[c]]
                        : sink;
                    net.Add(aNode[r, c], to, x[r][c], Size(r, c));
                }
            }
        var leafArcs = new Dictionary<(int, int), int>();
        foreach (var l in rows.Leaves)
            foreach (var k in columns.Leaves)
                leafArcs[(l, k)] = net.Add(bNode[l, k], aNode[l, k], x[l][k], 1m);

        // The grand total goes to its nearest whole number: its weight outweighs every other arc together.
        var total = x[rows.Root][columns.Root];
        var target = Nearest(total);
        var big = 1m + (decimal)R * C * 4 * ((decimal)rows.LeafCount[rows.Root] * columns.LeafCount[columns.Root] + 1);
        var back = net.Add(sink, source, total, 1m);
        net.Weight[back] = total == target ? 0 : target > total ? big : -big;

        net.CancelCycles();
        var z = Sums(net, leafArcs, rows, columns);
        Repair(x, z, net, leafArcs, back, rows, columns, (r, c) => bNode[r, c] < 0 && aNode[r, c] < 0);

        // What the proof promises, checked: a failure here is a bug, not a property of the budget.
        if (z[rows.Root][columns.Root] != target)
            throw new InvalidOperationException($"尾数调整失败：总计 {z[rows.Root][columns.Root]} ≠ {target}");
        for (var r = 0; r < R; r++)
            for (var c = 0; c < C; c++)
                if ((bNode[r, c] >= 0 || aNode[r, c] >= 0) && (z[r][c] < Math.Floor(x[r][c]) || z[r][c] > Math.Ceiling(x[r][c])))
                    throw new InvalidOperationException($"尾数调整失败：第 {r} 行第 {c} 列 {z[r][c]} 偏离 {x[r][c]} 一个单位以上");
        return z;
    }

    /// <summary>Every figure as the sum of the printed innermost cells under it.</summary>
    private static decimal[][] Sums(Network net, Dictionary<(int, int), int> leafArcs, Tree rows, Tree columns)
    {
        var z = new decimal[rows.Count][];
        for (var r = 0; r < rows.Count; r++) z[r] = new decimal[columns.Count];
        foreach (var ((l, k), arc) in leafArcs) z[l][k] = net.Flow[arc];
        var columnsUp = columns.PreOrder.AsEnumerable().Reverse().ToArray();
        foreach (var l in rows.Leaves)
            foreach (var c in columnsUp)
                if (!columns.IsLeaf(c)) z[l][c] = columns.Children[c].Sum(k => z[l][k]);
        foreach (var r in rows.PreOrder.AsEnumerable().Reverse())
        {
            if (rows.IsLeaf(r)) continue;
            for (var c = 0; c < columns.Count; c++) z[r][c] = rows.Children[r].Sum(ch => z[ch][c]);
        }
        return z;
    }

    /// <summary>
    /// Cells outside both families (a subtotal row below the top × a column that is a sum and a part) are sums of cells
    /// within one unit, so their own error can reach a unit or more. For each such cell that does, look for a cycle in
    /// the residual network through one of its innermost cells (and through no other of them) that moves it a unit
    /// toward its exact value: every family bound and the grand total stay as they are, by construction. Keep the move
    /// only if fewer such cells are a unit off afterwards. A heuristic on top of the proof: it may leave a cell it
    /// cannot mend, still within the proved bound.
    /// </summary>
    private static void Repair(decimal[][] x, decimal[][] z, Network net, Dictionary<(int, int), int> leafArcs, int back,
        Tree rows, Tree columns, Func<int, int, bool> outside)
    {
        bool IsOff(int r, int c) => outside(r, c) && Math.Abs(z[r][c] - x[r][c]) >= 1;
        var off = new HashSet<(int R, int C)>();
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < columns.Count; c++)
                if (IsOff(r, c)) off.Add((r, c));
        if (off.Count == 0) return;

        net.Fix(back);
        var cellOf = leafArcs.ToDictionary(p => p.Value, p => p.Key);
        var rowsUp = Enumerable.Range(0, rows.Count).Select(rows.PathUp).ToArray();
        var columnsUp = Enumerable.Range(0, columns.Count).Select(columns.PathUp).ToArray();
        // Moves a cycle's units and keeps every figure and the set of cells a unit off up to date.
        void Apply(List<(int Arc, int Sign)> cycle, int units)
        {
            foreach (var (arc, sign) in cycle)
            {
                net.Flow[arc] += sign * units;
                if (!cellOf.TryGetValue(arc, out var cell)) continue;
                foreach (var r in rowsUp[cell.Item1])
                    foreach (var c in columnsUp[cell.Item2])
                    {
                        z[r][c] += sign * units;
                        if (IsOff(r, c)) off.Add((r, c));
                        else off.Remove((r, c));
                    }
            }
        }

        var hopeless = new HashSet<(int, int)>();
        for (var attempts = 0; attempts < 4 * off.Count + 16; attempts++)
        {
            var target = off.Where(p => !hopeless.Contains(p)).OrderByDescending(p => Math.Abs(z[p.R][p.C] - x[p.R][p.C])).ThenBy(p => p.R).ThenBy(p => p.C)
                .FirstOrDefault((-1, -1));
            if (target.Item1 < 0) break;
            var (tr, tc) = target;
            var sign = z[tr][tc] > x[tr][tc] ? -1 : 1;
            var inside = new HashSet<int>(rows.LeavesUnder(tr).SelectMany(l => columns.LeavesUnder(tc).Select(k => leafArcs[(l, k)])));
            var mended = false;
            foreach (var arc in inside.Where(a => net.CanMove(a, sign)).Take(8))
            {
                var cycle = net.CycleThrough(arc, sign, b => !inside.Contains(b), limit: 5_000);
                if (cycle is null) continue;
                var before = off.Count;
                Apply(cycle, 1);
                if (off.Count < before) { mended = true; break; }
                Apply(cycle, -1);
            }
            if (!mended) hopeless.Add(target);
        }
    }

    private static void CheckAddsUp(decimal[][] x, Tree rows, Tree columns)
    {
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < columns.Count; c++)
            {
                if (!rows.IsLeaf(r) && rows.Children[r].Sum(ch => x[ch][c]) != x[r][c])
                    throw new InvalidOperationException($"尾数调整：第 {r} 行不等于其下级之和");
                if (!columns.IsLeaf(c) && columns.Children[c].Sum(k => x[r][k]) != x[r][c])
                    throw new InvalidOperationException($"尾数调整：第 {c} 列不等于其下级之和");
            }
    }

    /// <summary>A rooted tree given by parent indexes.</summary>
    private sealed class Tree
    {
        public Tree(int[] parent)
        {
            Parent = parent;
            Count = parent.Length;
            Children = new List<int>[Count];
            for (var i = 0; i < Count; i++) Children[i] = [];
            Root = -1;
            for (var i = 0; i < Count; i++)
            {
                if (parent[i] < 0)
                {
                    if (Root >= 0) throw new ArgumentException("a tree has one root");
                    Root = i;
                }
                else Children[parent[i]].Add(i);
            }
            if (Root < 0) throw new ArgumentException("a tree has a root");
            var order = new List<int>(Count) { Root };
            for (var i = 0; i < order.Count; i++) order.AddRange(Children[order[i]]);
            if (order.Count != Count) throw new ArgumentException("a tree reaches every node from its root");
            PreOrder = order.ToArray();
            LeafCount = new int[Count];
            foreach (var n in PreOrder.AsEnumerable().Reverse())
                LeafCount[n] = Children[n].Count == 0 ? 1 : Children[n].Sum(c => LeafCount[c]);
            Leaves = PreOrder.Where(n => Children[n].Count == 0).Order().ToArray();
        }

        public int Count { get; }
        public int Root { get; }
        public int[] Parent { get; }
        public List<int>[] Children { get; }
        /// <summary>Parents before children (breadth first).</summary>
        public int[] PreOrder { get; }
        public int[] LeafCount { get; }
        public int[] Leaves { get; }
        public bool IsLeaf(int n) => Children[n].Count == 0;

        public IEnumerable<int> LeavesUnder(int n) => IsLeaf(n) ? [n] : Children[n].SelectMany(LeavesUnder);

        /// <summary>The node and its ancestors up to the root.</summary>
        public int[] PathUp(int n)
        {
            var path = new List<int>();
            for (; n >= 0; n = Parent[n]) path.Add(n);
            return path.ToArray();
        }
    }

    /// <summary>A circulation with bounds ⌊flow⌋..⌈flow⌉ on every arc, made integral by cancelling cycles.</summary>
    private sealed class Network
    {
        public int Nodes;
        public readonly List<int> From = [];
        public readonly List<int> To = [];
        public readonly List<decimal> Flow = [];
        public readonly List<decimal> Weight = [];
        private readonly List<decimal> _lo = [];
        private readonly List<decimal> _hi = [];

        public int Add(int from, int to, decimal flow, decimal size)
        {
            From.Add(from);
            To.Add(to);
            Flow.Add(flow);
            var lo = Math.Floor(flow);
            _lo.Add(lo);
            _hi.Add(Math.Ceiling(flow));
            // Rounding an arc up costs (⌈x⌉ - x) and saves (x - ⌊x⌋): prefer it when the remainder is above one half.
            Weight.Add((2 * (flow - lo) - 1) * size);
            return From.Count - 1;
        }

        private bool Fractional(int a) => Flow[a] != _lo[a] && Flow[a] != _hi[a];

        /// <summary>Holds an (integral) arc where it is.</summary>
        public void Fix(int a) => _lo[a] = _hi[a] = Flow[a];

        /// <summary>Whether a whole unit can go onto (+1) or off (-1) the arc within its bounds.</summary>
        public bool CanMove(int a, int sign) => sign > 0 ? Flow[a] + 1 <= _hi[a] : Flow[a] - 1 >= _lo[a];

        /// <summary>
        /// A cycle of whole-unit moves that moves <paramref name="arc"/> by <paramref name="sign"/> and only uses arcs
        /// <paramref name="allowed"/> besides it, each within its bounds; null if there is none. Breadth first, so short.
        /// </summary>
        public List<(int Arc, int Sign)>? CycleThrough(int arc, int sign, Func<int, bool> allowed, int limit)
        {
            _incident ??= Incident();
            // Moving the arc by sign takes a unit from one end to the other; a path back closes the cycle.
            var start = sign > 0 ? To[arc] : From[arc];
            var goal = sign > 0 ? From[arc] : To[arc];
            // Marks from earlier searches are cleared by generation, not by reallocating per search.
            if (_seen is null || _seen.Length != Nodes) { _seen = new int[Nodes]; _via = new (int, int)[Nodes]; }
            _generation++;
            var via = _via!;
            var seen = new Marks(_seen, _generation);
            seen[start] = true;
            var queue = new Queue<int>();
            queue.Enqueue(start);
            var visited = 0;
            while (queue.Count > 0 && !seen[goal] && visited++ < limit)
            {
                var u = queue.Dequeue();
                foreach (var b in _incident[u])
                {
                    if (b == arc || !allowed(b)) continue;
                    var forward = From[b] == u;
                    var v = forward ? To[b] : From[b];
                    if (seen[v] || !CanMove(b, forward ? 1 : -1)) continue;
                    seen[v] = true;
                    via[v] = (b, forward ? 1 : -1);
                    queue.Enqueue(v);
                }
            }
            if (!seen[goal]) return null;
            var cycle = new List<(int Arc, int Sign)> { (arc, sign) };
            for (var n = goal; n != start; n = via[n].Sign > 0 ? From[via[n].Arc] : To[via[n].Arc]) cycle.Add(via[n]);
            return cycle;
        }

        public void Push(List<(int Arc, int Sign)> cycle, int units)
        {
            foreach (var (a, sign) in cycle) Flow[a] += sign * units;
        }

        private List<int>[]? _incident;
        private int[]? _seen;
        private (int Arc, int Sign)[]? _via;
        private int _generation;

        /// <summary>A node is seen when its mark is this search's generation.</summary>
        private readonly struct Marks(int[] marks, int generation)
        {
            public bool this[int node]
            {
                get => marks[node] == generation;
                set => marks[node] = value ? generation : 0;
            }
        }

        private List<int>[] Incident()
        {
            var incident = new List<int>[Nodes];
            for (var i = 0; i < Nodes; i++) incident[i] = [];
            for (var a = 0; a < From.Count; a++)
            {
                incident[From[a]].Add(a);
                incident[To[a]].Add(a);
            }
            return incident;
        }

        public void CancelCycles()
        {
            var m = From.Count;
            var adjacent = new List<int>[Nodes];
            for (var i = 0; i < Nodes; i++) adjacent[i] = [];
            var positionAtFrom = new int[m];
            var positionAtTo = new int[m];
            for (var a = 0; a < m; a++)
            {
                if (!Fractional(a)) continue;
                positionAtFrom[a] = adjacent[From[a]].Count;
                adjacent[From[a]].Add(a);
                positionAtTo[a] = adjacent[To[a]].Count;
                adjacent[To[a]].Add(a);
            }

            void Remove(int a)
            {
                RemoveAt(From[a], positionAtFrom[a]);
                RemoveAt(To[a], positionAtTo[a]);
            }
            void RemoveAt(int node, int position)
            {
                var list = adjacent[node];
                var last = list[^1];
                list[position] = last;
                if (From[last] == node) positionAtFrom[last] = position;
                if (To[last] == node) positionAtTo[last] = position;
                list.RemoveAt(list.Count - 1);
            }

            var onPath = new int[Nodes];
            Array.Fill(onPath, -1);
            var pathNodes = new List<int>();
            var pathArcs = new List<int>();
            var scan = 0;
            var cycleArcs = new List<int>();
            var cycleSigns = new List<int>();
            while (true)
            {
                if (pathNodes.Count == 0)
                {
                    while (scan < Nodes && adjacent[scan].Count == 0) scan++;
                    if (scan == Nodes) break;
                    pathNodes.Add(scan);
                    onPath[scan] = 0;
                }
                var u = pathNodes[^1];
                var entering = pathArcs.Count > 0 ? pathArcs[^1] : -1;
                var list = adjacent[u];
                if (list.Count == 0)
                {
                    // Only the walk's first node can be left without fractional arcs.
                    onPath[u] = -1;
                    pathNodes.RemoveAt(pathNodes.Count - 1);
                    if (pathArcs.Count > 0) throw new InvalidOperationException("尾数调整：流不守恒");
                    continue;
                }
                var a = list[0] != entering ? list[0] : list.Count > 1 ? list[1] : -1;
                if (a < 0) throw new InvalidOperationException("尾数调整：流不守恒");
                var v = From[a] == u ? To[a] : From[a];
                if (onPath[v] < 0)
                {
                    onPath[v] = pathNodes.Count;
                    pathNodes.Add(v);
                    pathArcs.Add(a);
                    continue;
                }

                // A cycle: pathNodes[start..] joined by pathArcs[start..], closed by a.
                var start = onPath[v];
                cycleArcs.Clear();
                cycleSigns.Clear();
                for (var i = start; i < pathArcs.Count; i++)
                {
                    cycleArcs.Add(pathArcs[i]);
                    cycleSigns.Add(From[pathArcs[i]] == pathNodes[i] ? 1 : -1);
                }
                cycleArcs.Add(a);
                cycleSigns.Add(From[a] == u ? 1 : -1);
                var gain = 0m;
                for (var i = 0; i < cycleArcs.Count; i++) gain += cycleSigns[i] * Weight[cycleArcs[i]];
                var direction = gain >= 0 ? 1 : -1;
                var push = decimal.MaxValue;
                for (var i = 0; i < cycleArcs.Count; i++)
                {
                    var arc = cycleArcs[i];
                    var room = direction * cycleSigns[i] > 0 ? _hi[arc] - Flow[arc] : Flow[arc] - _lo[arc];
                    if (room < push) push = room;
                }
                for (var i = 0; i < cycleArcs.Count; i++)
                {
                    var arc = cycleArcs[i];
                    Flow[arc] += direction * cycleSigns[i] * push;
                    if (!Fractional(arc)) Remove(arc);
                }
                for (var i = start + 1; i < pathNodes.Count; i++) onPath[pathNodes[i]] = -1;
                pathNodes.RemoveRange(start + 1, pathNodes.Count - start - 1);
                pathArcs.RemoveRange(start, pathArcs.Count - start);
            }
        }
    }
}

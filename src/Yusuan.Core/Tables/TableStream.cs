using System.Collections;

namespace Yusuan.Core.Tables;

/// <summary>
/// Tables made one at a time, each from its factory when it is reached, and let go before the next is made. An
/// iterator method would keep the previous table (its current value and locals) alive while the next one is derived;
/// for a province that is two of its largest tables in memory at once instead of one.
/// </summary>
public sealed class TableStream(IReadOnlyList<Func<Table>> factories) : IEnumerable<Table>
{
    public int Count => factories.Count;

    public IEnumerator<Table> GetEnumerator() => new Enumerator(factories);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Rows from which a table counts as large (a department's tables have hundreds).</summary>
    private const int LargeTable = 100_000;

    private sealed class Enumerator(IReadOnlyList<Func<Table>> factories) : IEnumerator<Table>
    {
        private int _index = -1;
        private Table? _current;

        public Table Current => _current ?? throw new InvalidOperationException("没有当前的表");

        object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            var large = _current is { Rows.Count: >= LargeTable };
            _current = null;
            // A large table and the node tree it was built from have just died; collecting now, before the next table
            // is derived, keeps a province's peak memory at one table instead of two or three (bench/README.md).
            if (large)
            {
                // Compact the large-object heap too: the input's text and the big row arrays leave it fragmented.
                System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect();
            }
            if (++_index >= factories.Count) return false;
            _current = factories[_index]();
            return true;
        }

        public void Reset()
        {
            _index = -1;
            _current = null;
        }

        public void Dispose() => _current = null;
    }
}

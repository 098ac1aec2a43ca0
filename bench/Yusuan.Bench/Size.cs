namespace Yusuan.Bench;

public readonly record struct Size(int Units, int Lines)
{
    public static readonly Size[] Defaults = [new(1, 100), new(100, 10_000), new(1_000, 100_000), new(10_000, 1_000_000)];

    public static Size Parse(string s)
    {
        var parts = s.Split(':');
        return new Size(int.Parse(parts[0]), int.Parse(parts[1]));
    }

    public override string ToString() => $"{Units}:{Lines}";
}

namespace Analytics.Engine.Demo;

/// <summary>
/// The demo's own seeded pseudo-random generator (xoshiro256**, seeded through SplitMix64), so the same seed gives
/// the same rows on every machine and .NET version — <see cref="System.Random"/> promises neither.
/// Each table group draws from its own named stream, so adding a generator never shifts another's numbers.
/// </summary>
public sealed class DemoRandom
{
    private ulong _s0, _s1, _s2, _s3;
    private double? _spareNormal;

    public DemoRandom(int seed, string stream)
    {
        var x = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ Fnv1a(stream);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>A child stream derived from this seed and a name (e.g. one per branch).</summary>
    public static DemoRandom For(int seed, string stream, int index) => new(seed, stream + "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public ulong NextULong()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n).</summary>
    public int Next(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        return (int)((NextULong() >> 32) * (ulong)n >> 32);
    }

    /// <summary>Uniform integer in [min, max].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Standard normal (Box–Muller, the spare value kept for the next call).</summary>
    public double Normal()
    {
        if (_spareNormal is { } spare)
        {
            _spareNormal = null;
            return spare;
        }
        double u1;
        do u1 = NextDouble(); while (u1 <= double.Epsilon);
        var u2 = NextDouble();
        var r = Math.Sqrt(-2.0 * Math.Log(u1));
        _spareNormal = r * Math.Sin(2 * Math.PI * u2);
        return r * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>Log-normal with the given median and shape sigma: right-skewed durations such as waits.</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    /// <summary>Poisson count; exact for small means, normal approximation above 40.</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0) return 0;
        if (mean > 40) return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Normal()));
        var limit = Math.Exp(-mean);
        var k = 0;
        var p = NextDouble();
        while (p > limit)
        {
            k++;
            p *= NextDouble();
        }
        return k;
    }

    /// <summary>Binomial count; exact for small n, normal approximation for large n.</summary>
    public int Binomial(int n, double p)
    {
        if (n <= 0 || p <= 0) return 0;
        if (p >= 1) return n;
        if (n < 40)
        {
            var k = 0;
            for (var i = 0; i < n; i++) if (NextDouble() < p) k++;
            return k;
        }
        var value = (int)Math.Round(n * p + Math.Sqrt(n * p * (1 - p)) * Normal());
        return Math.Clamp(value, 0, n);
    }

    /// <summary>Index drawn with the given (not necessarily normalised) weights.</summary>
    public int Weighted(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        var x = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.Length - 1;
    }

    /// <summary>Stable 64-bit FNV-1a of a string (string.GetHashCode is randomised per process).</summary>
    public static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}

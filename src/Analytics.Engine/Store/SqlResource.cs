using System.Collections.Concurrent;

namespace Analytics.Engine.Store;

/// <summary>Reads the query SQL files embedded beside their C# callers (e.g. <c>Indicators.IndicatorCounts.sql</c>).</summary>
public static class SqlResource
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    /// <summary>The text of <c>Analytics.Engine.{relativeName}</c>.</summary>
    public static string Load(string relativeName) => Cache.GetOrAdd(relativeName, name =>
    {
        var assembly = typeof(SqlResource).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Analytics.Engine.{name}")
            ?? throw new InvalidOperationException($"Embedded SQL '{name}' not found.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}

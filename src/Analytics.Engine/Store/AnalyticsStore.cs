using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Store;

/// <summary>
/// The embedded DuckDB analytic store. Hands out one short-lived connection per operation;
/// DuckDB.NET caches the native database per file, so opening is cheap while any connection lives.
/// A long-running host calls <see cref="Pin"/> to keep the file (and its writer lock) for its lifetime.
/// </summary>
public sealed partial class AnalyticsStore : IDisposable
{
    private readonly string _connectionString;
    private DuckDBConnection? _pinned;

    public AnalyticsStore(IOptions<StoreOptions> options) : this(options.Value) { }

    public AnalyticsStore(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        FilePath = System.IO.Path.GetFullPath(options.Path);
        var builder = new DuckDBConnectionStringBuilder { DataSource = FilePath };
        if (!string.IsNullOrWhiteSpace(options.MemoryLimit)) builder["memory_limit"] = options.MemoryLimit;
        if (options.Threads > 0) builder["threads"] = options.Threads;
        _connectionString = builder.ConnectionString;
    }

    /// <summary>Creates a store over <paramref name="path"/> with default settings.</summary>
    public static AnalyticsStore At(string path) => new(new StoreOptions { Path = path });

    /// <summary>Absolute path of the DuckDB file.</summary>
    public string FilePath { get; }

    /// <summary>True when the file exists on disk.</summary>
    public bool Exists => File.Exists(FilePath);

    /// <summary>Opens a new connection; dispose it when the unit of work ends.</summary>
    /// <exception cref="StoreLockedException">Another process holds the file.</exception>
    public DuckDBConnection Open()
    {
        var directory = System.IO.Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var connection = new DuckDBConnection(_connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (DuckDBException ex) when (IsLockConflict(ex.Message))
        {
            connection.Dispose();
            throw new StoreLockedException(FilePath, DescribeHolder(ex.Message), ex);
        }
    }

    /// <summary>Keeps one connection open so the database stays loaded and this process keeps the writer lock.</summary>
    public void Pin() => _pinned ??= Open();

    public void Dispose() =>
        // A host may be stopped and disposed from two threads; the pin must be returned exactly once.
        Interlocked.Exchange(ref _pinned, null)?.Dispose();

    private static bool IsLockConflict(string message) =>
        message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase)
        || message.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase);

    private static string DescribeHolder(string message)
    {
        var pid = PidPattern().Match(message);
        if (!pid.Success) return "holder unknown";
        var id = pid.Groups[1].Value;
        var name = TryProcessName(id);
        return name is null ? $"PID {id}" : $"PID {id}, {name}";
    }

    private static string? TryProcessName(string pid)
    {
        try
        {
            var cmdline = $"/proc/{pid}/cmdline";
            if (!File.Exists(cmdline)) return null;
            var parts = File.ReadAllText(cmdline).Split('\0', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 0 ? null : string.Join(' ', parts.Take(3));
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    [GeneratedRegex(@"PID\s+(\d+)")]
    private static partial Regex PidPattern();
}

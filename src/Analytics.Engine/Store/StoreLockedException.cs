namespace Analytics.Engine.Store;

/// <summary>
/// The store file is held read-write by another process (usually the running web host).
/// DuckDB allows one writer process per file (see docs/adr/0001-one-writer-process.md).
/// </summary>
public sealed class StoreLockedException(string path, string holder, Exception inner)
    : InvalidOperationException(
        $"The store '{path}' is in use by another process ({holder}). " +
        "Only one process may write to it: stop the web host (or the other command) first, " +
        "or point this command at another file with --db.", inner)
{
    public string StorePath { get; } = path;

    /// <summary>What DuckDB said about the holder, e.g. "PID 1234".</summary>
    public string Holder { get; } = holder;
}

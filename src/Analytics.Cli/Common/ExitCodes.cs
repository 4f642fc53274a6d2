namespace Analytics.Cli.Common;

/// <summary>The exit codes of docs/product.md.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Input rejected or partly rejected (also: the store is held by another process).</summary>
    public const int Rejected = 1;
    public const int Usage = 2;
    /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it); what was committed is whole.</summary>
    public const int Interrupted = 130;
}

/// <summary>The command line was well-formed but its values do not fit together (exit 2).</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>An input file or value was refused as a whole (exit 1).</summary>
public sealed class InputException(string message) : Exception(message);

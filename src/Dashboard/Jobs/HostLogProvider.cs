using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace Dashboard.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide (a static), while each host has its own logger factory. When one process
/// builds several hosts (the integration tests do), the static can point at a host that is already disposed, and
/// Hangfire's first client in a live host then fails with <see cref="ObjectDisposedException"/>. This provider logs
/// through its host while it lives and stays silent afterwards, instead of failing the request that enqueues a job.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}

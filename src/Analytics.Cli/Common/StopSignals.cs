using System.Runtime.InteropServices;

namespace Analytics.Cli.Common;

/// <summary>
/// Ctrl+C and SIGTERM cancel the running command's token once: an import stops at the batch it is committing. The
/// parser's own termination handler crashed the process with an unhandled exception when a second signal came (a
/// service manager, or a user pressing Ctrl+C twice); here a repeated signal is only acknowledged, and the grace
/// period still ends the process if the command does not stop in time.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly TextWriter _stderr;
    private readonly TimeSpan _grace;
    private readonly PosixSignalRegistration[] _registrations;
    private int _received;

    public StopSignals(TextWriter stderr, TimeSpan grace)
    {
        _stderr = stderr;
        _grace = grace;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    public CancellationToken Token => _stop.Token;

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // the process ends when the command returns, not now
        if (Interlocked.Increment(ref _received) > 1)
        {
            _stderr.WriteLine($"{context.Signal}: already stopping at the next safe point.");
            return;
        }
        _ = Task.Delay(_grace).ContinueWith(_ => Environment.Exit(ExitCodes.Interrupted), TaskScheduler.Default);
        _stop.Cancel();
    }

    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _stop.Dispose();
    }
}

using Analytics.Engine.Classification;

namespace Dashboard.Hosting;

/// <summary>
/// Where the first start's background classification is, for the page (Overview shows it while it runs):
/// the last <see cref="FirstStartProgress"/>, or that it failed. One per host; <see cref="Changed"/> tells open pages.
/// </summary>
public sealed class DemoClassificationStatus : IProgress<FirstStartProgress>
{
    private readonly Lock _gate = new();

    public enum Phase { Idle, Running, Done, Failed }

    public Phase State { get; private set; } = Phase.Idle;

    public FirstStartProgress? Current { get; private set; }

    /// <summary>Raised on every change, from the background thread: subscribers marshal to their own context.</summary>
    public event Action? Changed;

    public void Report(FirstStartProgress value) => Set(Phase.Running, value);

    public void Finish() => Set(Phase.Done, Current);

    public void Fail() => Set(Phase.Failed, Current);

    private void Set(Phase state, FirstStartProgress? current)
    {
        lock (_gate)
        {
            State = state;
            Current = current;
        }
        Changed?.Invoke();
    }
}

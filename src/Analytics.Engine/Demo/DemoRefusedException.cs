namespace Analytics.Engine.Demo;

/// <summary>The store already holds appeals, so generating demo data would mix with (or duplicate) them.</summary>
public sealed class DemoRefusedException(string path, long appeals)
    : InvalidOperationException(
        $"The store '{path}' already holds {appeals} appeals; the demo refuses to add to them. " +
        "Use --force (DemoOptions.Replace) to clear the demo tables and generate again, or choose another file with --db.")
{
    public long ExistingAppeals { get; } = appeals;
}

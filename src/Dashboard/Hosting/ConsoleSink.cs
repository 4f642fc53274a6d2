namespace Dashboard.Hosting;

/// <summary>Where one-time notices for the operator go (the first-run password); tests swap the writer.</summary>
public sealed class ConsoleSink
{
    public TextWriter Writer { get; init; } = Console.Out;
}

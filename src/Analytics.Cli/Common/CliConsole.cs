using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analytics.Cli.Common;

/// <summary>
/// Where a command writes: results (or the one JSON object) to stdout, messages and progress to stderr.
/// With <c>--json</c> progress is silent so stdout stays machine-readable and stderr quiet.
/// </summary>
public sealed class CliConsole(TextWriter stdout, TextWriter stderr)
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public TextWriter Out { get; } = stdout;
    public TextWriter Error { get; } = stderr;

    public void WriteJson<T>(T value) => Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    public void Message(string text) => Error.WriteLine(text);

    /// <summary>Returns a progress sink that writes to stderr, or nothing when <paramref name="json"/>.</summary>
    public IProgress<string> Progress(bool json) =>
        json ? new Progress<string>(_ => { }) : new SyncProgress(Error);

    private sealed class SyncProgress(TextWriter writer) : IProgress<string>
    {
        public void Report(string value) => writer.WriteLine(value);
    }
}

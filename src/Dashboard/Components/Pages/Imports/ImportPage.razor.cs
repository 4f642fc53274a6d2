using Analytics.Engine.Store.Ingest;
using Dashboard.Hosting;
using Dashboard.Imports;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;

namespace Dashboard.Components.Pages.Imports;

public partial class ImportPage : IDisposable
{
    private const int PageSize = 50;
    private readonly CancellationTokenSource _cts = new();
    private string? _kind = ImportRunner.Kinds.FirstOrDefault();
    private bool _busy;
    private double? _percent;
    private string? _status;
    private string? _error;
    private ImportResult? _result;
    private IBrowserFile? _pending;
    private IReadOnlyList<ImportRunRow> _runs = [];
    private QuarantinePage _page = new([], 0);
    private long? _runFilter;
    private string? _search;
    private int _skip;

    [Inject] private ImportRunner Runner { get; set; } = default!;
    [CascadingParameter] private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState>? Auth { get; set; }
    [Inject] private QuarantineQuery Quarantine { get; set; } = default!;
    [Inject] private IOptions<ImportUploadOptions> LimitOptions { get; set; } = default!;

    private ImportUploadOptions Limits => LimitOptions.Value;
    private string AllowedText => string.Join(",", Limits.AllowedExtensions);

    protected override void OnInitialized() => LoadQuarantine();

    private void OnFileChosen(InputFileChangeEventArgs e)
    {
        _error = null;
        _result = null;
        _pending = null;
        var file = e.File;
        if (!Limits.IsAllowed(file.Name)) { _error = string.Format(T["Imports.WrongType"], file.Name, AllowedText); return; }
        if (file.Size > Limits.MaxUploadBytes) { _error = string.Format(T["Imports.TooLarge"], file.Name, Limits.MaxUploadMegabytes); return; }
        _pending = file;
    }

    private void CancelPending() => _pending = null;

    /// <summary>The kind as the picker shows it (the label catalogue's name when there is one).</summary>
    private string KindLabel(string? kind) => kind is null ? "" : T.Label(Analytics.Engine.Vocabulary.Vocab.ImportKind, kind);

    private static string Size(long bytes) => Analytics.Engine.Vocabulary.Numbers.Size(bytes);

    private async Task StartImport()
    {
        if (_pending is not { } file || _kind is null) return;
        _pending = null;

        _busy = true;
        _percent = 0;
        _status = T["Imports.Uploading"];
        var progress = new Progress<ImportProgress>(p => InvokeAsync(() =>
        {
            _percent = p.TotalBytes is > 0 ? 100.0 * p.Bytes / p.TotalBytes.Value : null;
            _status = p.Message ?? string.Format(T["Imports.Received"], p.Bytes / 1024);
            StateHasChanged();
        }));
        try
        {
            // The browser streams the file over the circuit; nothing is held in memory whole.
            await using var stream = file.OpenReadStream(Limits.MaxUploadBytes, _cts.Token);
            _result = await Runner.RunAsync(_kind, stream, file.Name, file.Size, progress, _cts.Token,
                Auth is null ? null : Access.UserScope.Of((await Auth).User).UserName);
            _runFilter = _result.ImportId;
            _skip = 0;
        }
        catch (Exception ex) when (ex is ImportRefusedException or IOException or InvalidDataException
            or FormatException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            _error = string.Format(T["Imports.Failed"], file.Name, ex.Message);
        }
        finally
        {
            _busy = false;
            LoadQuarantine();
        }
    }

    private void FilterRun(long? id) { _runFilter = id; _skip = 0; LoadQuarantine(); }

    private void Search(string? text) { _search = text; _skip = 0; LoadQuarantine(); }

    private void Move(int delta) { _skip = Math.Max(0, _skip + delta); LoadQuarantine(); }

    private void LoadQuarantine()
    {
        _runs = Quarantine.RecentRuns();
        _page = Quarantine.Page(_runFilter, _search, _skip, PageSize);
    }

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}

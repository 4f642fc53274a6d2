using Analytics.Cli.Common;
using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Composer;
using Analytics.Engine.Store;
using Microsoft.Extensions.Configuration;

namespace Analytics.Cli.Commands;

/// <summary>Shared plumbing of the PDF commands: settings, the output file, the result line or JSON.</summary>
internal static class ReportOutput
{
    /// <summary>
    /// Report settings from <c>appsettings.json</c> (section <c>Reports</c>) in the working directory and
    /// <c>ANALYTICS_Reports__*</c> environment variables, with the documented defaults otherwise.
    /// </summary>
    public static ReportOptions Options()
    {
        var configuration = CliSettings.Load();
        var options = new ReportOptions();
        configuration.GetSection(ReportOptions.SectionName).Bind(options);
        return options;
    }

    /// <summary>The store of <c>--db</c>, refused (exit 1) when missing or behind the current schema — reports never migrate.</summary>
    public static AnalyticsStore OpenStore(System.CommandLine.ParseResult parse)
    {
        var store = GlobalOptions.Store(parse);
        if (!store.Exists)
        {
            store.Dispose();
            throw new InputException($"Store {store.FilePath} does not exist; run 'analytics init' and import data first.");
        }
        var version = new StoreMigrator(store).CurrentVersion();
        if (version < StoreMigrator.LatestVersion)
        {
            store.Dispose();
            throw new InputException($"Store {store.FilePath} is at schema {version}, this build needs {StoreMigrator.LatestVersion}; run 'analytics init'.");
        }
        return store;
    }

    /// <summary>The default <c>--year</c>: the last year that has ended in Moscow time (Jobs:TimeZone).</summary>
    public static int LastCompleteYear() => Analytics.Engine.Reports.Data.ReportPeriod.LastCompleteYear(Analytics.Engine.Time.DisplayTime.Default);

    public static void CheckYear(int year)
    {
        if (year is < 2000 or > 2100) throw new UsageException($"--year {year} is out of range (2000–2100).");
    }

    /// <summary>Writes to a temp file beside <paramref name="path"/> and moves it in place, so a failure leaves no half PDF.</summary>
    public static int Write(CliConsole console, bool json, string path, string kind, Func<Stream, RenderResult> render)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        RenderResult result;
        try
        {
            using (var stream = File.Create(temp)) result = render(stream);
            File.Move(temp, full, overwrite: true);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        var bytes = new FileInfo(full).Length;
        if (json) console.WriteJson(new { kind, path = full, pages = result.PageCount, bytes });
        else console.Message($"{kind}: {full} ({result.PageCount} pages, {bytes / 1024.0:0.#} KB)");
        return ExitCodes.Ok;
    }
}

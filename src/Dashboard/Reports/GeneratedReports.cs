using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Engine.Vocabulary;
using Dashboard.Jobs;

namespace Dashboard.Reports;

/// <summary>One PDF the monthly job wrote: what it is, for which unit (null = the company) and when it was written.</summary>
public sealed record GeneratedReport(string Kind, int Year, int? Quarter, int? ToMonth, string? Unit, string FileName,
    long Bytes, DateTime WrittenUtc)
{
    /// <summary>The annual report written before December is over: a draft over the months finished so far.</summary>
    public bool Draft => Kind == ReportFiles.Annual && ToMonth is < 12;
}

/// <summary>
/// The one home of the monthly reports' file names (<c>{kind}-{year}[-to-MM|-qN]-{unit}.pdf</c> under
/// <c>{ReportsFolder}/{year}/</c>): the job writes with <see cref="Name"/>, the /reports list reads with <see cref="Parse"/>.
/// </summary>
public static partial class ReportFiles
{
    public const string Declaration = "declaration", Annual = "annual", Quarterly = "quarterly";
    private const string Company = "company";

    public static string Name(string kind, int year, int? quarter, int? toMonth, string? unit) => kind switch
    {
        Annual => $"annual-{year}-to-{toMonth:00}-{unit ?? Company}.pdf",
        Quarterly => $"quarterly-{year}-q{quarter}-{unit ?? Company}.pdf",
        _ => $"declaration-{year}-{unit ?? Company}.pdf",
    };

    public static GeneratedReport? Parse(FileInfo file)
    {
        var m = FileName().Match(file.Name);
        if (!m.Success) return null;
        int? Int(string group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : null;
        var unit = m.Groups["unit"].Value;
        return new GeneratedReport(m.Groups["kind"].Value, Int("year")!.Value, Int("quarter"), Int("month"),
            unit == Company ? null : unit, file.Name, file.Length, file.LastWriteTimeUtc);
    }

    /// <summary>
    /// «Декларация соответствия за 2025 год», «Годовой отчёт за январь–ноябрь 2026 (проект)», «Квартальный отчёт, II кв. 2026»;
    /// English when <paramref name="culture"/> is English.
    /// </summary>
    public static string Title(GeneratedReport r, CultureInfo culture)
    {
        var en = culture.TwoLetterISOLanguageName == "en";
        return r.Kind switch
        {
            Declaration => en ? $"Declaration of Conformity {r.Year}" : $"Декларация соответствия за {r.Year} год",
            Quarterly => (en ? "Quarterly client report, " : "Квартальный отчёт для клиентов, ")
                + PeriodLabels.Name(new DateOnly(r.Year, (r.Quarter!.Value - 1) * 3 + 1, 1), Analytics.Engine.Indicators.Granularity.Quarter, culture),
            _ when !r.Draft => en ? $"Annual report {r.Year}" : $"Годовой отчёт за {r.Year} год",
            _ => en ? $"Annual report, January–{Month(r.ToMonth!.Value, culture)} {r.Year} (draft)"
                : $"Годовой отчёт за январь–{Month(r.ToMonth!.Value, culture)} {r.Year} (проект)",
        };
    }

    private static string Month(int month, CultureInfo culture) => culture.TwoLetterISOLanguageName == "en"
        ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)
        : CultureInfo.GetCultureInfo("ru-RU").DateTimeFormat.GetMonthName(month).ToLowerInvariant();

    [GeneratedRegex(@"^(?<kind>declaration|annual|quarterly)-(?<year>\d{4})(?:-to-(?<month>\d{2})|-q(?<quarter>[1-4]))?-(?<unit>[A-Za-z0-9_\-]+)\.pdf$")]
    private static partial Regex FileName();
}

/// <summary>
/// The reports the monthly job has written, newest year first, as a reader of <paramref name="branch"/> may see them: a
/// branch manager sees their branch's files only, never the company's or another branch's.
/// </summary>
public sealed class GeneratedReports(MonthlyReportJob job)
{
    public IReadOnlyList<GeneratedReport> List(string? branch)
    {
        var root = new DirectoryInfo(job.Folder);
        if (!root.Exists) return [];
        var kindOrder = new[] { ReportFiles.Declaration, ReportFiles.Annual, ReportFiles.Quarterly };
        return [.. root.EnumerateDirectories()
            .Where(d => d.Name.Length == 4 && d.Name.All(char.IsAsciiDigit))
            .SelectMany(d => d.EnumerateFiles("*.pdf"))
            .Select(ReportFiles.Parse)
            .OfType<GeneratedReport>()
            .Where(r => branch is null || string.Equals(r.Unit, branch, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(r => r.Year).ThenBy(r => Array.IndexOf(kindOrder, r.Kind))
            .ThenByDescending(r => r.Quarter ?? r.ToMonth ?? 0).ThenBy(r => r.Unit is null ? 0 : 1).ThenBy(r => r.Unit, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The file of a listed report, or null: only names the list holds are served, so a path from the request never
    /// reaches the file system (no «..», no other folder).
    /// </summary>
    public (GeneratedReport Report, string Path)? Find(int year, string fileName, string? branch)
    {
        var report = List(branch).FirstOrDefault(r => r.Year == year && r.FileName == fileName);
        return report is null ? null : (report, Path.Combine(job.Folder, year.ToString(CultureInfo.InvariantCulture), report.FileName));
    }
}

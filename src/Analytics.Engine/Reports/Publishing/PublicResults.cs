using Analytics.Engine.Reports.Data;
using Analytics.Engine.Reports.Quarterly;
using Analytics.Engine.Store;
using Analytics.Engine.Surveys;
using Dapper;

namespace Analytics.Engine.Reports.Publishing;

/// <summary>One table of the public page: heading, column headers and cells (suppressed cells carry the words).</summary>
public sealed record PublicTable(string Code, string Heading, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<PublicCell>> Rows);

/// <summary>A cell as shown: <see cref="Suppressed"/> cells show <see cref="Suppression.TextRu"/> instead of the figure.</summary>
public sealed record PublicCell(string Text, bool Suppressed);

/// <summary>The public results of one unit and quarter.</summary>
public sealed record PublicResultsView(string UnitCode, string UnitName, int Year, int Quarter, string Title, string Period,
    long Total, bool TotalSuppressed, int MinimumN, IReadOnlyList<PublicTable> Tables);

/// <summary>
/// The quarterly client report as a public page (#18 item 5, 001 §2.4.7, 002 §9.7): the same Engine query
/// (<see cref="QuarterlyReport.Gather"/>) and the same cell texts (<see cref="QuarterlyReport.Figures"/>) as the PDF;
/// a figure resting on fewer appeals than the methodology's minimum n shows «недостаточно ответов» (the one
/// suppression rule, <see cref="Suppression"/>). Only published quarters, only the company and its branches.
/// </summary>
public sealed class PublicResults(AnalyticsStore store, ResultPublications publications)
{
    /// <summary>The page, or null when the quarter is not published or the code is not the company or a branch (404).</summary>
    public PublicResultsView? Find(string unitCode, int year, int quarter)
    {
        if (string.IsNullOrWhiteSpace(unitCode) || quarter is < 1 or > 4 || year is < 2000 or > 2100) return null;
        if (!publications.IsPublished(year, quarter)) return null;
        string? level;
        using (var c = store.Open())
            level = c.ExecuteScalar<string?>("SELECT level FROM org_unit WHERE code = $unitCode", new { unitCode });
        if (level is not ("company" or "branch")) return null;
        var rows = QuarterlyReport.Gather(store, ReportUnit(unitCode, level), year, quarter, out var scope);
        var minimumN = Math.Max(1, new Methodology.MethodologyRepository(store).Find(Methodology.MethodologyRepository.DefaultId)?.MinimumN ?? Statistics.SampleSize.MinimumN);
        var start = new DateOnly(year, quarter * 3 - 2, 1);
        var total = rows.Where(r => r.Parameter == "kind").Sum(r => r.Current);
        var headers = QuarterlyReport.Headers(year, quarter);
        var tables = QuarterlyReport.Parameters.Select(p =>
        {
            var group = rows.Where(r => r.Parameter == p.Code).ToList();
            return new PublicTable(p.Code, p.Title, headers, [.. QuarterlyReport.Figures(p.Code, group)
                .Select(r => (IReadOnlyList<PublicCell>)[.. r.Select(f => Suppression.Hides(f.N, minimumN) ? new PublicCell(Suppression.TextRu, true) : new PublicCell(f.Text, false))])]);
        }).ToList();
        return new PublicResultsView(unitCode, scope.Name, year, quarter, $"Отчёт о работе с клиентами за {quarter} квартал {year} года",
            $"{Ru.Date(start)} — {Ru.Date(start.AddMonths(3).AddDays(-1))}", total, Suppression.Hides(total, minimumN), minimumN, tables);
    }

    /// <summary>The units that have a public page: the company first, then its branches.</summary>
    public IReadOnlyList<(string Code, string Name)> Units()
    {
        using var c = store.Open();
        return [.. c.Query<(string, string)>("SELECT code, name FROM org_unit WHERE level IN ('company', 'branch') ORDER BY level <> 'company', code")];
    }

    /// <summary>
    /// The unit the PDF is made for: the company's report is the whole store's (the /reports default, unit empty), so
    /// the company page and the company PDF read the same appeals.
    /// </summary>
    public static string? ReportUnit(string unitCode, string level) => level == "company" ? null : unitCode;
}

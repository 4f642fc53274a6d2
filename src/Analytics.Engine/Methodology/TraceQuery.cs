using Analytics.Engine.Forms;
using Analytics.Engine.Indicators;
using Analytics.Engine.Reports;
using Analytics.Engine.Reports.Data;
using Analytics.Engine.Store;
using Dapper;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Methodology;

/// <summary>
/// A criterion with its seed clause, what feeds it and whether the store holds any of that data. <see cref="Source"/> is
/// the methodology's working note; <see cref="Citation"/> the same clause as the Declaration prints it («Стандарт, п. 2.2.4»).
/// </summary>
public sealed record TraceCriterion(string Id, string Indicator, string NameRu, string Source, string FedBy, bool HasData,
    string Citation = "");

/// <summary>A template item that names a criterion, with its seed clause (note and Russian citation) and how the methodology treats it.</summary>
public sealed record TraceItem(string Template, string Item, string TextRu, string CriterionId, string? Source, CriterionUse Use,
    string Citation = "");

/// <summary>The traceability of one methodology: its criteria and every template item that names a criterion.</summary>
public sealed record TraceReport(string MethodologyId, int MethodologyVersion, MethodologyMode Mode,
    IReadOnlyList<TraceCriterion> Criteria, IReadOnlyList<TraceItem> Items);

/// <summary>
/// Which parts of the Standard are measured (#14.7): every criterion with its clause, the data that feeds it (the
/// register table, or the template items mapped to it) and whether the store has that data; every template item
/// with a criterion. One query for the /methodology/trace page and <c>analytics methodology trace</c>.
/// </summary>
public sealed class TraceQuery(AnalyticsStore store, IOptions<ReportOptions>? reportOptions = null)
{
    // The clause is cited with the Declaration's document names, so the trace page and the signed document agree.
    private readonly IReadOnlyDictionary<string, string> _documents = (reportOptions?.Value ?? new ReportOptions()).SourceDocuments;

    // What a measure reads and the probe that says whether the store holds it. Form measures are probed per criterion.
    private static readonly Dictionary<string, (string FedBy, string Probe)> Registers = new(StringComparer.Ordinal)
    {
        ["appeals.onTime"] = ("appeal (registered_at, answered_at, extended_to)", "SELECT count(*) FROM appeal"),
        ["appeals.extensionWithinLimit"] = ("appeal (extended_to)", "SELECT count(*) FROM appeal WHERE extended_to IS NOT NULL"),
        ["appeals.registeredInTime"] = ("appeal (received_at, registered_at)", "SELECT count(*) FROM appeal WHERE registered_at IS NOT NULL"),
        ["appeals.replyChannelKept"] = ("appeal (reply_channel, replied_via)", "SELECT count(*) FROM appeal WHERE reply_channel IS NOT NULL AND replied_via IS NOT NULL"),
        ["appeals.poorQuality"] = ("appeal (poor_quality)", "SELECT count(*) FROM appeal"),
        ["appeals.withMeasures"] = ("appeal, appeal_measure", "SELECT count(*) FROM appeal_measure"),
        ["appeals.repeatDissatisfaction"] = ("appeal, appeal_measure (completed_at)", "SELECT count(*) FROM appeal_measure WHERE completed_at IS NOT NULL"),
        ["controlCalls.satisfied"] = ("control_call", "SELECT count(*) FROM control_call"),
        ["queue.waitWithinNorm"] = ("queue_visit (issued_at, called_at)", "SELECT count(*) FROM queue_visit WHERE called_at IS NOT NULL"),
        ["queue.receptionWithinNorm"] = ("queue_visit (called_at, finished_at)", "SELECT count(*) FROM queue_visit WHERE finished_at IS NOT NULL"),
        ["queue.totalWithinNorm"] = ("queue_visit (issued_at, finished_at)", "SELECT count(*) FROM queue_visit WHERE finished_at IS NOT NULL"),
        ["queue.meanWait"] = ("queue_visit (issued_at, called_at)", "SELECT count(*) FROM queue_visit WHERE called_at IS NOT NULL"),
        ["queue.meanReception"] = ("queue_visit (called_at, finished_at)", "SELECT count(*) FROM queue_visit WHERE finished_at IS NOT NULL"),
        ["calls.answeredWithinNorm"] = ("call_interval (answered_in_norm, norm_seconds, wait_distribution), call_record (wait_seconds)",
            "SELECT (SELECT count(*) FROM call_interval) + (SELECT count(*) FROM call_record)"),
        ["calls.abandoned"] = ("call_interval, call_record", "SELECT (SELECT count(*) FROM call_interval) + (SELECT count(*) FROM call_record)"),
        ["calls.meanSearch"] = ("call_record (search_seconds)", "SELECT count(*) FROM call_record WHERE search_seconds IS NOT NULL"),
        ["calls.meanAfterCall"] = ("call_record (after_call_seconds)", "SELECT count(*) FROM call_record WHERE after_call_seconds IS NOT NULL"),
    };

    public TraceReport Trace(string? methodologyId = null)
    {
        var repository = new MethodologyRepository(store);
        var m = repository.Get(methodologyId);
        var all = repository.All();
        var items = FormTemplates.All.SelectMany(t => t.AllItems().Where(i => !string.IsNullOrWhiteSpace(i.CriterionId))
                .Select(i => new TraceItem(t.Code, i.Code, NormTexts.Fill(i.Text.Ru, m.Norms), i.CriterionId!, i.Source, CriterionUse.Scored)))
            .Select(i => i with { Use = CriterionCatalog.Use(m, i.CriterionId, all), Citation = Citations.Format(i.Source, _documents) })
            .ToList();
        using var c = store.Open();
        var answered = c.Query<string>("""
            SELECT DISTINCT f.criterion_id FROM form_item_criterion f
            JOIN submission s ON s.definition_id = f.definition_id AND s.version = f.version
            JOIN answer a ON a.submission_id = s.id AND a.item_code = f.item_code
            WHERE a.value_num IS NOT NULL AND NOT a.not_applicable
            """).ToHashSet(StringComparer.Ordinal);
        var facts = c.Query<string>("SELECT DISTINCT criterion_id FROM criterion_fact").ToHashSet(StringComparer.Ordinal);
        var probed = new Dictionary<string, bool>(StringComparer.Ordinal);
        var criteria = m.Criteria.Select(k =>
        {
            var info = MeasureCatalog.Get(k.Measure);
            string fedBy;
            bool hasData;
            if (info.PerCriterion)
            {
                var fed = items.Where(i => i.CriterionId == k.Id).Select(i => $"{i.Template}/{i.Item}").ToList();
                fedBy = fed.Count == 0 ? "forms mapped to this criterion (no template item)" : string.Join(", ", fed);
                hasData = answered.Contains(k.Id);
            }
            else if (info.Kind == MeasureKind.Manual)
            {
                (fedBy, hasData) = ("criterion_fact (entered per scope and year)", facts.Contains(k.Id));
            }
            else
            {
                var (feeds, probe) = Registers[k.Measure];
                fedBy = feeds;
                if (!probed.TryGetValue(probe, out hasData)) probed[probe] = hasData = c.ExecuteScalar<long>(probe) > 0;
            }
            return new TraceCriterion(k.Id, k.Indicator, k.NameRu, k.Source, fedBy, hasData, Citations.Format(k.Source, _documents));
        }).ToList();
        return new TraceReport(m.Id, m.Version, m.Mode, criteria, items);
    }
}

using Analytics.Engine.Compliance;
using Analytics.Engine.Methodology;
using Analytics.Engine.Store;
using Dapper;
using DuckDB.NET.Data;
using Dashboard.Filters;

namespace Dashboard.Records;

/// <summary>
/// Appeals behind a number. The appeals page's numbers use the day received and its own deadline arithmetic
/// (<c>state</c> = answered, on-time, repeat, overdue, due-soon; <c>kind</c>, <c>topic</c>, <c>month</c>; <c>register</c>
/// for one appeal of a list); an indicator's
/// criterion uses the engine's norm due dates (<c>appeal_due</c>) and the day registered, as the counts do.
/// </summary>
public sealed class AppealRecords(AnalyticsStore store) : IRecordSource
{
    /// <summary>Days ahead that count as "due soon", as on the appeals page.</summary>
    public const int DueSoonDays = 3;

    private const string Due = "coalesce(a.extended_to, a.due_at)";
    private const string Open = $"a.answered_at IS NULL AND a.status IN ('open', 'in_progress') AND {Due} IS NOT NULL";

    public string Kind => "appeals";
    public FilterFields Applies => FilterFields.All;
    public IReadOnlyList<string> Keys { get; } = ["state", "kind", "topic", "month", "criterion", "register"];

    public RecordSql Build(DashboardFilter filter, IReadOnlyDictionary<string, string> keys, RecordContext context)
    {
        var args = new DynamicParameters();
        var measure = RecordTerms.Measure(keys, context, Kind, "appeals.");
        var from = "FROM appeal a LEFT JOIN org_unit o ON o.code = a.office_code LEFT JOIN channel ch ON ch.code = a.channel";
        if (measure is not null)
        {
            // The engine's view, judged today: the same rows the indicator counts read.
            AppealRules.Prepare((DuckDBConnection)context.Connection, new MethodologyRepository(store).Get().Norms, context.Today);
            from += " JOIN appeal_due d ON d.register_no = a.register_no";
        }
        var terms = RecordTerms.Shared(filter, args, measure is null ? "a.received_at" : "a.registered_at", "a.office_code", "o");
        if (filter.Channel is { } channel) { terms.Add("a.channel = $channel"); args.Add("channel", channel); }
        if (filter.ConsumerType is { } consumer) { terms.Add("a.consumer_type = $consumer"); args.Add("consumer", consumer); }
        if (keys.Get("kind") is { } kind) { terms.Add("a.kind = $kind"); args.Add("kind", kind); }
        if (keys.Get("topic") is { } topic) { terms.Add("coalesce(a.topic, '') = $topic"); args.Add("topic", topic == "—" ? "" : topic); }
        if (keys.Get("register") is { } register) { terms.Add("a.register_no = $register"); args.Add("register", register); }
        if (keys.Get("month") is { } month) { terms.Add("strftime(a.received_at, '%Y-%m') = $month"); args.Add("month", month); }
        args.Add("today", context.Today);
        args.Add("soon", context.Today.AddDays(DueSoonDays));
        switch (keys.Get("state"))
        {
            case null: break;
            case "answered": terms.Add($"a.answered_at IS NOT NULL AND {Due} IS NOT NULL"); break;
            case "on-time": terms.Add($"a.answered_at IS NOT NULL AND a.answered_at <= {Due}"); break;
            case "repeat": terms.Add("a.follow_up_of IS NOT NULL"); break;
            case "overdue": terms.Add($"{Open} AND CAST({Due} AS DATE) < $today"); break;
            case "due-soon": terms.Add($"{Open} AND CAST({Due} AS DATE) BETWEEN $today AND $soon"); break;
            case var other: throw new ArgumentException($"state must be answered, on-time, repeat, overdue or due-soon, not '{other}'.");
        }
        if (measure == "appeals.onTime") terms.Add("d.on_time IS NOT NULL");
        if (measure == "appeals.extensionWithinLimit") terms.Add("d.extension_ok IS NOT NULL");
        return new RecordSql($"{from} WHERE {string.Join(" AND ", terms)}", args,
        [
            new("Appeals.RegisterNo", "a.register_no"), new("Filter.Office", "a.office_code"),
            new("Filter.Channel", "coalesce(ch.name_ru, a.channel)"), new("Appeals.Kind", "a.kind"), new("Appeals.Topic", "a.topic"),
            new("Appeals.Received", "a.received_at"), new("Appeals.Due", $"CAST({Due} AS DATE)"), new("Appeals.Answered", "a.answered_at"),
            new("Appeals.Status", "a.status"),
            new("Appeals.Consumer", "a.consumer_name", Personal: true), new("Appeals.Phone", "a.consumer_phone", Personal: true),
            new("Appeals.Address", "a.consumer_address", Personal: true),
        ], "a.received_at DESC, a.register_no");
    }
}

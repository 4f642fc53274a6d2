using Analytics.Engine.Compliance;
using Analytics.Engine.Store;
using Analytics.Engine.Vocabulary;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Queries.Records;

/// <summary>
/// Appeals behind a number. Deadline states (<c>state</c> = answered, on-time, late, overdue, due-soon,
/// register-later, no-registration) and an indicator's criterion come from the Engine's <c>appeal_due</c>
/// (<see cref="AppealDeadlines"/>, judged today, by the day the clock started) — the same rows the appeals page,
/// the indicators and the reminders count; <c>repeat</c>, <c>kind</c>, <c>topic</c>, <c>month</c> are by the day
/// received, as the page's volumes; <c>register</c> is one appeal of a list.
/// </summary>
public sealed class AppealRecords(AnalyticsStore store) : IRecordSource
{
    private static readonly Dictionary<string, string> States = new()
    {
        ["answered"] = "d.state IN ('on_time', 'late')",
        ["on-time"] = "d.state = 'on_time'",
        ["late"] = "d.state = 'late'",
        ["overdue"] = "d.state = 'overdue'",
        ["due-soon"] = "d.state = 'due_soon'",
        ["register-later"] = "coalesce(d.register_later, false)",
        ["no-registration"] = "d.registration_missing",
    };

    public string Kind => "appeals";
    public FilterFields Applies => FilterFields.All;
    public IReadOnlyList<string> Keys { get; } = ["state", "kind", "topic", "month", "criterion", "register"];

    public RecordSql Build(QueryFilter filter, IReadOnlyDictionary<string, string> keys, RecordContext context)
    {
        var args = new DynamicParameters();
        var measure = RecordTerms.Measure(keys, context, Kind, "appeals.");
        var state = keys.Get("state");
        if (state is not null && state != "repeat" && !States.ContainsKey(state))
            throw RecordKeyException.NotOneOf("state", state, [.. States.Keys, "repeat"]);
        // The engine's view, judged today: the same rows the indicator counts and the appeals page read.
        new AppealDeadlines(store).Prepare((DuckDBConnection)context.Connection, context.Today);
        var from = "FROM appeal a JOIN appeal_due d ON d.register_no = a.register_no LEFT JOIN org_unit o ON o.code = a.office_code LEFT JOIN channel ch ON ch.code = a.channel";
        var byClock = measure is not null || (state is not null && States.ContainsKey(state));
        var terms = RecordTerms.Shared(filter, args, byClock ? "d.clock_at" : "a.received_at", "a.office_code", "o");
        if (filter.Channel is { } channel) { terms.Add("a.channel = $channel"); args.Add("channel", channel); }
        if (filter.ConsumerType is { } consumer) { terms.Add("a.consumer_type = $consumer"); args.Add("consumer", consumer); }
        if (keys.Get("kind") is { } kind) { terms.Add("a.kind = $kind"); args.Add("kind", kind); }
        if (keys.Get("topic") is { } topic) { terms.Add("coalesce(a.topic, '') = $topic"); args.Add("topic", topic == "—" ? "" : topic); }
        if (keys.Get("register") is { } register) { terms.Add("a.register_no = $register"); args.Add("register", register); }
        if (keys.Get("month") is { } month) { terms.Add("strftime(a.received_at, '%Y-%m') = $month"); args.Add("month", month); }
        if (state == "repeat") terms.Add("a.follow_up_of IS NOT NULL");
        else if (state is not null) terms.Add(States[state]);
        if (measure == "appeals.onTime") terms.Add("d.on_time IS NOT NULL");
        if (measure == "appeals.extensionWithinLimit") terms.Add("d.extension_ok IS NOT NULL");
        if (measure == "appeals.registeredInTime") terms.Add("d.registered_in_time IS NOT NULL");
        if (measure == "appeals.replyChannelKept") terms.Add("d.reply_channel_kept IS NOT NULL");
        return new RecordSql($"{from} WHERE {string.Join(" AND ", terms)}", args,
        [
            new("Appeals.RegisterNo", "a.register_no"), new("Filter.Office", "a.office_code"),
            new("Filter.Channel", "coalesce(ch.name_ru, a.channel)"), new("Appeals.Kind", "a.kind", Codes: Vocab.AppealKind), new("Appeals.Topic", "a.topic", Codes: Vocab.Topic),
            new("Appeals.Received", "a.received_at"), new("Appeals.Due", "d.effective_due"),
            new("Appeals.RegisterDue", "CASE WHEN d.register_due IS DISTINCT FROM d.effective_due THEN d.register_due END"),
            new("Appeals.Answered", "a.answered_at"), new("Appeals.Status", "a.status", Codes: Vocab.AppealStatus),
            new("Appeals.Consumer", "a.consumer_name"), new("Appeals.Phone", "a.consumer_phone"),
            new("Appeals.Address", "a.consumer_address"),
        ], "a.received_at DESC, a.register_no");
    }
}

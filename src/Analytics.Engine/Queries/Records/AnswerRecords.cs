using Analytics.Engine.Privacy;
using Dapper;

namespace Analytics.Engine.Queries.Records;

/// <summary>
/// Answers (questionnaire ratings, checklist items) behind a number: <c>form</c> = checklist or questionnaire,
/// <c>item</c>, <c>result</c> = checked, passed or failed (checklist yes/no items), or a form criterion with the
/// value range its measure counts.
/// </summary>
public sealed class AnswerRecords : IRecordSource
{
    internal const string Checklist = "(s.source = 'checklist' OR f.kind = 'checklist')";
    internal const string Questionnaire = "(s.source <> 'checklist' AND coalesce(f.kind, 'questionnaire') <> 'checklist')";

    public string Kind => "answers";
    public FilterFields Applies => FilterFields.Period | FilterFields.Branch | FilterFields.Office | FilterFields.Channel;
    public IReadOnlyList<string> Keys { get; } = ["form", "item", "result", "criterion", "submission"];

    public RecordSql Build(QueryFilter filter, IReadOnlyDictionary<string, string> keys, RecordContext context)
    {
        var args = new DynamicParameters();
        var from = "FROM answer x JOIN submission s ON s.id = x.submission_id LEFT JOIN form_definition f ON f.id = s.definition_id " +
                   "LEFT JOIN org_unit o ON o.code = s.office_code";
        var terms = Shared(filter, keys, args, "s.submitted_at");
        if (keys.Get("item") is { } item) { terms.Add("x.item_code = $item"); args.Add("item", item); }
        if (keys.Get("submission") is { } id) { terms.Add("x.submission_id = $submission"); args.Add("submission", id); }
        switch (keys.Get("result"))
        {
            case null: break;
            case "answered": terms.Add("NOT x.not_applicable AND x.value_num IS NOT NULL"); break;
            case "checked": terms.Add("NOT x.not_applicable AND x.value_num IN (0, 1)"); break;
            case "passed": terms.Add("NOT x.not_applicable AND x.value_num = 1"); break;
            case "failed": terms.Add("NOT x.not_applicable AND x.value_num = 0"); break;
            case var other: throw RecordKeyException.NotOneOf("result", other, ["answered", "checked", "passed", "failed"]);
        }
        if (RecordTerms.Measure(keys, context, Kind, "forms.") is { } measure)
        {
            from += " JOIN form_item_criterion fic ON fic.definition_id = s.definition_id AND fic.version = s.version AND fic.item_code = x.item_code";
            terms.Add("fic.criterion_id = $criterion AND NOT x.not_applicable AND x.value_num IS NOT NULL");
            args.Add("criterion", keys.Get("criterion"));
            // The value range each measure's n counts (IndicatorCounts.sql).
            terms.Add(measure switch
            {
                "forms.csat" => "x.value_num BETWEEN 1 AND 5",
                "forms.nps" => "x.value_num BETWEEN 0 AND 10",
                "forms.ces" => "x.value_num BETWEEN 1 AND 7",
                _ => "true",
            });
        }
        PersonalData.Prepare(context.Connection);
        return new RecordSql($"{from} WHERE {string.Join(" AND ", terms)}", args,
        [
            new("Audits.Date", "s.submitted_at", Utc: true), new("Records.Submission", "s.id"), new("Filter.Office", "s.office_code"),
            new("Records.Form", "coalesce(f.title_ru, s.definition_id)"), new("Audits.Item", "s.definition_id || chr(31) || x.item_code", FormText: "item"), new("Records.Value", "x.value_num"),
            new("Records.Text", "CASE WHEN x.value_text IS NULL THEN NULL ELSE s.definition_id || chr(31) || x.item_code || chr(31) || x.value_text END", PersonalIf: PersonalData.AnswerSql("s", "x"), FormText: "answer"), new("Records.NotApplicable", "x.not_applicable", Mark: "Records.NotApplicableMark"),
        ], "s.submitted_at DESC, s.id, x.item_code");
    }

    /// <summary>Period, organisation, channel and form kind of the submission (shared with <see cref="SubmissionRecords"/>).</summary>
    internal static List<string> Shared(QueryFilter filter, IReadOnlyDictionary<string, string> keys, DynamicParameters args, string dateColumn)
    {
        var terms = RecordTerms.Shared(filter, args, dateColumn, "s.office_code", "o");
        if (filter.Channel is { } channel) { terms.Add("s.channel = $channel"); args.Add("channel", channel); }
        switch (keys.Get("form"))
        {
            case null: break;
            case "checklist": terms.Add(Checklist); break;
            case "questionnaire": terms.Add(Questionnaire); break;
            case var other: throw RecordKeyException.NotOneOf("form", other, ["checklist", "questionnaire"]);
        }
        return terms;
    }
}

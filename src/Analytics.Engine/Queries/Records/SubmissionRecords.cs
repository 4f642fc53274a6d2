using Dapper;

namespace Analytics.Engine.Queries.Records;

/// <summary>Submitted questionnaires and checklist audits behind a number (<c>form</c> = checklist or questionnaire).</summary>
public sealed class SubmissionRecords : IRecordSource
{
    public string Kind => "submissions";
    public FilterFields Applies => FilterFields.Period | FilterFields.Branch | FilterFields.Office | FilterFields.Channel;
    public IReadOnlyList<string> Keys { get; } = ["form"];

    public RecordSql Build(QueryFilter filter, IReadOnlyDictionary<string, string> keys, RecordContext context)
    {
        var args = new DynamicParameters();
        var terms = AnswerRecords.Shared(filter, keys, args, "s.submitted_at");
        return new RecordSql(
            "FROM submission s LEFT JOIN form_definition f ON f.id = s.definition_id LEFT JOIN org_unit o ON o.code = s.office_code " +
            $"WHERE {string.Join(" AND ", terms)}", args,
        [
            new("Audits.Date", "s.submitted_at", Utc: true), new("Records.Submission", "s.id"), new("Filter.Office", "s.office_code"),
            new("Records.Form", "coalesce(f.title_ru, s.definition_id)"), new("Records.Source", "s.source", Codes: Analytics.Engine.Vocabulary.Vocab.SubmissionSource), new("Filter.Channel", "s.channel", Codes: Analytics.Engine.Vocabulary.Vocab.Channel),
            // Stored by login (stable across renames); shown as the auditor's current ФИО, by the one rule for people.
            new("Records.Auditor", Analytics.Engine.Users.PersonNames.Sql("s.auditor")),
            new("Records.Answers", "(SELECT count(*) FROM answer x WHERE x.submission_id = s.id)"),
        ], "s.submitted_at DESC, s.id");
    }
}

using System.Security.Cryptography;
using System.Text;
using Analytics.Engine.Store.Ingest.Parsing;
using static Analytics.Engine.Store.Ingest.Schemas.FieldSpec;

namespace Analytics.Engine.Store.Ingest.Schemas;

/// <summary>
/// <c>responses</c>: survey responses, one row per respondent. Known columns fill <c>submission</c>; every other
/// column is an item code and its non-empty cells become <c>answer</c> rows (numbers in value_num, text in
/// value_text, «н/п»/«N/A» as not applicable). Without a respondent id column the id is derived from the row's
/// content, so a re-import finds the same submission.
/// </summary>
public sealed class ResponseSchema : KindSchema
{
    public override ImportKind Kind => ImportKind.Responses;
    public override string Table => "submission";
    public override string[] NaturalKey => ["id"];
    public override bool ExtraColumnsAreItems => true;

    private static readonly ChildTable Answer = new("answer",
        [("submission_id", FieldType.Text), ("item_code", FieldType.Text), ("value_num", FieldType.Double),
         ("value_text", FieldType.Text), ("not_applicable", FieldType.Boolean)],
        ["submission_id", "item_code"]);

    public override IReadOnlyList<ChildTable> Children => [Answer];

    private static readonly HashSet<string> NotApplicable = ["нп", "нпр", "неприменимо", "na", "notapplicable"];

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        Opt("id", FieldType.Text, "ID респондента", "Номер анкеты", "ID анкеты", "Идентификатор", "respondent_id", "response_id", "submission_id"),
        // The file names the questionnaire by code; the store keeps the definition id (the code when not defined yet).
        Req("definition_id", FieldType.Text, "Код анкеты", "Анкета", "Код опросника", "definition_code", "definition", "questionnaire", "form_code")
            with { SqlExpression = "coalesce((SELECT f.id FROM form_definition f WHERE f.code = {0}), {0})" },
        Req("version", FieldType.Integer, "Версия", "Версия анкеты", "definition_version", "form_version"),
        Opt("office_code", FieldType.Text, "Код офиса", "Офис", "Подразделение", "office") with { IsOfficeCode = true },
        Opt("source", FieldType.Enum) with { Vocabulary = new(("import", []), ("online", []), ("checklist", []), ("demo", [])), Default = "import" },
        Opt("channel", FieldType.Text, "Канал", "Способ опроса", "Канал опроса"),
        Opt("respondent_type", FieldType.Text, "Тип респондента", "Тип потребителя", "Категория респондента"),
        Opt("auditor", FieldType.Text, "Аудитор", "Интервьюер", "Проверяющий", "interviewer"),
        Opt("started_at", FieldType.Timestamp, "Начало", "Время начала", "started"),
        Opt("finished_at", FieldType.Timestamp, "Окончание", "Время окончания", "finished"),
        Req("submitted_at", FieldType.Timestamp, "Дата", "Дата заполнения", "Дата опроса", "Дата анкетирования", "submitted", "date"),
    ];

    private readonly FieldValue[] _answer = new FieldValue[5];

    public override (string Column, string Reason)? Complete(RowContext row)
    {
        var v = row.Values;
        ref var id = ref v[IndexOf("id")];
        if (id.IsNull) id = FieldValue.Of(DerivedId(row));
        var version = v[IndexOf("version")].Integer;
        if (version < 1) return ("version", Analytics.Engine.Vocabulary.ImportReasons.Text("version_too_small"));

        for (var i = 0; i < row.ExtraHeaders.Count; i++)
        {
            var cell = row.Extra(i).Trim();
            if (cell.Length == 0) continue;
            _answer[0] = id;
            _answer[1] = FieldValue.Of(row.ExtraHeaders[i].Trim());
            _answer[2] = FieldValue.Null(FieldType.Double);
            _answer[3] = FieldValue.Null(FieldType.Text);
            _answer[4] = FieldValue.Of(false);
            if (NotApplicable.Contains(Mapping.Names.Normalize(cell))) _answer[4] = FieldValue.Of(true);
            else if (ScalarParser.TryParseDouble(cell, out var number)) _answer[2] = FieldValue.Of(number);
            else _answer[3] = FieldValue.Of(cell);
            row.EmitChild(0, _answer);
        }
        return null;
    }

    private string DerivedId(RowContext row)
    {
        var text = new StringBuilder();
        foreach (var name in new[] { "definition_id", "version", "office_code", "respondent_type", "submitted_at" })
            text.Append(row.Values[IndexOf(name)].ToString()).Append('\u001f');
        for (var i = 0; i < row.ExtraHeaders.Count; i++) text.Append(row.ExtraHeaders[i]).Append('=').Append(row.Extra(i)).Append('\u001f');
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return "imp-" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}

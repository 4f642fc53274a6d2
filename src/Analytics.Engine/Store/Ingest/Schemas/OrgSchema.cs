using static Analytics.Engine.Store.Ingest.Schemas.FieldSpec;

namespace Analytics.Engine.Store.Ingest.Schemas;

/// <summary><c>org</c>: company → branch → office rows into <c>org_unit</c>, keyed by code.</summary>
public sealed class OrgSchema : KindSchema
{
    public override ImportKind Kind => ImportKind.Org;
    public override string Table => "org_unit";
    public override string[] NaturalKey => ["code"];

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        Req("code", FieldType.Text, "Код", "Код подразделения", "Код офиса", "unit_code", "office_code"),
        Req("level", FieldType.Enum, "Уровень", "Тип", "Тип подразделения", "type") with { Vocabulary = Vocabularies.OrgLevel },
        Opt("parent_code", FieldType.Text, "Код родителя", "Родитель", "Вышестоящее подразделение", "Код филиала", "parent"),
        Req("name", FieldType.Text, "Наименование", "Название", "Подразделение", "title"),
        Opt("name_genitive", FieldType.Text, "Наименование в родительном падеже", "Наименование (род. падеж)", "Родительный падеж", "name_gen"),
        Opt("category", FieldType.Enum, "Категория", "Категория офиса", "office_category") with { Vocabulary = Vocabularies.OfficeCategory },
        Opt("region", FieldType.Text, "Регион", "Субъект РФ", "Район"),
        Opt("time_zone", FieldType.Text, "Часовой пояс", "Временная зона", "tz", "timezone"),
        Opt("address", FieldType.Text, "Адрес"),
        Opt("opened_on", FieldType.Date, "Дата открытия", "Открыт", "opened"),
        Opt("closed_on", FieldType.Date, "Дата закрытия", "Закрыт", "closed"),
    ];

    public override (string Column, string Reason)? Complete(RowContext row)
    {
        var level = row.Values[IndexOf("level")].Text;
        var parent = row.Values[IndexOf("parent_code")];
        if (level != "company" && parent.IsNull) return ("parent_code", Analytics.Engine.Vocabulary.ImportReasons.Text("parent_required", Analytics.Engine.Vocabulary.Labels.Ru(Analytics.Engine.Vocabulary.Vocab.OrgLevel, level), level));
        if (level == "office" && row.Values[IndexOf("category")].IsNull) return ("category", Analytics.Engine.Vocabulary.ImportReasons.Text("category_required"));
        return null;
    }
}

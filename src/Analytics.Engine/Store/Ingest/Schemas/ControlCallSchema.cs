using static Analytics.Engine.Store.Ingest.Schemas.FieldSpec;

namespace Analytics.Engine.Store.Ingest.Schemas;

/// <summary><c>control-calls</c>: control calls on complaints into <c>control_call</c>, keyed by register number and call time.</summary>
public sealed class ControlCallSchema : KindSchema
{
    public override ImportKind Kind => ImportKind.ControlCalls;
    public override string Table => "control_call";
    public override string[] NaturalKey => ["register_no", "called_at"];

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        Req("register_no", FieldType.Text, "Рег. номер", "Регистрационный номер", "Номер обращения", "№ обращения", "reg_no"),
        Req("called_at", FieldType.Timestamp, "Дата звонка", "Дата и время звонка", "Дата контрольного звонка", "Время звонка", "call_time"),
        Req("reached", FieldType.Boolean, "Дозвонились", "Связь установлена", "Дозвон", "Контакт", "contacted"),
        Opt("satisfied", FieldType.Boolean, "Удовлетворён", "Удовлетворен", "Удовлетворённость", "Удовлетворенность", "Доволен", "satisfaction"),
        Opt("comment", FieldType.Text, "Комментарий", "Примечание", "note"),
        Opt("caller", FieldType.Text, "Звонивший", "Сотрудник", "Исполнитель", "agent"),
    ];

    public override (string Column, string Reason)? Complete(RowContext row)
    {
        var reached = row.Values[IndexOf("reached")];
        var satisfied = row.Values[IndexOf("satisfied")];
        return !reached.Boolean && !satisfied.IsNull ? ("satisfied", Analytics.Engine.Vocabulary.ImportReasons.Text("satisfied_not_reached")) : null;
    }
}

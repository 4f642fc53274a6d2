using static Analytics.Engine.Store.Ingest.Schemas.FieldSpec;

namespace Analytics.Engine.Store.Ingest.Schemas;

/// <summary><c>queue</c>: the electronic-queue log into <c>queue_visit</c>, keyed by office, issue time and ticket.</summary>
public sealed class QueueSchema : KindSchema
{
    public override ImportKind Kind => ImportKind.Queue;
    public override string Table => "queue_visit";
    public override string[] NaturalKey => ["office_code", "issued_at", "ticket"];

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        Req("office_code", FieldType.Text, "Код офиса", "Офис", "Подразделение", "office") with { IsOfficeCode = true },
        Req("ticket", FieldType.Text, "Талон", "Номер талона", "№ талона", "ticket_no"),
        Req("issued_at", FieldType.Timestamp, "Время выдачи", "Выдан", "Время выдачи талона", "Дата и время выдачи", "issued"),
        Opt("service", FieldType.Text, "Услуга", "Вид услуги", "Тематика", "Очередь"),
        Opt("called_at", FieldType.Timestamp, "Время вызова", "Вызван", "Начало обслуживания", "called", "service_start"),
        Opt("finished_at", FieldType.Timestamp, "Время окончания", "Окончание обслуживания", "Завершено", "finished", "service_end"),
        Opt("window_no", FieldType.Text, "Окно", "Номер окна", "№ окна", "window", "desk"),
        Opt("operator", FieldType.Text, "Оператор", "Специалист", "Сотрудник", "agent"),
    ];

    public override (string Column, string Reason)? Complete(RowContext row)
    {
        var issued = row.Values[IndexOf("issued_at")];
        var called = row.Values[IndexOf("called_at")];
        var finished = row.Values[IndexOf("finished_at")];
        if (!called.IsNull && called.Time < issued.Time) return ("called_at", Analytics.Engine.Vocabulary.ImportReasons.Text("called_before_issued"));
        if (!finished.IsNull && !called.IsNull && finished.Time < called.Time) return ("finished_at", Analytics.Engine.Vocabulary.ImportReasons.Text("finished_before_called"));
        return null;
    }
}

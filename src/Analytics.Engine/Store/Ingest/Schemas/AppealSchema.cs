using Analytics.Engine.Store.Ingest.Parsing;
using static Analytics.Engine.Store.Ingest.Schemas.FieldSpec;

namespace Analytics.Engine.Store.Ingest.Schemas;

/// <summary>
/// <c>appeals</c>: the appeals register into <c>appeal</c>, keyed by register number; optional measure columns
/// (measure number, description, completion) become one <c>appeal_measure</c> row for a newly stored appeal.
/// </summary>
public sealed class AppealSchema : KindSchema
{
    public override ImportKind Kind => ImportKind.Appeals;
    public override string Table => "appeal";
    public override string[] NaturalKey => ["register_no"];

    private static readonly ChildTable Measure = new("appeal_measure",
        [("register_no", FieldType.Text), ("measure_no", FieldType.Integer), ("description", FieldType.Text), ("completed_at", FieldType.Timestamp)],
        ["register_no", "measure_no"]);

    public override IReadOnlyList<ChildTable> Children => [Measure];

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        Req("register_no", FieldType.Text, "Рег. номер", "Регистрационный номер", "Рег номер", "Номер обращения", "№ обращения", "Номер", "№", "reg_no", "registration_number"),
        Req("office_code", FieldType.Text, "Код офиса", "Офис", "Подразделение", "Код подразделения", "office") with { IsOfficeCode = true },
        Req("consumer_type", FieldType.Enum, "Тип потребителя", "Категория потребителя", "Тип заявителя", "Потребитель", "customer_type") with { Vocabulary = Vocabularies.ConsumerType },
        Opt("consumer_key", FieldType.Text, "Лицевой счёт", "Лицевой счет", "ЛС", "Номер ЛС", "ИНН", "account", "consumer_id"),
        Opt("consumer_name", FieldType.Text, "ФИО", "Заявитель", "ФИО заявителя", "Наименование потребителя", "name"),
        Opt("consumer_phone", FieldType.Text, "Телефон", "Телефон заявителя", "Контактный телефон", "phone"),
        Opt("consumer_email", FieldType.Text, "Email", "E-mail", "Электронная почта", "Эл. почта", "email"),
        Opt("consumer_address", FieldType.Text, "Адрес", "Адрес заявителя", "Почтовый адрес", "address"),
        Req("channel", FieldType.Enum, "Канал", "Канал поступления", "Способ обращения", "Форма обращения", "Источник") with { Vocabulary = Vocabularies.Channel },
        Req("kind", FieldType.Enum, "Вид обращения", "Вид", "Тип обращения", "Характер обращения", "type", "appeal_kind") with { Vocabulary = Vocabularies.AppealKind },
        Opt("topic", FieldType.Text, "Тема", "Тематика", "Тема обращения", "Суть обращения", "subject"),
        Opt("poor_quality", FieldType.Boolean, "Ненадлежащее качество", "Некачественное обслуживание", "Признак ненадлежащего качества", "poor_service"),
        Opt("text", FieldType.Text, "Текст", "Текст обращения", "Содержание", "Содержание обращения", "body", "description"),
        Req("received_at", FieldType.Timestamp, "Дата поступления", "Дата и время поступления", "Поступило", "Дата обращения", "received", "date"),
        Opt("registered_at", FieldType.Timestamp, "Дата регистрации", "Зарегистрировано", "registered"),
        Opt("due_at", FieldType.Timestamp, "Срок", "Срок исполнения", "Срок ответа", "Контрольный срок", "due", "deadline"),
        Opt("extended_to", FieldType.Timestamp, "Продлено до", "Срок продлён до", "Срок продлен до", "extended"),
        Opt("answered_at", FieldType.Timestamp, "Дата ответа", "Ответ дан", "Дата исполнения", "answered", "closed_at"),
        Opt("executor", FieldType.Text, "Исполнитель", "Ответственный", "assignee"),
        Opt("status", FieldType.Enum, "Статус", "Состояние") with { Vocabulary = Vocabularies.AppealStatus, Default = "open" },
        Opt("outcome", FieldType.Enum, "Результат", "Результат рассмотрения", "Итог", "result") with { Vocabulary = Vocabularies.AppealOutcome },
        // 002 §8.1.3: an answerphone appeal's deadline depends on what the client left for the reply.
        Opt("contact_left", FieldType.Enum, "Оставлен контакт", "Контакт для ответа", "Для ответа оставлен", "Оставлены данные", "contact_left") with { Vocabulary = Vocabularies.ContactLeft },
        // 001 §2.4.5, 002 §9.8: the reply goes by the channel the client chose.
        Opt("reply_channel", FieldType.Enum, "Способ ответа", "Желаемый способ ответа", "Способ получения ответа", "Канал ответа (выбран)", "reply_channel", "preferred_reply") with { Vocabulary = Vocabularies.Channel },
        Opt("replied_via", FieldType.Enum, "Ответ направлен", "Способ направления ответа", "Канал ответа", "Ответ через", "replied_via", "reply_sent_via") with { Vocabulary = Vocabularies.Channel },
        Opt("follow_up_of", FieldType.Text, "Повторное к", "Первичное обращение", "Связано с", "parent_register_no", "repeat_of"),
        // Not columns of appeal: one measure per row, stored in appeal_measure.
        Opt("measure_no", FieldType.Integer, "Номер мероприятия", "№ мероприятия", "№ меры") with { NotStored = true },
        Opt("measure", FieldType.Text, "Мероприятие", "Принятые меры", "Меры", "Мероприятия", "measure_description") with { NotStored = true },
        Opt("measure_completed_at", FieldType.Timestamp, "Дата выполнения мероприятия", "Меры выполнены", "Срок выполнения мер", "measure_done_at") with { NotStored = true },
    ];

    private readonly FieldValue[] _measure = new FieldValue[4];

    public override (string Column, string Reason)? Complete(RowContext row)
    {
        var v = row.Values;
        var received = v[IndexOf("received_at")];
        var registered = v[IndexOf("registered_at")];
        // A register without a registration time keeps it empty: the engine reports «нет времени регистрации»
        // (001 §2.2.4 gives 3 days for it), so receipt is never taken for registration.
        if (!registered.IsNull && registered.Time < received.Time.Date) return ("registered_at", Analytics.Engine.Vocabulary.ImportReasons.Text("registered_before_received"));
        var answered = v[IndexOf("answered_at")];
        if (!answered.IsNull && answered.Time < received.Time.Date) return ("answered_at", Analytics.Engine.Vocabulary.ImportReasons.Text("answered_before_received"));

        var description = v[IndexOf("measure")];
        var completed = v[IndexOf("measure_completed_at")];
        if (description.IsNull && completed.IsNull) return null;
        var number = v[IndexOf("measure_no")];
        _measure[0] = v[IndexOf("register_no")];
        _measure[1] = number.IsNull ? FieldValue.Of(1L) : number;
        _measure[2] = description;
        _measure[3] = completed;
        row.EmitChild(0, _measure);
        return null;
    }
}

using static Analytics.Engine.Store.Ingest.Schemas.FieldSpec;

namespace Analytics.Engine.Store.Ingest.Schemas;

/// <summary><c>calls</c> as interval statistics (an ACD report) into <c>call_interval</c>.</summary>
public sealed class CallIntervalSchema : KindSchema
{
    public override ImportKind Kind => ImportKind.Calls;
    public override string Table => "call_interval";
    public override string[] NaturalKey => ["center_code", "interval_start", "routed_unit"];

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        Req("center_code", FieldType.Text, "Код КЦ", "Контакт-центр", "Колл-центр", "Код центра", "center", "call_center"),
        Req("interval_start", FieldType.Timestamp, "Начало интервала", "Интервал", "Период", "Дата и время", "interval"),
        Req("interval_minutes", FieldType.Integer, "Длительность интервала", "Минут", "Интервал, мин", "Длина интервала", "minutes"),
        Opt("routed_unit", FieldType.Text, "Группа", "Очередь", "Направление", "Подразделение", "skill", "queue") with { Default = "" },
        Req("offered", FieldType.Integer, "Поступило", "Поступило звонков", "Всего звонков", "Входящие", "calls_offered"),
        Req("answered", FieldType.Integer, "Принято", "Отвечено", "Обслужено", "Принято звонков", "calls_answered"),
        Req("abandoned", FieldType.Integer, "Потеряно", "Пропущено", "Брошено", "Потерянные", "calls_abandoned"),
        Opt("answered_in_norm", FieldType.Integer, "Принято в норматив", "Отвечено в норматив", "Отвечено за норматив", "in_norm", "answered_in_sl"),
        Opt("norm_seconds", FieldType.Integer, "Норматив, сек", "Норматив ожидания", "Норматив", "sl_seconds", "norm"),
        Opt("wait_seconds_total", FieldType.Double, "Суммарное ожидание, сек", "Время ожидания", "Ожидание всего", "wait_total"),
        Opt("handle_seconds_total", FieldType.Double, "Суммарная длительность, сек", "Время обслуживания", "Длительность разговоров", "talk_total", "handle_total"),
        Opt("closed_by_ivr", FieldType.Integer, "Завершено в IVR", "Обслужено IVR", "Автоинформатор", "ivr"),
        Opt("closed_by_operator", FieldType.Integer, "Завершено оператором", "Обслужено оператором", "operator"),
    ];

    public override (string Column, string Reason)? Complete(RowContext row)
    {
        var v = row.Values;
        if (v[IndexOf("interval_minutes")].Integer <= 0) return ("interval_minutes", "interval length must be positive");
        foreach (var name in new[] { "offered", "answered", "abandoned" })
            if (v[IndexOf(name)].Integer < 0) return (name, "a count cannot be negative");
        var offered = v[IndexOf("offered")].Integer;
        if (v[IndexOf("answered")].Integer + v[IndexOf("abandoned")].Integer > offered)
            return ("answered", "answered + abandoned exceeds offered");
        var inNorm = v[IndexOf("answered_in_norm")];
        return !inNorm.IsNull && inNorm.Integer > v[IndexOf("answered")].Integer ? ("answered_in_norm", "more answered in norm than answered") : null;
    }
}

/// <summary><c>calls</c> as one row per call (the file has a call id column) into <c>call_record</c>.</summary>
public sealed class CallRecordSchema : KindSchema
{
    public override ImportKind Kind => ImportKind.Calls;
    public override string Table => "call_record";
    public override string[] NaturalKey => ["call_id"];

    /// <summary>Header aliases that mark a per-call file.</summary>
    public static readonly string[] CallIdAliases = ["ID звонка", "Идентификатор звонка", "Номер звонка", "call_id", "uniqueid", "call id"];

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        Req("call_id", FieldType.Text, CallIdAliases),
        Req("center_code", FieldType.Text, "Код КЦ", "Контакт-центр", "Колл-центр", "Код центра", "center", "call_center"),
        Req("started_at", FieldType.Timestamp, "Начало звонка", "Дата и время звонка", "Время звонка", "Дата звонка", "start", "call_start"),
        Opt("wait_seconds", FieldType.Double, "Ожидание, сек", "Время ожидания", "Ожидание", "wait"),
        Opt("handle_seconds", FieldType.Double, "Длительность, сек", "Длительность разговора", "Длительность", "talk_seconds", "duration"),
        Req("answered", FieldType.Boolean, "Принят", "Отвечен", "Обслужен", "is_answered"),
        Opt("closed_by", FieldType.Enum, "Завершён", "Завершен", "Чем завершён", "Результат", "result") with { Vocabulary = Vocabularies.CallClosedBy },
        Opt("routed_unit", FieldType.Text, "Группа", "Очередь", "Направление", "skill", "queue"),
        Opt("operator", FieldType.Text, "Оператор", "Агент", "agent"),
        Opt("caller_phone", FieldType.Text, "Номер абонента", "Телефон", "Номер звонящего", "caller", "ani"),
    ];

    public override (string Column, string Reason)? Complete(RowContext row)
    {
        var v = row.Values;
        foreach (var name in new[] { "wait_seconds", "handle_seconds" })
            if (!v[IndexOf(name)].IsNull && v[IndexOf(name)].Double < 0) return (name, "a duration cannot be negative");
        var closedBy = v[IndexOf("closed_by")].Text;
        return v[IndexOf("answered")].Boolean && closedBy == "abandoned" ? ("closed_by", "an answered call cannot be abandoned") : null;
    }
}

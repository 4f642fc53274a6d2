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
        Opt("wait_distribution", FieldType.Text, "Распределение ожидания", "Принято в пределах, сек", "Распределение времени ответа", "wait_distribution", "sl_distribution"),
    ];

    public override (string Column, string Reason)? Complete(RowContext row)
    {
        var v = row.Values;
        if (v[IndexOf("interval_minutes")].Integer <= 0) return ("interval_minutes", Analytics.Engine.Vocabulary.ImportReasons.Text("interval_not_positive"));
        foreach (var name in new[] { "offered", "answered", "abandoned" })
            if (v[IndexOf(name)].Integer < 0) return (name, Analytics.Engine.Vocabulary.ImportReasons.Text("negative_count"));
        var offered = v[IndexOf("offered")].Integer;
        if (v[IndexOf("answered")].Integer + v[IndexOf("abandoned")].Integer > offered)
            return ("answered", Analytics.Engine.Vocabulary.ImportReasons.Text("over_offered"));
        var inNorm = v[IndexOf("answered_in_norm")];
        if (WaitDistributionError(v[IndexOf("wait_distribution")].Text, v[IndexOf("answered")].Integer) is { } bad) return ("wait_distribution", bad);
        return !inNorm.IsNull && inNorm.Integer > v[IndexOf("answered")].Integer ? ("answered_in_norm", Analytics.Engine.Vocabulary.ImportReasons.Text("in_norm_over_answered")) : null;
    }

    /// <summary>The cumulative wait distribution "seconds:answered …" (e.g. "20:150 40:180" or "20:150;40:180"): null when well-formed.</summary>
    internal static string? WaitDistributionError(string? text, long answered)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        double lastSeconds = -1, lastCount = -1;
        // Pairs are separated by ';', '|' or spaces: ';' alone would clash with the usual Russian CSV delimiter.
        foreach (var pair in text.Split([';', '|', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split(':');
            if (parts.Length != 2 || !double.TryParse(parts[0].Trim(), System.Globalization.CultureInfo.InvariantCulture, out var s)
                || !double.TryParse(parts[1].Trim(), System.Globalization.CultureInfo.InvariantCulture, out var n))
                return $"'{pair}' is not 'seconds:answered' (expected e.g. 20:150;40:180)";
            if (s <= lastSeconds || n < lastCount) return Analytics.Engine.Vocabulary.ImportReasons.Text("thresholds_order");
            if (n > answered) return Analytics.Engine.Vocabulary.ImportReasons.Text("threshold_over_answered");
            (lastSeconds, lastCount) = (s, n);
        }
        return null;
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
        Opt("search_seconds", FieldType.Double, "Поиск информации о клиенте, сек", "Поиск данных клиента", "Время поиска", "search_seconds", "lookup_seconds"),
        Opt("after_call_seconds", FieldType.Double, "Постобработка, сек", "Постобработка", "Поствызывная обработка", "after_call_seconds", "acw", "wrap_up"),
    ];

    public override (string Column, string Reason)? Complete(RowContext row)
    {
        var v = row.Values;
        foreach (var name in new[] { "wait_seconds", "handle_seconds", "search_seconds", "after_call_seconds" })
            if (!v[IndexOf(name)].IsNull && v[IndexOf(name)].Double < 0) return (name, Analytics.Engine.Vocabulary.ImportReasons.Text("negative_duration"));
        var closedBy = v[IndexOf("closed_by")].Text;
        return v[IndexOf("answered")].Boolean && closedBy == "abandoned" ? ("closed_by", Analytics.Engine.Vocabulary.ImportReasons.Text("answered_abandoned")) : null;
    }
}

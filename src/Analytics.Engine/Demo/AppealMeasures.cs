using DuckDB.NET.Data;

namespace Analytics.Engine.Demo;

/// <summary>
/// Measures taken after reviewing a complaint (form 2.3): most poor-quality complaints get one to three, other
/// complaints sometimes one. Some are completed after the answer (works take time); none after Today.
/// </summary>
internal static class AppealMeasures
{
    private static readonly Dictionary<string, string[]> ByTopic = new()
    {
        ["outages_quality"] =
        [
            "Проведены замеры качества электроэнергии у потребителя", "Заменён участок ВЛ-0,4 кВ", "Выполнена регулировка ПБВ трансформатора",
            "Проведена внеплановая проверка ТП", "Устранено провисание проводов, выправлена опора", "Заменён вводной кабель",
        ],
        ["billing_payments"] =
        [
            "Выполнен перерасчёт платы", "Платёж разнесён на лицевой счёт, пени сторнированы", "Направлена исправленная квитанция",
            "Отозвано уведомление об ограничении", "Внесены изменения в данные лицевого счёта",
        ],
        ["metering_readings"] =
        [
            "Проведена контрольная проверка показаний", "Прибор учёта заменён и опломбирован", "Показания скорректированы",
            "Акт о безучётном потреблении отменён", "Прибор учёта введён в эксплуатацию",
        ],
        ["tech_connection"] =
        [
            "Исполнены мероприятия по договору ТП", "Технические условия переоформлены", "Установлен прибор учёта по договору ТП",
        ],
        ["contracts"] = ["Договор переоформлен", "Подписано дополнительное соглашение", "Исправлены точки поставки в договоре"],
        ["staff_service"] =
        [
            "Проведена беседа с сотрудником, применено дисциплинарное взыскание", "Проведено внеплановое обучение персонала",
            "Изменён график работы окон в часы пик", "Отремонтирована электронная очередь",
        ],
        ["information"] = ["Обновлена информация на сайте", "Обновлены информационные стенды в офисе", "Абонент включён в SMS-рассылку"],
        ["other"] = ["Проведена проверка по обращению", "Информация передана в правоохранительные органы"],
    };

    /// <summary>Writes the measures of one answered complaint; returns the number written and the last completion.</summary>
    public static (int Count, DateTime? LastCompleted) Write(DuckDBAppender appender, DemoRandom rng, string registerNo,
        string topic, bool poorQuality, DateTime registered, DateTime answered, DateTime horizon)
    {
        var count = poorQuality
            ? rng.Chance(0.85) ? 1 + rng.Weighted([0.6, 0.3, 0.1]) : 0
            : rng.Chance(0.25) ? 1 : 0;
        DateTime? last = null;
        var options = ByTopic[topic];
        var first = rng.Next(options.Length);
        for (var i = 0; i < count; i++)
        {
            DateTime? completed = rng.Chance(0.3)
                ? answered.AddDays(rng.Between(1, 20)).AddHours(rng.Between(-3, 3))
                : registered.AddTicks((long)((answered - registered).Ticks * rng.NextDouble()));
            if (completed > horizon) completed = null;
            if (completed is { } c && (last is null || c > last)) last = c;
            appender.CreateRow()
                .AppendValue(registerNo).AppendValue(i + 1).AppendValue(options[(first + i) % options.Length])
                .AppendValue(completed).AppendNullValue()
                .EndRow();
        }
        return (count, last);
    }
}

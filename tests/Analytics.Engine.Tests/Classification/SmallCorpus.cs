using Analytics.Engine.Classification;

namespace Analytics.Engine.Tests.Classification;

/// <summary>A tiny three-class Russian corpus: trains in a second or two, yet separable enough to check metrics.</summary>
internal static class SmallCorpus
{
    private static readonly string[] Outage =
    [
        "Нет света на улице с утра", "Отключили электроэнергию без предупреждения", "Свет мигает и пропадает каждый вечер",
        "Низкое напряжение, лампочки еле горят", "Второй день нет электричества в доме", "Скачок напряжения сжег телевизор",
        "Когда дадут свет? Отключение уже пятый час", "Пропала одна фаза, насос не работает", "Оборвался провод, света нет",
        "Постоянные отключения электроэнергии в деревне", "Напряжение скачет, техника ломается", "Авария на линии, нет света",
        "Опять отключили свет на всей улице", "Электричества нет третьи сутки", "Свет выключается при каждой грозе",
        "Нет напряжения в розетках после ветра", "Электроснабжение не восстановлено", "Плохое качество электроэнергии, мигает свет",
    ];

    private static readonly string[] Billing =
    [
        "Неправильно начислили сумму в квитанции", "Оплата не поступила на лицевой счет", "Прошу сделать перерасчет платы",
        "Слишком большой счет за электроэнергию", "Начислили пени, хотя я оплатил", "Деньги списали дважды, верните платеж",
        "Долг в квитанции, которого нет", "Почему выросла сумма к оплате?", "Ошибка в начислениях за месяц",
        "Квитанция пришла с неверной суммой", "Прошу вернуть переплату на карту", "Платеж ушел на чужой лицевой счет",
        "Не учли мою оплату, требуют долг", "Прошу акт сверки расчетов", "Тариф в квитанции указан неверно",
        "Пересчитайте начисления по показаниям", "Задолженность начислена ошибочно", "Двойное начисление в квитанции",
    ];

    private static readonly string[] Staff =
    [
        "Оператор грубо разговаривал и бросил трубку", "В офисе огромная очередь, работает одно окно", "Невозможно дозвониться на горячую линию",
        "Сотрудник нахамил мне в офисе", "На обращение не ответили больше месяца", "Консультант не смог ничего объяснить",
        "Офис закрыт в рабочее время", "Специалист обещал перезвонить и не перезвонил", "Контролер вел себя грубо",
        "Долго ждала в очереди, никто не помог", "Хочу поблагодарить вежливого сотрудника офиса", "Горячая линия не отвечает час",
        "Ответ на жалобу формальный, отписка", "Персонал офиса невежлив с пенсионерами", "Меня отправили в другой офис без причины",
        "Сотрудница была очень внимательна, спасибо", "Оператор не представился и был резок", "Ждал ответа от специалиста неделю",
    ];

    public static IReadOnlyList<LabelledText> Data { get; } =
    [
        .. Outage.Select(t => new LabelledText(t, "outages_quality")),
        .. Billing.Select(t => new LabelledText(t, "billing_payments")),
        .. Staff.Select(t => new LabelledText(t, "staff_service")),
    ];

    /// <summary>A fixed, fast request: SDCA on word 1-2 + char 1-3 grams, seed 42.</summary>
    public static TrainingRequest FastRequest(IReadOnlyList<LabelledText>? data = null) =>
        new(data ?? Data) { Trainer = TrainerKind.Sdca, Features = new FeatureSettings(2, 3), Seed = 42 };

    /// <summary>Writes the corpus as a CSV with columns text,label (or topic for the seed layout).</summary>
    public static void WriteCsv(string path, string labelColumn = "label")
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        writer.WriteLine($"text,{labelColumn}");
        foreach (var row in Data) writer.WriteLine($"\"{row.Text.Replace("\"", "\"\"")}\",{row.Label}");
    }
}

namespace Dashboard.Localization;

public sealed partial class Ui
{
    // The dashboards' strings live in their own files; a static constructor runs after every field initializer,
    // so all parts exist by the time they are merged into the one table.
    static Ui()
    {
        foreach (var part in new[] { ActionStrings, DashboardStrings })
            foreach (var (key, value) in part) Table.Add(key, value);
    }

    private static readonly Dictionary<string, (string Ru, string En)> DashboardStrings = new(StringComparer.Ordinal)
    {
        ["Nav.Jobs"] = ("Фоновые задачи", "Scheduled jobs"),
        ["Indicators.Level"] = ("Уровень", "Level"),
        ["Level.Company"] = ("Компания", "Company"),
        ["Level.Branch"] = ("Филиалы", "Branches"),
        ["Level.Office"] = ("Офисы", "Offices"),
        ["Indicators.Empty"] = ("За этот год показателей нет. Выберите другой год или загрузите данные (обращения, очередь, звонки, анкеты).",
            "No indicators for this year. Pick another year or import data (appeals, queue, calls, surveys)."),
        ["Indicators.Summary"] = ("Показатели", "Indicators"),
        ["Indicators.Criteria"] = ("Критерии (n и 95 % интервалы)", "Criteria (n and 95 % intervals)"),
        ["Indicators.Unit"] = ("Подразделение", "Unit"),
        ["Indicators.Indicator"] = ("Показатель", "Indicator"),
        ["Indicators.Criterion"] = ("Критерий", "Criterion"),
        ["Indicators.Value"] = ("Значение", "Value"),
        ["Indicators.Lower"] = ("Нижняя граница", "Lower"),
        ["Indicators.Upper"] = ("Верхняя граница", "Upper"),
        ["Indicators.Plan"] = ("План", "Plan"),
        ["Indicators.Outcome"] = ("Итог", "Outcome"),
        ["Indicators.Score"] = ("Балл", "Score"),
        ["Indicators.Norm"] = ("Норматив", "Norm"),
        ["Indicators.Insufficient"] = ("мало данных", "insufficient data"),
        ["Nav.Notifications"] = ("Напоминания", "Reminders"),
        ["Notifications.Empty"] = ("Напоминаний нет. Они появляются каждое утро для обращений и мер, срок которых истекает или прошёл.",
            "No reminders. They appear every morning for appeals and actions that are nearly due or overdue."),
        ["Notifications.Message"] = ("Напоминание", "Reminder"),
        ["Notifications.MarkRead"] = ("Прочитано", "Mark read"),
        ["Nav.Reports"] = ("Отчёты", "Reports"),
        ["Reports.Title"] = ("Отчёты PDF", "PDF reports"),
        ["Reports.Year"] = ("Год", "Year"),
        ["Reports.Quarter"] = ("Квартал", "Quarter"),
        ["Reports.Declaration"] = ("Декларация соответствия", "Declaration of Conformity"),
        ["Reports.Annual"] = ("Годовой отчёт", "Annual report"),
        ["Reports.Quarterly"] = ("Квартальный отчёт", "Quarterly report"),
        ["Reports.Company"] = ("Вся компания", "Whole company"),
        ["Reports.Logged"] = ("Каждая выгрузка записывается в журнал доступа.", "Every download is recorded in the access log."),
        ["Export.Csv"] = ("CSV", "CSV"),
        ["Export.Xlsx"] = ("XLSX", "XLSX"),
        ["Appeals.Title"] = ("Обращения потребителей", "Customer appeals"),
        ["Appeals.Empty"] = ("За выбранный период обращений нет. Расширьте период или загрузите реестр обращений на странице «Загрузка данных».",
            "No appeals in the chosen period. Widen the period or import an appeals register on the Imports page."),
        ["Appeals.Total"] = ("Всего обращений", "Appeals"),
        ["Appeals.OnTime"] = ("Отвечено в срок", "Answered on time"),
        ["Appeals.Overdue"] = ("Просрочено (без ответа)", "Overdue (unanswered)"),
        ["Appeals.DueSoon"] = ("Срок истекает в ближайшие дни", "Due in the next few days"),
        ["Appeals.Repeat"] = ("Повторные обращения", "Repeat appeals"),
        ["Appeals.ByChannel"] = ("По каналам", "By channel"),
        ["Appeals.ByKind"] = ("По видам", "By kind"),
        ["Appeals.ByTopic"] = ("По тематикам", "By topic"),
        ["Appeals.ByMonth"] = ("По месяцам", "By month"),
        ["Appeals.RegisterNo"] = ("Рег. номер", "Register no."),
        ["Appeals.Received"] = ("Поступило", "Received"),
        ["Appeals.Due"] = ("Срок", "Due"),
        ["Appeals.Consumer"] = ("Потребитель", "Consumer"),
        ["Appeals.Phone"] = ("Телефон", "Phone"),
        ["Appeals.Count"] = ("Количество", "Count"),
        ["Appeals.Share"] = ("Доля", "Share"),
        ["Appeals.None"] = ("Нет", "None"),
        ["Kind.complaint"] = ("Жалоба", "Complaint"),
        ["Kind.suggestion"] = ("Предложение", "Suggestion"),
        ["Kind.review"] = ("Отзыв", "Review"),
        ["Kind.information_request"] = ("Запрос информации", "Information request"),
        ["Kind.service_request"] = ("Заявка на услугу", "Service request"),
        ["Consumer.individual"] = ("Физическое лицо", "Individual"),
        ["Consumer.legal"] = ("Юридическое лицо", "Legal entity"),
    };
}

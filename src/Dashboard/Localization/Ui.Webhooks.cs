namespace Dashboard.Localization;

public sealed partial class Ui
{
    // Merged into Table by the static constructor in Ui.Dashboards.cs. Event and state codes are named by the
    // Engine's catalogue (Vocab.WebhookEvent, Vocab.WebhookState), not here.
    private static readonly Dictionary<string, (string Ru, string En)> WebhookStrings = new(StringComparer.Ordinal)
    {
        ["Hooks.Title"] = ("Вебхуки", "Webhooks"),
        ["Hooks.Intro"] = ("Внешние системы получают события (анкета сохранена, мера открыта или закрыта, загрузка завершена, отчёт сформирован) POST-запросом с JSON, подписанным HMAC-SHA256. Неудачная доставка повторяется через 1, 2, 4 … минуты; подписчик, не отвечающий подряд много раз, приостанавливается, а администраторы получают уведомление.",
            "External systems receive events (submission stored, case opened or closed, import finished, report generated) as a JSON POST signed with HMAC-SHA256. A failed delivery is retried after 1, 2, 4 … minutes; a subscriber failing many times in a row is paused and admins are notified."),
        ["Hooks.Subscribers"] = ("Подписчики", "Subscribers"),
        ["Hooks.None"] = ("Подписчиков пока нет.", "No subscribers yet."),
        ["Hooks.Name"] = ("Название", "Name"),
        ["Hooks.Url"] = ("Адрес (URL)", "URL"),
        ["Hooks.Secret"] = ("Секрет для подписи", "Signing secret"),
        ["Hooks.SecretHint"] = ("Не короче 16 символов; хранится зашифрованным и больше не показывается.", "At least 16 characters; stored encrypted and never shown again."),
        ["Hooks.SecretKeep"] = ("Оставьте пустым, чтобы не менять секрет.", "Leave empty to keep the secret."),
        ["Hooks.Events"] = ("События", "Events"),
        ["Hooks.State"] = ("Состояние", "State"),
        ["Hooks.Failures"] = ("Неудач подряд", "Failures in a row"),
        ["Hooks.Add"] = ("Добавить подписчика", "Add subscriber"),
        ["Hooks.Edit"] = ("Изменить", "Edit"),
        ["Hooks.Save"] = ("Сохранить", "Save"),
        ["Hooks.Pause"] = ("Приостановить", "Pause"),
        ["Hooks.Resume"] = ("Возобновить", "Resume"),
        ["Hooks.Ping"] = ("Проверить", "Send test ping"),
        ["Hooks.PingOk"] = ("Проверочный запрос доставлен: HTTP {0}, {1} мс.", "Test ping delivered: HTTP {0}, {1} ms."),
        ["Hooks.PingFailed"] = ("Проверочный запрос не доставлен: {0}", "Test ping failed: {0}"),
        ["Hooks.Saved"] = ("Сохранено.", "Saved."),
        ["Hooks.Log"] = ("Журнал доставки", "Delivery log"),
        ["Hooks.ShowLog"] = ("Журнал", "Log"),
        ["Hooks.LogEmpty"] = ("Попыток доставки ещё не было.", "No delivery attempts yet."),
        ["Hooks.LogAll"] = ("Все подписчики", "All subscribers"),
        ["Hooks.At"] = ("Время (МСК)", "Time (Moscow)"),
        ["Hooks.Event"] = ("Событие", "Event"),
        ["Hooks.Attempt"] = ("Попытка", "Attempt"),
        ["Hooks.Result"] = ("Результат", "Result"),
        ["Hooks.Duration"] = ("Длительность, мс", "Duration, ms"),
        ["Hooks.Delivery"] = ("Доставка", "Delivery"),
        ["Hooks.Page"] = ("Стр. {0} из {1} · всего попыток: {2}", "Page {0} of {1} · {2} attempts"),
        ["Hooks.Prev"] = ("Назад", "Previous"),
        ["Hooks.Next"] = ("Дальше", "Next"),
        // Publishing the quarterly client report as public pages (#18 item 5).
        ["Publish.Title"] = ("Публикация результатов на сайте", "Publishing results"),
        ["Publish.Intro"] = ("Квартальный отчёт для клиентов становится открытой страницей компании и каждого филиала. Показатели по малому числу обращений скрываются («недостаточно ответов»). Неопубликованный квартал не виден.",
            "The quarterly client report becomes a public page of the company and every branch. Figures from too few appeals are hidden («not enough responses»). An unpublished quarter is not visible."),
        ["Publish.Button"] = ("Опубликовать {0} квартал {1} года", "Publish Q{0} {1}"),
        ["Publish.Done"] = ("{0} квартал {1} года опубликован.", "Q{0} {1} published."),
        ["Publish.Already"] = ("{0} квартал {1} года уже опубликован.", "Q{0} {1} is already published."),
        ["Publish.Withdrawn"] = ("{0} квартал {1} года снят с публикации.", "Q{0} {1} withdrawn."),
        ["Publish.BadPeriod"] = ("Год — от 2000 до 2100, квартал — от 1 до 4.", "Year 2000–2100, quarter 1–4."),
        ["Publish.Quarter"] = ("Квартал", "Quarter"),
        ["Publish.QuarterOf"] = ("{0} кв. {1}", "Q{0} {1}"),
        ["Publish.When"] = ("Опубликован", "Published"),
        ["Publish.Pages"] = ("Страницы", "Pages"),
        ["Publish.Withdraw"] = ("Снять с публикации", "Withdraw"),
    };
}

namespace Dashboard.Localization;

public sealed partial class Ui
{
    // Merged into Table by the static constructor in Ui.Dashboards.cs: the 404 page, period checks, paging,
    // partial periods and the corrective-action owner/due editor.
    private static readonly Dictionary<string, (string Ru, string En)> RestStrings = new(StringComparer.Ordinal)
    {
        ["NotFound.Title"] = ("Страница не найдена", "Page not found"),
        ["NotFound.Text"] = ("Такой страницы нет: возможно, ссылка устарела или в адресе опечатка.",
            "There is no such page: the link may be out of date or the address mistyped."),
        ["NotFound.Home"] = ("На главную", "Go to the home page"),
        // Upload hints: only for the roles that may open /imports (D20).
        ["Upload.Appeals"] = ("Или загрузите реестр обращений на странице «Загрузка данных».", "Or import an appeals register on the Imports page."),
        ["Upload.Indicators"] = ("Или загрузите данные (обращения, очередь, звонки, анкеты) на странице «Загрузка данных».",
            "Or import data (appeals, queue, calls, surveys) on the Imports page."),
        ["Users.PasswordOnce"] = ("Пароль пользователя {0} показан один раз: скопируйте и передайте его пользователю.",
            "The password of {0} is shown once: copy it and hand it over."),
        ["Users.PasswordIssued"] = ("Пароль пользователя {0} сброшен.", "The password of {0} was reset."),
        ["Users.Copy"] = ("Копировать", "Copy"),
        ["Users.Copied"] = ("Скопировано", "Copied"),
        ["Users.Show"] = ("Показать пароль", "Show the password"),
        ["Actions.SaveOwnerDue"] = ("Сохранить ответственного и срок", "Save owner and due date"),
        ["Actions.CreateFor"] = ("Новая мера по жалобе {0}: укажите ответственного и срок.", "New action for complaint {0}: choose the owner and due date."),
        ["Period.PartialMonth"] = ("неполный месяц", "month to date"),
        ["Period.PartialNote"] = ("* период не завершён: данные по {0}; последний месяц — пунктир, пустой маркер.",
            "* period not finished: data to {0}; the last month is dashed with a hollow marker."),
        ["Filter.Reversed"] = ("Период не принят: дата начала {0} позже даты окончания {1}. Показан период по умолчанию; укажите даты в верном порядке.",
            "Period refused: the start date {0} is after the end date {1}. The default period is shown; give the dates in order."),
    };
}

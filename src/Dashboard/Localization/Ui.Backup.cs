namespace Dashboard.Localization;

public sealed partial class Ui
{
    // Merged into Table by the static constructor in Ui.Dashboards.cs.
    private static readonly Dictionary<string, (string Ru, string En)> BackupStrings = new(StringComparer.Ordinal)
    {
        ["Backup.Title"] = ("Последняя резервная копия", "Last backup"),
        ["Backup.None"] = ("Резервных копий ещё нет.", "No backup has been written yet."),
        ["Backup.Created"] = ("Создана", "Written"),
        ["Backup.Folder"] = ("Папка", "Folder"),
        ["Backup.Tables"] = ("таблиц", "tables"),
        ["Backup.Rows"] = ("строк", "rows"),
        ["Backup.Models"] = ("файлов моделей", "model files"),
        ["Backup.Keys"] = ("файлов ключей", "key files"),
        ["Backup.Verified"] = ("Проверена восстановлением", "Verified by a restore"),
        ["Backup.Failed"] = ("Проверка не пройдена", "Verification failed"),
        ["Backup.NotVerified"] = ("Ещё не проверена восстановлением", "Not yet verified by a restore"),
        ["Backup.Seconds"] = ("с", "s"),
        ["Backup.Damaged"] = ("Манифест повреждён или отсутствует", "Manifest damaged or missing"),
        // Retention and erasure (#21.6, ADR 0021): the admin page /admin/erasure.
        ["Erasure.Title"] = ("Удаление персональных данных", "Personal data erasure"),
        ["Erasure.Intro"] = ("По требованию потребителя (152-ФЗ, ст. 21) его персональные данные удаляются из всех таблиц и из резервных копий; обращения и анкеты остаются в показателях без имени, телефона, e-mail и адреса.",
            "At a consumer's request (152-FZ art. 21) their personal data is removed from every table and from the backups; their appeals and questionnaires stay in the indicators without name, phone, e-mail or address."),
        ["Erasure.Key"] = ("Лицевой счёт, телефон или e-mail потребителя", "Consumer's account, phone or e-mail"),
        ["Erasure.KeyHint"] = ("Лицевой счёт (ИНН) из реестра обращений; телефон в любом написании", "The appeal register's account (INN); a phone in any format"),
        ["Erasure.Erase"] = ("Удалить данные потребителя", "Erase the consumer's data"),
        ["Erasure.Confirm"] = ("Удалить безвозвратно все персональные данные потребителя «{0}»? Отменить это нельзя.", "Erase all personal data of consumer “{0}” for good? This cannot be undone."),
        ["Erasure.Yes"] = ("Удалить безвозвратно", "Erase for good"),
        ["Erasure.Done"] = ("Удалено. Потребитель {0}: строк — {1}, таблиц — {2}, отмечено резервных копий — {3}, изменено выгрузок — {4}. В журнал изменений записан только хеш ключа.",
            "Erased. Consumer {0}: rows — {1}, tables — {2}, backups marked — {3}, exports changed — {4}. The audit trail holds only a hash of the key."),
        ["Erasure.Policy"] = ("Сроки хранения персональных данных", "Personal data retention"),
        ["Erasure.PolicyIntro"] = ("По истечении срока ночная задача обезличивает данные (152-ФЗ, ст. 5 ч. 7): значения заменяются, записи и показатели остаются.",
            "After its period a nightly job pseudonymises the data (152-FZ art. 5 p. 7): values are replaced, records and indicators stay."),
        ["Erasure.Kind"] = ("Данные", "Data"),
        ["Erasure.Period"] = ("Срок хранения", "Kept for"),
        ["Erasure.Kind.Appeals"] = ("Обращения: ФИО, телефон, e-mail, адрес, лицевой счёт; комментарии контрольных звонков", "Appeals: name, phone, e-mail, address, account; control-call comments"),
        ["Erasure.Kind.SurveyContacts"] = ("Анкеты: контактные данные респондента", "Questionnaires: respondents' contact answers"),
        ["Erasure.Kind.FreeText"] = ("Анкеты: ответы свободным текстом", "Questionnaires: free-text answers"),
        ["Erasure.Kind.CallerPhones"] = ("Колл-центр: номер звонящего", "Call centre: caller number"),
        ["Erasure.Kind.SignInIps"] = ("Журнал входа: IP-адреса", "Sign-in log: IP addresses"),
        ["Erasure.Kind.Quarantine"] = ("Отклонённые строки загрузок", "Rejected import lines"),
        ["Erasure.Kind.AppealTexts"] = ("Обращения: текст обращения", "Appeals: the appeal's text"),
        ["Erasure.Kind.StaffComments"] = ("Комментарии сотрудников: заметки аудиторов, проверяющих, шаги мероприятий", "Staff comments: auditors' notes, reviewers' comments, corrective action steps"),
        ["Erasure.Kind.FailedSignIns"] = ("Журнал входа: имена в неудачных попытках", "Sign-in log: names typed in failed attempts"),
        ["Erasure.Kind.Devices"] = ("Анкеты: устройство и координаты респондента", "Questionnaires: the respondent's device and location"),
        ["Erasure.Kind.Invitations"] = ("Приглашения к опросам: адрес и номер получателя", "Survey invitations: the invitee's address and number"),
    };
}

namespace Analytics.Engine.Store.Ingest.Schemas;

/// <summary>The value vocabularies of the import formats, with the Russian spellings registers use.</summary>
public static class Vocabularies
{
    public static readonly Vocabulary ConsumerType = new(
        ("individual", ["Физическое лицо", "ФЛ", "Физ. лицо", "Физлицо", "Гражданин", "Потребитель-гражданин", "person", "private"]),
        ("legal", ["Юридическое лицо", "ЮЛ", "Юр. лицо", "Юрлицо", "ИП", "Индивидуальный предприниматель", "Организация", "company", "business"]));

    public static readonly Vocabulary Channel = new(
        ("in_person", ["Очно", "Лично", "Личный приём", "Личный прием", "Очное обращение", "ЦОК", "Офис", "in person", "visit"]),
        ("phone", ["Телефон", "По телефону", "Звонок", "Телефонное обращение", "Контакт-центр", "call"]),
        ("fax", ["Факс"]),
        ("post", ["Почта", "Почтовое отправление", "Письмо", "Почта России", "mail", "letter"]),
        ("email", ["Электронная почта", "E-mail", "Эл. почта", "Емейл"]),
        ("internet_reception", ["Интернет-приёмная", "Интернет-приемная", "Сайт", "Обратная связь на сайте", "web", "website", "internet"]),
        ("personal_account", ["Личный кабинет", "ЛК", "Личный кабинет клиента", "account", "portal"]),
        ("answerphone", ["Автоответчик", "Автоинформатор", "voicemail"]),
        ("client_mailbox", ["Ящик для обращений", "Ящик для письменных обращений", "mailbox"]),
        ("feedback_book", ["Книга отзывов и предложений", "Книга отзывов", "book"]),
        ("other", ["Другое", "Иное", "Прочее"]));

    public static readonly Vocabulary AppealKind = new(
        ("complaint", ["Жалоба", "Претензия"]),
        ("suggestion", ["Предложение"]),
        ("review", ["Отзыв", "Благодарность"]),
        ("information_request", ["Запрос информации", "Информационный запрос", "Запрос", "Консультация", "Справка", "information", "inquiry"]),
        ("service_request", ["Заявка", "Заявка на услугу", "Заявление", "Обращение на услугу", "Услуга", "service"]));

    public static readonly Vocabulary AppealStatus = new(
        ("open", ["Открыто", "Новое", "Зарегистрировано", "Принято", "new", "registered"]),
        ("in_progress", ["В работе", "На рассмотрении", "Рассматривается", "in work"]),
        ("answered", ["Ответ дан", "Отвечено", "Дан ответ", "Ответ направлен"]),
        ("settled", ["Урегулировано", "Закрыто", "Исполнено", "Выполнено", "closed", "done", "resolved"]),
        ("rejected", ["Отклонено", "Отказ"]),
        ("not_reviewed", ["Не рассмотрено", "Оставлено без рассмотрения", "Без рассмотрения"]));

    public static readonly Vocabulary AppealOutcome = new(
        ("resolved", ["Решено", "Удовлетворено", "Решён положительно", "Решен положительно", "Положительно"]),
        ("explained", ["Разъяснено", "Даны разъяснения", "Разъяснение"]),
        ("refused", ["Отказано", "Отказ в удовлетворении"]),
        ("tc_contract", ["Договор ТП", "Заключён договор ТП", "Заключен договор ТП", "Договор технологического присоединения"]),
        ("transmission_contract", ["Договор передачи", "Договор оказания услуг по передаче"]),
        ("not_reviewed", ["Не рассмотрено", "Оставлено без рассмотрения"]));

    public static readonly Vocabulary OrgLevel = new(
        ("company", ["Компания", "Общество", "Организация", "ДЗО", "Головная организация"]),
        ("branch", ["Филиал", "Отделение", "РЭС"]),
        ("office", ["Офис", "ЦОК", "Центр обслуживания", "Пункт обслуживания", "Офис обслуживания", "ПОК"]));

    public static readonly Vocabulary OfficeCategory = new(
        ("1", ["I", "Первая", "1 категория", "I категория"]),
        ("2", ["II", "Вторая", "2 категория", "II категория"]),
        ("3", ["III", "Третья", "3 категория", "III категория"]));

    public static readonly Vocabulary CallClosedBy = new(
        ("ivr", ["IVR", "Автоинформатор", "ИВР", "Голосовое меню"]),
        ("operator", ["Оператор", "Агент", "agent"]),
        ("abandoned", ["Потерян", "Сброшен", "Пропущен", "Не отвечен", "lost", "missed"]));

    /// <summary>What a client left on the answerphone for the reply (002 §8.1.3: 5 working days for a phone, 20 for an address).</summary>
    public static readonly Vocabulary ContactLeft = new(
        ("phone", ["Телефон", "Оставлен телефон", "Перезвонить", "По телефону", "phone"]),
        ("address", ["Адрес", "Оставлен адрес", "Почтовый адрес", "Письмом", "address"]));
}

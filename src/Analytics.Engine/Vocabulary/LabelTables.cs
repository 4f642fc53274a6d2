namespace Analytics.Engine.Vocabulary;

/// <summary>
/// The fixed vocabularies (indicators and criteria come from the methodologies). Codes are those stored by the
/// import schemas (<c>Store/Ingest/Schemas/Vocabularies</c>), the classifier, the action workflow and the records
/// pages; a test checks that every code those define is listed here.
/// </summary>
internal static class LabelTables
{
    public static readonly IReadOnlyDictionary<Vocab, IReadOnlyDictionary<string, (string Ru, string En)>> Fixed =
        new Dictionary<Vocab, IReadOnlyDictionary<string, (string Ru, string En)>>
        {
            [Vocab.AppealKind] = Of(
                ("complaint", "Жалоба", "Complaint"), ("suggestion", "Предложение", "Suggestion"), ("review", "Отзыв", "Review"),
                ("information_request", "Запрос информации", "Information request"), ("service_request", "Заявка на услугу", "Service request")),
            [Vocab.Topic] = Of(
                ("outages_quality", "Отключения и качество электроэнергии", "Outages and power quality"),
                ("billing_payments", "Начисления и оплата", "Billing and payments"),
                ("metering_readings", "Приборы учёта и показания", "Meters and readings"),
                ("tech_connection", "Технологическое присоединение", "Grid connection"),
                ("contracts", "Договоры", "Contracts"),
                ("staff_service", "Работа персонала", "Staff and service"),
                ("information", "Информирование", "Information"),
                ("other", "Другое", "Other")),
            [Vocab.AppealStatus] = Of(
                ("open", "Зарегистрировано", "Registered"), ("in_progress", "На рассмотрении", "In progress"),
                ("answered", "Ответ дан", "Answered"), ("settled", "Урегулировано", "Settled"),
                ("rejected", "Отклонено", "Rejected"), ("not_reviewed", "Оставлено без рассмотрения", "Not reviewed")),
            [Vocab.AppealOutcome] = Of(
                ("resolved", "Решено положительно", "Resolved"), ("explained", "Даны разъяснения", "Explained"),
                ("refused", "Отказано", "Refused"), ("tc_contract", "Заключён договор ТП", "Connection contract"),
                ("transmission_contract", "Договор передачи", "Transmission contract"),
                ("not_reviewed", "Оставлено без рассмотрения", "Not reviewed")),
            [Vocab.Channel] = Of(
                ("in_person", "Очно", "In person"), ("phone", "Телефон", "Phone"), ("fax", "Факс", "Fax"),
                ("post", "Почта", "Post"), ("email", "Электронная почта", "E-mail"),
                ("internet_reception", "Интернет-приёмная", "Internet reception"),
                ("personal_account", "Личный кабинет", "Personal account"), ("answerphone", "Автоответчик", "Answerphone"),
                ("client_mailbox", "Ящик для обращений", "Appeals mailbox"),
                ("feedback_book", "Книга отзывов и предложений", "Feedback book"), ("other", "Другое", "Other"),
                // Channel groups of the reports.
                ("internet", "Интернет", "Internet")),
            [Vocab.ConsumerType] = Of(("individual", "Физическое лицо", "Individual"), ("legal", "Юридическое лицо", "Legal entity")),
            [Vocab.ImportKind] = Of(
                ("org", "Оргструктура", "Organisation"), ("appeals", "Реестр обращений", "Appeals register"),
                ("queue", "Электронная очередь", "Queue visits"), ("calls", "Контакт-центр (интервалы)", "Call-centre intervals"),
                ("control-calls", "Контрольные звонки", "Control calls"), ("plans", "Плановые значения", "Plans"),
                ("responses", "Ответы анкет", "Survey responses")),
            [Vocab.ReviewTask] = Of(("topic", "Тематика", "Topic"), ("kind", "Вид обращения", "Kind"),
                ("poor_quality", "Ненадлежащее качество", "Poor quality")),
            [Vocab.ReviewLabel] = Of(("true", "Да, ненадлежащее качество", "Yes, poor quality"), ("false", "Нет", "No")),
            [Vocab.ActionStatus] = Of(
                ("open", "Открыта", "Open"), ("in_progress", "В работе", "In progress"), ("done", "Выполнена", "Done"),
                ("verified", "Проверена", "Verified"), ("reopened", "Возобновлена", "Reopened"), ("cancelled", "Отменена", "Cancelled")),
            [Vocab.ActionSource] = Of(
                ("audit_item", "Пункт проверки", "Audit item"), ("indicator", "Показатель", "Indicator"),
                ("complaint", "Жалоба", "Complaint"), ("other", "Другое", "Other"),
                ("client_case", "Обращение клиента", "Client case")),
            // Cases opened automatically (ADR 0027): what opened them, their state, outcome and escalation level.
            [Vocab.CaseTrigger] = Of(
                ("detractor", "Низкая оценка клиента (критик)", "Detractor response"),
                ("poor_quality_complaint", "Жалоба на ненадлежащее качество", "Poor-quality complaint"),
                ("critical_audit_item", "Не выполнен критичный пункт проверки", "Critical audit item failed"),
                ("appeal_overdue", "Просрочен ответ на обращение", "Appeal overdue")),
            [Vocab.CaseState] = Of(("open", "Открыто", "Open"), ("overdue", "Просрочено", "Overdue"), ("closed", "Закрыто", "Closed")),
            [Vocab.CaseOutcome] = Of(
                ("resolved", "Проблема решена", "Resolved"), ("explained", "Даны разъяснения", "Explained"),
                ("recalculated", "Сделан перерасчёт", "Recalculated"), ("not_confirmed", "Претензия не подтвердилась", "Not confirmed"),
                ("no_contact", "Клиент не вышел на связь", "Client not reached")),
            [Vocab.CaseEvent] = Of(("appeal", "Обращение", "Appeal"), ("call", "Звонок", "Call"),
                ("response", "Ответ анкеты", "Questionnaire response"), ("audit", "Проверка", "Audit")),
            [Vocab.CaseLevel] = Of(("0", "Офис", "Office"), ("1", "Филиал", "Branch"), ("2", "Компания", "Company")),
            [Vocab.ActionEvent] = Of(("opened", "Мера открыта", "Action opened")),
            [Vocab.RecordKind] = Of(
                ("appeals", "Обращения", "Appeals"), ("queue", "Визиты в очереди", "Queue visits"),
                ("calls", "Интервалы колл-центра", "Call-centre intervals"), ("control-calls", "Контрольные звонки", "Control calls"),
                ("answers", "Ответы анкет и чек-листов", "Questionnaire and checklist answers"),
                ("submissions", "Анкеты и проверки", "Questionnaires and audits")),
            [Vocab.OrgLevel] = Of(("company", "Компания", "Company"), ("branch", "Филиал", "Branch"), ("office", "Офис", "Office")),
            [Vocab.AnswerValue] = Of(("yes", "Да", "Yes"), ("no", "Нет", "No"), ("na", "Неприменимо", "Not applicable")),
            [Vocab.SubmissionSource] = Of(("online", "Онлайн-анкета", "Online"), ("checklist", "Проверка на планшете", "Tablet audit"),
                ("import", "Загрузка файла", "File import"), ("demo", "Демонстрационные данные", "Demo data")),
            [Vocab.FormKind] = Of(("questionnaire", "Анкета", "Questionnaire"), ("checklist", "Чек-лист", "Checklist")),
            [Vocab.AuditKind] = Of(
                ("form", "Форма", "Form"), ("methodology", "Методика", "Methodology"), ("plan", "План", "Plan"),
                ("user", "Пользователь", "User"), ("setting", "Настройка", "Setting"), ("assignment", "Назначение аудитора", "Auditor assignment"),
                ("corrective_action", "Корректирующая мера", "Corrective action"), ("classification", "Классификация обращения", "Appeal classification"),
                ("import", "Загрузка файла", "File import"), ("audit", "Журнал изменений", "Audit trail"),
                ("audit_plan", "План проверок", "Audit plan"), ("audit_review", "Проверка результата аудита", "Audit review"),
                ("consumer", "Потребитель (персональные данные)", "Consumer (personal data)"),
                ("classifier_model", "Модель классификатора", "Classifier model"),
                ("webhook", "Подписчик вебхуков", "Webhook subscriber"), ("result_publication", "Публикация результатов", "Published results"),
                ("comment_sentiment", "Тональность комментария", "Comment sentiment")),
            [Vocab.AuditAction] = Of(
                ("create", "Создание", "Created"), ("save_draft", "Сохранение черновика", "Draft saved"), ("publish", "Публикация", "Published"),
                ("status", "Смена статуса", "Status changed"), ("offices", "Офисы формы", "Form offices"), ("save", "Сохранение версии", "Version saved"),
                ("copy", "Копия", "Copied"), ("open", "Открытие", "Opened"), ("verify", "Проверка результата", "Verified"),
                ("correct", "Ручная правка", "Hand correction"), ("import", "Загрузка", "Import"), ("assign_offices", "Назначение офисов", "Offices assigned"),
                ("roles", "Смена ролей", "Roles changed"), ("enable", "Включение", "Enabled"), ("disable", "Отключение", "Disabled"),
                ("reset_password", "Сброс пароля", "Password reset"), ("rename", "Смена ФИО", "Renamed"), ("activate_model", "Выбор модели", "Model activated"),
                ("delete", "Удаление", "Deleted"), ("prune", "Очистка по сроку хранения", "Retention prune"),
                ("update", "Изменение", "Updated"), ("approve", "Одобрение", "Approved"), ("return", "Возврат на доработку", "Returned"),
                ("reject", "Отклонение", "Rejected"), ("resubmit", "Повторная отправка", "Resubmitted"),
                ("erase", "Удаление персональных данных", "Personal data erased"),
                ("pseudonymise", "Обезличивание по сроку хранения", "Pseudonymised after retention"),
                ("escalate", "Эскалация", "Escalated"), ("join", "Новый повод в обращении", "Trigger joined"),
                ("outcome", "Результат обращения", "Case outcome"), ("note", "Запись в истории меры", "Action history note"),
                ("unpublish", "Снятие с публикации", "Unpublished")),
            // Audit review (ADR 0022): the latest audit_review row; no row = on review.
            [Vocab.AuditReviewState] = Of(("submitted", "На проверке", "On review"), ("returned", "Возвращено на доработку", "Returned"),
                ("resubmitted", "Отправлено повторно", "Resubmitted"), ("approved", "Одобрено", "Approved"), ("rejected", "Отклонено", "Rejected")),
            [Vocab.AuditRecurrence] = Of(("monthly", "Ежемесячно", "Monthly"), ("quarterly", "Ежеквартально", "Quarterly"),
                ("per_quarter", "N раз в квартал", "N per quarter"), ("wave", "Волна «тайного покупателя»", "Mystery-shopper wave")),
            [Vocab.AuditCoverageState] = Of(("done", "Выполнено", "Done"), ("late", "С опозданием", "Late"), ("missed", "Пропущено", "Missed"),
                ("open", "Идёт окно", "Window open"), ("upcoming", "Предстоит", "Upcoming")),
            [Vocab.VisitFlag] = Of(
                ("far_location", "Место проверки далеко от офиса", "Audit location far from the office"),
                ("reused_photo", "Фото уже было в другой проверке", "Photo reused from another audit"),
                ("overlapping_visit", "Пересекается по времени с другой проверкой аудитора", "Overlaps another audit of the auditor"),
                ("too_fast", "Слишком быстро для числа пунктов", "Too fast for the number of items")),
            // Electronic queue services (the ticket's service) and call-centre routing units of the registers.
            [Vocab.QueueService] = Of(("billing", "Расчёты и оплата", "Billing and payments"), ("metering", "Приборы учёта и показания", "Metering"),
                ("contracts", "Договоры", "Contracts"), ("tech_connection", "Технологическое присоединение", "Grid connection"),
                ("consultation", "Консультация", "Consultation")),
            [Vocab.CallUnit] = Of(("billing", "Расчёты и оплата", "Billing and payments"), ("outages", "Отключения и аварии", "Outages"),
                ("tech_connection", "Технологическое присоединение", "Grid connection"), ("general", "Общие вопросы", "General questions")),
            // Webhooks (ADR 0028): event types, delivery and subscriber states.
            [Vocab.WebhookEvent] = Of(("submission.stored", "Анкета или проверка сохранена", "Submission stored"),
                ("case.opened", "Мера (кейс) открыта", "Case opened"), ("case.closed", "Мера (кейс) закрыта", "Case closed"),
                ("import.finished", "Загрузка файла завершена", "Import finished"), ("report.generated", "Отчёт сформирован", "Report generated"),
                ("ping", "Проверочный запрос", "Test ping")),
            [Vocab.WebhookState] = Of(("pending", "Ожидает отправки", "Pending"), ("sending", "Отправляется", "Sending"),
                ("delivered", "Доставлено", "Delivered"), ("failed", "Не доставлено", "Failed"),
                ("active", "Активен", "Active"), ("paused", "Приостановлен", "Paused")),
            // In-app notifications (table notification, its CHECK in migration 030): what the /notifications page names.
            [Vocab.NotificationKind] = Of(("appeal_due", "Истекает срок ответа на обращение", "Appeal due soon"),
                ("appeal_overdue", "Просрочен ответ на обращение", "Appeal overdue"),
                ("action_due", "Истекает срок корректирующей меры", "Corrective action due soon"),
                ("action_overdue", "Просрочена корректирующая мера", "Corrective action overdue"),
                ("webhook_paused", "Вебхук приостановлен", "Webhook paused"), ("survey_topic", "Растущая тема в анкетах", "Emerging survey topic"),
                ("case_opened", "Новое обращение клиента", "Client case opened"),
                ("case_escalated", "Обращение клиента передано вам (эскалация)", "Client case escalated to you"),
                ("case_due", "Истекает срок обращения клиента", "Client case due soon"),
                ("case_overdue", "Просрочено обращение клиента", "Client case overdue")),
            // The sentiment of a survey comment (Surveys/Comments.Label: implied by the scores of the same response).
            [Vocab.Sentiment] = Of(("negative", "Негативный", "Negative"), ("neutral", "Нейтральный", "Neutral"), ("positive", "Позитивный", "Positive")),
            // How an emerging term is counted (Surveys/EmergingTopics): a topic the client chose, or a word of the comments.
            [Vocab.TermKind] = Of(("topic", "Тематика", "Topic"), ("word", "Слово", "Word")),
            // Why part of a criterion's data was left out (Indicators/IndicatorRollup); {0}… are the counts and the norm.
            [Vocab.CriterionNote] = Of(
                ("no_registration", "нет времени регистрации: {0} обращ. не учтены (срок от поступления не подставляется)",
                    "no registration time: {0} appeals left out (the deadline is never counted from receipt)"),
                ("calls_not_comparable", "не сопоставимо с нормой {0} с: интервалы статистики с другим порогом и без распределения ожидания не учтены (интервалов {1}, звонков {2})",
                    "not comparable with the {0} s norm: statistics intervals with another threshold and no wait distribution left out ({1} intervals, {2} calls)")),
        };

    private static IReadOnlyDictionary<string, (string Ru, string En)> Of(params (string Code, string Ru, string En)[] rows) =>
        rows.ToDictionary(r => r.Code, r => (r.Ru, r.En), StringComparer.Ordinal);
}

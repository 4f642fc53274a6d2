namespace Dashboard.Localization;

public sealed partial class Ui
{
    // Merged into Table by the static constructor in Ui.Dashboards.cs.
    private static readonly Dictionary<string, (string Ru, string En)> InvitationStrings = new(StringComparer.Ordinal)
    {
        ["Nav.Invitations"] = ("Приглашения к опросам", "Survey invitations"),
        ["Inv.Title"] = ("Приглашения к опросам", "Survey invitations"),
        ["Inv.Intro"] = ("Клиент получает анкету после события обслуживания: не чаще раза в N дней, только с согласия, не в тихие часы офиса; отказ действует навсегда.",
            "Clients get a questionnaire after a service event: at most once in N days, only with consent, never in the office's quiet hours; an opt-out is forever."),
        ["Inv.NoRules"] = ("Правил рассылки ещё нет.", "No invitation rules yet."),
        ["Inv.Rule"] = ("Правило", "Rule"),
        ["Inv.Channel"] = ("Канал", "Channel"),
        ["Inv.Channel.email"] = ("Эл. почта", "E-mail"),
        ["Inv.Channel.sms"] = ("SMS", "SMS"),
        ["Inv.Kind.invitation"] = ("приглашение", "invitation"),
        ["Inv.Kind.reminder"] = ("напоминание", "reminder"),
        ["Inv.Eligible"] = ("Подходили", "Eligible"),
        ["Inv.Suppressed"] = ("Не приглашены", "Suppressed"),
        ["Inv.Sent"] = ("Отправлено", "Sent"),
        ["Inv.Delivered"] = ("Доставлено", "Delivered"),
        ["Inv.Opened"] = ("Открыто", "Opened"),
        ["Inv.Started"] = ("Начато", "Started"),
        ["Inv.Completed"] = ("Заполнено", "Completed"),
        ["Inv.Bounced"] = ("Не доставлено", "Bounced"),
        ["Inv.OptedOut"] = ("Отказались", "Opted out"),
        ["Inv.Reminders"] = ("Напоминаний", "Reminders"),
        ["Inv.Rate"] = ("Доля заполненных", "Completion rate"),
        ["Inv.Footnote"] = ("«Не приглашены»: нет согласия, отказ, нет адреса или приглашение было недавно. «Доставлено» для почты — принято почтовым сервером без возврата; «Заполнено» — анкеты с токеном приглашения.",
            "Suppressed: no consent, opted out, no address or invited recently. Delivered for e-mail: accepted by the relay and not bounced; completed: questionnaires carrying the invitation token."),
        ["Inv.Templates"] = ("Тексты сообщений", "Message texts"),
        ["Inv.Subject"] = ("Тема письма", "Subject"),
        ["Inv.Body"] = ("Текст", "Text"),
        ["Inv.Placeholders"] = ("Подстановки: {ссылка}, {отписка} (обязательны), {офис}, {дата}, {срок}", "Placeholders: {ссылка}, {отписка} (required), {офис}, {дата}, {срок}"),
        ["Inv.Updated"] = ("Изменён", "Changed"),
        ["Inv.Save"] = ("Сохранить", "Save"),
        ["Inv.Saved"] = ("Сохранено.", "Saved."),
    };
}

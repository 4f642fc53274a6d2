namespace Dashboard.Jobs;

/// <summary>
/// The Russian names the Hangfire dashboard (/jobs) shows for our jobs (D22), one place for all of them; the method
/// attributes (<c>[JobDisplayName]</c>) read these constants. The recurring jobs' ids (<see cref="JobIds"/>) stay
/// as they are: they are stable keys already stored by every installation, and renaming them would register each job
/// twice. {0} is Hangfire's placeholder for the job's first argument.
/// </summary>
public static class JobNames
{
    public const string Reminders = "Напоминания о сроках обращений";
    public const string Backup = "Ночная резервная копия хранилища";
    public const string MonthlyReports = "Ежемесячные отчёты (PDF)";
    public const string IndicatorRecompute = "Ночной пересчёт показателей";
    public const string Retraining = "Еженедельное переобучение классификатора";
    public const string AuditPrune = "Очистка журнала изменений по сроку хранения";
    public const string ExportCleanup = "Удаление старых выгрузок";
    public const string Export = "Фоновая выгрузка № {0}";
    public const string Invitations = "Приглашения к опросам";
    public const string Retention = "Обезличивание персональных данных по сроку хранения";
    public const string Cases = "Обращения клиентов: открытие и эскалация";
    public const string Webhooks = "Доставка веб-хуков";
    public const string EmergingTopics = "Новые темы в комментариях";
}

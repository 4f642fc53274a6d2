using Analytics.Engine.Store;
using Dapper;
using Dashboard.Jobs;
using Dashboard.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Jobs;

/// <summary>A temp store with a two-office branch, the job options and a clock at 2025-03-10 09:00 Moscow.</summary>
public sealed class JobFixture : IDisposable
{
    private readonly TestStore _store = new();

    public JobFixture()
    {
        using var c = Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES
                ('C', 'company', NULL, 'Компания'), ('B01', 'branch', 'C', 'Филиал 1'),
                ('O01', 'office', 'B01', 'Офис 1'), ('O02', 'office', 'B01', 'Офис 2')
            """);
    }

    public AnalyticsStore Store => _store.Store;
    public FixedClock Clock { get; } = new(new DateTimeOffset(2025, 3, 10, 6, 0, 0, TimeSpan.Zero));
    public JobsOptions Options { get; } = new();

    public DeadlineReminderJob Reminders(Analytics.Engine.Delivery.SmtpOptions? smtp = null)
    {
        var o = Microsoft.Extensions.Options.Options.Create(smtp ?? new Analytics.Engine.Delivery.SmtpOptions());
        return new(Store, Clock, Microsoft.Extensions.Options.Options.Create(Options),
            new ReminderMailer(Store, o, new Analytics.Engine.Delivery.MailKitEmailSender(o), NullLogger<ReminderMailer>.Instance),
            NullLogger<DeadlineReminderJob>.Instance, new Analytics.Engine.Compliance.AppealDeadlines(Store));
    }

    public Analytics.Engine.Classification.ClassificationOptions Classification { get; } = new();

    public BackupJob Backup() => new(Store, Clock, Microsoft.Extensions.Options.Options.Create(Options),
        Microsoft.Extensions.Options.Options.Create(Classification), NullLogger<BackupJob>.Instance);

    /// <summary>
    /// An individual's e-mail appeal whose Standard due date is <paramref name="due"/>: registered 30 calendar days
    /// before it (the methodology's rule for the channel), the register agreeing (<c>due_at</c> = <paramref name="due"/>).
    /// </summary>
    public void AddAppeal(string registerNo, string office, DateTime due, DateTime? answered = null) =>
        Exec("""
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, due_at, answered_at, status)
            VALUES ($no, $office, 'individual', 'email', 'complaint', $received, $received, $due, $answered, $status)
            """, new { no = registerNo, office, received = due.Date.AddDays(-30).AddHours(10), due, answered, status = answered is null ? "open" : "answered" });

    public void Exec(string sql, object? args = null)
    {
        using var c = Store.Open();
        c.Execute(sql, args);
    }

    public T Scalar<T>(string sql)
    {
        using var c = Store.Open();
        return c.ExecuteScalar<T>(sql)!;
    }

    public void Dispose() => _store.Dispose();
}

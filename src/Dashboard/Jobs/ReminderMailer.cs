using System.Net;
using System.Net.Mail;
using System.Text;
using Analytics.Engine.Store;
using Dapper;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs;

/// <summary>
/// Sends reminders not yet e-mailed as one digest to <see cref="SmtpOptions.To"/>, then marks them sent. Without
/// SMTP settings it does nothing, and reminders stay in-app only.
/// </summary>
public sealed class ReminderMailer(AnalyticsStore store, IOptions<SmtpOptions> options, ILogger<ReminderMailer> logger)
{
    public async Task<int> SendPending(DateTime now, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (!smtp.Configured) return 0;
        using var connection = store.Open();
        var pending = connection.Query<(long Id, string Recipient, string Message)>(
            "SELECT id, recipient, message FROM notification WHERE emailed_at IS NULL ORDER BY due_on, id").AsList();
        if (pending.Count == 0) return 0;

        var body = new StringBuilder("Напоминания о сроках (Аналитика качества обслуживания):\n\n");
        foreach (var (_, recipient, message) in pending) body.Append("• ").Append(message).Append(" — ").Append(recipient).Append('\n');
        using var mail = new MailMessage(smtp.From, smtp.To!, $"Сроки: {pending.Count} напоминаний", body.ToString());
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl };
        if (!string.IsNullOrEmpty(smtp.UserName)) client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        // A failed send throws: Hangfire retries the job and the reminders stay pending, so none is lost.
        await client.SendMailAsync(mail, cancellationToken);
        connection.Execute("UPDATE notification SET emailed_at = $now WHERE emailed_at IS NULL AND id <= $last",
            new { now, last = pending.Max(p => p.Id) });
        logger.LogInformation("E-mailed {Count} reminders to {To}", pending.Count, smtp.To);
        return pending.Count;
    }
}

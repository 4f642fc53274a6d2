using System.Text;
using Analytics.Engine.Delivery;
using Analytics.Engine.Store;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs;

/// <summary>
/// Sends reminders not yet e-mailed as one digest to <see cref="SmtpOptions.To"/>, then marks them sent. Without
/// SMTP settings it does nothing, and reminders stay in-app only. Mail goes through the Engine's one
/// <see cref="IEmailSender"/> (MailKit, TLS per <c>Smtp:Security</c>), the same as the invitations.
/// </summary>
public sealed class ReminderMailer(AnalyticsStore store, IOptions<SmtpOptions> options, IEmailSender sender, ILogger<ReminderMailer> logger)
{
    public async Task<int> SendPending(DateTime now, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (!smtp.Configured) return 0;
        var outbox = new ReminderOutbox(store);
        var pending = outbox.Unsent();
        if (pending.Count == 0) return 0;

        var body = new StringBuilder("Напоминания о сроках (Аналитика качества обслуживания):\n\n");
        foreach (var (_, recipient, message) in pending) body.Append("• ").Append(message).Append(" — ").Append(recipient).Append('\n');
        var outcome = await sender.Send(new OutgoingEmail(smtp.To!, $"Сроки: {pending.Count} напоминаний", body.ToString()), cancellationToken);
        // A failed send throws: Hangfire retries the job and the reminders stay pending, so none is lost. (A digest
        // that may have left is also retried: a second digest is harmless, a lost one is not.)
        if (outcome.Result != SendResult.Sent)
            throw new InvalidOperationException($"Reminder digest not sent ({outcome.Result}): {outcome.Error}");
        outbox.MarkEmailed(now, pending.Max(p => p.Id));
        logger.LogInformation("E-mailed {Count} reminders to {To}", pending.Count, smtp.To);
        return pending.Count;
    }
}

using Analytics.Engine.Delivery;
using Analytics.Engine.Forms;
using Analytics.Engine.Invitations;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Invitations;

/// <summary>#18: an answered appeal → an invitation through a real SMTP server, reminders, opt-out, crash safety.</summary>
public class InvitationDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnsweredAppeal_GetsInvitationAfterTheDelay_WithAWorkingLink()
    {
        using var w = new InvitationWorld(delayMinutes: 120);
        w.AnsweredAppeal("A-1", "2027-03-10 10:00:00");
        var service = w.Service();

        var early = await service.Run(InvitationWorld.Msk("2027-03-10 11:59"), Ct);
        Assert.Equal((1, 0, 0, 0), (early.Eligible, early.Sent, early.Suppressed, early.Failed));
        Assert.Empty(w.Smtp.ReceivedEmail);

        var due = await service.Run(InvitationWorld.Msk("2027-03-10 12:00"), Ct);
        Assert.Equal((0, 1, 0, 0), (due.Eligible, due.Sent, due.Suppressed, due.Failed));
        var mail = Assert.Single(w.Received());
        Assert.Equal("client@example.ru", mail.To.Mailboxes.Single().Address);
        Assert.Equal("Оцените, пожалуйста, качество обслуживания", mail.Subject);
        Assert.Contains("https://opros.test/i/", mail.TextBody);
        Assert.Contains("/stop", mail.TextBody); // the opt-out link is in every message
        Assert.NotNull(mail.Headers["List-Unsubscribe"]);
        Assert.Contains("10.03.2027", mail.TextBody);

        // The link works: it leads to the questionnaire with the token, and an answer carrying the token is accepted.
        var token = InvitationWorld.LinkToken(mail);
        var target = new InvitationTracking(w.Temp.Store, TimeProvider.System).Start(token);
        Assert.StartsWith("/q/client-satisfaction?office=O11&t=", target);
        w.Forms.Submit(new SubmissionRequest { Id = "s-1", Form = "client-satisfaction", OfficeCode = "O11", Token = token, Answers = Answers() });
        Assert.Equal(1, w.Count("SELECT count(*) FROM invitation WHERE used_at IS NOT NULL"));

        // Answered: the reminder is cancelled, nothing more arrives.
        var later = await service.Run(InvitationWorld.Msk("2027-03-13 12:00"), Ct);
        Assert.Equal(0, later.Sent);
        Assert.Single(w.Smtp.ReceivedEmail);
    }

    [Fact]
    public async Task Unanswered_GetsOneReminder_AndARerunSendsNothingTwice()
    {
        using var w = new InvitationWorld(reminders: "3");
        w.AnsweredAppeal("A-1", "2027-03-10 10:00:00");
        var service = w.Service();
        await service.Run(InvitationWorld.Msk("2027-03-10 12:00"), Ct);
        await service.Run(InvitationWorld.Msk("2027-03-10 12:00"), Ct);
        Assert.Single(w.Smtp.ReceivedEmail);

        await service.Run(InvitationWorld.Msk("2027-03-13 11:00"), Ct); // not yet three days
        Assert.Single(w.Smtp.ReceivedEmail);
        var reminder = await service.Run(InvitationWorld.Msk("2027-03-13 12:30"), Ct);
        await service.Run(InvitationWorld.Msk("2027-03-14 12:30"), Ct);

        Assert.Equal(1, reminder.Sent);
        var mails = w.Received();
        Assert.Equal(2, mails.Length);
        Assert.Equal(1, mails.Count(m => m.Subject?.StartsWith("Напоминание", StringComparison.Ordinal) == true));
        Assert.Equal(InvitationWorld.LinkToken(mails[0]), InvitationWorld.LinkToken(mails[1]));
    }

    [Fact]
    public async Task AfterOptOut_NothingMoreIsSent_EverForThatClient()
    {
        using var w = new InvitationWorld(reminders: "3");
        w.AnsweredAppeal("A-1", "2027-03-10 10:00:00");
        var service = w.Service();
        await service.Run(InvitationWorld.Msk("2027-03-10 12:00"), Ct);
        var token = InvitationWorld.LinkToken(Assert.Single(w.Received()));

        Assert.True(new InvitationTracking(w.Temp.Store, TimeProvider.System).OptOut(token));
        await service.Run(InvitationWorld.Msk("2027-03-13 12:00"), Ct);
        w.AnsweredAppeal("A-2", "2027-09-01 10:00:00"); // months later, past the once-per-N-days window
        var next = await service.Run(InvitationWorld.Msk("2027-09-01 13:00"), Ct);

        Assert.Single(w.Smtp.ReceivedEmail);
        Assert.Equal((1, 0, 1), (next.Eligible, next.Sent, next.Suppressed));
        Assert.Equal(1, w.Count("SELECT count(*) FROM invitation_outbox WHERE event_ref = 'A-2' AND suppressed_reason = 'opt_out'"));
    }

    [Fact]
    public async Task CrashBetweenSendAndMark_NeverSendsTwice()
    {
        using var w = new InvitationWorld(reminders: "3");
        w.AnsweredAppeal("A-1", "2027-03-10 10:00:00");
        w.AnsweredAppeal("A-2", "2027-03-10 10:00:00", email: "other@example.ru", key: "K2");
        var crashing = new CrashAfterSend(new MailKitEmailSender(w.SmtpSettings));

        // The process "dies" right after the relay accepted the first message, before the outbox was updated.
        await Assert.ThrowsAsync<SimulatedCrash>(() => w.Service(crashing).Run(InvitationWorld.Msk("2027-03-10 12:00"), Ct));
        Assert.Single(w.Smtp.ReceivedEmail);
        Assert.Equal(1, w.Count("SELECT count(*) FROM invitation_message WHERE state = 'sending'"));

        // Restart within the lease: the claimed message is left alone, the other one goes.
        var restart = await w.Service().Run(InvitationWorld.Msk("2027-03-10 12:05"), Ct);
        // After the lease: the ambiguous message turns 'unknown', is not resent, and gets no reminder either.
        var after = await w.Service().Run(InvitationWorld.Msk("2027-03-13 12:30"), Ct);

        Assert.Equal(1, restart.Sent);
        Assert.Equal(1, after.Dispatch.Unknown);
        var to = w.Received().Select(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Equal(3, to.Count); // A-1 once, A-2 invitation and its reminder
        Assert.Equal(1, to.Count(a => a == "client@example.ru"));
        Assert.Equal(1, w.Count("SELECT count(*) FROM invitation_message WHERE state = 'unknown'"));
    }

    [Fact]
    public async Task QuietHours_InTheOfficeZone_MoveTheSendToTheMorning()
    {
        using var w = new InvitationWorld(delayMinutes: 60);
        Seed.Sql(w.Temp.Store, "UPDATE org_unit SET time_zone = 'Asia/Yekaterinburg' WHERE code = 'B1'"); // UTC+5
        w.AnsweredAppeal("A-1", "2027-03-10 20:30:00"); // office clock; due 21:30 → 09:00 next morning there
        var service = w.Service();

        await service.Run(new DateTime(2027, 3, 10, 15, 30, 0, DateTimeKind.Utc), Ct);
        await service.Run(new DateTime(2027, 3, 11, 3, 59, 0, DateTimeKind.Utc), Ct); // 08:59 in Yekaterinburg
        Assert.Empty(w.Smtp.ReceivedEmail);
        await service.Run(new DateTime(2027, 3, 11, 4, 0, 0, DateTimeKind.Utc), Ct);
        Assert.Single(w.Smtp.ReceivedEmail);
    }

    [Fact]
    public async Task NoConsent_AndOncePerNDays_AreSuppressed()
    {
        using var w = new InvitationWorld();
        w.AnsweredAppeal("A-1", "2027-03-10 10:00:00");
        w.AnsweredAppeal("A-2", "2027-03-12 10:00:00"); // same client two days later: within 30 days
        w.AnsweredAppeal("A-3", "2027-03-10 10:00:00", email: "x@example.ru", key: "K3", consent: false);
        var service = w.Service();

        var run = await service.Run(InvitationWorld.Msk("2027-03-12 13:00"), Ct);

        Assert.Equal((3, 1, 2), (run.Eligible, run.Sent, run.Suppressed));
        Assert.Equal(1, run.Plan.ByReason["frequency"]);
        Assert.Equal(1, run.Plan.ByReason["no_consent"]);
        Assert.Single(w.Smtp.ReceivedEmail);
    }

    internal static Dictionary<string, AnswerValue> Answers() => new()
    {
        ["channel"] = AnswerValue.OfChoices("phone"), ["csat"] = AnswerValue.Of(5), ["ces"] = AnswerValue.Of(6),
        ["resolved"] = AnswerValue.Of("yes"), ["nps"] = AnswerValue.Of(9),
    };

    private sealed class SimulatedCrash() : Exception("simulated crash after the relay accepted the message");

    /// <summary>Sends for real, then dies before the caller can record it — the window exactly-once cannot close.</summary>
    private sealed class CrashAfterSend(IEmailSender inner) : IEmailSender
    {
        private bool _crashed;
        public bool Configured => true;

        public async Task<SendOutcome> Send(OutgoingEmail mail, CancellationToken cancellationToken)
        {
            var outcome = await inner.Send(mail, cancellationToken);
            if (_crashed) return outcome;
            _crashed = true;
            throw new SimulatedCrash();
        }
    }
}

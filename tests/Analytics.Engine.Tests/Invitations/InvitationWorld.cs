using Analytics.Engine.Delivery;
using Analytics.Engine.Forms;
using Analytics.Engine.Invitations;
using Analytics.Engine.Tests.Support;
using Dapper;
using Microsoft.Extensions.Options;
using netDumbster.smtp;

namespace Analytics.Engine.Tests.Invitations;

/// <summary>
/// A fresh store with an organisation, the published client-satisfaction questionnaire, an e-mail rule on answered
/// appeals (delay 2 h, reminder after 3 days) and a real SMTP server on loopback that the MailKit sender talks to.
/// </summary>
internal sealed class InvitationWorld : IDisposable
{
    public TempStore Temp { get; } = new();
    public SimpleSmtpServer Smtp { get; } = SimpleSmtpServer.Start();
    public InvitationOptions Options { get; } = new() { PublicBaseUrl = "https://opros.test", OncePerDays = 30 };
    public IOptions<SmtpOptions> SmtpSettings { get; }
    public FormService Forms { get; }

    public InvitationWorld(int delayMinutes = 120, string reminders = "3")
    {
        Seed.Org(Temp.Store);
        Forms = new FormService(Temp.Store);
        Assert.True(Forms.Publish(Forms.CreateFromTemplate("client-satisfaction", "client-satisfaction")).Published);
        Rules.Save(new InvitationRule("appeal-email", "После ответа на обращение", "appeal_answered", "client-satisfaction",
            delayMinutes, "email", InvitationRules.ParseDays(reminders)));
        SmtpSettings = Microsoft.Extensions.Options.Options.Create(new SmtpOptions
        {
            Host = "127.0.0.1", Port = Smtp.Configuration.Port, Security = SmtpSecurity.None, From = "opros@test.ru", TimeoutSeconds = 10,
        });
    }

    public InvitationRules Rules => new(Temp.Store);

    public InvitationService Service(IEmailSender? sender = null, ISmsGateway? sms = null, SmsOptions? smsOptions = null) =>
        new(Temp.Store, Microsoft.Extensions.Options.Options.Create(Options), sender ?? new MailKitEmailSender(SmtpSettings),
            sms ?? new SmsRuGateway(new HttpClient(), Microsoft.Extensions.Options.Options.Create(smsOptions ?? new SmsOptions())), TimeProvider.System);

    /// <summary>An individual's appeal answered at <paramref name="answeredMsk"/> (office wall clock), with consent unless told.</summary>
    public void AnsweredAppeal(string no, string answeredMsk, string email = "client@example.ru", string key = "K1",
        bool consent = true, string office = "O11", string? phone = null)
    {
        Seed.Sql(Temp.Store, $"""
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, consumer_email, consumer_phone, channel, kind,
                                received_at, registered_at, answered_at, status)
            VALUES ('{no}', '{office}', 'individual', '{key}', '{email}', {(phone is null ? "NULL" : $"'{phone}'")}, 'email', 'complaint',
                    TIMESTAMP '{answeredMsk}' - INTERVAL 5 DAY, TIMESTAMP '{answeredMsk}' - INTERVAL 5 DAY, TIMESTAMP '{answeredMsk}', 'answered')
            """);
        if (consent) Seed.Sql(Temp.Store, $"INSERT INTO client_consent VALUES ('{key}', TIMESTAMP '2025-01-01', 'test') ON CONFLICT DO NOTHING");
    }

    /// <summary>A Moscow wall-clock time as the UTC instant a run is made at.</summary>
    public static DateTime Msk(string local) => DateTime.SpecifyKind(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture).AddHours(-3), DateTimeKind.Utc);

    public long Count(string sql)
    {
        using var c = Temp.Store.Open();
        return c.ExecuteScalar<long>(sql);
    }

    public string Token(string appeal)
    {
        using var c = Temp.Store.Open();
        return c.ExecuteScalar<string>("SELECT token FROM invitation_outbox WHERE event_ref = $appeal", new { appeal })!;
    }

    /// <summary>The message as the client's mail program reads it (decoded by MimeKit from the raw SMTP data).</summary>
    public static MimeKit.MimeMessage Read(SmtpMessage m) =>
        MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data)));

    public MimeKit.MimeMessage[] Received() => [.. Smtp.ReceivedEmail.Select(Read)];

    /// <summary>The token of the tracked link in a message (https://opros.test/i/{token}).</summary>
    public static string LinkToken(MimeKit.MimeMessage m)
    {
        var match = System.Text.RegularExpressions.Regex.Match(m.TextBody ?? "", @"https://opros\.test/i/([A-Za-z0-9_\-]+)(?!/)\s");
        Assert.True(match.Success, "no questionnaire link in: " + m.TextBody);
        return Uri.UnescapeDataString(match.Groups[1].Value);
    }

    public void Dispose()
    {
        Smtp.Stop();
        Smtp.Dispose();
        Temp.Dispose();
    }
}

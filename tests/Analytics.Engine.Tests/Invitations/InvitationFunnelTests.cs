using System.Net;
using System.Net.Sockets;
using System.Text;
using Analytics.Engine.Delivery;
using Analytics.Engine.Invitations;
using Analytics.Engine.Forms;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Invitations;

public class InvitationFunnelTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FunnelCounts_EqualTheRecordsBehindThem()
    {
        using var w = new InvitationWorld(reminders: "");
        for (var i = 1; i <= 6; i++) w.AnsweredAppeal($"A-{i}", "2027-03-10 10:00:00", email: $"c{i}@example.ru", key: $"K{i}", consent: i != 6);
        var service = w.Service();
        await service.Run(InvitationWorld.Msk("2027-03-10 12:30"), Ct);
        var tracking = new InvitationTracking(w.Temp.Store, TimeProvider.System);
        var tokens = w.Received().Select(InvitationWorld.LinkToken).Order(StringComparer.Ordinal).ToList();
        tracking.Opened(tokens[0]);                  // opened only
        tracking.Start(tokens[1]);                   // followed the link
        tracking.Start(tokens[2]);                   // … and answered
        w.Forms.Submit(new SubmissionRequest { Id = "s-1", Form = "client-satisfaction", Token = tokens[2], Answers = InvitationDeliveryTests.Answers() });
        tracking.OptOut(tokens[3]);
        tracking.Bounced(InvitationDispatcherId(w, tokens[4]));

        var row = Assert.Single(new InvitationFunnel(w.Temp.Store).ByRule());

        Assert.Equal(w.Count("SELECT count(*) FROM invitation_outbox"), row.Eligible);
        Assert.Equal(6, row.Eligible);
        Assert.Equal(w.Count("SELECT count(*) FROM invitation_outbox WHERE state = 'suppressed'"), row.Suppressed);
        Assert.Equal(1, row.SuppressedNoConsent);
        Assert.Equal(w.Smtp.ReceivedEmailCount, row.Sent);
        Assert.Equal(5, row.Sent);
        Assert.Equal(1, row.Bounced);
        Assert.Equal(row.Sent - row.Bounced, row.Delivered);
        Assert.Equal(3, row.Opened);
        Assert.Equal(2, row.Started);
        Assert.Equal(w.Count("SELECT count(*) FROM submission WHERE token IS NOT NULL"), row.Completed);
        Assert.Equal(1, row.Completed);
        Assert.Equal(w.Count("SELECT count(*) FROM client_opt_out"), row.OptedOut);
    }

    private static string InvitationDispatcherId(InvitationWorld w, string token)
    {
        using var c = w.Temp.Store.Open();
        return Dapper.SqlMapper.ExecuteScalar<string>(c, "SELECT m.message_id FROM invitation_message m JOIN invitation_outbox o ON o.id = m.outbox_id WHERE o.token = $token", new { token })!;
    }

    [Fact]
    public async Task HandledCall_GetsAnSms_ThroughTheProviderApiOnLoopback()
    {
        using var w = new InvitationWorld();
        w.Rules.Save(new InvitationRule("call-sms", "После звонка", "call_handled", "client-satisfaction", 30, "sms", []));
        w.Rules.Save(new InvitationRule("appeal-email", "После ответа на обращение", "appeal_answered", "client-satisfaction", 120, "email", [], Active: false));
        Seed.Sql(w.Temp.Store, """
            INSERT INTO call_record (call_id, center_code, started_at, wait_seconds, handle_seconds, answered, closed_by, routed_unit, caller_phone)
            VALUES ('C-1', 'O11', TIMESTAMP '2027-03-10 10:00:00', 20, 280, true, 'operator', '', '+7 (916) 123-45-67');
            INSERT INTO client_consent VALUES ('p:79161234567', TIMESTAMP '2025-01-01', 'test');
            """);
        using var provider = new LoopbackProvider();
        var sms = new SmsOptions { ApiId = "KEY-1", BaseUrl = provider.BaseUrl, From = "MRSK" };

        var run = await w.Service(smsOptions: sms).Run(InvitationWorld.Msk("2027-03-10 10:40"), Ct);

        Assert.Equal((1, 1, 0, 0), (run.Eligible, run.Sent, run.Suppressed, run.Failed));
        var form = Assert.Single(provider.Requests);
        Assert.Equal("KEY-1", form["api_id"]);
        Assert.Equal("79161234567", form["to"]);
        Assert.Equal("MRSK", form["from"]);
        Assert.Contains("https://opros.test/i/", form["msg"]);
        Assert.Contains("/stop", form["msg"]);
        Assert.Equal(1, w.Count("SELECT count(*) FROM invitation_message WHERE message_id = '000001-100001' AND state = 'sent'"));
    }

    /// <summary>An SMS.ru stand-in on 127.0.0.1: records each form post and answers as the provider does.</summary>
    private sealed class LoopbackProvider : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _loop;
        public List<Dictionary<string, string>> Requests { get; } = [];
        public string BaseUrl { get; }

        public LoopbackProvider()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            BaseUrl = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Add(BaseUrl + "/");
            _listener.Start();
            _loop = Task.Run(Serve);
        }

        private async Task Serve()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext ctx;
                try { ctx = await _listener.GetContextAsync(); } catch (Exception) { return; }
                using var reader = new StreamReader(ctx.Request.InputStream, Encoding.UTF8);
                var form = (await reader.ReadToEndAsync()).Split('&').Select(p => p.Split('=', 2))
                    .ToDictionary(p => WebUtility.UrlDecode(p[0]), p => WebUtility.UrlDecode(p.Length > 1 ? p[1] : ""));
                lock (Requests) Requests.Add(form);
                var body = Encoding.UTF8.GetBytes($$$"""{"status":"OK","status_code":100,"sms":{"{{{form["to"]}}}":{"status":"OK","status_code":100,"sms_id":"000001-100001"}},"balance":10.5}""");
                ctx.Response.ContentType = "application/json";
                await ctx.Response.OutputStream.WriteAsync(body);
                ctx.Response.Close();
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        }
    }
}

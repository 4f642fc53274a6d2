using System.Text.Json;
using Analytics.Engine.Actions;
using Analytics.Engine.Forms;
using Analytics.Engine.Tests.Support;
using Analytics.Engine.Webhooks;
using Dapper;

namespace Analytics.Engine.Tests.Webhooks;

/// <summary>Publishing: where each event is written, only when some subscriber wants it, in the change's transaction.</summary>
public class WebhookOutboxTests
{
    [Fact]
    public void Publish_WritesNothing_WhenNoSubscriberWantsTheType()
    {
        using var w = new WebhookWorld();
        Assert.Null(w.Publish(WebhookEvents.ImportFinished, new { import = 1 }));
        w.Subscribe("https://crm.example.ru/hooks", WebhookEvents.CaseOpened);
        Assert.Null(w.Publish(WebhookEvents.ImportFinished, new { import = 2 }));
        Assert.NotNull(w.Publish(WebhookEvents.CaseOpened, new { action = 1 }));
        Assert.Equal(1, w.Count("SELECT count(*) FROM webhook_event"));
    }

    [Fact]
    public async Task StoredSubmissions_AreEventsOfTheirBatch_OnlyOnceSubscribed()
    {
        using var w = new WebhookWorld();
        Seed.Org(w.Store);
        var forms = new FormService(w.Store);
        Assert.True(forms.Publish(forms.CreateFromTemplate("client-satisfaction", "client-satisfaction")).Published);

        forms.Submit(Submission("s-0"));
        Assert.Equal(0, w.Count("SELECT count(*) FROM webhook_event")); // nobody subscribed: the writer wrote no event

        w.Subscribe("https://crm.example.ru/hooks", WebhookEvents.SubmissionStored);
        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => forms.SubmitAsync(Submission($"s-{i}"))));
        forms.Submit(Submission("s-3")); // a repeat stores nothing and announces nothing

        using var c = w.Store.Open();
        var bodies = c.Query<string>("SELECT body FROM webhook_event WHERE type = 'submission.stored'").ToList();
        Assert.Equal(20, bodies.Count);
        var ids = bodies.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("data").GetProperty("submission").GetString()).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"s-{i}").Order(), ids);
        Assert.DoesNotContain("answers", bodies[0]); // answers may hold personal data: never in a webhook
        Assert.Equal("O11", JsonDocument.Parse(bodies[0]).RootElement.GetProperty("data").GetProperty("office").GetString());
    }

    [Fact]
    public void CorrectiveActions_AnnounceOpenedAndClosed()
    {
        using var w = new WebhookWorld();
        w.Subscribe("https://crm.example.ru/hooks", WebhookEvents.CaseOpened, WebhookEvents.CaseClosed);
        var actions = new CorrectiveActionService(w.Store);
        var a = actions.Open(new NewCorrectiveAction(ActionSource.Complaint, "A-1", "Повторная жалоба", "ivanova", new DateOnly(2026, 12, 31)), "quality");
        actions.Open(new NewCorrectiveAction(ActionSource.Complaint, "A-1", "Повторная жалоба", "ivanova", new DateOnly(2026, 12, 31)), "quality"); // same source: no new case
        actions.Move(a.Id, ActionStatus.InProgress, "ivanova");
        actions.Move(a.Id, ActionStatus.Cancelled, "ivanova", "дубль");

        using var c = w.Store.Open();
        Assert.Equal(["case.opened", "case.closed"], c.Query<string>("SELECT type FROM webhook_event ORDER BY id").ToArray());
        var closed = JsonDocument.Parse(c.ExecuteScalar<string>("SELECT body FROM webhook_event WHERE type = 'case.closed'")!).RootElement.GetProperty("data");
        Assert.Equal(("cancelled", "in_progress", a.Id), (closed.GetProperty("status").GetString(), closed.GetProperty("previousStatus").GetString(), closed.GetProperty("action").GetInt64()));
        Assert.False(closed.TryGetProperty("owner", out _));
    }

    [Fact]
    public void Subscribers_AreAudited_WithoutTheSecret_AndBadInputIsRefusedInRussian()
    {
        using var w = new WebhookWorld();
        var s = w.Subscribe("https://crm.example.ru/hooks", WebhookEvents.ReportGenerated);
        w.Subscribers.Update(s.Id, new WebhookSubscriberInput("CRM", "https://crm.example.ru/v2", "another-secret-0123456", [WebhookEvents.ReportGenerated]), "admin");
        w.Subscribers.Pause(s.Id, "admin");

        using (var c = w.Store.Open())
        {
            Assert.NotEqual(WebhookWorld.Secret, c.ExecuteScalar<string>("SELECT secret FROM webhook_subscriber"));
            var entries = c.Query<string>("SELECT action || ' ' || coalesce(before_json, '') || coalesce(after_json, '') FROM audit_entry WHERE entity_kind = 'webhook' ORDER BY seq").ToList();
            Assert.Equal(3, entries.Count);
            Assert.All(entries, e => Assert.DoesNotContain(WebhookWorld.Secret, e));
            Assert.All(entries, e => Assert.DoesNotContain("another-secret", e));
            Assert.Contains("\"secretChanged\":true", entries[1].Replace(" ", ""));
        }
        var bad = Assert.Throws<WebhookInputException>(() => w.Subscribers.Add(new WebhookSubscriberInput("X", "ftp://x", WebhookWorld.Secret, [WebhookEvents.CaseOpened]), "admin"));
        Assert.Contains("Адрес", bad.Message);
        Assert.Throws<WebhookInputException>(() => w.Subscribers.Add(new WebhookSubscriberInput("X", "https://x.ru", "short", [WebhookEvents.CaseOpened]), "admin"));
        Assert.Throws<WebhookInputException>(() => w.Subscribers.Add(new WebhookSubscriberInput("X", "https://x.ru", WebhookWorld.Secret, []), "admin"));
        Assert.Throws<WebhookInputException>(() => w.Subscribers.Add(new WebhookSubscriberInput("X", "https://x.ru", WebhookWorld.Secret, ["ping"]), "admin"));
    }

    private static SubmissionRequest Submission(string id) => new()
    {
        Id = id, Form = "client-satisfaction", OfficeCode = "O11",
        Answers = Invitations.InvitationDeliveryTests.Answers(),
    };
}

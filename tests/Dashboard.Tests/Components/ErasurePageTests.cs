using Analytics.Engine.Audit;
using Analytics.Engine.Privacy.Erasure;
using Bunit;
using Dapper;
using Dashboard.Components.Pages.Admin;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Components;

/// <summary>/admin/erasure: the first click only asks; the second erases, as the signed-in admin, and says what it did.</summary>
public class ErasurePageTests : BunitContext
{
    private readonly TestStore _store = new();

    private string Phone()
    {
        using var c = _store.Store.Open();
        return c.ExecuteScalar<string>("SELECT consumer_phone FROM appeal WHERE register_no = 'A-1'")!;
    }

    [Fact]
    public void Erase_AsksFirst_ThenErasesAsTheAdmin_AndShowsThePolicy()
    {
        using (var c = _store.Store.Open())
            c.Execute("""
                INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, consumer_name, consumer_phone, channel, kind, received_at, registered_at)
                VALUES ('A-1', 'O01', 'individual', '470001234567', 'Сидорова Анна Петровна', '+7 912 000-11-22', 'email', 'complaint', '2026-03-01 10:00', '2026-03-01 10:00')
                """);
        this.AddDashboardServices(_store.Store, "ru-RU");
        Services.AddSingleton(Options.Create(new RetentionOptions()));
        Services.AddSingleton(new ConsumerErasure(_store.Store));
        this.SignInAs("root", Roles.Admin);

        var cut = Render<ErasurePage>();
        Assert.Contains("5\u00A0лет", cut.Find("[data-test=retention-policy]").TextContent);
        Assert.Contains("12\u00A0месяцев", cut.Find("[data-test=retention-policy]").TextContent);
        cut.Find("input[data-test=erase-key]").Change("470001234567");
        cut.Find("[data-test=erase]").Click();

        Assert.Contains("470001234567", cut.Find("[data-test=erase-confirm]").TextContent);
        Assert.Equal("+7 912 000-11-22", Phone()); // asked, not yet erased

        cut.Find("[data-test=erase-yes]").Click();

        Assert.Equal(ConsumerIdentity.Placeholder, Phone());
        Assert.Contains("Удалено", cut.Find("[data-test=erase-result]").TextContent);
        Assert.Empty(cut.FindAll("[data-test=erase-confirm]"));
        var entry = Assert.Single(new AuditTrail(_store.Store).List(new AuditFilter(EntityKind: AuditKinds.Consumer)));
        Assert.Equal(("root", "erase"), (entry.Actor, entry.Action));
        Assert.DoesNotContain("470001234567", entry.EntityId + entry.AfterJson);
    }

    [Fact]
    public void Cancel_ErasesNothing()
    {
        using (var c = _store.Store.Open())
            c.Execute("""
                INSERT INTO appeal (register_no, office_code, consumer_type, consumer_key, consumer_phone, channel, kind, received_at, registered_at)
                VALUES ('A-1', 'O01', 'individual', '470001234567', '+7 912 000-11-22', 'email', 'complaint', '2026-03-01 10:00', '2026-03-01 10:00')
                """);
        this.AddDashboardServices(_store.Store, "ru-RU");
        Services.AddSingleton(Options.Create(new RetentionOptions()));
        Services.AddSingleton(new ConsumerErasure(_store.Store));
        this.SignInAs("root", Roles.Admin);

        var cut = Render<ErasurePage>();
        cut.Find("input[data-test=erase-key]").Change("470001234567");
        cut.Find("[data-test=erase]").Click();
        cut.Find("[data-test=erase-cancel]").Click();

        Assert.Equal("+7 912 000-11-22", Phone());
        Assert.Empty(cut.FindAll("[data-test=erase-result]"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _store.Dispose();
    }
}

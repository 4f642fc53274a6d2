using Analytics.Engine.Actions;
using Bunit;
using Dapper;
using Dashboard.Components.Pages;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class OverviewCardsTests : BunitContext
{
    private readonly TestStore _store = new();

    public OverviewCardsTests()
    {
        this.AddDashboardServices(_store.Store);
        var year = DateTime.Now.Month == 1 ? DateTime.Now.Year - 1 : DateTime.Now.Year;
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'Компания'),
                ('B01', 'branch', 'C', 'Филиал 1'), ('O01', 'office', 'B01', 'Офис 1');
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, answered_at, status)
            VALUES ('A-1', 'O01', 'individual', 'post', 'complaint', $t, $t, $a, 'answered');
            """, new { t = new DateTime(year, 1, 15, 10, 0, 0), a = new DateTime(year, 1, 20, 10, 0, 0) });
    }

    [Fact]
    public void Render_ShowsIndicatorCards_AndOverdueActions()
    {
        this.SignInAs("exec", Roles.Executive);
        Services.GetRequiredService<CorrectiveActionService>().Open(new NewCorrectiveAction(ActionSource.Other, "x", "Мера", "ivanov",
            DateOnly.FromDateTime(DateTime.Now).AddDays(-1)), "t");

        var cut = Render<OverviewCards>(p => p.Add(c => c.Scope, new Dashboard.Access.UserScope("exec", null, false, false)));

        Assert.NotEmpty(cut.FindAll("[data-indicator]"));
        Assert.Equal("1", cut.Find("[data-card=overdue-actions] [data-test=value]").TextContent);
        Assert.Contains("Компания", cut.Markup);
        // The actions tile holds both counts as label/value pairs, and the lists of what needs attention follow the tiles.
        Assert.Equal("1", cut.Find("[data-card=open-actions] [data-test=value]").TextContent);
        cut.Find("[data-test=worst-offices]");
        cut.Find("[data-test=overdue-complaints]");
        Assert.All(cut.FindAll("[data-test=sparkline]"), s => Assert.Contains(" %", s.QuerySelector("[data-test=spark-max]")!.TextContent));
        // Captions name the months in Russian ("янв – ноя 2026"), never "2026-01 – 2026-11".
        Assert.All(cut.FindAll("[data-test=spark-period]"), p =>
        {
            Assert.Matches(@"^(янв|фев|мар|апр|май|июн|июл|авг|сен|окт|ноя|дек)( \d{4})?( – (янв|фев|мар|апр|май|июн|июл|авг|сен|окт|ноя|дек) \d{4})?\*?$", p.TextContent.Trim());
            Assert.DoesNotMatch(@"\d{4}-\d{2}", p.TextContent);
        });
    }

    [Fact]
    public void OverdueComplaints_NameTheOfficeWithCityAndCode()
    {
        // Two offices share a name; the overdue list must say which one (Deliver 7, findings D7).
        var year = DateTime.Now.Month == 1 ? DateTime.Now.Year - 1 : DateTime.Now.Year;
        using (var c = _store.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name, address) VALUES
                    ('KTL-01', 'office', 'B01', 'Центральный офис', 'Архангельская обл., г. Котлас, ул. Мира, 12'),
                    ('ARH-01', 'office', 'B01', 'Центральный офис', 'г. Архангельск, пр. Троицкий, 45');
                INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, status)
                VALUES ('Ж-0042', 'KTL-01', 'individual', 'post', 'complaint', $t, $t, 'open');
                """, new { t = new DateTime(year, 1, 9, 10, 0, 0) });
        this.SignInAs("exec", Roles.Executive);

        var cut = Render<OverviewCards>(p => p.Add(c => c.Scope, new Dashboard.Access.UserScope("exec", null, false, false)));

        var row = cut.Find("[data-test=overdue-complaints] tr[data-appeal='Ж-0042']");
        Assert.Contains("Центральный офис — Котлас, KTL-01", row.TextContent);
    }
}

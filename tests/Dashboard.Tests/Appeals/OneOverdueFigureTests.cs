using System.Net;
using Analytics.Engine.Compliance;
using Analytics.Engine.Methodology;
using Dapper;
using Dashboard.Access;
using Dashboard.Appeals;
using Dashboard.Filters;
using Dashboard.Jobs;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Appeals;

/// <summary>
/// Overdue appeals of branch B01 registered in March 2025, judged today through the real host: the Engine's deadline
/// component, the /appeals query (card and list), <c>/records/appeals?state=overdue</c> and the reminder job agree,
/// and a copied methodology with another post deadline moves all of them.
/// </summary>
public class OneOverdueFigureTests
{
    private const string Password = "a-long-password-1";
    private static readonly UserScope Admin = new("admin", null, SeesPersonalData: true, CanEditActions: true);

    private static async Task<(DashboardFactory Factory, HttpClient Client)> Host()
    {
        var factory = new DashboardFactory();
        using (var c = factory.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name) VALUES
                    ('C', 'company', NULL, 'Компания'), ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2'),
                    ('O01', 'office', 'B01', 'Офис 1'), ('O02', 'office', 'B01', 'Офис 2'), ('O21', 'office', 'B02', 'Офис 21');
                INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, due_at, answered_at, status) VALUES
                    ('P1', 'O01', 'individual', 'post',  'complaint', '2025-03-03 10:00', '2025-03-03 10:00', '2025-06-30', NULL, 'open'),
                    ('P2', 'O02', 'legal',      'email', 'complaint', '2025-03-04 10:00', '2025-03-04 10:00', NULL, NULL, 'open'),
                    ('P3', 'O01', 'individual', 'post',  'complaint', '2025-03-05 10:00', '2025-03-05 10:00', NULL, '2025-03-20 10:00', 'answered'),
                    ('P4', 'O01', 'legal',      'email', 'complaint', '2025-03-05 10:00', '2025-03-05 10:00', NULL, '2025-05-20 10:00', 'answered'),
                    ('X1', 'O21', 'individual', 'post',  'complaint', '2025-03-03 10:00', '2025-03-03 10:00', NULL, NULL, 'open'),
                    ('X2', 'O01', 'individual', 'post',  'complaint', '2025-04-03 10:00', '2025-04-03 10:00', NULL, NULL, 'open');
                """);
        factory.AddUser("quality", Password, new UserRole(Roles.Admin, null));
        return (factory, await SignInClient.SignedIn(factory, "quality", Password));
    }

    private static async Task<(long Engine, long Card, long List, long Records, long Reminders)> Surfaces(DashboardFactory factory, HttpClient client)
    {
        var today = DateOnly.FromDateTime(factory.Service<TimeProvider>().GetLocalNow().DateTime);
        var engine = factory.Service<AppealDeadlines>().Summary(today, AppealScope.Month(2025, 3, "B01")).Overdue;
        var report = factory.Service<AppealsQuery>().Load(new DashboardFilter(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), Branch: "B01"), Admin);
        var response = await client.GetAsync("/api/records/appeals?format=csv&state=overdue&branch=B01&from=2025-03-01&to=2025-03-31",
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using (var c = factory.Store.Open()) c.Execute("DELETE FROM notification");
        await factory.Service<DeadlineReminderJob>().Run(TestContext.Current.CancellationToken);
        long reminders;
        using (var c = factory.Store.Open())
            reminders = c.ExecuteScalar<long>("""
                SELECT count(*) FROM notification n JOIN appeal a ON a.register_no = n.subject_ref
                WHERE n.recipient = 'branch:B01' AND n.kind = 'appeal_overdue' AND month(a.registered_at) = 3 AND year(a.registered_at) = 2025
                """);
        return (engine, report.Deadlines.Overdue, report.Overdue.Count, lines.Length - 1, reminders);
    }

    [Fact]
    public async Task OverdueAppeals_AreTheSameOnEverySurface_AndMoveWithTheMethodology()
    {
        var (factory, client) = await Host();
        await using var _ = factory;

        var before = await Surfaces(factory, client);
        // 700 calendar days for post: P1 is no longer overdue anywhere.
        new MethodologyRepository(factory.Store).Copy(MethodologyRepository.DefaultId, MethodologyRepository.DefaultId, m => m with
        {
            Norms = m.Norms with
            {
                Deadlines = [.. m.Norms.Deadlines.Select(d => d.Channels.Contains("post") && d.ConsumerType == "*" ? d with { Days = 700 } : d)],
            },
        });
        var after = await Surfaces(factory, client);

        Assert.Equal((2L, 2L, 2L, 2L, 2L), before);   // P1 (post, 30 days) and P2 (legal e-mail, 15 working days)
        Assert.Equal((1L, 1L, 1L, 1L, 1L), after);
    }

    [Fact]
    public async Task RegisterDue_IsShownWhereItDiffersFromTheStandard()
    {
        var (factory, _) = await Host();
        await using var __ = factory;

        var report = factory.Service<AppealsQuery>().Load(new DashboardFilter(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), Branch: "B01"), Admin);

        var p1 = report.Overdue.Single(a => a.RegisterNo == "P1");
        Assert.Equal((new DateOnly(2025, 4, 2), new DateOnly(2025, 6, 30)), (p1.DueOn, p1.RegisterDue!.Value));
        Assert.Null(report.Overdue.Single(a => a.RegisterNo == "P2").RegisterDue);   // the register has no date of its own
        Assert.Equal(1, report.Deadlines.RegisterLater);
    }
}

using Bunit;
using Dapper;
using Dashboard.Access;
using Dashboard.Components.Pages.Notifications;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class NotificationsPageTests : BunitContext
{
    private readonly TestStore _store = new();

    public NotificationsPageTests()
    {
        this.AddDashboardServices(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO notification (recipient, kind, subject_ref, due_on, message, created_at) VALUES
                ('branch:B01', 'appeal_overdue', 'A-1', DATE '2025-03-05', 'Просрочен ответ на обращение A-1', now()),
                ('branch:B02', 'appeal_due', 'A-2', DATE '2025-03-12', 'Истекает срок ответа на обращение A-2', now()),
                ('ivanov', 'action_due', '7', DATE '2025-03-11', 'Истекает срок корректирующей меры № 7', now())
            """);
    }

    private NotificationQuery Query => Services.GetRequiredService<NotificationQuery>();

    [Fact]
    public void List_GivesBranchManagerOwnBranch_AndOwnerTheirActions()
    {
        Assert.Equal(["A-1"], Query.List(new UserScope("bm", "B01", false, true)).Select(n => n.SubjectRef));
        Assert.Equal(["7"], Query.List(new UserScope("ivanov", "B09", false, true)).Select(n => n.SubjectRef));
        Assert.Equal(3, Query.List(new UserScope("ivanov", null, false, true)).Count);
    }

    [Fact]
    public void MarkRead_ClearsUnread_AndIgnoresOthersReminders()
    {
        this.SignInAsBranchManager("bm", "B01");
        var cut = Render<NotificationsPage>();
        var other = Query.List(new UserScope("x", "B02", false, false)).Single();

        cut.Find("[data-test=mark-read]").Click();
        Query.MarkRead(new UserScope("bm", "B01", false, true), other.Id);

        Assert.Equal(0, Query.UnreadCount(new UserScope("bm", "B01", false, true)));
        Assert.Equal(1, Query.UnreadCount(new UserScope("x", "B02", false, false)));
        Assert.Empty(cut.FindAll("[data-test=mark-read]"));
        Assert.Contains("overdue", cut.Find("tr[data-notification]").ClassName);
    }

    [Fact]
    public void CaseNotices_AreNamedByTheirOwnKind_AndLeadToTheClientCases()
    {
        using (var c = _store.Store.Open())
            c.Execute("""
                INSERT INTO notification (recipient, kind, subject_ref, due_on, message, created_at) VALUES
                    ('petrova', 'case_opened', '12', DATE '2025-03-06', 'Новое обращение клиента № 12', now()),
                    ('petrova', 'case_escalated', '13', DATE '2025-03-07', 'Вам передано просроченное обращение клиента № 13', now())
                """);
        this.SignInAs("petrova", Roles.BranchManager);

        var cut = Render<NotificationsPage>();
        var rows = cut.FindAll("tr[data-notification]").Where(r => r.TextContent.Contains("обращение клиента", StringComparison.Ordinal)).ToList();

        Assert.Equal(["Новое обращение клиента", "Обращение клиента передано вам (эскалация)"],
            rows.Select(r => r.QuerySelector("[data-test=kind]")!.TextContent.Trim()));
        Assert.All(rows, r => Assert.Equal("/actions?source=client_case", r.QuerySelector("a")!.GetAttribute("href")));
        Assert.Contains("overdue", rows[1].ClassName); // handed over because it was overdue
        Assert.DoesNotContain("case_", cut.Markup.Replace("data-", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Page_SaysWhenRemindersAppear_WhenThereAreNone()
    {
        this.SignInAs("designer", Roles.Designer);
        using (var c = _store.Store.Open()) c.Execute("DELETE FROM notification");

        var cut = Render<NotificationsPage>();

        Assert.Contains("каждое утро", cut.Find("[data-test=notifications-empty]").TextContent);
    }
}

using Analytics.Engine.Actions;
using Bunit;
using Dashboard.Components.Pages.Actions;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Dashboard.Tests.Components;

/// <summary>D24: an action's owner (by login, shown by ФИО) and due date are edited in its detail and kept in its history.</summary>
public class ActionOwnerDueTests : BunitContext
{
    private const string Password = "a-long-password-1";
    private readonly TestStore _store = new();

    public ActionOwnerDueTests()
    {
        this.AddDashboardServices(_store.Store);
        this.SignInAs("admin", Roles.Admin);
        var users = Services.GetRequiredService<UserService>();
        users.Create("admin", "Администратор Системы", Password, [new UserRole(Roles.Admin, null)], "test");
        users.Create("auditor1", "Смирнов Алексей Петрович", Password, [new UserRole(Roles.Auditor, null)], "test");
        users.Create("exec", "Директор Иван Иванович", Password, [new UserRole(Roles.Executive, null)], "test");
    }

    private CorrectiveActionService Actions => Services.GetRequiredService<CorrectiveActionService>();

    private CorrectiveAction Open() => Actions.Open(new NewCorrectiveAction(ActionSource.Other, "ref-1", "Мера", "admin",
        new DateOnly(2026, 12, 1)), "admin");

    [Fact]
    public async Task Detail_ChangesOwnerAndDue_AndRecordsItInTheHistory()
    {
        var action = Open();
        var cut = Render<ActionDetails>(p => p.Add(d => d.Action, action).Add(d => d.CanEdit, true).Add(d => d.Actor, "admin"));
        Assert.Equal("Администратор Системы", cut.Find("[data-test=owner-name]").TextContent);

        var owner = cut.FindComponent<MudSelect<string>>();
        await cut.InvokeAsync(() => owner.Instance.ValueChanged.InvokeAsync("auditor1"));
        var due = cut.FindComponent<MudDatePicker>();
        await cut.InvokeAsync(() => due.Instance.DateChanged.InvokeAsync(new DateTime(2026, 12, 20)));
        cut.Find("[data-test=owner-due-save]").Click();

        var saved = Actions.Get(action.Id)!;
        Assert.Equal(("auditor1", new DateOnly(2026, 12, 20)), (saved.Owner, saved.DueOn));
        var last = Actions.History(action.Id)[^1];
        Assert.Equal("admin", last.Actor);
        Assert.Contains("admin → auditor1", last.Note);
        Assert.Contains("01.12.2026 → 20.12.2026", last.Note);
    }

    [Fact]
    public void OwnerChoices_AreUsersWhoMayOwnActions_ByName()
    {
        var owners = Services.GetRequiredService<Dashboard.Actions.ActionOwners>().List();

        Assert.Equal(["Администратор Системы", "Смирнов Алексей Петрович"], owners.Select(o => o.Name));
        Assert.DoesNotContain(owners, o => o.Login == "exec");
    }

    [Fact]
    public void Reassign_WithNoChange_RecordsNothing()
    {
        var action = Open();

        Actions.Reassign(action.Id, "admin", action.DueOn, "admin");

        Assert.Single(Actions.History(action.Id));
    }
}

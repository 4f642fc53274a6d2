using MudBlazor.Extensions;
using Analytics.Engine.Actions;
using Bunit;
using Dapper;
using Dashboard.Components.Pages.Actions;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class ActionsPageTests : BunitContext
{
    private readonly TestStore _store = new();

    public ActionsPageTests()
    {
        this.AddDashboardServices(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'Компания'),
                ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2'),
                ('O01', 'office', 'B01', 'Офис 1'), ('O21', 'office', 'B02', 'Офис 21')
            """);
    }

    private CorrectiveActionService Service => Services.GetRequiredService<CorrectiveActionService>();
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    private CorrectiveAction Open(string reference, string office, string branch, int dueInDays) =>
        Service.Open(new NewCorrectiveAction(ActionSource.Complaint, reference, "Мера " + reference, "ivanov",
            Today.AddDays(dueInDays), OfficeCode: office, BranchCode: branch), "test");

    [Fact]
    public void List_SaysWhatToDo_WhenThereAreNoActions()
    {
        this.SignInAs("auditor", Roles.Auditor);

        var cut = Render<ActionsPage>();

        Assert.Contains("Новая мера", cut.Find("[data-test=actions-empty]").TextContent);
    }

    [Fact]
    public void List_NamesTheOwnerByFio_NotByLogin()
    {
        new Analytics.Engine.Users.UserStore(_store.Store).Insert("ivanov", "Иванов Сергей Петрович", "", [new UserRole(Roles.Auditor, null)], "test", DateTime.UtcNow);
        this.SignInAs("auditor", Roles.Auditor);
        Open("A-1", "O01", "B01", 10);

        var cut = Render<ActionsPage>();

        Assert.Equal("Иванов Сергей Петрович", cut.Find("tr[data-action] [data-test=owner]").TextContent);
    }

    [Fact]
    public void List_HighlightsOverdue_AndPutsItFirst()
    {
        this.SignInAs("auditor", Roles.Auditor);
        Open("A-1", "O01", "B01", 10);
        var late = Open("A-2", "O01", "B01", -3);

        var cut = Render<ActionsPage>();

        var rows = cut.FindAll("tr[data-action]");
        Assert.Equal(late.Id.ToString(), rows[0].GetAttribute("data-action"));
        Assert.Equal("true", rows[0].GetAttribute("data-overdue"));
        Assert.Contains("overdue", rows[0].ClassName);
        Assert.Equal("false", rows[1].GetAttribute("data-overdue"));
    }

    [Fact]
    public void List_ShowsBranchManagerOnlyOwnBranch()
    {
        this.SignInAsBranchManager("bm", "B01");
        Open("A-1", "O01", "B01", 10);
        Open("A-2", "O21", "B02", 10);

        var cut = Render<ActionsPage>();

        Assert.Single(cut.FindAll("tr[data-action]"));
        Assert.Contains("A-1", cut.Find("tr[data-action]").TextContent);
    }

    [Fact]
    public void Details_OffersOnlyAllowedMoves_AndVerificationAfterDone()
    {
        this.SignInAs("auditor", Roles.Auditor);
        var action = Open("A-1", "O01", "B01", 10);
        var cut = Render<ActionsPage>();

        cut.Find($"tr[data-action='{action.Id}']").Click();
        var moves = cut.FindAll("[data-move]").Select(b => b.GetAttribute("data-move")).ToList();
        Assert.Equal(["in_progress", "done", "cancelled"], moves);
        Assert.Empty(cut.FindAll("[data-test=verify]"));

        cut.Find("[data-move=done]").Click();
        cut.Find("input[data-test=verification-ref]").Change("call-17");
        cut.Find("[data-test=verify-pass]").Click();

        Assert.Equal(ActionStatus.Verified, Service.Get(action.Id)!.Status);
        Assert.Contains("Проверена", cut.Find("[data-test=status]").TextContent);
        Assert.Equal(3, cut.FindAll("[data-test=history] tr").Count);
    }

    [Fact]
    public async Task Create_OpensActionFromComplaint_ForChosenOffice()
    {
        this.SignInAs("auditor", Roles.Auditor);
        var cut = Render<ActionsPage>();

        cut.Find("[data-test=new-action]").Click();
        cut.Find("input[data-test=source-ref]").Change("Ж-2025-001");
        cut.Find("input[data-test=title]").Change("Провести инструктаж");
        // The owner is chosen from the users who may own actions (by ФИО), prefilled with whoever creates it.
        var form = cut.FindComponent<ActionCreateForm>();
        var owner = Assert.Single(form.FindComponents<MudBlazor.MudSelect<string>>());
        Assert.Equal("auditor", owner.Instance.GetState(x => x.Value));
        await cut.InvokeAsync(() => owner.Instance.ValueChanged.InvokeAsync("petrov"));
        cut.Find("[data-test=create]").Click();

        var created = Assert.Single(Service.List(new ActionFilter()));
        Assert.Equal((ActionSource.Complaint, "Ж-2025-001", "petrov", "auditor"), (created.Source, created.SourceRef, created.Owner, created.CreatedBy));
        Assert.NotNull(cut.Find($"tr[data-action='{created.Id}']"));
    }

    [Fact]
    public void Create_IsNotOffered_ToExecutive()
    {
        this.SignInAs("exec", Roles.Executive);

        var cut = Render<ActionsPage>();

        Assert.Empty(cut.FindAll("[data-test=new-action]"));
    }

    [Fact]
    public void List_AppliesOverdueFilter_FromQueryString()
    {
        this.SignInAs("auditor", Roles.Auditor);
        Open("A-1", "O01", "B01", 10);
        Open("A-2", "O01", "B01", -3);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/actions?overdue=true");

        var cut = Render<ActionsPage>();

        Assert.Single(cut.FindAll("tr[data-action]"));
    }
}

using System.Net;
using Analytics.Engine.Actions;
using Dapper;
using Dashboard.Access;
using Dashboard.Tests.Support;
using Dashboard.Users;

namespace Dashboard.Tests.Actions;

public class ActionExportTests
{
    private const string Password = "a-long-password-1";

    [Fact]
    public async Task BranchManager_ExportsOnlyTheirBranchActions_AndTheExportIsLogged()
    {
        await using var factory = new DashboardFactory();
        using (var c = factory.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'К'),
                    ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2');
                """);
        var service = factory.Service<CorrectiveActionService>();
        var due = DateOnly.FromDateTime(DateTime.Now).AddDays(-1);
        service.Open(new NewCorrectiveAction(ActionSource.Complaint, "A-1", "Мера филиала 1", "ivanov", due, BranchCode: "B01"), "t");
        service.Open(new NewCorrectiveAction(ActionSource.Complaint, "A-2", "Мера филиала 2", "petrov", due, BranchCode: "B02"), "t");
        factory.AddUser("boss", Password, new UserRole(Roles.BranchManager, "B01"));
        using var client = await SignInClient.SignedIn(factory, "boss", Password);
        var ct = TestContext.Current.CancellationToken;

        var response = await client.GetAsync("/api/actions/list?format=csv&branch=B02&overdue=true", ct);
        var bad = await client.GetAsync("/api/actions/list?format=csv&status=lost", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csv = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("Мера филиала 1", csv);
        Assert.DoesNotContain("Мера филиала 2", csv);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var entry = Assert.Single(factory.Service<AccessLog>().Recent());
        Assert.Equal(("boss", "actions", "B01"), (entry.UserName, entry.What, entry.ScopeCode));
    }

    [Fact]
    public async Task Export_NamesOwnersByFio_AsThePageAndTheDeclarationDo()
    {
        await using var factory = new DashboardFactory();
        factory.AddPerson("orlova.ev", "Орлова Екатерина Владимировна", Password, new UserRole(Roles.Auditor, null));
        var service = factory.Service<CorrectiveActionService>();
        var due = DateOnly.FromDateTime(DateTime.Now).AddDays(10);
        service.Open(new NewCorrectiveAction(ActionSource.Other, "O-1", "Обновить стенды", "orlova.ev", due), "t");
        service.Open(new NewCorrectiveAction(ActionSource.Other, "O-2", "Обучить операторов", "Петров П. П.", due), "t");
        factory.AddUser("admin2", Password, new UserRole(Roles.Admin, null));
        using var client = await SignInClient.SignedIn(factory, "admin2", Password);

        var csv = await client.GetStringAsync("/api/actions/list?format=csv", TestContext.Current.CancellationToken);

        // The login is a user: named by ФИО (PersonNames); an owner typed before accounts existed stays as typed.
        Assert.Contains("Орлова Екатерина Владимировна", csv);
        Assert.DoesNotContain("orlova.ev", csv);
        Assert.Contains("Петров П. П.", csv);
    }
}

using System.Net;
using Dapper;
using Dashboard.Access;
using Dashboard.Tests.Support;
using Dashboard.Users;
using MiniExcelLibs;

namespace Dashboard.Tests.Records;

/// <summary>The records export and the records page through the real host: scoping, masking, the access log, bad input.</summary>
public class RecordEndpointTests
{
    private const string Password = "a-long-password-1";

    private static async Task<(DashboardFactory Factory, HttpClient Client)> Host(string role, string? branch = null)
    {
        var factory = new DashboardFactory();
        using (var c = factory.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name) VALUES
                    ('C', 'company', NULL, 'Компания'), ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2'),
                    ('O01', 'office', 'B01', 'Офис 1'), ('O21', 'office', 'B02', 'Офис 21');
                INSERT INTO appeal (register_no, office_code, consumer_type, consumer_name, consumer_phone, channel, kind,
                    received_at, registered_at, due_at, status)
                VALUES ('A-1', 'O01', 'individual', 'Иванов Иван', '+79001234567', 'email', 'complaint', $r, $r, $d, 'open'),
                       ('A-2', 'O21', 'individual', 'Петров Пётр', '+79007654321', 'phone', 'complaint', $r, $r, $d, 'open'),
                       ('A-3', 'O21', 'legal', NULL, NULL, 'email', 'complaint', $r, $r, $d, 'open');
                INSERT INTO queue_visit (office_code, ticket, issued_at, called_at, finished_at) VALUES
                    ('O01', 'T1', $r, $r, $r), ('O21', 'T2', $r, NULL, NULL);
                """, new { r = new DateTime(2025, 3, 3, 10, 0, 0), d = new DateTime(2025, 3, 20) });
        factory.AddUser("someone", Password, new UserRole(role, branch));
        return (factory, await SignInClient.SignedIn(factory, "someone", Password));
    }

    private static async Task<string[]> Csv(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task BranchManager_GetsOnlyTheirBranch_WhateverTheAddressSays_AndTheExportIsLogged()
    {
        var (factory, client) = await Host(Roles.BranchManager, "B02");
        await using var _ = factory;

        var lines = await Csv(client, "/api/records/appeals?format=csv&branch=B01&from=2025-01-01&to=2025-12-31");

        Assert.Equal(3, lines.Length);   // header + A-2, A-3
        Assert.DoesNotContain(lines, l => l.StartsWith("A-1", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Петров Пётр", StringComparison.Ordinal));   // masked for a manager
        var entry = Assert.Single(factory.Service<AccessLog>().Recent());
        Assert.Equal(("someone", "export", "records/appeals", "B02"), (entry.UserName, entry.Action, entry.What, entry.ScopeCode));
        Assert.Contains("branch=B02", entry.Detail);
    }

    [Fact]
    public async Task BranchManager_RecordsPage_ShowsOnlyTheirBranch()
    {
        var (factory, client) = await Host(Roles.BranchManager, "B01");
        await using var _ = factory;

        var html = await client.GetStringAsync("/records/appeals?branch=B02", TestContext.Current.CancellationToken);

        Assert.Contains("A-1", html);
        Assert.DoesNotContain("A-2", html);
        Assert.DoesNotContain("A-3", html);
        // The appeal-kind key shares its name with the route's {Kind}: each reaches its own parameter.
        var requests = await client.GetStringAsync("/records/appeals?kind=information_request", TestContext.Current.CancellationToken);
        Assert.Contains("data-test=\"records-empty\"", requests);
    }

    [Fact]
    public async Task Admin_Xlsx_HoldsPersonalData_AndTheDrillKeys()
    {
        var (factory, client) = await Host(Roles.Admin);
        await using var _ = factory;
        var ct = TestContext.Current.CancellationToken;

        var response = await client.GetAsync("/api/records/appeals?format=xlsx&channel=email&consumer=individual", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(ct));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("A-1", row.Values.First());
        Assert.Contains("Иванов Иван", row.Values);
    }

    [Fact]
    public async Task Queue_Criterion_KeepsTheTicketsItCounts()
    {
        var (factory, client) = await Host(Roles.Executive);
        await using var _ = factory;
        var criterion = new Analytics.Engine.Methodology.MethodologyRepository(factory.Store).Get().Criteria
            .First(c => c.Measure == "queue.meanWait").Id;

        var all = await Csv(client, "/api/records/queue?format=csv");
        var counted = await Csv(client, $"/api/records/queue?format=csv&criterion={criterion}");

        Assert.Equal(3, all.Length);
        Assert.Equal(2, counted.Length);
    }

    [Theory]
    [InlineData("/api/records/nothing?format=csv", HttpStatusCode.NotFound, "appeals")]
    [InlineData("/api/records/appeals?format=pdf", HttpStatusCode.BadRequest, "csv or xlsx")]
    [InlineData("/api/records/appeals?format=csv&state=lost", HttpStatusCode.BadRequest, "state must be")]
    [InlineData("/api/records/queue?format=csv&criterion=NOPE", HttpStatusCode.BadRequest, "Unknown criterion 'NOPE'")]
    public async Task BadInput_IsNamed(string path, HttpStatusCode status, string message)
    {
        var (factory, client) = await Host(Roles.Executive);
        await using var _ = factory;

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(factory.Service<AccessLog>().Recent());
    }
}

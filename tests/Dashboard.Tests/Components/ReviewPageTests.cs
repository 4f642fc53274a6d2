using Bunit;
using Dapper;
using Dashboard.Components.Pages.Appeals;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class ReviewPageTests : BunitContext
{
    private readonly TestStore _store = new();

    public ReviewPageTests()
    {
        this.AddDashboardServices(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'К'),
                ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2'),
                ('O01', 'office', 'B01', 'Офис 1'), ('O21', 'office', 'B02', 'Офис 21');
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, text, received_at, registered_at, status) VALUES
                ('A-1', 'O01', 'individual', 'email', 'complaint', 'Счёт за свет выставлен неверно', TIMESTAMP '2025-03-01 10:00', TIMESTAMP '2025-03-01 10:00', 'open'),
                ('A-2', 'O21', 'individual', 'phone', 'complaint', 'Долго ждал в очереди', TIMESTAMP '2025-03-02 10:00', TIMESTAMP '2025-03-02 10:00', 'open'),
                ('A-3', 'O01', 'individual', 'email', 'complaint', 'Спасибо', TIMESTAMP '2025-03-03 10:00', TIMESTAMP '2025-03-03 10:00', 'open');
            INSERT INTO appeal_classification VALUES
                ('A-1', 'kind', 'suggestion', 0.41, 1, true, now()), ('A-2', 'kind', 'complaint', 0.55, 1, true, now()),
                ('A-3', 'kind', 'review', 0.97, 1, false, now());
            """);
    }

    private IRenderedComponent<ReviewPage> Open(string address)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render<ReviewPage>();
    }

    [Fact]
    public void Queue_ListsUnsureClassifications_LowestConfidenceFirst_CutByTheFilter()
    {
        this.SignInAs("designer", Roles.Designer);

        var cut = Open("/appeals/review");
        var rows = cut.FindAll("[data-test=review-queue] tbody tr").Select(r => r.GetAttribute("data-ref")).ToList();
        Assert.Equal(["A-1/kind", "A-2/kind"], rows);

        var phone = Open("/appeals/review?channel=phone");
        Assert.Equal("A-2/kind", Assert.Single(phone.FindAll("[data-test=review-queue] tbody tr")).GetAttribute("data-ref"));
    }

    /// <summary>D18: the queue is paged (50 a page) instead of rendering every row at once.</summary>
    [Fact]
    public void LongQueue_IsPaged()
    {
        using (var c = _store.Store.Open())
            c.Execute(string.Join(";", Enumerable.Range(1, 60).Select(i =>
                $"INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, text, received_at, registered_at, status) VALUES ('P-{i:00}', 'O01', 'individual', 'email', 'complaint', 'т', TIMESTAMP '2025-03-01 10:00', TIMESTAMP '2025-03-01 10:00', 'open');" +
                $"INSERT INTO appeal_classification VALUES ('P-{i:00}', 'kind', 'complaint', 0.5, 1, true, now())")));
        this.SignInAs("designer", Roles.Designer);

        var first = Open("/appeals/review");
        Assert.Equal(50, first.FindAll("[data-test=review-queue] tbody tr").Count);
        Assert.NotNull(first.Find("[data-test=review-pager]"));
        Assert.Equal("62", first.Find("[data-test=review-total]").TextContent);

        var second = Open("/appeals/review?page=2");
        Assert.Equal(12, second.FindAll("[data-test=review-queue] tbody tr").Count);
    }

    [Fact]
    public void Correction_IsStoredAsALabel_AndLeavesTheQueue()
    {
        this.SignInAs("designer", Roles.Designer);
        var cut = Open("/appeals/review");

        cut.Find("tr[data-ref='A-1/kind'] [data-label=complaint]").Click();

        using var c = _store.Store.Open();
        var label = c.QuerySingle<(string Label, string By)>("SELECT label, corrected_by FROM appeal_label WHERE register_no = 'A-1' AND task = 'kind'");
        Assert.Equal(("complaint", "designer"), label);
        Assert.False(c.ExecuteScalar<bool>("SELECT needs_review FROM appeal_classification WHERE register_no = 'A-1' AND task = 'kind'"));
        Assert.DoesNotContain(cut.FindAll("[data-test=review-queue] tbody tr"), r => r.GetAttribute("data-ref") == "A-1/kind");
        Assert.Contains("A-1", cut.Find("[data-test=review-message]").TextContent);
    }

    [Fact]
    public void EmptyQueue_SaysWhatToDo()
    {
        this.SignInAs("designer", Roles.Designer);

        Assert.Contains("Снимите фильтры", Open("/appeals/review?from=2030-01-01").Find("[data-test=review-empty]").TextContent);
    }
}

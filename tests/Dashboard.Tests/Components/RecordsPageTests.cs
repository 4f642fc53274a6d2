using Bunit;
using Dapper;
using Dashboard.Components.Pages.Records;
using Dashboard.Tests.Support;
using Dashboard.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

public class RecordsPageTests : BunitContext
{
    private readonly TestStore _store = new();

    public RecordsPageTests()
    {
        this.AddDashboardServices(_store.Store);
        using var c = _store.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES ('C', 'company', NULL, 'К'),
                ('B01', 'branch', 'C', 'Филиал 1'), ('B02', 'branch', 'C', 'Филиал 2'),
                ('O01', 'office', 'B01', 'Офис 1'), ('O21', 'office', 'B02', 'Офис 21');
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_name, consumer_phone, channel, kind, received_at, registered_at, status)
            SELECT 'A-' || lpad(i::VARCHAR, 3, '0'), CASE WHEN i <= 70 THEN 'O01' ELSE 'O21' END, 'individual', 'Иванов Иван', '+79001234567',
                   'email', 'complaint', TIMESTAMP '2025-03-01 10:00' + to_hours(i), TIMESTAMP '2025-03-01 10:00' + to_hours(i), 'open'
            FROM range(1, 81) t(i);
            """);
    }

    private IRenderedComponent<RecordsPage> Open(string address, string kind)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render<RecordsPage>(p => p.Add(r => r.Kind, kind));
    }

    [Fact]
    public void Appeals_ArePaged_MaskedForAnExecutive_AndExportable()
    {
        this.SignInAs("exec", Roles.Executive);

        var cut = Open("/records/appeals?from=2025-01-01&to=2025-12-31", "appeals");

        Assert.Equal("80", cut.Find("[data-test=records-total]").TextContent);
        Assert.Equal(50, cut.FindAll("[data-table=appeals] tbody tr").Count);
        Assert.NotEmpty(cut.FindAll("[data-test=records-pager]"));
        Assert.DoesNotContain("Иванов Иван", cut.Markup);
        Assert.DoesNotContain("+79001234567", cut.Markup);
        Assert.Contains("И***н", cut.Markup);
        var csv = cut.Find("[data-test=export-appeals] a[data-format=csv]").GetAttribute("href");
        Assert.Equal("/api/records/appeals?format=csv&from=2025-01-01&to=2025-12-31", csv);
    }

    [Fact]
    public void SecondPage_HoldsTheRest_AndAnAdminSeesPersonalData()
    {
        this.SignInAs("admin", Roles.Admin);

        var cut = Open("/records/appeals?from=2025-01-01&to=2025-12-31&page=2", "appeals");

        Assert.Equal(30, cut.FindAll("[data-table=appeals] tbody tr").Count);
        Assert.Contains("Иванов Иван", cut.Markup);
    }

    [Fact]
    public void BranchManager_SeesOnlyTheirBranch_WhateverTheAddressSays()
    {
        this.SignInAsBranchManager("boss", "B02");

        var cut = Open("/records/appeals?branch=B01", "appeals");

        Assert.Equal("10", cut.Find("[data-test=records-total]").TextContent);
        Assert.DoesNotContain("O01", cut.Find("[data-table=appeals]").TextContent);
    }

    [Fact]
    public void NoMatch_SaysWhatToDo_UnknownKindAndBadKey_SaySo()
    {
        this.SignInAs("exec", Roles.Executive);

        Assert.Contains("Расширьте период", Open("/records/appeals?from=2030-01-01", "appeals").Find("[data-test=records-empty]").TextContent);
        var unknown = Open("/records/nothing", "nothing");
        Assert.Contains("Обращения", unknown.Find("[data-test=records-unknown]").TextContent);
        Assert.DoesNotContain("Records.Kind", unknown.Markup);
        Assert.Equal("Записи", unknown.Find("h4").TextContent.Trim());
        Assert.Contains("Значение «lost» не подходит для «state»: допустимы", Open("/records/appeals?state=lost", "appeals").Find("[data-test=records-error]").TextContent);
    }

    /// <summary>D2: kinds and channels are shown by their Russian names from the catalogue, never as codes.</summary>
    [Fact]
    public void Codes_AreShownAsRussianLabels()
    {
        this.SignInAs("exec", Roles.Executive);

        var table = Open("/records/appeals?from=2025-01-01&to=2025-12-31", "appeals").Find("[data-table=appeals]").TextContent;

        Assert.Contains("Жалоба", table);
        Assert.Contains("Зарегистрировано", table);
        Assert.DoesNotContain("complaint", table);
    }

    [Fact]
    public void FiltersAKindCannotApply_AreNamed()
    {
        this.SignInAs("exec", Roles.Executive);

        var cut = Open("/records/queue?channel=phone", "queue");

        Assert.Contains("Канал", cut.Find("[data-test=filter-unapplied]").TextContent);
        Assert.Equal("0", cut.Find("[data-test=records-total]").TextContent);
    }

    /// <summary>D26: "Н/П" only on the answer set N/A, a "Форма" column naming the form, whole scores without ",0",
    /// and the wide table scrolling inside its card.</summary>
    [Fact]
    public void Answers_MarkOnlyNotApplicable_NameTheForm_AndScrollSideways()
    {
        using (var c = _store.Store.Open())
            c.Execute("""
                INSERT INTO form_definition (id, kind, code, title_ru, draft_json) VALUES ('q1', 'questionnaire', 'csat', 'Анкета удовлетворённости', '{}');
                INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES ('s1', 'q1', 1, 'O01', 'online', TIMESTAMP '2025-04-01 10:00');
                INSERT INTO answer (submission_id, item_code, value_num, not_applicable) VALUES ('s1', 'a_rating', 4, false), ('s1', 'b_waiting', NULL, true);
                """);
        this.SignInAs("admin", Roles.Admin);

        var cut = Open("/records/answers?from=2025-01-01&to=2025-12-31", "answers");

        var table = cut.Find("[data-table=answers]");
        var headers = table.QuerySelectorAll("th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Форма", headers);
        Assert.DoesNotContain("Чек-лист", headers);
        var na = headers.IndexOf("Неприменимо");
        var value = headers.IndexOf("Оценка");
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(d => d.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["", "Н/П"], rows.Select(r => r[na]));        // ordered by item: the rating, then the N/A item
        Assert.Equal("4", rows[0][value]);
        Assert.All(rows, r => Assert.Contains("Анкета удовлетворённости", r));
        Assert.DoesNotContain("✗", table.TextContent);
        Assert.NotNull(table.QuerySelector(".table-scroll"));
    }

    /// <summary>
    /// One submission's chip names its form kind from the catalogue: «Чек-лист: M-1» for a checklist audit (it read
    /// «Анкета: M-1»), «Анкета: s1» for a questionnaire; the form key's chip shows the kind's label, not its code.
    /// </summary>
    [Fact]
    public void SubmissionChip_NamesTheFormKind_ChecklistOrQuestionnaire()
    {
        using (var c = _store.Store.Open())
            c.Execute("""
                INSERT INTO form_definition (id, kind, code, title_ru, draft_json) VALUES ('q1', 'questionnaire', 'csat', 'Анкета удовлетворённости', '{}'),
                    ('c1', 'checklist', 'office-check', 'Проверка офиса', '{}');
                INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES
                    ('s1', 'q1', 1, 'O01', 'online', TIMESTAMP '2025-04-01 10:00'), ('M-1', 'c1', 1, 'O01', 'checklist', TIMESTAMP '2025-04-02 10:00');
                INSERT INTO answer (submission_id, item_code, value_num, not_applicable) VALUES ('s1', 'a_rating', 4, false), ('M-1', 'queue', 0, false);
                """);
        this.SignInAs("admin", Roles.Admin);

        // One at a time: the rendered page follows the shared address, so a second Open would re-render the first.
        var audit = Open("/records/answers?from=2025-01-01&to=2025-12-31&submission=M-1", "answers");
        Assert.Equal("Чек-лист: M-1", audit.Find("[data-test=records-keys] [data-key=submission]").TextContent.Trim());
        Assert.Equal("1", audit.Find("[data-test=records-total]").TextContent);

        var questionnaire = Open("/records/answers?from=2025-01-01&to=2025-12-31&submission=s1&form=questionnaire", "answers");
        Assert.Equal("Анкета: s1", questionnaire.Find("[data-test=records-keys] [data-key=submission]").TextContent.Trim());
        Assert.Equal("Форма: Анкета", questionnaire.Find("[data-test=records-keys] [data-key=form]").TextContent.Trim());
        Assert.DoesNotContain("questionnaire", questionnaire.Find("[data-test=records-keys]").TextContent);
    }

    /// <summary>
    /// The submissions table's id column is neutral («Заполненная форма»): a checklist audit is no «Анкета»; the
    /// «Форма» column next to it names the form.
    /// </summary>
    [Fact]
    public void Submissions_IdColumn_IsNeutralForChecklistAudits()
    {
        using (var c = _store.Store.Open())
            c.Execute("""
                INSERT INTO form_definition (id, kind, code, title_ru, draft_json) VALUES ('c1', 'checklist', 'office-check', 'Проверка офиса', '{}');
                INSERT INTO submission (id, definition_id, version, office_code, source, submitted_at) VALUES ('M-1', 'c1', 1, 'O01', 'checklist', TIMESTAMP '2025-04-02 10:00');
                """);
        this.SignInAs("admin", Roles.Admin);

        var cut = Open("/records/submissions?from=2025-01-01&to=2025-12-31", "submissions");

        var headers = cut.Find("[data-table=submissions]").QuerySelectorAll("th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Заполненная форма", headers);
        Assert.Contains("Форма", headers);
        Assert.DoesNotContain("Анкета", headers);
        Assert.Contains("M-1", cut.Find("[data-table=submissions]").TextContent);
    }
}

using System.Net;
using System.Text.Json;
using Analytics.Engine.Forms;
using Dapper;
using Dashboard.Records;
using Dashboard.Tests.Support;
using Dashboard.Users;
using MiniExcelLibs;

namespace Dashboard.Tests.Records;

/// <summary>
/// #21.2: one rule for personal data. Appeals' consumer fields and questionnaires' contact answers (by contact code
/// or by the item's personal flag) are shown unmasked to Admin and Designer only — on every records kind, as page,
/// CSV and XLSX, and on the appeals page and API — for every role.
/// </summary>
public class PersonalDataMaskingTests
{
    private const string Password = "a-long-password-1";

    /// <summary>Values that identify a person; none may reach a role that may not see personal data.</summary>
    private static readonly string[] Secrets =
        ["+79001234567", "Иванов Иван Иванович", "ул. Ленина, 5", "+7 911 222-33-44", "client@example.ru",
         // Written into free text (a comment answer, a control call's comment): masked inside the text (#15).
         "8 (921) 555-12-34", "otzyv@mail.ru", "89215556677"];

    public static TheoryData<string> RoleNames() => [.. Roles.All];

    [Theory]
    [MemberData(nameof(RoleNames))]
    public async Task NoUnmaskedPersonalData_ReachesARoleThatMayNotSeeIt(string role)
    {
        await using var factory = new DashboardFactory();
        Seed(factory);
        factory.AddUser("someone", Password, new UserRole(role, role == Roles.BranchManager ? "B01" : null));
        using var client = await SignInClient.SignedIn(factory, "someone", Password);
        var maySee = role is Roles.Admin or Roles.Designer;

        var kinds = factory.Service<RecordsQuery>().Kinds.Order().ToList();
        Assert.Contains("answers", kinds);
        var paths = kinds.SelectMany(k => new[]
            {
                $"/api/records/{k}?format=csv&from=2025-01-01&to=2025-12-31",
                $"/api/records/{k}?format=xlsx&from=2025-01-01&to=2025-12-31",
                $"/records/{k}?from=2025-01-01&to=2025-12-31",
            })
            .Concat(["/api/records/answers?format=csv&item=contact&from=2025-01-01&to=2025-12-31", "/api/appeals?from=2025-01-01&to=2025-12-31",
                     "/api/appeals/overdue?format=csv", "/appeals?from=2025-01-01&to=2025-12-31"]);
        var seen = new HashSet<string>();
        var leaks = new List<string>();
        foreach (var path in paths)
        {
            var text = await Text(client, path);
            foreach (var secret in Secrets.Where(s => text.Contains(s, StringComparison.Ordinal)))
            {
                seen.Add(secret);
                if (!maySee) leaks.Add($"{role} {path}: {secret}");
            }
        }

        Assert.Empty(leaks);
        // Only the contact inside free text is masked; the words around it stay readable for every role.
        Assert.Contains("перезвоните", await Text(client, "/api/records/answers?format=csv&from=2025-01-01&to=2025-12-31"));
        // The data is there to leak: the roles that may see it do see every value.
        if (maySee) Assert.Equal(Secrets.Order(), seen.Order());
        else Assert.Empty(seen);
    }

    /// <summary>A response's visible text: CSV and HTML as sent, XLSX cells, JSON string values (unescaped).</summary>
    private static async Task<string> Text(HttpClient client, string path)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await client.GetAsync(path, ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        if (path.Contains("format=xlsx", StringComparison.Ordinal))
        {
            using var stream = new MemoryStream(bytes);
            return string.Join("\n", stream.Query().Cast<IDictionary<string, object?>>().SelectMany(r => r.Values).Select(v => v?.ToString()));
        }
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
        {
            using var json = JsonDocument.Parse(bytes);
            return string.Join("\n", Strings(json.RootElement));
        }
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    /// <summary>
    /// One branch with an office; an overdue appeal with name, phone and address and its control call; a published
    /// questionnaire whose <c>contact</c> item is personal by its code and <c>reach_me</c> by its flag, answered once.
    /// </summary>
    private static void Seed(DashboardFactory factory)
    {
        var forms = factory.Service<FormService>();
        var id = forms.Create(new FormDefinition
        {
            Code = "csat-pd", Kind = FormKind.Questionnaire, Title = new("Оцените обслуживание"),
            Sections =
            [
                new FormSection
                {
                    Code = "main", Title = new("Визит"),
                    Items =
                    [
                        new FormItem { Code = "csat", Type = QuestionType.Rating, Text = new("Оценка"), Required = true },
                        new FormItem { Code = "contact", Type = QuestionType.ShortText, Text = new("Телефон для связи") },
                        new FormItem { Code = "reach_me", Type = QuestionType.ShortText, Text = new("Куда ответить"), Personal = true },
                        new FormItem { Code = "comment", Type = QuestionType.LongText, Text = new("Что улучшить?") },
                    ],
                },
            ],
        }, "test");
        Assert.True(forms.Publish(id, "test").Published);
        using var c = factory.Store.Open();
        c.Execute("""
            INSERT INTO org_unit (code, level, parent_code, name) VALUES
                ('C', 'company', NULL, 'Компания'), ('B01', 'branch', 'C', 'Филиал 1'), ('O01', 'office', 'B01', 'Офис 1');
            INSERT INTO appeal (register_no, office_code, consumer_type, consumer_name, consumer_phone, consumer_address, channel, kind,
                received_at, registered_at, due_at, status)
            VALUES ('A-1', 'O01', 'individual', 'Иванов Иван Иванович', '+79001234567', 'ул. Ленина, 5', 'email', 'complaint', $r, $r, $d, 'open');
            INSERT INTO control_call (register_no, called_at, reached, satisfied, comment) VALUES ('A-1', $r, true, true, 'просил перезвонить 89215556677');
            INSERT INTO submission (id, definition_id, version, office_code, source, channel, submitted_at)
            VALUES ('q1', $id, 1, 'O01', 'online', 'internet', $r);
            INSERT INTO answer (submission_id, item_code, value_num, value_text) VALUES
                ('q1', 'csat', 5, NULL), ('q1', 'contact', NULL, '+7 911 222-33-44'), ('q1', 'reach_me', NULL, 'client@example.ru'),
                ('q1', 'comment', NULL, 'Быстро и вежливо, перезвоните 8 (921) 555-12-34 или пишите otzyv@mail.ru');
            """, new { id, r = new DateTime(2025, 3, 3, 10, 0, 0), d = new DateTime(2025, 3, 20) });
    }
}

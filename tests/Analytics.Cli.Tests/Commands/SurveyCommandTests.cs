using System.Text.Json;
using Analytics.Engine.Forms;
using Analytics.Engine.Store;
using Analytics.Engine.Surveys;

namespace Analytics.Cli.Tests.Commands;

/// <summary><c>analytics survey results|drivers</c>: the contract's JSON equals the Engine's figures; suppression; bad input.</summary>
public class SurveyCommandTests
{
    private readonly string _db = Path.Combine(TestFolders.New(), "s.duckdb");

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Six responses in January 2026 (NPS 10, 9, 8, 6, 3, 10; CSAT 5, 4, 3, 5, 2, 4), three in February.</summary>
    private void Seed()
    {
        using var store = AnalyticsStore.At(_db);
        new StoreMigrator(store).Migrate();
        var service = new FormService(store);
        service.Publish(service.CreateFromTemplate("client-satisfaction", "client-satisfaction", "test"), "test");
        (int Nps, int Csat, int Month)[] rows = [(10, 5, 1), (9, 4, 1), (8, 3, 1), (6, 5, 1), (3, 2, 1), (10, 4, 1), (0, 1, 2), (5, 2, 2), (9, 5, 2)];
        var i = 0;
        foreach (var (nps, csat, month) in rows)
            service.Submit(new SubmissionRequest
            {
                Id = $"r{++i}", Form = "client-satisfaction", OfficeCode = "A", SubmittedAt = new DateTime(2026, month, 10, 9, 0, 0, DateTimeKind.Utc),
                Answers = new Dictionary<string, AnswerValue>
                {
                    ["channel"] = AnswerValue.OfChoices("phone"), ["nps"] = AnswerValue.Of(nps), ["csat"] = AnswerValue.Of(csat),
                    ["ces"] = AnswerValue.Of(4), ["resolved"] = AnswerValue.Of("yes"),
                },
            });
    }

    [Fact]
    public void Results_print_the_contract_with_the_engines_figures()
    {
        Seed();
        var (code, output, err) = Run("survey", "results", "--form", "client-satisfaction", "--from", "2026-01", "--to", "2026-01", "--db", _db, "--json");

        Assert.Equal((0, ""), (code, err));
        var json = JsonDocument.Parse(output).RootElement;
        var csat = json.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("code").GetString() == "csat");
        Assert.Equal(6, csat.GetProperty("n").GetInt32());
        Assert.Equal(23 / 6.0, csat.GetProperty("mean").GetDouble(), 9);
        Assert.Equal([1, 1, 2, 2], csat.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("count").GetInt32()));
        Assert.Equal(100 / 6.0, json.GetProperty("nps").GetProperty("value").GetDouble(), 9);
        Assert.Equal(1.0, json.GetProperty("completion").GetProperty("value").GetDouble());
        using var store = AnalyticsStore.At(_db);
        var engine = new SurveyResultsQuery(store).Load(new SurveyFilter("client-satisfaction", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)));
        Assert.Equal(engine.Nps!.Value, json.GetProperty("nps").GetProperty("value").GetDouble());
    }

    [Fact]
    public void Results_count_abandoned_partials_as_the_engine_and_the_page_do()
    {
        Seed();
        using (var store = AnalyticsStore.At(_db))
        using (var c = store.Open())
        using (var insert = c.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO survey_partial (id, definition_id, version, office_code, answers_json, answered, last_item, started_at, updated_at)
                SELECT 'p-left', id, 1, 'A', '{}', 1, NULL, TIMESTAMP '2026-01-12 10:00:00', TIMESTAMP '2026-01-12 10:02:00'
                FROM form_definition WHERE code = 'client-satisfaction'
                """;
            insert.ExecuteNonQuery();
        }

        var (code, output, err) = Run("survey", "results", "--form", "client-satisfaction", "--from", "2026-01", "--to", "2026-01", "--db", _db, "--json");

        // One client started in January and left (ADR 0032): the results page's «Начаты и брошены» card shows the
        // Engine's Abandoned, and so does the contract; completion's base is every start, 6 sent + 1 left.
        Assert.Equal((0, ""), (code, err));
        var json = JsonDocument.Parse(output).RootElement;
        using var check = AnalyticsStore.At(_db);
        var engine = new SurveyResultsQuery(check).Load(new SurveyFilter("client-satisfaction", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)));
        Assert.Equal(1, engine.Abandoned);
        Assert.Equal(engine.Abandoned, json.GetProperty("abandoned").GetInt64());
        Assert.Equal(7, json.GetProperty("completion").GetProperty("n").GetInt64());
        Assert.Equal(6 / 7.0, json.GetProperty("completion").GetProperty("value").GetDouble(), 9);
    }

    /// <summary>
    /// <c>Surveys:PartialAbandonedHours</c> reaches the CLI as it reaches the host: a partial saved two hours ago is
    /// abandoned under 1 h and still in progress under the default 24 h. Child processes, so the variable reaches no other test.
    /// </summary>
    [Fact]
    public void Results_honour_the_partial_abandoned_hours_setting_as_the_host_does()
    {
        Seed();
        using (var store = AnalyticsStore.At(_db))
        using (var c = store.Open())
        using (var insert = c.CreateCommand())
        {
            var saved = DateTime.UtcNow.AddHours(-2).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            insert.CommandText = $"""
                INSERT INTO survey_partial (id, definition_id, version, office_code, answers_json, answered, last_item, started_at, updated_at)
                SELECT 'p-two-hours', id, 1, 'A', '{"{}"}', 1, 'channel', TIMESTAMP '{saved}' - INTERVAL 5 MINUTE, TIMESTAMP '{saved}'
                FROM form_definition WHERE code = 'client-satisfaction'
                """;
            insert.ExecuteNonQuery();
        }

        var configured = ResultsInChild(("ANALYTICS_Surveys__PartialAbandonedHours", "1"));
        var defaults = ResultsInChild();

        // The host's figure: the results page's SurveyInsight with the same setting.
        using var check = AnalyticsStore.At(_db);
        var options = Microsoft.Extensions.Options.Options.Create(new SurveyOptions { PartialAbandonedHours = 1 });
        var host = new Dashboard.Surveys.SurveyInsight(check, options, TimeProvider.System, new Analytics.Engine.Time.DisplayTime(),
            new Analytics.Engine.Compliance.AppealDeadlines(check)).Results(new SurveyFilter("client-satisfaction", null, null))!;
        Assert.Equal(1, host.Abandoned);
        Assert.Equal(host.Abandoned, configured.GetProperty("abandoned").GetInt64());
        Assert.Equal(host.Completion!.N, configured.GetProperty("completion").GetProperty("n").GetInt64());
        Assert.Equal(0, defaults.GetProperty("abandoned").GetInt64());

        // An impossible value is refused by name, not silently used.
        var refused = Child(("ANALYTICS_Surveys__PartialAbandonedHours", "0"));
        Assert.Equal(2, refused.Code);
        Assert.Contains("Surveys:PartialAbandonedHours", refused.Err);
    }

    /// <summary>
    /// <c>Surveys:MinimumN</c> is the CLI's default floor as it is the host's: nine responses show NPS under the
    /// default 5 and are suppressed under 10; an explicit <c>--min-n</c> still wins; an impossible value is refused by name.
    /// </summary>
    [Fact]
    public void Results_take_the_minimum_n_from_the_setting_the_host_reads()
    {
        Seed();

        var defaults = ResultsInChild();
        var configured = ResultsInChild(("ANALYTICS_Surveys__MinimumN", "10"));
        var explicitFloor = Parse(Child(["--min-n", "3"], ("ANALYTICS_Surveys__MinimumN", "10")));

        Assert.Equal(9, defaults.GetProperty("nps").GetProperty("n").GetInt32());
        Assert.False(defaults.GetProperty("nps").GetProperty("suppressed").GetBoolean());
        Assert.Equal(10, configured.GetProperty("minimumN").GetInt32());
        Assert.True(configured.GetProperty("nps").GetProperty("suppressed").GetBoolean());
        Assert.False(configured.GetProperty("nps").TryGetProperty("value", out _));
        Assert.False(explicitFloor.GetProperty("nps").GetProperty("suppressed").GetBoolean());
        // The host's figure under the same setting: the results page's SurveyInsight hides it too.
        using var check = AnalyticsStore.At(_db);
        var host = new Dashboard.Surveys.SurveyInsight(check, Microsoft.Extensions.Options.Options.Create(new SurveyOptions { MinimumN = 10 }), TimeProvider.System,
            new Analytics.Engine.Time.DisplayTime(), new Analytics.Engine.Compliance.AppealDeadlines(check)).Results(new SurveyFilter("client-satisfaction", null, null))!;
        Assert.True(host.Hides(host.Nps!.N));

        var refused = Child(("ANALYTICS_Surveys__MinimumN", "0"));
        Assert.Equal(2, refused.Code);
        Assert.Contains("Surveys:MinimumN", refused.Err);
    }

    private static JsonElement Parse((int Code, string Out, string Err) run)
    {
        Assert.True(run.Code == 0, run.Out + run.Err);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    private JsonElement ResultsInChild(params (string Name, string Value)[] settings)
    {
        var (code, output, err) = Child(settings);
        Assert.True(code == 0, output + err);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private (int Code, string Out, string Err) Child(params (string Name, string Value)[] settings) => Child([], settings);

    private (int Code, string Out, string Err) Child(string[] extra, params (string Name, string Value)[] settings)
    {
        var info = new System.Diagnostics.ProcessStartInfo("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "analytics.dll"), "survey", "results", "--form", "client-satisfaction", "--db", _db, "--json", .. extra])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = Path.GetDirectoryName(_db)!, // no appsettings.json there: only the variables below count
        };
        foreach (var (name, value) in settings) info.Environment[name] = value;
        using var process = System.Diagnostics.Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));
        return (process.ExitCode, stdout, stderr);
    }

    [Fact]
    public void Results_below_the_minimum_n_are_never_numbers()
    {
        Seed();
        var (code, output, _) = Run("survey", "results", "--form", "client-satisfaction", "--from", "2026-02", "--db", _db, "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        var nps = json.GetProperty("nps");
        Assert.False(nps.TryGetProperty("value", out _));   // the CLI omits nulls
        Assert.True(nps.GetProperty("suppressed").GetBoolean());
        var csat = json.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("code").GetString() == "csat");
        Assert.False(csat.TryGetProperty("mean", out _));
        Assert.Empty(csat.GetProperty("distribution").EnumerateArray());
    }

    [Fact]
    public void Drivers_print_the_contract_and_bad_input_is_a_usage_error()
    {
        Seed();
        var (code, output, _) = Run("survey", "drivers", "--form", "client-satisfaction", "--target", "csat", "--db", _db, "--json");
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.True(json.GetProperty("suppressed").GetBoolean());   // 9 responses are too few for weights
        Assert.Equal(JsonValueKind.Array, json.GetProperty("drivers").ValueKind);

        var (bad, _, err) = Run("survey", "results", "--form", "nope", "--db", _db, "--json");
        Assert.NotEqual(0, bad);
        Assert.Contains("nope", err);
        var (month, _, err2) = Run("survey", "results", "--form", "client-satisfaction", "--from", "2026-13", "--db", _db);
        Assert.NotEqual(0, month);
        Assert.Contains("--from", err2);
    }
}

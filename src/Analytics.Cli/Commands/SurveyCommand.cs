using System.CommandLine;
using System.Globalization;
using Analytics.Cli.Common;
using Analytics.Engine.Statistics;
using Analytics.Engine.Surveys;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics survey results|drivers|comments --form CODE</c>: the Engine's survey insight (the same figures as the
/// Surveys pages). A figure from fewer responses than <c>--min-n</c> (default <c>Surveys:MinimumN</c>, 5) is printed as null with
/// <c>"suppressed": true</c>, never as a number.
/// </summary>
public static partial class SurveyCommand
{
    public static Command Create(CliConsole console) => new("survey", "Survey results, key drivers and comments") { Results(console), Drivers(console), Comments(console) };

    private static readonly Option<string> Form = new("--form") { Description = "Questionnaire code", Required = true };
    private static readonly Option<string?> FromMonth = new("--from") { Description = "First month, YYYY-MM" };
    private static readonly Option<string?> ToMonth = new("--to") { Description = "Last month, YYYY-MM" };
    private static readonly Option<string?> Branch = new("--branch") { Description = "Branch code" };
    private static readonly Option<string?> Office = new("--office") { Description = "Office code" };
    // No default of its own: without --min-n the floor is Surveys:MinimumN as the host reads it (5 unless configured).
    private static readonly Option<int?> MinN = new("--min-n") { Description = $"Fewest responses a shown figure rests on (default: the Surveys:MinimumN setting, {Suppression.DefaultMinimumN})" };

    private static Command Results(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var command = new Command("results", "Per-question distributions, means, NPS and completion") { Form, FromMonth, ToMonth, Branch, Office, MinN, json };
        command.SetAction(parse =>
        {
            var (filter, min) = Filter(parse);
            // Surveys:PartialAbandonedHours from appsettings.json / ANALYTICS_Surveys__PartialAbandonedHours, as the host reads it.
            var abandonedHours = CliSettings.Surveys().PartialAbandonedHours;
            using var store = GlobalOptions.MigratedStore(parse);
            var r = Run(() => new SurveyResultsQuery(store, min, abandonedHours).Load(filter));
            bool Hide(long n) => r.Hides(n);
            var questions = r.Questions.Select(q => new
            {
                code = q.Code, n = q.N, suppressed = Hide(q.N),
                distribution = Hide(q.N) ? [] : q.Distribution.Select(d => new { value = d.Value, count = d.Count, share = d.Share, low = d.Interval?.Lower, high = d.Interval?.Upper }).ToArray(),
                mean = Hide(q.N) ? null : q.Mean?.Mean, median = Hide(q.N) ? null : q.Median, skipped = q.Skipped,
            }).ToList();
            var nps = r.Nps;
            var completion = r.Completion;
            if (parse.GetValue(json))
                console.WriteJson(new
                {
                    form = filter.Form, responses = r.Responses, abandoned = r.Abandoned, minimumN = min, questions,
                    nps = nps is null ? null : Hide(nps.N) ? new { value = (double?)null, low = (double?)null, high = (double?)null, n = nps.N, suppressed = true }
                        : new { value = (double?)nps.Value, low = nps.Interval?.Lower, high = nps.Interval?.Upper, n = nps.N, suppressed = false },
                    completion = completion is null ? null : Hide(completion.N) ? new { value = (double?)null, complete = (long?)null, n = completion.N, suppressed = true }
                        : new { value = (double?)completion.Value, complete = (long?)completion.Positive, n = completion.N, suppressed = false },
                });
            else
            {
                console.Out.WriteLine($"{filter.Form}: {r.Responses} responses");
                foreach (var q in questions)
                    console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{q.code,-16} n={q.n,-6} {(q.suppressed ? Suppression.TextEn : q.mean is { } m ? $"mean {m:0.00}" : "")}"));
                if (nps is not null) console.Out.WriteLine(Hide(nps.N) ? $"NPS {Suppression.TextEn}" : string.Create(CultureInfo.InvariantCulture, $"NPS {nps.Value:0.0} (n={nps.N})"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Drivers(CliConsole console)
    {
        var target = new Option<string?>("--target") { Description = "Target question (default: the first rating, overall satisfaction)" };
        var drivers = new Option<string?>("--drivers") { Description = "Comma-separated driver questions (default: the other ratings, CES and yes/no)" };
        var json = GlobalOptions.Json();
        var command = new Command("drivers", "Key drivers: relative weights with bootstrap intervals against performance") { Form, target, drivers, FromMonth, ToMonth, Branch, Office, MinN, json };
        command.SetAction(parse =>
        {
            var (filter, min) = Filter(parse);
            using var store = GlobalOptions.MigratedStore(parse);
            var list = parse.GetValue(drivers)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var d = Run(() => new KeyDrivers(store, min).Load(filter, parse.GetValue(target), list));
            if (parse.GetValue(json))
                console.WriteJson(new
                {
                    form = filter.Form, target = d.Target, n = d.N, rSquared = d.Insufficient ? (double?)null : d.RSquared, suppressed = d.Insufficient,
                    drivers = d.Drivers.Select(x => new { code = x.Code, importance = x.Importance, low = x.Low, high = x.High, performance = x.Performance, fixFirst = x.FixFirst }),
                });
            else
            {
                console.Out.WriteLine(d.Insufficient ? $"{d.Target}: {Suppression.TextEn} (n={d.N})" : string.Create(CultureInfo.InvariantCulture, $"{d.Target}: R² {d.RSquared:0.000}, n={d.N}"));
                foreach (var x in d.Drivers)
                    console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{x.Code,-14} {x.Importance:0.000} [{x.Low:0.000}; {x.High:0.000}]  performance {x.Performance:P1}{(x.FixFirst ? "  fix first" : "")}"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static (SurveyFilter Filter, int MinimumN) Filter(ParseResult parse)
    {
        var min = parse.GetValue(MinN) ?? CliSettings.Surveys().MinimumN;
        if (min < 1) throw new UsageException("--min-n must be at least 1.");
        DateOnly? from = parse.GetValue(FromMonth) is { } f ? Month(f, "--from") : null;
        DateOnly? to = parse.GetValue(ToMonth) is { } t ? Month(t, "--to").AddMonths(1).AddDays(-1) : null;
        if (from > to) throw new UsageException("--from is after --to.");
        return (new SurveyFilter(parse.GetValue(Form)!, from, to, parse.GetValue(Branch), parse.GetValue(Office)), min);
    }

    private static DateOnly Month(string text, string option) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new UsageException($"{option} '{text}' is not YYYY-MM.");

    /// <summary>An unknown form or question is the caller's mistake: a usage error naming it, not a crash.</summary>
    private static T Run<T>(Func<T> load)
    {
        try { return load(); }
        catch (ArgumentException ex) { throw new UsageException(ex.Message.Split(" (Parameter")[0]); }
    }
}

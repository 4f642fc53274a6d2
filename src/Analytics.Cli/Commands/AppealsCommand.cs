using System.CommandLine;
using System.Globalization;
using Analytics.Cli.Common;
using Analytics.Engine.Compliance;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics appeals due --as-of YYYY-MM-DD [--branch B] [--month YYYY-MM] [--methodology ID] [--json]</c>: appeals by
/// deadline state as of a day, from the Engine's <see cref="AppealDeadlines"/> (the Standard's due dates — the same
/// figures as the appeals page, the reminders, the indicators and the reports). JSON: {"overdue","dueSoon","onTime","late"}.
/// </summary>
public static class AppealsCommand
{
    public static Command Create(CliConsole console) => new("appeals", "Appeals register figures") { Due(console) };

    private static Command Due(CliConsole console)
    {
        var asOf = new Option<string>("--as-of") { Description = "Day the deadlines are judged on, YYYY-MM-DD", Required = true };
        var branch = new Option<string?>("--branch") { Description = "Branch (or office) code; default: the whole company" };
        var month = new Option<string?>("--month") { Description = "Only appeals registered in this month, YYYY-MM" };
        var year = new Option<int?>("--year") { Description = "Only appeals registered in this year, YYYY (the Declaration's and the annual report's period)" };
        var methodology = new Option<string?>("--methodology") { Description = "Methodology id (default: standard)" };
        var json = GlobalOptions.Json();
        var command = new Command("due", "Overdue, due-soon, on-time and late appeals as of a day") { asOf, branch, month, year, methodology, json };
        command.SetAction(parse =>
        {
            var day = Day(parse.GetValue(asOf)!, "--as-of");
            var scope = AppealScope.All;
            if (parse.GetValue(month) is { } m)
            {
                var first = Day(m + "-01", "--month");
                scope = AppealScope.Month(first.Year, first.Month);
            }
            if (parse.GetValue(year) is { } y)
            {
                if (parse.GetValue(month) is not null) throw new UsageException("--year and --month exclude each other.");
                if (y is < 1900 or > 9999) throw new UsageException($"--year '{y}' is not YYYY.");
                scope = new AppealScope { From = new DateOnly(y, 1, 1), To = new DateOnly(y, 12, 31) };
            }
            using var store = GlobalOptions.MigratedStore(parse);
            var deadlines = new AppealDeadlines(store);
            if (parse.GetValue(branch) is { } b)
            {
                if (!deadlines.IsUnit(b)) throw new UsageException($"--branch '{b}' is not a unit of the store.");
                scope = scope with { Branch = b };
            }
            var s = deadlines.Summary(day, scope, parse.GetValue(methodology));
            if (parse.GetValue(json))
                console.WriteJson(new { overdue = s.Overdue, dueSoon = s.DueSoon, onTime = s.OnTime, late = s.Late });
            else
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"as of {day:yyyy-MM-dd}{(scope.Branch is { } x ? $", {x}" : "")}"));
                console.Out.WriteLine($"overdue   {s.Overdue}");
                console.Out.WriteLine($"due soon  {s.DueSoon}");
                console.Out.WriteLine($"on time   {s.OnTime}");
                console.Out.WriteLine($"late      {s.Late}");
                console.Out.WriteLine($"register due later than the Standard's: {s.RegisterLater}; no registration time: {s.NoRegistration}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static DateOnly Day(string text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new UsageException($"{option} '{text}' is not {(option == "--month" ? "YYYY-MM" : "YYYY-MM-DD")}.");
}

using System.CommandLine;
using Analytics.Cli.Common;
using Analytics.Engine.AuditPlans;
using Analytics.Engine.Vocabulary;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics audit coverage --year Y --quarter Q [--json]</c>: planned / done / late / missed audits of a quarter
/// per office (#16, ADR 0022) — the same <see cref="AuditCoverage"/> as the coverage page and the Declaration.
/// </summary>
public static class AuditCoverageCommand
{
    public static Command Create(CliConsole console)
    {
        var year = new Option<int>("--year") { Description = "Year", Required = true };
        var quarter = new Option<int>("--quarter") { Description = "Quarter 1–4", Required = true };
        var json = GlobalOptions.Json();
        var command = new Command("coverage", "Planned, done, late and missed audits of a quarter per office") { year, quarter, json };
        command.SetAction(parse =>
        {
            var (y, q) = (parse.GetValue(year), parse.GetValue(quarter));
            if (q is < 1 or > 4) throw new UsageException($"--quarter must be 1, 2, 3 or 4 (got {q}).");
            if (y is < 2000 or > 2100) throw new UsageException($"--year must be a year between 2000 and 2100 (got {y}).");
            using var store = GlobalOptions.MigratedStore(parse);
            var report = new AuditCoverage(store).Quarter(y, q);
            if (parse.GetValue(json))
                console.WriteJson(new
                {
                    planned = report.Planned, done = report.Done, late = report.Late, missed = report.Missed, open = report.Open,
                    officesAudited = report.OfficesAudited, officeShare = report.OfficeShare,
                    offices = report.Offices.Select(o => new
                    {
                        office = o.OfficeCode, name = o.OfficeName, planned = o.Planned, done = o.Done, late = o.Late, missed = o.Missed, open = o.Open,
                    }),
                });
            else
            {
                console.Out.WriteLine($"{y} Q{q}: planned {report.Planned}, done {report.Done}, late {report.Late}, missed {report.Missed}, open {report.Open}; " +
                                      $"offices audited {report.OfficesAudited} of {report.Offices.Count} ({Numbers.Share(report.OfficeShare)})");
                foreach (var o in report.Offices)
                    console.Out.WriteLine($"  {o.OfficeCode}\t{o.OfficeName}\tplanned {o.Planned}\tdone {o.Done}\tlate {o.Late}\tmissed {o.Missed}\topen {o.Open}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}

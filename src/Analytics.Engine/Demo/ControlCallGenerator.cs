using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Engine.Demo;

/// <summary>
/// Writes control calls (000 §9.3) on about a third of the answered complaints that left a phone: two to ten
/// working days after the answer; four in five consumers are reached (an unreached one is often tried again the
/// next working day). Satisfaction follows the branch's design and drops after a late answer or a refusal.
/// </summary>
public sealed class ControlCallGenerator : IDemoTableGenerator
{
    private const string ComplaintsSql = """
        SELECT a.register_no AS RegisterNo, a.answered_at AS AnsweredAt, o.parent_code AS BranchCode, a.outcome AS Outcome,
               a.answered_at > coalesce(a.extended_to, a.due_at) AS Late
        FROM appeal a JOIN org_unit o ON o.code = a.office_code
        WHERE a.kind = 'complaint' AND a.answered_at IS NOT NULL AND a.consumer_phone IS NOT NULL
        ORDER BY a.register_no
        """;

    private static readonly string[] Satisfied =
    [
        "Вопрос решён, претензий нет.", "Перерасчёт получен, благодарит за оперативность.", "Доволен(льна) результатом.",
        "Напряжение в норме, жалоб нет.", "Счётчик заменили, всё работает.", "Ответ понятный, вопрос закрыт.", "",
    ];

    private static readonly string[] Unsatisfied =
    [
        "Перерасчёт не выполнен.", "Отключения продолжаются.", "Считает ответ формальным.", "Недоволен(льна) сроками рассмотрения.",
        "Просит выезд специалиста.", "Не согласен(на) с отказом, намерен(а) обратиться в суд.", "Ответ не получен по почте.",
    ];

    private static readonly string[] NotReached = ["Абонент не ответил.", "Номер недоступен.", "Сброс вызова.", "Неверный номер."];

    public string Name => "control calls";

    public IReadOnlyList<string> Tables { get; } = ["control_call"];

    public IReadOnlyDictionary<string, long> Generate(DemoContext context, DuckDBConnection connection, CancellationToken ct)
    {
        var rng = context.Random("control_calls");
        var callers = Enumerable.Range(0, 8).Select(_ => DemoPeople.Person(rng).Short).ToArray();
        var branches = context.Organisation.Branches.ToDictionary(b => b.Code);
        long rows = 0;
        using var appender = connection.CreateAppender("control_call");
        foreach (var complaint in connection.Query<Complaint>(ComplaintsSql, buffered: false))
        {
            ct.ThrowIfCancellationRequested();
            if (!rng.Chance(0.33)) continue;
            var branch = branches[complaint.BranchCode];
            var day = context.WorkingDays.AddWorkingDays(DateOnly.FromDateTime(complaint.AnsweredAt), rng.Between(2, 10));
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var calledAt = day.ToDateTime(new TimeOnly(10, 0)).AddMinutes(rng.Between(0, 420)).AddSeconds(rng.Next(60));
                if (calledAt > context.Horizon) break;
                var reached = rng.Chance(0.8);
                bool? satisfied = null;
                string comment;
                if (reached)
                {
                    var p = branch.Satisfaction * (complaint.Late ? 0.7 : 1.0) * complaint.Outcome switch
                    {
                        "resolved" => 1.15,
                        "refused" => 0.6,
                        _ => 1.0,
                    };
                    satisfied = rng.Chance(Math.Clamp(p, 0.05, 0.97));
                    comment = satisfied.Value ? rng.Pick(Satisfied) : rng.Pick(Unsatisfied);
                }
                else comment = rng.Pick(NotReached);
                appender.CreateRow()
                    .AppendValue(complaint.RegisterNo).AppendValue(calledAt).AppendValue(reached).AppendValue(satisfied)
                    .AppendValue(comment.Length == 0 ? null : comment).AppendValue(rng.Pick(callers)).AppendNullValue()
                    .EndRow();
                rows++;
                if (reached || !rng.Chance(0.6)) break;
                day = context.WorkingDays.AddWorkingDays(day, 1);
            }
        }
        return new Dictionary<string, long> { ["control_call"] = rows };
    }

    private sealed record Complaint(string RegisterNo, DateTime AnsweredAt, string BranchCode, string? Outcome, bool Late);
}

namespace Analytics.Engine.Demo;

/// <summary>When an appeal was received, registered, due, extended and answered, and how it ended.</summary>
internal readonly record struct AppealTimes(
    DateTime Received, DateTime Registered, DateTime Due, DateTime? ExtendedTo, DateTime? Answered, string Status, string? Outcome);

/// <summary>
/// Draws an appeal's timestamps within office hours and its deadline: written appeals of individuals are due in
/// 30 calendar days, of legal entities in 15 working days, from registration. Oral questions are mostly answered on
/// the spot. Each branch misses deadlines at its designed rate; answers that would fall after Today stay open.
/// </summary>
internal sealed class AppealTimeline(DemoContext context)
{
    private static readonly double[] OfficeHours = [0.8, 1.3, 1.4, 1.2, 0.8, 1.1, 1.2, 1.0, 0.6]; // 8:00–16:59
    private static readonly double[] PhoneHours = [1.0, 1.4, 1.5, 1.3, 1.0, 1.1, 1.1, 1.0, 0.9, 0.7, 0.5, 0.4]; // 8:00–19:59
    private static readonly double[] AllDay =
        [0.1, 0.05, 0.03, 0.03, 0.05, 0.1, 0.3, 0.6, 0.9, 1.1, 1.2, 1.2, 1.1, 1.1, 1.1, 1.0, 1.0, 1.0, 1.1, 1.2, 1.2, 1.0, 0.6, 0.3];

    private readonly DemoWorkingDays _days = context.WorkingDays;

    public AppealTimes Draw(DemoRandom rng, DateOnly day, string channel, bool legal, string kind, string topic,
        DemoBranch branch, int yearIndex, bool followUp)
    {
        var received = Receive(rng, day, channel);
        var registered = Register(rng, received, channel);
        var regDate = DateOnly.FromDateTime(registered);
        var dueDate = legal ? _days.AddWorkingDays(regDate, 15) : regDate.AddDays(30);
        var due = EndOf(dueDate);

        if (!followUp && OnTheSpot(rng, channel, kind))
        {
            var answeredNow = registered.AddMinutes(rng.Between(2, 25));
            if (answeredNow > context.Horizon) return new AppealTimes(received, registered, due, null, null, "in_progress", null);
            return new AppealTimes(received, registered, due, null, answeredNow, "answered",
                kind == "service_request" ? "resolved" : "explained");
        }

        DateTime? extended = null;
        if (AppealProfile.IsWritten(channel) && topic is "tech_connection" or "contracts" or "outages_quality" or "metering_readings"
            && rng.Chance(0.06))
            extended = EndOf(legal ? _days.AddWorkingDays(dueDate, 15) : dueDate.AddDays(30));
        var deadline = DateOnly.FromDateTime(extended ?? due);

        var lateShare = DemoBranch.ForYear(branch.LateShare, yearIndex) * kind switch
        {
            "complaint" => 1.3,
            "information_request" => 0.7,
            _ => 1.0,
        };
        DateOnly answerDate;
        if (rng.Chance(lateShare))
        {
            var u = rng.NextDouble();
            answerDate = _days.OnOrAfter(deadline.AddDays(1 + (int)(u * u * 24)));
        }
        else
        {
            var from = extended is null ? regDate : dueDate;
            var span = deadline.DayNumber - from.DayNumber;
            var offset = (int)Math.Round(span * (0.1 + 0.85 * Math.Pow(rng.NextDouble(), 1.4)));
            answerDate = _days.OnOrBefore(from.AddDays(offset));
            if (answerDate < regDate) answerDate = regDate;
        }
        var answered = answerDate.ToDateTime(new TimeOnly(9, 0)).AddMinutes(rng.Between(0, 510));
        if (answered <= registered) answered = registered.AddMinutes(rng.Between(30, 240));

        var stuck = yearIndex >= 3 && rng.Chance(0.0015);
        if (answered > context.Horizon || stuck)
            return new AppealTimes(received, registered, due, extended, null, rng.Chance(0.75) ? "in_progress" : "open", null);

        var (status, outcome) = Outcome(rng, channel, legal, kind, topic);
        return new AppealTimes(received, registered, due, extended, answered, status, outcome);
    }

    private static bool OnTheSpot(DemoRandom rng, string channel, string kind) =>
        channel is "in_person" or "phone" && kind switch
        {
            "information_request" => rng.Chance(0.85),
            "service_request" => rng.Chance(0.4),
            "review" or "suggestion" => rng.Chance(0.6),
            _ => rng.Chance(0.1),
        };

    private static (string Status, string Outcome) Outcome(DemoRandom rng, string channel, bool legal, string kind, string topic)
    {
        if (AppealProfile.IsWritten(channel) && rng.Chance(0.01)) return ("not_reviewed", "not_reviewed");
        var u = rng.NextDouble();
        return kind switch
        {
            "complaint" => u < 0.45 ? ("settled", "resolved") : u < 0.85 ? ("answered", "explained") : ("rejected", "refused"),
            "service_request" when topic == "tech_connection" =>
                u < 0.35 ? ("settled", "tc_contract") : u < 0.85 ? ("settled", "resolved") : ("rejected", "refused"),
            "service_request" when topic == "contracts" && legal =>
                u < 0.3 ? ("settled", "transmission_contract") : u < 0.85 ? ("settled", "resolved") : ("rejected", "refused"),
            "service_request" => u < 0.75 ? ("settled", "resolved") : u < 0.9 ? ("answered", "explained") : ("rejected", "refused"),
            "suggestion" => u < 0.2 ? ("settled", "resolved") : ("answered", "explained"),
            _ => ("answered", "explained"),
        };
    }

    private DateTime Receive(DemoRandom rng, DateOnly day, string channel) => channel switch
    {
        "phone" => At(rng, day, 8, PhoneHours),
        "email" or "internet_reception" or "personal_account" or "answerphone" => At(rng, day, 0, AllDay),
        _ => At(rng, day, 8, OfficeHours),
    };

    private DateTime Register(DemoRandom rng, DateTime received, string channel)
    {
        var day = DateOnly.FromDateTime(received);
        switch (channel)
        {
            case "in_person" or "phone" or "other":
                return received.AddMinutes(rng.Between(1, 15));
            case "post" or "fax" or "client_mailbox" or "feedback_book":
                // Registration within three days of receipt (001 §2.2.4), now and then later.
                var lag = rng.Chance(0.05) ? rng.Between(4, 6) : rng.Between(0, 3);
                var regDay = _days.AddWorkingDays(day, lag);
                var at = regDay.ToDateTime(new TimeOnly(9, 0)).AddMinutes(rng.Between(0, 480));
                return at > received ? at : received.AddMinutes(rng.Between(5, 90));
            default:
                var inHours = _days.IsWorkingDay(day) && received.Hour is >= 8 and < 16;
                if (inHours && !rng.Chance(0.03)) return received.AddMinutes(rng.Between(10, 90));
                var next = _days.AddWorkingDays(day, rng.Chance(0.03) ? rng.Between(2, 3) : 1);
                return next.ToDateTime(new TimeOnly(8, 30)).AddMinutes(rng.Between(0, 180));
        }
    }

    private static DateTime At(DemoRandom rng, DateOnly day, int firstHour, double[] hourWeights) =>
        day.ToDateTime(new TimeOnly(firstHour + rng.Weighted(hourWeights), rng.Next(60), rng.Next(60)));

    private static DateTime EndOf(DateOnly day) => day.ToDateTime(new TimeOnly(23, 59, 59));
}

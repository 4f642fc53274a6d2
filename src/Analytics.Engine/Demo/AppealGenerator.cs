using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace Analytics.Engine.Demo;

/// <summary>
/// Writes about 100 000 appeals per unit of scale into <c>appeal</c> and their measures into
/// <c>appeal_measure</c>, day by day and office by office. Some consumers come back: about one appeal in eleven
/// is a repeat of a recent consumer, and a few complaints express dissatisfaction with measures completed within
/// the previous 30 working days, linked through <c>follow_up_of</c>.
/// </summary>
public sealed class AppealGenerator : IDemoTableGenerator
{
    /// <summary>Appeals at scale 1 over the whole period.</summary>
    public const int AppealsAtScaleOne = 100_000;

    private const int RingSize = 4096;

    public string Name => "appeals";

    public IReadOnlyList<string> Tables { get; } = ["appeal_measure", "appeal"];

    public IReadOnlyDictionary<string, long> Generate(DemoContext context, DuckDBConnection connection, CancellationToken ct)
    {
        var org = context.Organisation;
        var rng = context.Random("appeals");
        var timeline = new AppealTimeline(context);
        var text = new StringBuilder(512);
        var branches = org.Branches.Count;
        var recent = new Recent?[branches][];
        var measured = new Recent?[branches][];
        for (var b = 0; b < branches; b++)
        {
            recent[b] = new Recent?[RingSize];
            measured[b] = new Recent?[RingSize];
        }
        var recentCount = new long[branches];
        var measuredCount = new long[branches];
        var serial = new int[branches, 8];
        var perOfficeDay = RatePerWeight(context);
        var topicWeights = new double[AppealProfile.Topics.Length];
        long appeals = 0, measures = 0;

        using var appealAppender = connection.CreateAppender("appeal");
        using var measureAppender = connection.CreateAppender("appeal_measure");
        foreach (var day in context.Days())
        {
            ct.ThrowIfCancellationRequested();
            if (day.DayOfYear == 1 && day > context.From) context.ReportYear(Name, day.Year - 1, appeals);
            var yearIndex = context.YearIndex(day.Year);
            var working = context.WorkingDays.IsWorkingDay(day);
            var dayFactor = AppealProfile.DayFactor(day, yearIndex, working);
            var channelWeights = AppealProfile.ChannelWeights(yearIndex, working);
            foreach (var office in org.Offices)
            {
                var n = rng.Poisson(perOfficeDay * office.Weight * dayFactor);
                var b = office.Branch.Index;
                for (var i = 0; i < n; i++)
                {
                    var channel = AppealProfile.Channels[rng.Weighted(channelWeights)];
                    Recent? previous = null;
                    var dissatisfied = false;
                    if (rng.Chance(0.008)) dissatisfied = (previous = FindMeasured(rng, measured[b], measuredCount[b], day)) is not null;
                    if (previous is null && rng.Chance(0.09)) previous = Pick(rng, recent[b], recentCount[b], day);

                    var consumer = previous?.Consumer ?? DemoConsumer.New(rng, office, channel);
                    int kind, topic;
                    if (dissatisfied)
                    {
                        kind = 0;
                        topic = previous!.Topic;
                        previous.Used = true;
                    }
                    else
                    {
                        kind = rng.Weighted(AppealProfile.KindWeights(channel));
                        AppealProfile.TopicWeights(kind, day.Month, topicWeights);
                        topic = previous is not null && rng.Chance(0.4) ? previous.Topic : rng.Weighted(topicWeights);
                    }
                    var linked = dissatisfied || (previous is not null && previous.Topic == topic);
                    var kindCode = AppealProfile.Kinds[kind];
                    var topicCode = AppealProfile.Topics[topic];
                    var registerNo = string.Create(CultureInfo.InvariantCulture,
                        $"{office.Branch.Short}-{day.Year}-{++serial[b, yearIndex]:D7}");
                    var times = timeline.Draw(rng, day, channel, consumer.Legal, kindCode, topicCode, office.Branch, yearIndex, linked);
                    // Not yet received or registered at the demo's "now": it is not in the register.
                    if (times.Registered > context.Horizon) continue;
                    var poorQuality = kind == 0 && (dissatisfied || rng.Chance(AppealProfile.PoorQualityShare(topicCode)));
                    var executor = office.Staff[rng.Next(office.Staff.Count)];
                    var facts = new AppealTextFacts(consumer.Address, consumer.Account, consumer.Organisation, day,
                        dissatisfied ? previous!.RegisterNo : null, office.Staff[rng.Next(office.Staff.Count)]);
                    var body = AppealTexts.Compose(rng, text, kindCode, topicCode, consumer.Legal, facts);

                    var row = appealAppender.CreateRow()
                        .AppendValue(registerNo).AppendValue(office.Code).AppendValue(consumer.Legal ? "legal" : "individual")
                        .AppendValue(consumer.Key).AppendValue(consumer.Name).AppendValue(consumer.Phone).AppendValue(consumer.Email)
                        .AppendValue(consumer.Address).AppendValue(channel).AppendValue(kindCode).AppendValue(topicCode)
                        .AppendValue(poorQuality).AppendValue(body)
                        .AppendValue(times.Received).AppendValue(times.Registered).AppendValue(times.Due)
                        .AppendValue(times.ExtendedTo).AppendValue(times.Answered).AppendValue(executor)
                        .AppendValue(times.Status).AppendValue(times.Outcome).AppendValue(linked ? previous!.RegisterNo : null)
                        .AppendNullValue();
                    var (contactLeft, replyChannel, repliedVia) = ReplyFacts(serial[b, yearIndex], channel, consumer, times.Answered is not null);
                    row.AppendValue(contactLeft).AppendValue(replyChannel).AppendValue(repliedVia).EndRow();
                    appeals++;

                    var entry = new Recent(registerNo, consumer, topic, day);
                    recent[b][recentCount[b]++ % RingSize] = entry;
                    if (kind == 0 && times.Answered is { } answered && times.Status != "not_reviewed")
                    {
                        var (count, last) = AppealMeasures.Write(measureAppender, rng, registerNo, topicCode, poorQuality,
                            times.Registered, answered, context.Horizon);
                        measures += count;
                        if (last is { } done)
                        {
                            entry.MeasureDone = DateOnly.FromDateTime(done);
                            measured[b][measuredCount[b]++ % RingSize] = entry;
                        }
                    }
                }
            }
        }
        return new Dictionary<string, long> { ["appeal"] = appeals, ["appeal_measure"] = measures };
    }

    /// <summary>Appeals per office weight per unit of day factor, so the expected total is 100 000 × scale.</summary>
    private static double RatePerWeight(DemoContext context)
    {
        var weights = context.Organisation.Offices.Sum(o => o.Weight);
        var days = context.Days().Sum(d => AppealProfile.DayFactor(d, context.YearIndex(d.Year), context.WorkingDays.IsWorkingDay(d)));
        return AppealsAtScaleOne * context.Scale / (weights * days);
    }

    // Dissatisfaction counts only within 30 working days (about 42 calendar days) after the measure was completed.
    private static Recent? FindMeasured(DemoRandom rng, Recent?[] ring, long count, DateOnly day)
    {
        if (count == 0) return null;
        var size = (int)Math.Min(count, RingSize);
        for (var attempt = 0; attempt < 24; attempt++)
        {
            var candidate = ring[(int)((count - 1 - rng.Next(size)) % RingSize)];
            if (candidate is { Used: false, MeasureDone: { } done } && done < day && day.DayNumber - done.DayNumber <= 42)
                return candidate;
        }
        return null;
    }

    private static Recent? Pick(DemoRandom rng, Recent?[] ring, long count, DateOnly day)
    {
        if (count == 0) return null;
        var candidate = ring[(int)((count - 1 - rng.Next((int)Math.Min(count, RingSize))) % RingSize)];
        return candidate is not null && candidate.Registered < day ? candidate : null;
    }

    private sealed class Recent(string registerNo, DemoConsumer consumer, int topic, DateOnly registered)
    {
        public string RegisterNo { get; } = registerNo;
        public DemoConsumer Consumer { get; } = consumer;
        public int Topic { get; } = topic;
        public DateOnly Registered { get; } = registered;
        public DateOnly? MeasureDone { get; set; }
        public bool Used { get; set; }
    }

    /// <summary>
    /// What an answerphone caller left (002 §8.1.3), the reply channel a written appeal asked for and the one used
    /// (001 §2.4.5). Drawn from the serial number, not the random stream, so the rest of the demo stays as it was.
    /// </summary>
    private static (string? ContactLeft, string? ReplyChannel, string? RepliedVia) ReplyFacts(int serial, string channel, DemoConsumer consumer, bool answered)
    {
        string? contact = channel != "answerphone" ? null
            : consumer.Phone is not null && serial % 4 != 0 ? "phone" : consumer.Address is not null ? "address" : null;
        if (!AppealProfile.IsWritten(channel)) return (contact, null, null);
        var chosen = serial % 7 == 0 ? "phone" : channel is "email" or "internet_reception" or "personal_account" ? "email" : "post";
        var used = !answered ? null : serial % 23 == 0 ? (chosen == "post" ? "email" : "post") : chosen;
        return (contact, chosen, used);
    }
}

namespace Analytics.Engine.Demo;

/// <summary>
/// The designed shape of the appeal flow: channel shares (phone and in person dominate, internet grows about a
/// quarter a year), kinds per channel, topics per kind and their seasons (winter billing, summer outages).
/// </summary>
internal static class AppealProfile
{
    public static readonly string[] Channels =
        ["in_person", "phone", "fax", "post", "email", "internet_reception", "personal_account", "answerphone", "client_mailbox", "feedback_book", "other"];

    private static readonly double[] ChannelBase = [0.33, 0.35, 0.004, 0.06, 0.05, 0.05, 0.06, 0.025, 0.012, 0.01, 0.015];

    public static readonly string[] Kinds = ["complaint", "suggestion", "review", "information_request", "service_request"];

    public static readonly string[] Topics =
        ["outages_quality", "billing_payments", "metering_readings", "tech_connection", "contracts", "staff_service", "information", "other"];

    // Kind weights per channel group: oral, remote written, mailbox/book, other.
    private static readonly double[][] KindsByGroup =
    [
        [0.18, 0.02, 0.03, 0.50, 0.27],
        [0.32, 0.03, 0.03, 0.27, 0.35],
        [0.35, 0.25, 0.35, 0.03, 0.02],
        [0.20, 0.02, 0.02, 0.50, 0.26],
    ];

    private static readonly double[][] TopicsByKind =
    [
        [0.28, 0.30, 0.14, 0.08, 0.05, 0.10, 0.02, 0.03],
        [0.10, 0.15, 0.10, 0.05, 0.05, 0.25, 0.20, 0.10],
        [0.05, 0.05, 0.05, 0.05, 0.03, 0.70, 0.02, 0.05],
        [0.10, 0.32, 0.20, 0.08, 0.08, 0.02, 0.17, 0.03],
        [0.05, 0.22, 0.30, 0.18, 0.17, 0.01, 0.04, 0.03],
    ];

    // Seasonal factor per topic and month (January first).
    private static readonly double[][] Season =
    [
        [0.8, 0.8, 0.8, 0.9, 1.1, 1.5, 1.7, 1.6, 1.1, 0.9, 0.9, 0.9],
        [1.5, 1.45, 1.3, 1.05, 0.85, 0.75, 0.7, 0.75, 0.85, 1.0, 1.15, 1.35],
        [1.2, 1.1, 1.1, 1.0, 0.9, 0.85, 0.8, 0.85, 0.95, 1.0, 1.05, 1.2],
        [0.7, 0.8, 1.0, 1.2, 1.3, 1.3, 1.2, 1.2, 1.1, 1.0, 0.8, 0.6],
        [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
        [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
        [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
        [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    ];

    private static readonly double[] TopicMix = [0.13, 0.28, 0.19, 0.09, 0.09, 0.05, 0.12, 0.05];

    private static readonly double[] WeekdayFactor = [0.1, 1.25, 1.05, 1.0, 0.95, 0.85, 0.1];

    public static readonly double[] YearGrowth = [1.0, 1.04, 1.07, 1.10];

    /// <summary>Channel weights for a data year; on days off only remote channels receive appeals.</summary>
    public static double[] ChannelWeights(int yearIndex, bool workingDay)
    {
        var weights = new double[Channels.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var growth = IsInternet(i) ? Math.Pow(1.25, yearIndex) : Channels[i] == "in_person" ? Math.Pow(0.95, yearIndex) : 1.0;
            weights[i] = workingDay || IsRemote(Channels[i]) ? ChannelBase[i] * growth : 0;
        }
        return weights;
    }

    public static bool IsWritten(string channel) =>
        channel is "fax" or "post" or "email" or "internet_reception" or "personal_account" or "client_mailbox" or "feedback_book";

    public static bool IsRemote(string channel) => channel is "email" or "internet_reception" or "personal_account" or "answerphone";

    public static double LegalShare(string channel) => channel is "email" or "post" or "fax" ? 0.3 : 0.08;

    public static double[] KindWeights(string channel) => channel switch
    {
        "in_person" or "phone" => KindsByGroup[0],
        "client_mailbox" or "feedback_book" => KindsByGroup[2],
        "answerphone" or "other" => KindsByGroup[3],
        _ => KindsByGroup[1],
    };

    /// <summary>Topic weights for a kind in a month, with the season applied.</summary>
    public static void TopicWeights(int kind, int month, Span<double> weights)
    {
        for (var t = 0; t < Topics.Length; t++) weights[t] = TopicsByKind[kind][t] * Season[t][month - 1];
    }

    /// <summary>Relative appeal volume of a day: weekday, season of the topic mix and yearly growth.</summary>
    public static double DayFactor(DateOnly day, int yearIndex, bool workingDay)
    {
        var season = 0.0;
        for (var t = 0; t < Topics.Length; t++) season += TopicMix[t] * Season[t][day.Month - 1];
        // A transferred working Saturday counts as an ordinary weekday; a weekday holiday as a day off.
        var weekday = workingDay ? Math.Max(WeekdayFactor[(int)day.DayOfWeek], 0.9) : 0.1;
        return weekday * season * YearGrowth[Math.Clamp(yearIndex, 0, YearGrowth.Length - 1)];
    }

    /// <summary>Share of complaints on a topic that allege poor quality of transmission or of service.</summary>
    public static double PoorQualityShare(string topic) => topic switch
    {
        "outages_quality" => 0.75,
        "staff_service" => 0.8,
        "tech_connection" => 0.35,
        "metering_readings" => 0.2,
        "billing_payments" => 0.15,
        _ => 0.1,
    };

    private static bool IsInternet(int channel) => Channels[channel] is "email" or "internet_reception" or "personal_account";
}

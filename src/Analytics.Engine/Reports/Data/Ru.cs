using System.Globalization;

namespace Analytics.Engine.Reports.Data;

/// <summary>Russian number and date formats for report text (decimal comma, thin grouping, dd.MM.yyyy).</summary>
public static class Ru
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ru-RU");

    public static string N(long value) => value.ToString("#,0", Culture);

    public static string D(double? value, int decimals = 1) =>
        value is { } v ? v.ToString("#,0." + new string('0', decimals), Culture) : "—";

    /// <summary>A share 0…1 as percent, «—» when unknown.</summary>
    public static string Pct(double? share, int decimals = 1) => share is { } s ? D(s * 100, decimals) + " %" : "—";

    /// <summary>A signed change in percent, «—» when unknown.</summary>
    public static string Change(double? percent) =>
        percent is { } p ? (p > 0 ? "+" : "") + D(p, 1) + " %" : "—";

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", Culture);

    /// <summary>A 95 % interval of a share as the pages write it, «85,2–92,9 %» (one rule: <see cref="Vocabulary.Numbers.Interval"/>).</summary>
    public static string Interval((double Lower, double Upper)? interval) =>
        interval is { } i ? Vocabulary.Numbers.Interval(i.Lower, i.Upper, Culture) : "—";

    public static readonly string[] MonthsNominative =
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    public static readonly string[] MonthsShort = Vocabulary.Numbers.MonthsShort;

    // Labels come from the one catalogue (Analytics.Engine.Vocabulary); this class keeps the report's number formats.
    public static string ChannelGroup(string group) =>
        Vocabulary.Labels.Knows(Vocabulary.Vocab.Channel, group) ? Vocabulary.Labels.Ru(Vocabulary.Vocab.Channel, group) : "Другое";

    public static string Kind(string kind) => Vocabulary.Labels.Ru(Vocabulary.Vocab.AppealKind, kind);

    /// <summary>Appeal topics from the one catalogue; an empty topic is "не классифицировано".</summary>
    public static string Topic(string topic) =>
        topic.Length == 0 ? "не классифицировано" : Vocabulary.Labels.Ru(Vocabulary.Vocab.Topic, topic);

    public static readonly string[] ChannelGroups = ["in_person", "phone", "internet", "post", "other"];
}

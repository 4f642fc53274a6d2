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

    /// <summary>«[lo; hi] %» for a 95 % interval of a share.</summary>
    public static string Interval((double Lower, double Upper)? interval) =>
        interval is { } i ? $"[{D(i.Lower * 100)}; {D(i.Upper * 100)}] %" : "—";

    public static readonly string[] MonthsShort = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];

    public static string ChannelGroup(string group) => group switch
    {
        "in_person" => "Очно",
        "phone" => "Телефон",
        "internet" => "Интернет",
        "post" => "Почта",
        _ => "Другое",
    };

    public static string Kind(string kind) => kind switch
    {
        "complaint" => "Жалоба",
        "suggestion" => "Предложение",
        "review" => "Отзыв",
        "information_request" => "Запрос информации",
        "service_request" => "Заявка на услугу",
        _ => kind,
    };

    public static readonly string[] ChannelGroups = ["in_person", "phone", "internet", "post", "other"];
}

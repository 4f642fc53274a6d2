using System.Globalization;
using Plotly.Blazor;

namespace Dashboard.Charts;

/// <summary>
/// Plotly's Russian locale, given in the chart config (Plotly accepts locales per chart), so axes read "янв 2026"
/// and "0,92" without loading a locale script: month and day names, dd.MM.yyyy dates, decimal comma, thin-space
/// thousands. English charts keep Plotly's own defaults.
/// </summary>
public static class PlotlyLocale
{
    public static readonly string[] Months = Analytics.Engine.Vocabulary.Numbers.Months;

    public static readonly string[] ShortMonths = Analytics.Engine.Vocabulary.Numbers.MonthsShort;

    private static readonly Dictionary<string, object> Russian = new()
    {
        ["dictionary"] = new Dictionary<string, string>
        {
            ["Download plot as a png"] = "Сохранить как PNG", ["Zoom"] = "Масштаб", ["Pan"] = "Сдвиг",
            ["Zoom in"] = "Увеличить", ["Zoom out"] = "Уменьшить", ["Autoscale"] = "Автомасштаб", ["Reset axes"] = "Сбросить оси",
            ["Box Select"] = "Выделение прямоугольником", ["Lasso Select"] = "Выделение лассо",
            ["Double-click to zoom back out"] = "Двойной щелчок — вернуть масштаб",
        },
        ["format"] = new Dictionary<string, object>
        {
            ["days"] = new[] { "воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота" },
            ["shortDays"] = new[] { "вс", "пн", "вт", "ср", "чт", "пт", "сб" },
            ["months"] = Months,
            ["shortMonths"] = ShortMonths,
            ["date"] = "%d.%m.%Y",
            ["decimal"] = ",",
            ["thousands"] = "\u00A0",
        },
    };

    /// <summary>The dashboards' chart config in the interface language: no Plotly logo, the mode bar on hover only
    /// (it covered chart titles), the Russian locale unless the interface is English.</summary>
    public static Config Config(CultureInfo? culture = null)
    {
        var config = new Config { Responsive = true, DisplayLogo = false, DisplayModeBar = Plotly.Blazor.ConfigLib.DisplayModeBarEnum.Hover };
        if ((culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName != "en")
        {
            config.Locale = "ru";
            config.Locales = new Dictionary<string, object> { ["ru"] = Russian };
        }
        return config;
    }

    /// <summary>A month label for a category axis ("янв 2026" / "Jan 2026").</summary>
    public static string Month(int year, int month, CultureInfo? culture = null) =>
        (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "en"
            ? new DateTime(year, month, 1).ToString("MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))
            : $"{ShortMonths[month - 1]} {year}";

    /// <summary>A month name alone ("янв" / "Jan").</summary>
    public static string Month(int month, CultureInfo? culture = null) =>
        (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "en"
            ? new DateTime(2000, month, 1).ToString("MMM", CultureInfo.GetCultureInfo("en-GB"))
            : ShortMonths[month - 1];
}

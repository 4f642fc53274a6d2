using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Calendar;

/// <summary>Production-calendar settings, bound from the <c>Calendar</c> configuration section.</summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>
    /// Folder of <c>YYYY.xml</c> files replacing the embedded calendar (e.g. to add next year before a release);
    /// empty uses the embedded years.
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>Move calendar-day deadlines that fall on a day off to the next working day (default false).</summary>
    public bool MoveCalendarDeadlineOffDays { get; set; }
}

/// <summary>Registers <see cref="ProductionCalendar"/> and <see cref="DeadlineRule"/> as singletons.</summary>
public static class CalendarExtensions
{
    public static IServiceCollection AddProductionCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CalendarOptions>().Bind(configuration.GetSection(CalendarOptions.SectionName));
        services.AddSingleton(sp =>
        {
            var directory = sp.GetRequiredService<IOptions<CalendarOptions>>().Value.Directory;
            return string.IsNullOrWhiteSpace(directory) ? ProductionCalendar.Default : ProductionCalendar.FromDirectory(directory);
        });
        services.AddSingleton(sp => new DeadlineRule(
            sp.GetRequiredService<ProductionCalendar>(),
            new DeadlineOptions
            {
                MoveCalendarDeadlineOffDays = sp.GetRequiredService<IOptions<CalendarOptions>>().Value.MoveCalendarDeadlineOffDays,
            }));
        return services;
    }
}

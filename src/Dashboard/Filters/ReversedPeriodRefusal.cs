using System.Globalization;

namespace Dashboard.Filters;

/// <summary>
/// The API side of the reversed-period rule (<see cref="DashboardFilter.Reversed"/>): a data or export call whose
/// from is after its to is answered 400 with the message naming both dates, rather than with the default period's
/// figures a script would take for the ones it asked for. Pages show the same message in the filter bar.
/// </summary>
public static class ReversedPeriodRefusal
{
    public static IApplicationBuilder UseReversedPeriodRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api")
            && DashboardFilter.FromQuery(context.Request.Query).ReversedMessage(CultureInfo.CurrentUICulture) is { } message)
        {
            await Results.Problem(message, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
            return;
        }
        await next(context);
    });
}

using System.Text;
using Analytics.Engine.Time;

namespace Dashboard.Jobs;

/// <summary>
/// Hangfire's own pages under <c>/jobs</c> tell time in the viewer's browser zone (moment.js, no server option). This
/// middleware adds <c>hangfire-zone.js</c> with the host's <see cref="DisplayTime"/> zone to every Hangfire HTML page,
/// so its times read as on every other page (Moscow by default). A script file, not inline code: the CSP allows
/// scripts from this origin only.
/// </summary>
public static class HangfireDisplayZone
{
    public const string ScriptPath = "/hangfire-zone.js";

    public static IApplicationBuilder UseHangfireDisplayZone(this IApplicationBuilder app, string prefix = "/jobs") => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.StartsWithSegments(prefix))
        {
            await next();
            return;
        }
        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            context.Response.Body = body;
        }
        buffer.Position = 0;
        if (context.Response.StatusCode == StatusCodes.Status200OK
            && context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            if (end >= 0)
            {
                var bytes = Encoding.UTF8.GetBytes(html.Insert(end, Tag(context.RequestServices.GetRequiredService<DisplayTime>())));
                context.Response.ContentLength = bytes.Length;
                await body.WriteAsync(bytes, context.RequestAborted);
                return;
            }
        }
        await buffer.CopyToAsync(body, context.RequestAborted);
    });

    /// <summary>The script tag; the zone as the browser's Intl tables name it (IANA), whatever the host's own id.</summary>
    public static string Tag(DisplayTime time)
    {
        var id = time.Zone.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(time.Zone.Id, out var iana) ? time.Zone.Id : iana;
        return $"<script src=\"{ScriptPath}\" data-zone=\"{System.Net.WebUtility.HtmlEncode(id)}\"></script>";
    }
}

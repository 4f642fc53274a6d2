using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Analytics.Engine.Delivery;

/// <summary>
/// SMS.ru adapter. The provider answers <c>{"status":"OK","sms":{"7916…":{"status":"OK","sms_id":"…"}}}</c>, or a
/// per-number <c>"status":"ERROR"</c> with <c>status_text</c> (a refused number: a bounce). A connection that fails
/// before the request is written is retried; a timeout after it is ambiguous (the provider may have queued it).
/// </summary>
public sealed class SmsRuGateway(HttpClient http, IOptions<SmsOptions> options) : ISmsGateway
{
    public bool Configured => options.Value.Configured;

    public async Task<SendOutcome> Send(OutgoingSms sms, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.Configured) return new SendOutcome(SendResult.NotSent, Error: "SMS-провайдер не настроен (Sms:ApiId).");
        var phone = new string([.. sms.Phone.Where(char.IsAsciiDigit)]);
        var form = new List<KeyValuePair<string, string>>
        {
            new("api_id", o.ApiId!), new("to", phone), new("msg", sms.Text), new("json", "1"),
        };
        if (!string.IsNullOrWhiteSpace(o.From)) form.Add(new("from", o.From));
        if (o.Test) form.Add(new("test", "1"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(o.TimeoutSeconds));
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(o.BaseUrl.TrimEnd('/') + "/sms/send", new FormUrlEncodedContent(form), timeout.Token);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            return new SendOutcome(SendResult.NotSent, Error: e.Message);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new SendOutcome(SendResult.Ambiguous, Error: e.Message);
        }
        using (response)
        {
            if ((int)response.StatusCode >= 500) return new SendOutcome(SendResult.NotSent, Error: $"HTTP {(int)response.StatusCode}");
            if (!response.IsSuccessStatusCode) return new SendOutcome(SendResult.Rejected, Error: $"HTTP {(int)response.StatusCode}");
            try
            {
                var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                return Read(json, phone);
            }
            catch (JsonException e)
            {
                return new SendOutcome(SendResult.Ambiguous, Error: "Непонятный ответ провайдера: " + e.Message);
            }
        }
    }

    internal static SendOutcome Read(JsonElement json, string phone)
    {
        var top = json.TryGetProperty("status", out var s) ? s.GetString() : null;
        if (json.TryGetProperty("sms", out var all) && all.ValueKind == JsonValueKind.Object && all.TryGetProperty(phone, out var one))
        {
            if (one.TryGetProperty("status", out var st) && st.GetString() == "OK")
                return SendOutcome.Ok(one.TryGetProperty("sms_id", out var id) ? id.GetString() : null);
            return new SendOutcome(SendResult.Rejected, Error: Text(one));
        }
        // A refusal of the whole request (bad key, no money) is the account's problem, not the number's: retry later.
        return new SendOutcome(top == "OK" ? SendResult.Ambiguous : SendResult.NotSent, Error: Text(json));
    }

    private static string Text(JsonElement e) =>
        (e.TryGetProperty("status_code", out var c) ? c.ToString() + " " : "") + (e.TryGetProperty("status_text", out var t) ? t.GetString() : "");
}

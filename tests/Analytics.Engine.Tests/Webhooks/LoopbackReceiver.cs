using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Analytics.Engine.Tests.Webhooks;

/// <summary>A request as the receiver saw it on the wire.</summary>
internal sealed record ReceivedHook(IReadOnlyDictionary<string, string> Headers, string Body, string ContentType);

/// <summary>
/// A real HTTP receiver on loopback (HttpListener): answers each POST with the next status of its script (the last
/// one repeats) and keeps what it received, so tests see exactly what a subscriber's server sees.
/// </summary>
internal sealed class LoopbackReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<int> _script;
    private readonly int _last;
    private readonly Task _loop;

    public ConcurrentQueue<ReceivedHook> Received { get; } = new();
    public string Url { get; }

    public LoopbackReceiver(params int[] statuses)
    {
        _script = new Queue<int>(statuses);
        _last = statuses[^1];
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/hooks/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            using var reader = new StreamReader(context.Request.InputStream, System.Text.Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            Received.Enqueue(new ReceivedHook(headers, body, context.Request.ContentType ?? ""));
            int status;
            lock (_script) status = _script.Count > 0 ? _script.Dequeue() : _last;
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}

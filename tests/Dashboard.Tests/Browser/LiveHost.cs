using System.Net;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Browser;

/// <summary>The host on a real Kestrel port (127.0.0.1, chosen by the OS), for a real browser.</summary>
public sealed class LiveHost : IAsyncDisposable
{
    private LiveHost(DashboardFactory factory, string address) => (Factory, Address) = (factory, address);

    public DashboardFactory Factory { get; }

    /// <summary>Base address without a trailing slash, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Address { get; }

    public static LiveHost Start(IDictionary<string, string?>? settings = null)
    {
        var factory = new DashboardFactory(settings);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new LiveHost(factory, addresses.Addresses.First().TrimEnd('/'));
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dashboard.Tests.Hosting;

/// <summary>
/// src/Dashboard's build output started as `dotnet run` starts it (content root = the project), with ASPNETCORE_ENVIRONMENT=Production: package and framework
/// assets must be served (they answered 500 before the host read the static web assets manifest itself). A real
/// process, because the test factory enables static web assets on its own and would hide the defect.
/// </summary>
public class ProductionStaticAssetsTests
{
    [Fact]
    public Task ProductionHost_FromTheBuildOutput_ServesStaticWebAssets() =>
        RunHost("Urls", async (http, ct) =>
        {
            foreach (var asset in new[] { "/_framework/blazor.web.js", "/_content/MudBlazor/MudBlazor.min.css", "/app.css" })
            {
                using var response = await http.GetAsync(asset, ct);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
            }
        });

    /// <summary>
    /// D9: the address people set, <c>ASPNETCORE_URLS</c>, moves the host; appsettings.json's <c>Urls</c> (the 5080
    /// default) silently won over it before. The host answers on the variable's port (it would not come up there otherwise).
    /// </summary>
    [Fact]
    public Task Host_ListensWhere_AspNetCoreUrls_Says() =>
        RunHost("ASPNETCORE_URLS", async (http, ct) =>
        {
            using var response = await http.GetAsync("/account/login", ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });

    private static async Task RunHost(string addressVariable, Func<HttpClient, CancellationToken, Task> check)
    {
        var ct = TestContext.Current.CancellationToken;
        // Exactly what `dotnet run --project src/Dashboard` starts: the project's own build output, content root = project.
        var (project, dll) = DashboardBuild();
        var folder = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", ["exec", dll])
        {
            WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment[addressVariable] = $"http://127.0.0.1:{port}";
        start.Environment["Store__Path"] = Path.Combine(folder, "store.duckdb");
        start.Environment["Demo__OnFirstRun"] = "false";
        start.Environment["Jobs__Enabled"] = "false";
        start.Environment["Admin__InitialPassword"] = "admin-password-for-tests";
        using var host = Process.Start(start)!;
        host.OutputDataReceived += (_, _) => { };
        host.ErrorDataReceived += (_, _) => { };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilUp(http, host, ct);
            await check(http, ct);
        }
        finally
        {
            if (!host.HasExited) host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync(CancellationToken.None);
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task WaitUntilUp(HttpClient http, Process host, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            Assert.False(host.HasExited, "the Production host exited at start");
            try
            {
                using var response = await http.GetAsync("/account/login", ct);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(500, ct);
        }
        Assert.Fail("the Production host did not answer within 60 s");
    }

    private static (string Project, string Dll) DashboardBuild()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)); // …/bin/<Configuration>/<tfm>
        var configuration = output.Parent!.Name;
        for (var dir = output; dir is not null; dir = dir.Parent)
        {
            var project = Path.Combine(dir.FullName, "src", "Dashboard");
            var dll = Path.Combine(project, "bin", configuration, output.Name, "Dashboard.dll");
            if (File.Exists(dll)) return (project, dll);
        }
        throw new InvalidOperationException("src/Dashboard's build output was not found above " + output.FullName);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

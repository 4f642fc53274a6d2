using System.Diagnostics;
using Analytics.Engine.Store;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Hosting;

/// <summary>docs/adr/0001: one writer process per store, and a clear message for the one that is refused.</summary>
public class OneWriterTests
{
    [Fact]
    public async Task Start_FailsNamingTheHolder_WhenAnotherProcessHoldsTheStore()
    {
        await using var factory = new DashboardFactory();
        using (var connection = AnalyticsStore.At(factory.StorePath).Open()) { } // create the file
        using var holder = StartLockHolder(factory.StorePath);
        try
        {
            var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

            var locked = Assert.IsType<StoreLockedException>(Unwrap(error));
            Assert.Contains($"PID {holder.Id}", locked.Message);
            Assert.Contains(factory.StorePath, locked.Message);
        }
        finally
        {
            holder.StandardInput.Close();
            await holder.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    private static Exception Unwrap(Exception error)
    {
        for (Exception? e = error; e is not null; e = e is AggregateException a ? a.InnerExceptions[0] : e.InnerException)
            if (e is StoreLockedException) return e;
        return error;
    }

    private static Process StartLockHolder(string store)
    {
        // …/tests/Dashboard.Tests/bin/<Config>/<tfm>/ → …/tests/StoreLockHolder/bin/<Config>/<tfm>/StoreLockHolder.dll
        var baseDir = new DirectoryInfo(AppContext.BaseDirectory);
        var tests = baseDir.Parent!.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(tests, "StoreLockHolder", "bin", baseDir.Parent!.Name, baseDir.Name, "StoreLockHolder.dll");
        var process = Process.Start(new ProcessStartInfo("dotnet", [dll, store])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true,
        })!;
        Assert.Equal("ready", process.StandardOutput.ReadLine());
        return process;
    }
}

using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests;

public class HostSmokeTests
{
    [Fact]
    public async Task Health_ReturnsOk()
    {
        await using var factory = new WebApplicationFactory<Program>();
        var client = factory.CreateClient();
        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode);
    }
}

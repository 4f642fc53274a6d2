using Analytics.Engine.Forms;
using Dapper;
using Dashboard.Users;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>F4's optional geolocation evidence: asked for only after the auditor consents, stored with the audit.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GeolocationTests(BrowserFixture browser)
{
    [Fact]
    public async Task Position_IsRecordedOnlyAfterConsent()
    {
        await using var host = LiveHost.Start();
        var forms = host.Factory.Service<FormService>();
        SurveySeed.Office_(host.Factory.Store);
        var formId = SurveySeed.PublishChecklist(forms);
        host.Factory.AddUser("auditor-g", "auditor-password-1", new UserRole(Roles.Auditor, null));
        forms.AssignOffices("auditor-g", [SurveySeed.Office]);
        var photo = Path.Combine(host.Factory.Directory_, "stand.png");
        await File.WriteAllBytesAsync(photo, SurveySeed.Png(), TestContext.Current.CancellationToken);

        var options = OfflineStartTests.Tablet(host);
        options.Geolocation = new() { Latitude = 55.75222f, Longitude = 37.61556f };
        options.Permissions = ["geolocation"];
        await using var context = await browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        await OfflineStartTests.SignInAsAuditor(page, "auditor-g", "auditor-password-1");
        await page.GotoAsync($"/checklist/{SurveySeed.Checklist}/{SurveySeed.Office}");
        await Runner.WaitReady(page);

        const string State = "() => Object.keys(localStorage).filter(k => k.startsWith('sd:checklist:')).map(k => JSON.parse(localStorage.getItem(k)))";
        await page.Locator("label[for='q-greeting-yes']").TapAsync();
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("latitude", await page.EvaluateAsync<string>($"() => JSON.stringify(({State})())"));

        await page.GetByLabel("Записать место проверки").CheckAsync();
        await Assertions.Expect(page.Locator("[data-geo-status]")).ToContainTextAsync("Место записано: 55.75222");
        await page.FillAsync("input[name='a.wait']", "3");
        await page.SetInputFilesAsync("input[data-evidence-for=stand]", photo);
        await Assertions.Expect(page.Locator("[data-progress]")).ToHaveAttributeAsync("aria-valuenow", "100");
        await page.Locator("form[data-runner] button[type=submit]").TapAsync();
        await Runner.WaitFor(() => Runner.Count(host, formId) == 1);

        using var c = host.Factory.Store.Open();
        var (latitude, longitude) = c.QuerySingle<(double?, double?)>("SELECT latitude, longitude FROM submission WHERE definition_id = $formId", new { formId });
        Assert.Equal(55.75222, latitude!.Value, 4);
        Assert.Equal(37.61556, longitude!.Value, 4);
    }
}

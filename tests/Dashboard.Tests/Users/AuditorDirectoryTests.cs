using Dashboard.Tests.Support;
using Dashboard.Users;
using SurveyDesigner.Assignments;

namespace Dashboard.Tests.Users;

public class AuditorDirectoryTests
{
    [Fact]
    public async Task Auditors_AreEnabledUsersWithAuditorRole()
    {
        await using var factory = new DashboardFactory();
        using var _ = factory.CreateClient();
        factory.AddUser("anna", "password-for-anna-1", new UserRole(Roles.Auditor, null));
        factory.AddUser("boris", "password-for-boris-1", new UserRole(Roles.Auditor, null), new UserRole(Roles.Designer, null));
        factory.AddUser("vera", "password-for-vera-1", new UserRole(Roles.Executive, null));
        factory.AddUser("gleb", "password-for-gleb-1", new UserRole(Roles.Auditor, null));
        Assert.True(factory.Service<UserService>().SetEnabled("gleb", false, "test").Succeeded);

        var auditors = factory.Service<IAuditorDirectory>().Auditors();

        Assert.Equal(["anna", "boris"], auditors.Select(a => a.UserName));
    }
}

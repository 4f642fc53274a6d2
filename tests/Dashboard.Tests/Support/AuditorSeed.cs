using Analytics.Engine.Forms;
using Dapper;
using Dashboard.Users;
using SurveyDesigner.Assignments;

namespace Dashboard.Tests.Support;

/// <summary>D1's auditor: a login, a ФИО, one office assigned as /designer/auditors does (host and browser tests share it).</summary>
internal static class AuditorSeed
{
    internal const string Login = "auditor1";
    internal const string FullName = "Смирнов Алексей Петрович";
    internal const string Password = "auditor-password-1";
    internal const string Office = "SPB-03";
    internal const string Checklist = "visit-fio";

    /// <summary>The org unit, an Auditor with a ФИО, a one-item checklist, and the office assigned as the designer page does.</summary>
    public static FormService Seed(DashboardFactory factory)
    {
        using (var c = factory.Store.Open())
            c.Execute("INSERT INTO org_unit (code, level, name) VALUES ($code, 'office', 'Невский')", new { code = Office });
        var created = factory.Service<UserService>().Create(Login, FullName, Password, [new UserRole(Roles.Auditor, null)], "admin");
        Assert.True(created.Succeeded, created.Error);
        var forms = factory.Service<FormService>();
        var id = forms.Create(new FormDefinition
        {
            Code = Checklist, Kind = FormKind.Checklist, Title = new("Проверка офиса"),
            Sections =
            [
                new FormSection
                {
                    Code = "hall", Title = new("Зал"),
                    Items = [new FormItem { Code = "greeting", Type = QuestionType.YesNoNa, Text = new("Сотрудник поздоровался"), Required = true, Scored = true, Weight = 1 }],
                },
            ],
        }, "test");
        Assert.True(forms.Publish(id, "test").Published);
        // What /designer/auditors does: rows from the directory, saved under the row's login.
        var row = Assert.Single(factory.Service<IAuditorDirectory>().Auditors());
        Assert.Equal(FullName, row.DisplayName);
        forms.AssignOffices(row.UserName, [Office]);
        return forms;
    }

}

using Analytics.Engine.Tests.Support;
using Analytics.Engine.Vocabulary;
using Dapper;

namespace Analytics.Engine.Tests.Vocabulary;

public class OrgDirectoryTests
{
    /// <summary>D13: offices with the same name are told apart by city and code, listed by branch.</summary>
    [Fact]
    public void Offices_AreNamedWithCityAndCode_ByBranch()
    {
        using var db = new TempStore();
        using (var c = db.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name, region, address) VALUES
                    ('ESZ', 'company', NULL, 'ПАО «Энергосбыт»', NULL, NULL),
                    ('ESZ-MUR', 'branch', 'ESZ', 'Мурманский филиал', 'Мурманская область', NULL),
                    ('ESZ-ARH', 'branch', 'ESZ', 'Архангельский филиал', 'Архангельская область', NULL),
                    ('MUR-01', 'office', 'ESZ-MUR', 'Центральный клиентский офис', 'Мурманская область', 'г. Мурманск, ул. Полярные Зори, д. 12'),
                    ('ARH-01', 'office', 'ESZ-ARH', 'Центральный клиентский офис', 'Архангельская область', 'г. Архангельск, наб. Северной Двины, д. 60')
                """);

        var offices = new OrgDirectory(db.Store).Units().Where(u => u.Level == "office").ToList();

        Assert.Equal(["Центральный клиентский офис — Архангельск, ARH-01", "Центральный клиентский офис — Мурманск, MUR-01"],
            offices.Select(o => o.Display));
        Assert.Equal(["Архангельский филиал", "Мурманский филиал"], offices.Select(o => o.BranchName));
    }

    /// <summary>The one search rule of every office picker: two offices of one name are found apart by street or code.</summary>
    [Fact]
    public void Matches_NameCityCodeBranchAndStreet()
    {
        using var db = new TempStore();
        using (var c = db.Store.Open())
            c.Execute("""
                INSERT INTO org_unit (code, level, parent_code, name, region, address) VALUES
                    ('ESZ-MUR', 'branch', NULL, 'Мурманский филиал', 'Мурманская область', NULL),
                    ('ESZ-ARH', 'branch', NULL, 'Архангельский филиал', 'Архангельская область', NULL),
                    ('MUR-01', 'office', 'ESZ-MUR', 'Центральный клиентский офис', 'Мурманская область', 'г. Мурманск, ул. Полярные Зори, д. 12'),
                    ('ARH-01', 'office', 'ESZ-ARH', 'Центральный клиентский офис', 'Архангельская область', 'г. Архангельск, наб. Северной Двины, д. 60')
                """);
        var offices = new OrgDirectory(db.Store).Units().Where(u => u.Level == "office").ToList();
        string[] Found(string text) => [.. offices.Where(o => OrgDirectory.Matches(o, text)).Select(o => o.Code)];

        Assert.Equal(["ARH-01", "MUR-01"], Found("центральный"));
        Assert.Equal(["MUR-01"], Found("полярные зори"));
        Assert.Equal(["ARH-01"], Found("Северной Двины 60"));
        Assert.Equal(["ARH-01"], Found("arh-01"));
        Assert.Equal(["MUR-01"], Found("центральный мурманский"));
        Assert.Empty(Found("центральный калининград"));
        Assert.Equal("г. Мурманск, ул. Полярные Зори, д. 12", offices.Single(o => o.Code == "MUR-01").Address);
    }
}

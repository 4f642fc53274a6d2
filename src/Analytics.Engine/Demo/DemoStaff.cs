using Analytics.Engine.Store;
using Analytics.Engine.Users;

namespace Analytics.Engine.Demo;

/// <summary>
/// The demo's staff who own corrective actions and client cases. They are users of the suite (login, ФИО, role
/// Auditor — the quality team, company-wide, since the demo spreads their offices over every branch), so owners are
/// chosen, shown and notified as real owners are: by login, named by ФИО (#18). The accounts have no password: they
/// cannot sign in until an administrator sets one under «Пользователи» (an empty hash never verifies).
/// </summary>
internal static class DemoStaff
{
    public sealed record Person(string Login, string Name);

    /// <summary>Quality specialists who own the demo's corrective actions.</summary>
    public static readonly Person[] ActionOwners =
    [
        new("smirnova.ov", "Смирнова Ольга Викторовна"), new("kuznetsov.ip", "Кузнецов Игорь Павлович"),
        new("volkova.ns", "Волкова Наталья Сергеевна"), new("orlov.da", "Орлов Денис Андреевич"),
        new("lebedeva.mu", "Лебедева Марина Юрьевна"), new("nikitin.ao", "Никитин Алексей Олегович"),
    ];

    /// <summary>The customer-service director: owner of the company's cases.</summary>
    public static readonly Person Director = new("volkova.ne", "Волкова Наталья Евгеньевна");

    /// <summary>Heads of customer service who own the branches' and offices' cases.</summary>
    public static readonly Person[] Heads =
    [
        new("belova.in", "Белова Ирина Николаевна"), new("zakharov.ps", "Захаров Павел Сергеевич"),
        new("morozova.ev", "Морозова Елена Викторовна"), new("tikhonov.ai", "Тихонов Андрей Ильич"),
        new("kiseleva.sp", "Киселёва Светлана Петровна"), new("gusev.ra", "Гусев Роман Алексеевич"),
        new("fedorova.oi", "Фёдорова Оксана Игоревна"), new("zaitsev.mu", "Зайцев Максим Юрьевич"),
    ];

    private const string Role = "Auditor"; // the Dashboard's Roles.Auditor: may own and edit corrective actions

    /// <summary>Creates the accounts that do not exist yet; an existing login (renamed, re-roled) is left as it is.</summary>
    public static int EnsureAccounts(AnalyticsStore store, DateTime nowUtc)
    {
        var users = new UserStore(store);
        var created = 0;
        foreach (var p in ActionOwners.Append(Director).Concat(Heads))
        {
            if (users.Exists(p.Login)) continue;
            users.Insert(p.Login, p.Name, passwordHash: "", [new UserRole(Role, null)], Audit.AuditTrail.Demo, nowUtc);
            created++;
        }
        return created;
    }
}

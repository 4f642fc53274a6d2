using Analytics.Engine.Store;
using Analytics.Engine.Users;

namespace Analytics.Engine.Demo;

/// <summary>
/// The demo's staff: the auditors who fill its checklists and the people who own its corrective actions and client cases. They are users of the suite (login, ФИО, role
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

    /// <summary>
    /// The auditors (mystery shoppers) who fill the demo's checklists, one per branch and one for the website: the
    /// audits, their acts and the records name them by ФИО, as they name a real auditor (#15 item 1).
    /// </summary>
    private static readonly Dictionary<string, Person> Auditors = new(StringComparer.Ordinal)
    {
        ["ESZ-SPB"] = new("sorokina.am", "Сорокина Алла Михайловна"),
        ["ESZ-KGD"] = new("petrov.dm", "Петров Дмитрий Михайлович"),
        ["ESZ-ARH"] = new("ivanova.es", "Иванова Екатерина Сергеевна"),
        ["ESZ-MUR"] = new("kozlov.ai", "Козлов Артём Игоревич"),
        ["ESZ-KOMI"] = new("popova.tv", "Попова Татьяна Владимировна"),
        ["hq"] = new("sergeev.nk", "Сергеев Николай Константинович"),
        ["web"] = new("egorova.lp", "Егорова Людмила Павловна"),
    };

    /// <summary>The auditor of a branch's offices (<c>hq</c>: offices without a branch; null: the website audit).</summary>
    public static Person AuditorOf(string? branch) =>
        Auditors.TryGetValue(branch ?? "web", out var p) ? p
        // A branch the catalogue does not name (a changed demo): still a login that can become a user.
        : new($"auditor-{branch!.ToLowerInvariant()}", $"Аудитор {branch}");

    private const string Role = "Auditor"; // the Dashboard's Roles.Auditor: may own and edit corrective actions

    /// <summary>Creates the accounts that do not exist yet; an existing login (renamed, re-roled) is left as it is.</summary>
    public static int EnsureAccounts(AnalyticsStore store, DateTime nowUtc)
    {
        var users = new UserStore(store);
        var created = 0;
        foreach (var p in ActionOwners.Append(Director).Concat(Heads).Concat(Auditors.Values))
        {
            if (users.Exists(p.Login)) continue;
            users.Insert(p.Login, p.Name, passwordHash: "", [new UserRole(Role, null)], Audit.AuditTrail.Demo, nowUtc);
            created++;
        }
        return created;
    }
}

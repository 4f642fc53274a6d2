namespace Dashboard.Localization;

public sealed partial class Ui
{
    // Merged into Table by the static constructor in Ui.Dashboards.cs.
    private static readonly Dictionary<string, (string Ru, string En)> AuditActStrings = new(StringComparer.Ordinal)
    {
        ["AuditActs.Title"] = ("Проверки и акты", "Audits and acts"),
        ["AuditActs.Finished"] = ("Окончание", "Finished"),
        ["AuditActs.Auditor"] = ("Аудитор", "Auditor"),
        ["AuditActs.Score"] = ("Балл", "Score"),
        ["AuditActs.Review"] = ("Решение", "Review"),
        ["AuditActs.Distance"] = ("До офиса", "To the office"),
        ["AuditActs.Flags"] = ("Подтверждение визита", "Proof of visit"),
        ["AuditActs.NoFlags"] = ("замечаний нет", "no findings"),
        ["AuditActs.Act"] = ("Акт", "Act"),
        ["AuditActs.Download"] = ("Скачать акт (PDF)", "Download the act (PDF)"),
        ["AuditActs.Zip"] = ("Все акты за период (ZIP)", "All acts of the period (ZIP)"),
        ["AuditActs.Count"] = ("за период: {0}", "in the period: {0}"),
    };
}

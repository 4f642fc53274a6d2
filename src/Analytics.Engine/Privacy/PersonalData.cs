using System.Data;
using Analytics.Engine.Forms;
using Dapper;

namespace Analytics.Engine.Privacy;

/// <summary>
/// The one rule for consumers' personal data (152-ФЗ): which fields hold it, who may read it unmasked, and how it is
/// masked for everyone else. Appeals' consumer name, phone, e-mail and address and the answers to a questionnaire's
/// contact items are personal alike; every page, records view, export and API asks this class, never its own list.
/// </summary>
public static partial class PersonalData
{
    /// <summary>The roles that read personal data unmasked (Admin and Designer); every other role sees it masked.</summary>
    public static IReadOnlyList<string> SeenBy { get; } = ["Admin", "Designer"];

    /// <summary>Columns of <c>appeal</c> that identify a consumer.</summary>
    public static IReadOnlySet<string> AppealFields { get; } =
        new HashSet<string>(["consumer_name", "consumer_phone", "consumer_email", "consumer_address"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Item codes that ask for a way to reach the respondent. A text item with one of these codes is personal even when
    /// its form does not flag it, so forms made before <see cref="FormItem.Personal"/> existed are covered too.
    /// </summary>
    public static IReadOnlySet<string> ContactCodes { get; } = new HashSet<string>(
        ["contact", "contacts", "phone", "telephone", "tel", "mobile", "email", "e_mail", "mail", "name", "full_name", "fio", "address"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>True when someone holding any of <paramref name="isInRole"/>'s roles may read personal data.</summary>
    public static bool MaySee(Func<string, bool> isInRole) => SeenBy.Any(isInRole);

    /// <summary>True when an SQL column reference (<c>a.consumer_phone</c> or <c>consumer_phone</c>) is an appeal's personal field.</summary>
    public static bool IsPersonalColumn(string sql)
    {
        var name = sql.Trim();
        var dot = name.LastIndexOf('.');
        return AppealFields.Contains(dot >= 0 ? name[(dot + 1)..] : name);
    }

    /// <summary>True when answers to <paramref name="item"/> are personal: flagged so, or a text item with a contact code.</summary>
    public static bool IsPersonal(FormItem item) =>
        item.Personal || (item.Type is QuestionType.ShortText or QuestionType.LongText && ContactCodes.Contains(item.Code));

    /// <summary>A value as a reader without the right sees it: first and last character kept (enough to tell two apart).</summary>
    public static string Mask(string value) => value.Length <= 2 ? "***" : value[0] + "***" + value[^1];

    /// <summary>The value itself when the reader may see it (or there is nothing to hide), otherwise <see cref="Mask"/>.</summary>
    public static string? Shown(string? value, bool maySee) => maySee || string.IsNullOrEmpty(value) ? value : Mask(value);

    /// <summary>
    /// Fills the temp table <c>personal_item (definition_id, version, item_code)</c> on this connection with the
    /// personal items of every stored form version, for <see cref="AnswerSql"/>.
    /// </summary>
    public static void Prepare(IDbConnection connection)
    {
        connection.Execute("CREATE OR REPLACE TEMP TABLE personal_item (definition_id VARCHAR, version INTEGER, item_code VARCHAR)");
        foreach (var (id, version, json) in connection.Query<(string, int, string)>("SELECT definition_id, version, json FROM form_version"))
        {
            FormDefinition form;
            try { form = FormJson.Deserialize(json, $"form {id} v{version}"); }
            catch (FormatException) { continue; } // an unreadable version has no items to show either
            foreach (var item in form.AllItems().Where(IsPersonal))
                connection.Execute("INSERT INTO personal_item VALUES ($id, $version, $code)", new { id, version, code = item.Code });
        }
    }

    /// <summary>
    /// SQL that is true when answer <paramref name="answer"/> of submission <paramref name="submission"/> is personal
    /// (needs <see cref="Prepare"/> on the connection): its item is personal in the submission's form version, or, for
    /// answers without a known form (imports), its code is a contact code.
    /// </summary>
    public static string AnswerSql(string submission, string answer) =>
        $"(EXISTS (SELECT 1 FROM personal_item p WHERE p.definition_id = {submission}.definition_id " +
        $"AND ({submission}.version IS NULL OR p.version = {submission}.version) AND p.item_code = {answer}.item_code) " +
        $"OR lower({answer}.item_code) IN ({string.Join(", ", ContactCodes.Select(c => $"'{c}'"))}))";
}

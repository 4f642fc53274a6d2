using Analytics.Engine.Privacy;

namespace Analytics.Engine.Access;

/// <summary>
/// Whose data a read-side query may return: the one definition of branch scoping (#14 item 2). A user held to a branch
/// (<see cref="Branch"/> set) sees that branch and its offices only, whatever else they ask for; a company-wide user
/// (null) sees what they ask for. Every Engine query that answers a person takes one, so a query cannot be written
/// without a scope, and the branch term of its SQL comes from <see cref="Where"/>, never from a copy.
/// </summary>
/// <param name="UserName">Who is asking (notifications addressed to them, journal entries).</param>
/// <param name="Branch">The branch the user is held to; null = company-wide.</param>
/// <param name="SeesPersonalData">Consumers' personal data shown unmasked (the rule of <see cref="PersonalData"/>).</param>
public sealed record BranchScope(string UserName, string? Branch, bool SeesPersonalData)
{
    /// <summary>Company-wide, personal data masked: jobs, the CLI and tests that act for no person.</summary>
    public static BranchScope Company { get; } = new("", null, false);

    /// <summary>The branch to filter by: the user's own when held to one, otherwise what was asked for (null = all).</summary>
    public string? Narrow(string? requested) => Branch ?? requested;

    /// <summary>True when <paramref name="branchCode"/> (of a unit) may be shown to this user.</summary>
    public bool Covers(string? branchCode) => Branch is null || string.Equals(Branch, branchCode, StringComparison.Ordinal);

    /// <summary>Personal data as this user may see it.</summary>
    public string? Personal(string? value) => PersonalData.Shown(value, SeesPersonalData);

    /// <summary>Free text as this user may see it: phone numbers and e-mails inside it masked by the same rule.</summary>
    public string? Text(string? value) => PersonalData.ShownText(value, SeesPersonalData);

    /// <summary>
    /// The one SQL term of branch scoping over the parameter <c>$branch</c> (null = every branch): a row belongs to the
    /// branch when its office's parent is the branch, or when it was booked on the branch itself.
    /// <paramref name="orgAlias"/> is the alias of <c>org_unit</c> joined on <paramref name="officeColumn"/>.
    /// </summary>
    internal static string Where(string orgAlias, string officeColumn) =>
        $"($branch IS NULL OR {orgAlias}.parent_code = $branch OR {officeColumn} = $branch)";

    /// <summary>
    /// The in-app recipient term of <c>notification</c> over <c>$user</c> and <c>$branch</c>: addressed to the user, to
    /// everyone, to the user's branch, or — for a company-wide user — to any branch.
    /// </summary>
    internal const string Recipient = """
        (recipient = $user OR recipient = 'all'
         OR ($branch IS NOT NULL AND recipient = 'branch:' || $branch)
         OR ($branch IS NULL AND recipient LIKE 'branch:%'))
        """;
}

namespace Dashboard.Users;

/// <summary>The roles of the suite; names are stored in <c>app_user_role.role</c> and used in policies.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Designer = "Designer";
    public const string Auditor = "Auditor";
    public const string Executive = "Executive";
    public const string BranchManager = "BranchManager";

    public static IReadOnlyList<string> All { get; } = [Admin, Designer, Auditor, Executive, BranchManager];

    /// <summary>Claim type carrying the branch a BranchManager manages.</summary>
    public const string BranchClaim = "analytics:branch";

    /// <summary>Claim type carrying the user's security stamp, checked on every request.</summary>
    public const string StampClaim = "analytics:stamp";
}

/// <summary>Authorization policy names.</summary>
public static class Policies
{
    public const string Administer = "Administer";
    public const string Import = "Import";
}

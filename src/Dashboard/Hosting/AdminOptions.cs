using System.ComponentModel.DataAnnotations;

namespace Dashboard.Hosting;

/// <summary>The first-run administrator (section <c>Admin</c>).</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    [Required(ErrorMessage = "Admin:UserName is required.")]
    [RegularExpression(@"^[A-Za-z0-9._@-]{2,64}$",
        ErrorMessage = "Admin:UserName may hold 2–64 Latin letters, digits and . _ @ -.")]
    public string UserName { get; set; } = "admin";

    /// <summary>Password for the first-run admin; empty means "generate one and print it once to the console".</summary>
    [RegularExpression(@"^$|^.{12,}$", ErrorMessage = "Admin:InitialPassword must be empty or at least 12 characters.")]
    public string? InitialPassword { get; set; }
}

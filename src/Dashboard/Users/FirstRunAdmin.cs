using Dashboard.Hosting;
using Microsoft.Extensions.Options;

namespace Dashboard.Users;

/// <summary>
/// Creates the administrator when the store has no administrator (the demo's staff are users without a password and
/// without the Admin role, so they do not count). The generated password is written once to the
/// console, not to the log, so it does not end up in log files; configuration can supply it instead.
/// </summary>
public sealed class FirstRunAdmin(UserStore users, UserService service, IOptions<AdminOptions> options,
    ILogger<FirstRunAdmin> logger)
{
    /// <summary>Returns the password when one was generated now, otherwise null.</summary>
    public string? EnsureAdmin(TextWriter console)
    {
        if (users.List().Any(u => u.Roles.Any(r => r.Role == Roles.Admin))) return null;
        var configured = options.Value.InitialPassword;
        var password = string.IsNullOrEmpty(configured) ? UserValidation.GeneratePassword() : configured;
        var result = service.Create(options.Value.UserName, "Администратор", password,
            [new UserRole(Roles.Admin, null)], createdBy: Analytics.Engine.Audit.AuditTrail.FirstRun);
        if (!result.Succeeded) throw new InvalidOperationException($"Could not create the first admin: {result.Error}.");
        if (!string.IsNullOrEmpty(configured))
        {
            logger.LogInformation("First-run admin {UserName} created with the password from Admin:InitialPassword",
                options.Value.UserName);
            return null;
        }
        logger.LogWarning("First-run admin {UserName} created; its password is printed once on the console",
            options.Value.UserName);
        console.WriteLine();
        console.WriteLine("==================================================================");
        console.WriteLine($"  First-run administrator: user '{UserValidation.Normalize(options.Value.UserName)}'");
        console.WriteLine($"  password: {password}");
        console.WriteLine("  It is shown only now. Sign in and change it under Administration.");
        console.WriteLine("==================================================================");
        console.WriteLine();
        console.Flush();
        return password;
    }
}

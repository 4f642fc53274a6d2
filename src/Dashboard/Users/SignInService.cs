using System.Security.Claims;
using Dashboard.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Users;

/// <summary>Why a sign-in failed, for the journal and the log; the page shows one neutral message for all of them.</summary>
public enum SignInFailure { None, UnknownUser, BadPassword, Disabled, LockedOut }

public sealed record SignInOutcome(ClaimsPrincipal? Principal, SignInFailure Failure)
{
    public bool Succeeded => Principal is not null;
}

/// <summary>Checks local credentials with lockout after repeated failures, and journals every attempt.</summary>
public sealed class SignInService(UserStore users, IPasswordHasher<AppUser> hasher, TimeProvider clock,
    IOptions<SignInPolicyOptions> policy, ILogger<SignInService> logger)
{
    // Hash checked for unknown users so a wrong name takes as long as a wrong password.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(null!, "x"));

    public SignInOutcome Verify(string? userName, string? password, string? remoteIp)
    {
        var name = UserValidation.Normalize(userName ?? "");
        var now = clock.GetUtcNow().UtcDateTime;
        var user = name.Length == 0 ? null : users.FindCredentials(name);
        if (user is null)
        {
            hasher.VerifyHashedPassword(null!, DummyHash.Value, password ?? "");
            return Fail(name, SignInFailure.UnknownUser, remoteIp, now);
        }
        // A disabled or locked account costs the same hash check as any other attempt: timing tells nothing either.
        if (!user.Enabled || user.LockedUntil is { } until && until > now)
        {
            hasher.VerifyHashedPassword(null!, user.PasswordHash, password ?? "");
            return Fail(name, user.Enabled ? SignInFailure.LockedOut : SignInFailure.Disabled, remoteIp, now);
        }

        var check = hasher.VerifyHashedPassword(null!, user.PasswordHash, password ?? "");
        if (check == PasswordVerificationResult.Failed)
        {
            var failed = user.FailedCount + 1;
            var max = policy.Value.MaxFailedAttempts;
            if (failed >= max)
            {
                users.RecordFailure(name, 0, now.AddMinutes(policy.Value.LockoutMinutes));
                logger.LogWarning("User {UserName} locked out for {Minutes} min after {Failures} failed sign-ins",
                    name, policy.Value.LockoutMinutes, failed);
            }
            else users.RecordFailure(name, failed, null);
            return Fail(name, SignInFailure.BadPassword, remoteIp, now);
        }
        if (check == PasswordVerificationResult.SuccessRehashNeeded)
            users.SetPasswordHash(name, hasher.HashPassword(null!, password!), endSessions: false);

        users.RecordSuccess(name, now);
        users.Journal(name, true, null, remoteIp, now);
        logger.LogInformation("User {UserName} signed in from {RemoteIp}", name, remoteIp);
        return new(BuildPrincipal(user, users.RolesOf(name)), SignInFailure.None);
    }

    internal static ClaimsPrincipal BuildPrincipal(UserStore.Credentials user, IReadOnlyList<UserRole> roles)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.UserName),
            new(ClaimTypes.Name, user.DisplayName),
            new(Roles.StampClaim, user.SecurityStamp),
        };
        foreach (var role in roles)
        {
            claims.Add(new(ClaimTypes.Role, role.Role));
            if (role.BranchCode is not null) claims.Add(new(Roles.BranchClaim, role.BranchCode));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    private SignInOutcome Fail(string name, SignInFailure failure, string? remoteIp, DateTime now)
    {
        users.Journal(name.Length == 0 ? "(empty)" : name, false, failure.ToString(), remoteIp, now);
        logger.LogWarning("Sign-in failed for {UserName} from {RemoteIp}: {Reason}", name, remoteIp, failure);
        return new(null, failure);
    }
}

using System.Security.Claims;
using Dashboard.Hosting;
using Dashboard.Users;

namespace Dashboard.Tests.Users;

public class OidcClaimsMapperTests
{
    private static OidcOptions Options(string? branchClaim = "branch") => new()
    {
        Enabled = true,
        Authority = "https://idp.example.invalid/realms/analytics",
        ClientId = "analytics",
        BranchClaim = branchClaim,
        RoleMap = new(StringComparer.OrdinalIgnoreCase)
        {
            ["analytics-admins"] = Roles.Admin,
            ["quality-auditors"] = Roles.Auditor,
            ["board"] = Roles.Executive,
            ["branch-heads"] = Roles.BranchManager,
        },
    };

    private static ClaimsPrincipal External(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));

    private static string[] RolesOf(ClaimsPrincipal principal) =>
        principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Map_KeepsTheAuditorsLogin_WhateverTheirDisplayName()
    {
        var before = OidcClaimsMapper.Map(External(("sub", "u-7"), ("name", "Кузнецова Анна Викторовна"), ("groups", "quality-auditors")), Options());
        var renamed = OidcClaimsMapper.Map(External(("sub", "u-7"), ("name", "Кузнецова-Орлова Анна Викторовна"), ("groups", "quality-auditors")), Options());

        // Assignments and submissions key on the login; the ФИО is a label that may change at the provider.
        Assert.Equal("oidc:u-7", SurveyDesigner.Api.AuditorIdentity.Login(before.Principal));
        Assert.Equal(SurveyDesigner.Api.AuditorIdentity.Login(before.Principal), SurveyDesigner.Api.AuditorIdentity.Login(renamed.Principal));
        Assert.Equal("Кузнецова-Орлова Анна Викторовна", SurveyDesigner.Api.AuditorIdentity.Label(renamed.Principal));
    }

    [Fact]
    public void Map_GrantsMappedRoles_WhenGroupsAreMapped()
    {
        var external = External(("sub", "u-42"), ("name", "Анна Петрова"), ("groups", "board"), ("groups", "QUALITY-AUDITORS"));

        var mapping = OidcClaimsMapper.Map(external, Options());

        Assert.True(mapping.Succeeded);
        Assert.Equal([Roles.Auditor, Roles.Executive], RolesOf(mapping.Principal!));
        Assert.Equal("oidc:u-42", mapping.Principal!.FindFirst(ClaimTypes.NameIdentifier)!.Value);
        Assert.Equal("Анна Петрова", mapping.Principal.Identity!.Name);
        Assert.True(OidcClaimsMapper.IsExternal(mapping.Principal));
        Assert.Null(mapping.Principal.FindFirst(Roles.BranchClaim));
    }

    [Fact]
    public void Map_IgnoresUnknownGroupsAndProviderRoles_WhenSomeGroupIsMapped()
    {
        var external = External(("sub", "u-1"), ("groups", "everyone"), ("groups", "analytics-admins"),
            ("roles", Roles.Executive), (ClaimTypes.Role, Roles.Designer));

        var mapping = OidcClaimsMapper.Map(external, Options());

        Assert.Equal([Roles.Admin], RolesOf(mapping.Principal!));
    }

    [Fact]
    public void Map_AddsBranch_WhenBranchManagerHasBranchClaim()
    {
        var external = External(("sub", "u-7"), ("groups", "branch-heads"), ("branch", " 0203 "));

        var mapping = OidcClaimsMapper.Map(external, Options());

        Assert.Equal([Roles.BranchManager], RolesOf(mapping.Principal!));
        Assert.Equal("0203", mapping.Principal!.FindFirst(Roles.BranchClaim)!.Value);
    }

    [Theory]
    [InlineData("branch")]
    [InlineData(null)]
    public void Map_DeniesBranchManager_WhenBranchIsMissing(string? branchClaim)
    {
        var external = External(("sub", "u-7"), ("groups", "branch-heads"));

        var mapping = OidcClaimsMapper.Map(external, Options(branchClaim));

        Assert.False(mapping.Succeeded);
        Assert.Equal(OidcDenial.NoBranch, mapping.Denial);
    }

    [Fact]
    public void Map_KeepsOtherRoles_WhenBranchIsMissing()
    {
        var external = External(("sub", "u-7"), ("groups", "branch-heads"), ("groups", "board"));

        var mapping = OidcClaimsMapper.Map(external, Options());

        Assert.Equal([Roles.Executive], RolesOf(mapping.Principal!));
        Assert.Null(mapping.Principal!.FindFirst(Roles.BranchClaim));
    }

    [Fact]
    public void Map_Denies_WhenUserHasNoGroups()
    {
        var mapping = OidcClaimsMapper.Map(External(("sub", "u-9"), ("name", "Nobody")), Options());

        Assert.False(mapping.Succeeded);
        Assert.Equal(OidcDenial.NoMappedGroup, mapping.Denial);
        Assert.Null(mapping.Principal);
    }

    [Fact]
    public void Map_Denies_WhenNoGroupIsMapped()
    {
        var mapping = OidcClaimsMapper.Map(External(("sub", "u-9"), ("groups", "everyone"), ("groups", "staff")), Options());

        Assert.Equal(OidcDenial.NoMappedGroup, mapping.Denial);
        Assert.Equal(["everyone", "staff"], mapping.Groups);
    }

    [Fact]
    public void Map_ReadsConfiguredGroupsClaim_WhenNotTheDefault()
    {
        var options = Options();
        options.GroupsClaim = "memberOf";

        Assert.True(OidcClaimsMapper.Map(External(("sub", "u-3"), ("memberOf", "board")), options).Succeeded);
        Assert.False(OidcClaimsMapper.Map(External(("sub", "u-3"), ("groups", "board")), options).Succeeded);
    }

    [Fact]
    public void Map_Denies_WhenSubjectIsMissing()
    {
        var mapping = OidcClaimsMapper.Map(External(("groups", "board")), Options());

        Assert.Equal(OidcDenial.NoSubject, mapping.Denial);
    }
}

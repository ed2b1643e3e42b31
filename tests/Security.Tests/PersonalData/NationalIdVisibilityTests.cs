using System.Security.Claims;
using LabourWelfare.ServiceDefaults;

namespace LabourWelfare.Security.Tests.PersonalData;

/// <summary>Who sees a national id whole: the owner, an officer of the record's region, an admin; nobody else.</summary>
public sealed class NationalIdVisibilityTests
{
    private const string Id = "0012345679";
    private const string Masked = "*******679";

    [Theory]
    [InlineData(Roles.Citizen, null, Id, Id)]                  // the owner
    [InlineData(Roles.Citizen, null, "0098765432", Masked)]    // another citizen
    [InlineData(Roles.AidOfficer, "fars", null, Id)]           // officer of the record's region
    [InlineData(Roles.Supervisor, "fars", null, Id)]
    [InlineData(Roles.AidOfficer, "ilam", null, Masked)]       // officer of another region
    [InlineData(Roles.Admin, null, null, Id)]
    [InlineData(Roles.Partner, "fars", null, Masked)]          // partners get events, not personal data
    public void National_ids_are_masked_unless_owner_or_officer_of_the_region(string role, string? region, string? callerId, string expected)
    {
        var claims = new List<Claim> { new(PlatformClaims.Subject, "someone"), new(PlatformClaims.Role, role) };
        if (region is not null) claims.Add(new Claim(PlatformClaims.Region, region));
        if (callerId is not null) claims.Add(new Claim(PlatformClaims.NationalId, callerId));
        var caller = new CallerContext(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));

        Assert.Equal(expected, caller.ShowNationalId(Id, "fars"));
    }
}

using LabourWelfare.Identity.Domain;
using LabourWelfare.Identity.Features.Shared;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace LabourWelfare.Identity.Features.Officers;

/// <summary>One officer of the admin's region, with its ETag; another region's officer is a 404.</summary>
public static class GetOfficer
{
    public static void MapGetOfficer(this RouteGroupBuilder group) =>
        group.MapGet("/{id}", Handle)
            .WithName(nameof(GetOfficer))
            .WithSummary("Get an officer of the admin's region")
            .ProducesProblem(StatusCodes.Status404NotFound);

    internal static async Task<Ok<OfficerResponse>> Handle(string id, CallerContext caller, UserManager<PlatformUser> users, HttpContext http)
    {
        var user = await users.FindManageableOfficerAsync(caller, id);
        ETags.Set(http, user.Version);
        return TypedResults.Ok(OfficerResponse.From(user, await users.GetRolesAsync(user)));
    }
}

using LabourWelfare.Identity.Domain;
using LabourWelfare.Identity.Features.Shared;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace LabourWelfare.Identity.Features.Officers;

/// <summary>An admin gives a disabled officer account back (If-Match): it signs in again with its password.</summary>
public static class EnableOfficer
{
    public static void MapEnableOfficer(this RouteGroupBuilder group) =>
        group.MapPost("/{id}/enable", Handle)
            .WithName(nameof(EnableOfficer))
            .WithSummary("Enable a disabled officer account")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    internal static async Task<Ok<OfficerResponse>> Handle(string id, CallerContext caller, UserManager<PlatformUser> users, HttpContext http)
    {
        var user = await users.FindManageableOfficerAsync(caller, id);
        ETags.RequireMatch(http, user.Version);
        user.IsDisabled = false;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        AccountRules.ThrowIfFailed(await users.UpdateAsync(user), "account");
        ETags.Set(http, user.Version);
        return TypedResults.Ok(OfficerResponse.From(user, await users.GetRolesAsync(user)));
    }
}

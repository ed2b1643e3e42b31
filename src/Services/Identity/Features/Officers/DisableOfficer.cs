using LabourWelfare.Identity.Data;
using LabourWelfare.Identity.Domain;
using LabourWelfare.Identity.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;

namespace LabourWelfare.Identity.Features.Officers;

/// <summary>
/// An admin takes an officer's account away (If-Match): no more sign-in, the sign-in session ends (new security
/// stamp), and every authorization and token issued to it is revoked at once, so its refresh tokens stop working.
/// Access tokens already out live their last few minutes (5 by default).
/// </summary>
public static class DisableOfficer
{
    public static void MapDisableOfficer(this RouteGroupBuilder group) =>
        group.MapPost("/{id}/disable", Handle)
            .WithName(nameof(DisableOfficer))
            .WithSummary("Disable an officer account and revoke its tokens")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    internal static async Task<Ok<OfficerResponse>> Handle(
        string id, CallerContext caller, UserManager<PlatformUser> users, AccountsDbContext db,
        IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens, HttpContext http, CancellationToken cancellationToken)
    {
        var user = await users.FindManageableOfficerAsync(caller, id);
        ETags.RequireMatch(http, user.Version);
        if (user.Id == caller.Subject)
            throw new DomainRuleException("own-account", "You cannot disable your own account.");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.IsDisabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        AccountRules.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "account");
        await authorizations.RevokeBySubjectAsync(user.Id, cancellationToken);
        await tokens.RevokeBySubjectAsync(user.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        ETags.Set(http, user.Version);
        return TypedResults.Ok(OfficerResponse.From(user, await users.GetRolesAsync(user)));
    }
}

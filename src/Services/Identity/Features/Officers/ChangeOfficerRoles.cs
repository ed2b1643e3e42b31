using LabourWelfare.Identity.Data;
using LabourWelfare.Identity.Domain;
using LabourWelfare.Identity.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace LabourWelfare.Identity.Features.Officers;

/// <summary>
/// An admin sets an officer's roles (the whole set, If-Match). Tokens are rebuilt from the account at every refresh,
/// so the new roles reach the services within one access-token lifetime.
/// </summary>
public static class ChangeOfficerRoles
{
    public sealed record Request(IReadOnlyList<string?>? Roles);

    public static void MapChangeOfficerRoles(this RouteGroupBuilder group) =>
        group.MapPut("/{id}/roles", Handle)
            .WithName(nameof(ChangeOfficerRoles))
            .WithSummary("Set an officer's roles")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    internal static async Task<Ok<OfficerResponse>> Handle(
        string id, Request request, CallerContext caller, UserManager<PlatformUser> users, AccountsDbContext db,
        HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var roles = OfficerRoles.Validate(request.Roles, errors);
        errors.ThrowIfAny();
        var user = await users.FindManageableOfficerAsync(caller, id);
        ETags.RequireMatch(http, user.Version);
        if (user.Id == caller.Subject && !roles.Contains(Roles.Admin))
            throw new DomainRuleException("own-account", "You cannot take the admin role from yourself.");

        var current = await users.GetRolesAsync(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        AccountRules.ThrowIfFailed(await users.RemoveFromRolesAsync(user, current.Except(roles)), "roles");
        AccountRules.ThrowIfFailed(await users.AddToRolesAsync(user, roles.Except(current)), "roles");
        await transaction.CommitAsync(cancellationToken);

        ETags.Set(http, user.Version);
        return TypedResults.Ok(OfficerResponse.From(user, roles));
    }
}

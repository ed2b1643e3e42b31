using LabourWelfare.Identity.Data;
using LabourWelfare.Identity.Domain;
using LabourWelfare.Identity.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace LabourWelfare.Identity.Features.Officers;

/// <summary>
/// An admin opens an officer account in their own region: username, display name, roles, and a temporary password
/// the officer must replace at first sign-in (no token is issued before).
/// </summary>
public static class CreateOfficer
{
    public sealed record Request(string? Username, string? DisplayName, IReadOnlyList<string?>? Roles, string? TemporaryPassword, string? Region);

    public static void MapCreateOfficer(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName(nameof(CreateOfficer))
            .WithSummary("Create an officer account in the admin's region")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal static async Task<Created<OfficerResponse>> Handle(
        Request request, CallerContext caller, UserManager<PlatformUser> users, AccountsDbContext db, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .Required("username", request.Username).MaxLength("username", request.Username, AccountRules.MaxUserNameLength)
            .Required("displayName", request.DisplayName).MaxLength("displayName", request.DisplayName, AccountRules.MaxDisplayNameLength)
            .Required("temporaryPassword", request.TemporaryPassword);
        var roles = OfficerRoles.Validate(request.Roles, errors);
        errors.ThrowIfAny();
        var region = caller.AdminRegionFor(request.Region);

        var user = new PlatformUser
        {
            UserName = SignInName.Normalize(request.Username!),
            DisplayName = request.DisplayName!.Trim(),
            Kind = AccountKind.Officer,
            Region = region,
            MustChangePassword = true,
            LockoutEnabled = true,
            CreatedAt = clock.GetUtcNow(),
        };
        // Account and roles together, or nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        AccountRules.ThrowIfFailed(await users.CreateAsync(user, request.TemporaryPassword!), "temporaryPassword");
        AccountRules.ThrowIfFailed(await users.AddToRolesAsync(user, roles), "roles");
        await transaction.CommitAsync(cancellationToken);

        ETags.Set(http, user.Version);
        return TypedResults.Created($"/api/identity/officers/{user.Id}", OfficerResponse.From(user, roles));
    }
}

internal static class OfficerRoles
{
    /// <summary>One or more of the officer roles (and admin); citizen and partner accounts are not made here.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<string?>? roles, FieldErrors errors)
    {
        if (roles is null || roles.Count == 0)
        {
            errors.Add("roles", "must name at least one role.");
            return [];
        }
        var given = roles.Select(r => r?.Trim().ToLowerInvariant()).ToList();
        if (given.Any(r => r is null || !Access.OfficerRoles.Contains(r)))
            errors.Add("roles", $"must be among: {string.Join(", ", Access.OfficerRoles)}.");
        return given.OfType<string>().Distinct().ToList();
    }
}

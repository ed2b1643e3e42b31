using LabourWelfare.Identity.Data;
using LabourWelfare.Identity.Domain;
using LabourWelfare.Identity.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Identity.Features.Citizens;

/// <summary>
/// A citizen opens their own account (the API here, or the Register page, which calls the same code): username,
/// name, region, national id (checksum-valid for the region's country; one account per national id, stored once,
/// never logged) and a password. The account gets the citizen role and its tokens carry the national id.
/// </summary>
public static class RegisterCitizen
{
    public sealed record Request(string? Username, string? DisplayName, string? Region, string? NationalId, string? Password);

    public sealed record Response(string Id, string Username, string DisplayName, string Region);

    public static void MapRegisterCitizen(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .AllowAnonymous()
            .WithName(nameof(RegisterCitizen))
            .WithSummary("Register a citizen account")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal static async Task<Created<Response>> Handle(
        Request request, UserManager<PlatformUser> users, AccountsDbContext db, RegionCatalog regions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var user = await RegisterAsync(request, users, db, regions, clock, cancellationToken);
        return TypedResults.Created($"/api/identity/citizens/{user.Id}", new Response(user.Id, user.UserName!, user.DisplayName, user.Region!));
    }

    public static async Task<PlatformUser> RegisterAsync(
        Request request, UserManager<PlatformUser> users, AccountsDbContext db, RegionCatalog regions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .Required("username", request.Username).MaxLength("username", request.Username, AccountRules.MaxUserNameLength)
            .Required("displayName", request.DisplayName).MaxLength("displayName", request.DisplayName, AccountRules.MaxDisplayNameLength)
            .Required("region", request.Region)
            .When(request.Region is not null && !regions.Exists(request.Region.Trim()), "region", "is not a known region.")
            .Required("password", request.Password);
        regions.TryGet(request.Region?.Trim(), out var region);
        var nationalId = AccountRules.ValidNationalId(request.NationalId, region, errors);
        errors.ThrowIfAny();

        if (await db.Users.AnyAsync(u => u.NationalId == nationalId, cancellationToken))
            throw new DomainRuleException("national-id-registered", "This national id already has an account.");
        var user = new PlatformUser
        {
            UserName = SignInName.Normalize(request.Username!),
            DisplayName = request.DisplayName!.Trim(),
            Kind = AccountKind.Citizen,
            Region = region!.Code,
            NationalId = nationalId,
            LockoutEnabled = true,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        AccountRules.ThrowIfFailed(await users.CreateAsync(user, request.Password!), "password");
        AccountRules.ThrowIfFailed(await users.AddToRoleAsync(user, Roles.Citizen), "password");
        await transaction.CommitAsync(cancellationToken); // a concurrent registration of the same id fails on the unique index: 409
        return user;
    }
}

using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.Registry;

/// <summary>
/// A registrar opens a cooperative in their region. With <c>foundingMembers</c> (the founders' list of the
/// application) it is registered at once, if the list meets the region's minimum, and CooperativeRegistered goes out;
/// <c>registeredOn</c> (default today) lets a registrar enter a cooperative registered before the system existed;
/// without founders a founding file is opened (no event), founders are added, and <c>POST /{id}/register</c> registers it.
/// </summary>
public static class RegisterCooperative
{
    public sealed record Request(
        string? Name, string? Region, string? RegistrationNumber, CooperativeSector? Sector, string? County,
        IReadOnlyList<FoundingMember?>? FoundingMembers, DateOnly? RegisteredOn);

    public sealed record FoundingMember(string? NationalId, string? FullName, int? Shares);

    public static void MapRegisterCooperative(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(RegisterCooperative))
            .WithSummary("Open a founding file, or register a cooperative with its founding members")
            .ProducesProblems(StatusCodes.Status409Conflict);

    internal static async Task<Created<CooperativeResponse>> Handle(
        Request request, CallerContext caller, CooperativesDbContext db, RegionCatalog regions, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .Required("name", request.Name).MaxLength("name", request.Name, 300)
            .Required("region", request.Region)
            .When(request.Region is not null && !regions.Exists(request.Region), "region", "is not a known region.")
            .Required("registrationNumber", request.RegistrationNumber).MaxLength("registrationNumber", request.RegistrationNumber, 64)
            .Required("sector", request.Sector)
            .MaxLength("county", request.County, 120)
            .When(request.RegisteredOn is not null && request.FoundingMembers is null, "registeredOn", "is given only with the founding members.")
            .When(request.RegisteredOn > clock.Today(), "registeredOn", "must not be in the future.");
        var founders = regions.TryGet(request.Region, out var region) && request.FoundingMembers is not null
            ? ValidateFounders(request.FoundingMembers, region, errors)
            : [];
        errors.ThrowIfAny();

        var regionCode = caller.RequireRegionFor(region.Code);
        var number = Cooperative.NormalizeRegistrationNumber(request.RegistrationNumber!);
        if (await db.Cooperatives.AnyAsync(c => c.Region == regionCode && c.RegistrationNumber == number, cancellationToken))
            throw new DomainRuleException("registration-number-taken",
                $"Registration number {number} belongs to another cooperative of the region.");

        var now = clock.GetUtcNow();
        var today = clock.Today();
        var registeredOn = request.RegisteredOn ?? today; // an older date enters an existing cooperative into the registry
        var cooperative = Cooperative.Found(regionCode, number, request.Name!.Trim(), request.Sector!.Value,
            request.County?.Trim(), caller.Actor, now);
        db.Cooperatives.Add(cooperative);
        if (request.FoundingMembers is not null)
        {
            foreach (var founder in founders)
                db.Members.Add(Member.Join(cooperative, founder.NationalId, founder.FullName, founder.Shares, registeredOn, today, now));
            cooperative.Register(founders.Count, region.MinimumFoundingMembers, registeredOn); // 409 below the minimum: nothing saved
            db.AddEvent(CooperativeEvents.Registered(cooperative, founders.Count), cooperative.Region, now);
        }
        await db.SaveChangesAsync(cancellationToken); // a concurrent duplicate fails on the unique index: 409

        ETags.Set(http, cooperative.Version);
        return TypedResults.Created($"/api/cooperatives/cooperatives/{cooperative.Id}",
            CooperativeResponse.From(cooperative, founders.Count, regions));
    }

    private sealed record ValidFounder(string NationalId, string FullName, int Shares);

    private static List<ValidFounder> ValidateFounders(IReadOnlyList<FoundingMember?> founders, Region region, FieldErrors errors)
    {
        var valid = new List<ValidFounder>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < founders.Count; i++)
        {
            var field = $"foundingMembers[{i}]";
            var founder = founders[i];
            if (founder is null)
            {
                errors.Add(field, "is required.");
                continue;
            }
            errors.Required($"{field}.fullName", founder.FullName).MaxLength($"{field}.fullName", founder.FullName, 200)
                .Required($"{field}.shares", founder.Shares).Range($"{field}.shares", founder.Shares, 1, 1_000_000);
            if (!NationalId.TryNormalize(founder.NationalId, region.Country, out var nationalId))
                errors.Add($"{field}.nationalId", $"is not a valid national id of {region.Country}.");
            else if (!seen.Add(nationalId))
                errors.Add($"{field}.nationalId", "appears more than once in the list.");
            else if (!string.IsNullOrWhiteSpace(founder.FullName) && founder.Shares is >= 1)
                valid.Add(new ValidFounder(nationalId, founder.FullName.Trim(), founder.Shares.Value));
        }
        return valid;
    }
}

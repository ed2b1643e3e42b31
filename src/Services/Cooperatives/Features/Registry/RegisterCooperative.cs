using LabourWelfare.Contracts;
using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.Registry;

/// <summary>A registrar registers a cooperative in their region; CooperativeRegistered goes out through the outbox.</summary>
public static class RegisterCooperative
{
    public sealed record Request(string? Name, string? Region, string? RegistrationNumber, CooperativeSector? Sector, string? County);

    public static void MapRegisterCooperative(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(RegisterCooperative))
            .WithSummary("Register a cooperative");

    internal static async Task<Results<Created<CooperativeResponse>, ValidationProblem>> Handle(
        Request request, CallerContext caller, CooperativesDbContext db, RegionCatalog regions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .Required("name", request.Name).MaxLength("name", request.Name, 300)
            .Required("region", request.Region)
            .When(request.Region is not null && !regions.Exists(request.Region), "region", "is not a known region.")
            .Required("registrationNumber", request.RegistrationNumber).MaxLength("registrationNumber", request.RegistrationNumber, 64)
            .Required("sector", request.Sector)
            .MaxLength("county", request.County, 120);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var region = caller.RequireRegionFor(request.Region);
        var number = Cooperative.NormalizeRegistrationNumber(request.RegistrationNumber!);
        if (await db.Cooperatives.AnyAsync(c => c.Region == region && c.RegistrationNumber == number, cancellationToken))
            throw new DomainRuleException("registration-number-taken",
                $"Registration number {number} belongs to another cooperative of the region.");

        var now = clock.GetUtcNow();
        var cooperative = Cooperative.Register(region, number, request.Name!.Trim(), request.Sector!.Value,
            request.County?.Trim(), DateOnly.FromDateTime(now.UtcDateTime), caller.Subject, now);
        db.Cooperatives.Add(cooperative);
        db.AddEvent(new CooperativeRegistered(
            Guid.CreateVersion7(now), now, region, OutboxDbContextExtensions.CurrentCorrelationId(),
            cooperative.Id, cooperative.RegistrationNumber, cooperative.Name, ToContract(cooperative.Sector),
            cooperative.County, MemberCount: 0, cooperative.RegisteredOn!.Value));
        await db.SaveChangesAsync(cancellationToken); // a concurrent duplicate fails on the unique index: 409

        return TypedResults.Created($"/api/cooperatives/cooperatives/{cooperative.Id}", CooperativeResponse.From(cooperative));
    }

    /// <summary>Sectors travel as kebab-case strings in public events.</summary>
    internal static string ToContract(CooperativeSector sector) =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(sector.ToString());
}

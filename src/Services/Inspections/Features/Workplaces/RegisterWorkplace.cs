using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Workplaces;

/// <summary>An inspector registers a workplace of their region (cooperatives arrive by event instead).</summary>
public static class RegisterWorkplace
{
    public sealed record Request(
        string? Name, string? Region, string? County, Sector? Sector, int? WorkforceSize, string? EmployerName, string? RegistrationNumber);

    public static void MapRegisterWorkplace(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(RegisterWorkplace))
            .WithSummary("Register a workplace")
            .ProducesProblems(StatusCodes.Status409Conflict);

    internal static async Task<Created<WorkplaceResponse>> Handle(
        Request request, CallerContext caller, InspectionsDbContext db, RegionCatalog regions, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken)
    {
        WorkplaceInput.Validate(request.Name, request.Sector, request.WorkforceSize, request.EmployerName, request.County)
            .Required("registrationNumber", request.RegistrationNumber).MaxLength("registrationNumber", request.RegistrationNumber, 64)
            .When(request.Region is not null && !regions.Exists(request.Region), "region", "is not a known region.")
            .ThrowIfAny();

        var region = caller.RequireRegionFor(request.Region);
        var number = Workplace.NormalizeRegistrationNumber(request.RegistrationNumber!);
        if (await db.Workplaces.AnyAsync(w => w.Region == region && w.RegistrationNumber == number, cancellationToken))
            throw new DomainRuleException("registration-number-taken", $"Registration number {number} belongs to another workplace of the region.");

        var now = clock.GetUtcNow();
        var workplace = Workplace.Register(region, request.Name!.Trim(), request.County?.Trim(), request.Sector!.Value,
            request.WorkforceSize!.Value, request.EmployerName!.Trim(), number, now);
        db.Workplaces.Add(workplace);
        await db.SaveChangesAsync(cancellationToken); // a concurrent duplicate fails on the unique index: 409

        ETags.Set(http, workplace.Version);
        return TypedResults.Created($"/api/inspections/workplaces/{workplace.Id}", WorkplaceResponse.From(workplace, clock.Today()));
    }
}

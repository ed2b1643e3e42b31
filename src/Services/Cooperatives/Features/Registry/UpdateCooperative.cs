using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Cooperatives.Features.Registry;

/// <summary>Corrects a cooperative's name or county (If-Match). Number, region and sector identify it and stay.</summary>
public static class UpdateCooperative
{
    public sealed record Request(string? Name, string? County);

    public static void MapUpdateCooperative(this RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(UpdateCooperative))
            .WithSummary("Correct a cooperative's name and county")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<CooperativeResponse>> Handle(
        Guid id, Request request, CallerContext caller, CooperativesDbContext db, RegionCatalog regions, HttpContext http,
        CancellationToken cancellationToken)
    {
        new FieldErrors()
            .Required("name", request.Name).MaxLength("name", request.Name, 300)
            .MaxLength("county", request.County, 120)
            .ThrowIfAny();
        var cooperative = await db.FindWritableAsync(caller, id, cancellationToken);
        ETags.RequireMatch(http, cooperative.Version);
        cooperative.Rename(request.Name!.Trim(), string.IsNullOrWhiteSpace(request.County) ? null : request.County.Trim());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, cooperative.Version);
        return TypedResults.Ok(CooperativeResponse.From(cooperative, await db.ActiveMemberCountAsync(id, cancellationToken), regions));
    }
}

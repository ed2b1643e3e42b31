using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Disbursements;

/// <summary>Reads one disbursement of the caller's region (with its ETag, for proof of delivery).</summary>
public static class GetDisbursement
{
    public static void MapGetDisbursement(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Access.Oversee)
            .WithName(nameof(GetDisbursement))
            .WithSummary("Read a disbursement")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<DisbursementResponse>> Handle(
        Guid id, CallerContext caller, WelfareAidDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var disbursement = await db.Disbursements.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (disbursement is null || !caller.SeesRegion(disbursement.Region)) throw new NotFoundException("The disbursement");
        ETags.Set(http, disbursement.Version);
        return TypedResults.Ok(DisbursementResponse.From(disbursement, caller));
    }
}

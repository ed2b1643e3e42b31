using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Disbursements;

/// <summary>In-kind aid (basket, voucher, equipment) was handed over: who received it, when, and the signed document. If-Match.</summary>
public static class RecordProofOfDelivery
{
    public sealed record Request(DateOnly? DeliveredOn, string? ReceivedBy, string? DocumentReference);

    public static void MapRecordProofOfDelivery(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/proof-of-delivery", Handle)
            .RequireAuthorization(Access.Manage)
            .WithName(nameof(RecordProofOfDelivery))
            .WithSummary("Record proof of delivery of in-kind aid (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<DisbursementResponse>> Handle(
        Guid id, Request request, CallerContext caller, WelfareAidDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        new FieldErrors()
            .Required("deliveredOn", request.DeliveredOn)
            .Required("receivedBy", request.ReceivedBy).MaxLength("receivedBy", request.ReceivedBy, 300)
            .Required("documentReference", request.DocumentReference).MaxLength("documentReference", request.DocumentReference, 200)
            .ThrowIfAny();

        var disbursement = await db.Disbursements.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (disbursement is null || !caller.ActsIn(disbursement.Region)) throw new NotFoundException("The disbursement");
        ETags.RequireMatch(http, disbursement.Version);
        disbursement.RecordProofOfDelivery(new ProofOfDelivery(request.DeliveredOn!.Value, request.ReceivedBy!.Trim(),
            DigitNormalizer.NormalizeDigits(request.DocumentReference!.Trim()), caller.Actor));
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, disbursement.Version);
        return TypedResults.Ok(DisbursementResponse.From(disbursement, caller));
    }
}

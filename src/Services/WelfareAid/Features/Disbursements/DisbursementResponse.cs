using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Domain;

namespace LabourWelfare.WelfareAid.Features.Disbursements;

/// <param name="RecordedBy">The officer who recorded the proof; shown to officers of the region only.</param>
public sealed record ProofOfDeliveryResponse(DateOnly DeliveredOn, string ReceivedBy, string DocumentReference, string? RecordedBy);

/// <summary>
/// A disbursement. The officers who recorded it (<see cref="RecordedBy"/>, the proof's recorder) are shown to officers
/// of the region only; the citizen whose application it pays sees what was paid, when and how.
/// </summary>
public sealed record DisbursementResponse(
    Guid Id, string Region, Guid ApplicationId, Guid ProgrammeId, Money Amount, DisbursementChannel Channel, string Reference,
    DateOnly DisbursedOn, DisbursementStatus Status, ProofOfDeliveryResponse? ProofOfDelivery, string? BankPaymentReference,
    DateTimeOffset? ReconciledAt, string? RecordedBy, DateTimeOffset RecordedAt)
{
    public static DisbursementResponse From(Disbursement d, CallerContext caller)
    {
        var officer = caller.SeesRegion(d.Region);
        return new(d.Id, d.Region, d.ApplicationId, d.ProgrammeId, d.Money, d.Channel, d.Reference, d.DisbursedOn, d.Status,
            d.ProofOfDelivery is { } p ? new ProofOfDeliveryResponse(p.DeliveredOn, p.ReceivedBy, p.DocumentReference, officer ? p.RecordedBy : null) : null,
            d.BankPaymentReference, d.ReconciledAt, officer ? d.RecordedBy : null, d.RecordedAt);
    }
}

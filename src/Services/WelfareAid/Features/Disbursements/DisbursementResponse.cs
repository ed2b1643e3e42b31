using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Domain;

namespace LabourWelfare.WelfareAid.Features.Disbursements;

public sealed record DisbursementResponse(
    Guid Id, string Region, Guid ApplicationId, Guid ProgrammeId, Money Amount, DisbursementChannel Channel, string Reference,
    DateOnly DisbursedOn, DisbursementStatus Status, ProofOfDelivery? ProofOfDelivery, string? BankPaymentReference,
    DateTimeOffset? ReconciledAt, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static DisbursementResponse From(Disbursement d) => new(
        d.Id, d.Region, d.ApplicationId, d.ProgrammeId, d.Money, d.Channel, d.Reference, d.DisbursedOn, d.Status,
        d.ProofOfDelivery, d.BankPaymentReference, d.ReconciledAt, d.RecordedBy, d.RecordedAt);
}

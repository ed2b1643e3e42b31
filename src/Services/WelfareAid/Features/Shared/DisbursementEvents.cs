using LabourWelfare.Contracts;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Domain;

namespace LabourWelfare.WelfareAid.Features.Shared;

/// <summary>The public events about a disbursement.</summary>
internal static class DisbursementEvents
{
    public static AidDisbursed Disbursed(Disbursement disbursement) => new(
        disbursement.Id, disbursement.ApplicationId, disbursement.ProgrammeId, disbursement.Money.Amount, disbursement.Money.Currency,
        KebabCase.Name(disbursement.Channel), disbursement.Reference, disbursement.DisbursedOn);
}

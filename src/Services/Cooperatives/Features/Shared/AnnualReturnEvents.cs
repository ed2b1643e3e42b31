using LabourWelfare.Contracts;
using LabourWelfare.Cooperatives.Domain;

namespace LabourWelfare.Cooperatives.Features.Shared;

/// <summary>The public events about an annual return (filed, and filed again when corrected).</summary>
internal static class AnnualReturnEvents
{
    public static AnnualReturnFiled Filed(AnnualReturn r) => new(r.CooperativeId, r.Year, r.JobsProvided, r.Revenue.Amount, r.Revenue.Currency);
}

using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Features.AnnualReturns;

public sealed record AnnualReturnResponse(
    Guid Id, Guid CooperativeId, int Year, string Calendar, int JobsProvided, Money Revenue, DateTimeOffset FiledAt,
    int Corrections, DateTimeOffset? LastCorrectedAt, string? LastCorrectionReason)
{
    public static AnnualReturnResponse From(AnnualReturn r, Region region) =>
        new(r.Id, r.CooperativeId, r.Year, region.UsesSolarHijri ? "solar-hijri" : "gregorian", r.JobsProvided, r.Revenue,
            r.FiledAt, r.Corrections, r.LastCorrectedAt, r.LastCorrectionReason);
}

using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Features.Shared;

/// <summary>The one region a plan, statistics or report is for.</summary>
internal static class ReportRegion
{
    /// <summary>Reports need exactly one region (its currency and calendar): officers get theirs, admins must name it.</summary>
    public static Region Of(CallerContext caller, string? requested, RegionCatalog regions)
    {
        var code = caller.ListRegion(requested);
        if (code is null || !regions.TryGet(code, out var region))
            throw ValidationException.For("region", "name a known region.");
        return region;
    }
}

using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Features.Shared;

internal static class EndpointConventions
{
    /// <summary>Declares the problem statuses an endpoint can answer, so the OpenAPI document lists them.</summary>
    public static RouteHandlerBuilder Problems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        builder.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        foreach (var status in statuses)
        {
            if (status == StatusCodes.Status400BadRequest) builder.ProducesValidationProblem();
            else builder.ProducesProblem(status);
        }
        return builder;
    }

    /// <summary>Reports need exactly one region (its currency and calendar): admins must name it.</summary>
    public static Region ReportRegion(this CallerContext caller, string? requested, RegionCatalog regions)
    {
        var code = caller.ListRegion(requested);
        if (code is null || !regions.TryGet(code, out var region))
            throw ValidationException.For("region", "name a known region.");
        return region;
    }
}

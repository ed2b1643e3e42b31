using System.Text.Json;
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

    /// <summary>Enums travel as kebab-case strings in public events ("illegal-dismissal").</summary>
    public static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>
    /// The region a list or report covers: an officer's own; an admin names one (or none for lists). An officer naming
    /// another region is refused (403), as in the other services, so nobody takes their own figures for another's.
    /// </summary>
    public static string? ScopeRegion(this CallerContext caller, string? requested) =>
        caller.IsAdmin ? requested?.ToLowerInvariant() : requested is null ? caller.Region : caller.RequireRegionFor(requested);

    /// <summary>Reports need exactly one region (its currency and calendar): admins must name it.</summary>
    public static Region ReportRegion(this CallerContext caller, string? requested, RegionCatalog regions)
    {
        var code = caller.ScopeRegion(requested);
        if (code is null || !regions.TryGet(code, out var region))
            throw ValidationException.For("region", "name a known region.");
        return region;
    }

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

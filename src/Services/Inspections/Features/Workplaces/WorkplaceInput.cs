using LabourWelfare.Inspections.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Features.Workplaces;

/// <summary>Validation of a workplace's details, shared by registration and update.</summary>
internal static class WorkplaceInput
{
    /// <summary>The fields registration and update share.</summary>
    internal static FieldErrors Validate(string? name, Sector? sector, int? workforceSize, string? employerName, string? county) =>
        new FieldErrors()
            .Required("name", name).MaxLength("name", name, 300)
            .Required("sector", sector)
            .Required("workforceSize", workforceSize).Range("workforceSize", workforceSize, 0, 1_000_000)
            .Required("employerName", employerName).MaxLength("employerName", employerName, 300)
            .MaxLength("county", county, 120);
}

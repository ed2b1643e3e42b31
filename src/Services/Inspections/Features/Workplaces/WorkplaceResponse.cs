using LabourWelfare.Inspections.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Features.Workplaces;

public sealed record WorkplaceResponse(
    Guid Id, string Region, string Name, string? County, Sector Sector, int WorkforceSize, string EmployerName,
    string RegistrationNumber, WorkplaceStatus Status, Guid? CooperativeId, Provenance? OpenedBy, DateTimeOffset CreatedAt)
{
    public static WorkplaceResponse From(Workplace w) =>
        new(w.Id, w.Region, w.Name, w.County, w.Sector, w.WorkforceSize, w.EmployerName, w.RegistrationNumber, w.Status,
            w.CooperativeId, w.OpenedBy, w.CreatedAt);
}

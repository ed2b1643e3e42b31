using LabourWelfare.Inspections.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Features.Workplaces;

public sealed record AmbassadorResponse(Guid Id, string FullName, DateOnly AppointedOn, DateOnly? TrainedOn, DateOnly? EndedOn, bool Active);

public sealed record WorkplaceResponse(
    Guid Id, string Region, string Name, string? County, Sector Sector, int WorkforceSize, string EmployerName,
    string RegistrationNumber, WorkplaceStatus Status, DateOnly? RetiredOn, Guid? CooperativeId, Provenance? OpenedBy,
    bool RequiresAmbassador, bool MissingAmbassador, IReadOnlyList<AmbassadorResponse> Ambassadors,
    int UnresolvedLabourDisputes, DateTimeOffset CreatedAt)
{
    public static WorkplaceResponse From(Workplace w, DateOnly today)
    {
        var missing = w.Status == WorkplaceStatus.Active && w.RequiresAmbassador && !w.HasActiveAmbassador(today);
        return new(w.Id, w.Region, w.Name, w.County, w.Sector, w.WorkforceSize, w.EmployerName, w.RegistrationNumber, w.Status,
            w.RetiredOn, w.CooperativeId, w.OpenedBy, w.RequiresAmbassador, missing,
            w.Ambassadors.OrderBy(a => a.AppointedOn).ThenBy(a => a.Id)
                .Select(a => new AmbassadorResponse(a.Id, a.FullName, a.AppointedOn, a.TrainedOn, a.EndedOn, a.IsActiveOn(today))).ToList(),
            w.Disputes.Count, w.CreatedAt);
    }
}

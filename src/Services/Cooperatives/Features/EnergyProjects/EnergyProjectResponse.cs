using LabourWelfare.Cooperatives.Domain;

namespace LabourWelfare.Cooperatives.Features.EnergyProjects;

public sealed record EnergyProjectResponse(
    Guid Id, Guid CooperativeId, string Name, EnergyTechnology Technology, decimal CapacityMw, EnergyProjectStatus Status,
    DateOnly PlannedOn, DateOnly? InstallationStartedOn, DateOnly? CommissionedOn)
{
    public static EnergyProjectResponse From(EnergyProject p) =>
        new(p.Id, p.CooperativeId, p.Name, p.Technology, p.CapacityMw, p.Status, p.PlannedOn, p.InstallationStartedOn, p.CommissionedOn);
}

using LabourWelfare.Contracts;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Features.Shared;

/// <summary>The public events about a cooperative's energy project.</summary>
internal static class EnergyProjectEvents
{
    public static EnergyProjectCommissioned Commissioned(EnergyProject p) => new(
        p.CooperativeId, p.Id, KebabCase.Name(p.Technology), p.CapacityMw);
}

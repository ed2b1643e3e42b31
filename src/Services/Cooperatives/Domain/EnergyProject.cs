using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Domain;

public enum EnergyTechnology { Solar, Wind, Hydro, Biomass, Geothermal }

public enum EnergyProjectStatus { Planned, Installing, Operational }

/// <summary>
/// A renewable energy project of a cooperative: capacity in MW, Planned → Installing → Operational. Operational
/// capacity counts towards the region's renewable target.
/// </summary>
public sealed class EnergyProject
{
    public const decimal MaxCapacityMw = 10_000m;

    private EnergyProject() { }

    public Guid Id { get; private set; }
    public Guid CooperativeId { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public EnergyTechnology Technology { get; private set; }
    public decimal CapacityMw { get; private set; }
    public EnergyProjectStatus Status { get; private set; }
    public DateOnly PlannedOn { get; private set; }
    public DateOnly? InstallationStartedOn { get; private set; }
    public DateOnly? CommissionedOn { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public uint Version { get; private set; }

    public static EnergyProject Plan(Cooperative cooperative, string name, EnergyTechnology technology, decimal capacityMw,
        DateTimeOffset now)
    {
        EnsureOperating(cooperative);
        EnsureCapacity(capacityMw);
        return new EnergyProject
        {
            Id = Guid.CreateVersion7(now),
            CooperativeId = cooperative.Id,
            Region = cooperative.Region,
            Name = name,
            Technology = technology,
            CapacityMw = capacityMw,
            Status = EnergyProjectStatus.Planned,
            PlannedOn = DateOnly.FromDateTime(now.UtcDateTime),
            CreatedAt = now,
        };
    }

    public void StartInstallation(Cooperative cooperative, DateOnly today)
    {
        EnsureOperating(cooperative);
        Move(EnergyProjectStatus.Planned, EnergyProjectStatus.Installing);
        InstallationStartedOn = today;
    }

    public void Commission(Cooperative cooperative, DateOnly today)
    {
        EnsureOperating(cooperative);
        Move(EnergyProjectStatus.Installing, EnergyProjectStatus.Operational);
        CommissionedOn = today;
    }

    private void Move(EnergyProjectStatus from, EnergyProjectStatus to)
    {
        if (Status != from)
            throw new DomainRuleException("transition-not-allowed", $"An energy project cannot go from {Status} to {to}.");
        Status = to;
    }

    private static void EnsureOperating(Cooperative cooperative)
    {
        if (cooperative.Status is not (CooperativeStatus.Registered or CooperativeStatus.Active))
            throw new DomainRuleException("cooperative-not-operating",
                $"Energy projects change only while the cooperative is registered or active; it is {cooperative.Status}.");
    }

    private static void EnsureCapacity(decimal capacityMw)
    {
        if (capacityMw <= 0 || capacityMw > MaxCapacityMw)
            throw ValidationException.For("capacityMw", $"must be more than 0 and at most {MaxCapacityMw}.");
        if (decimal.Round(capacityMw, 3) != capacityMw)
            throw ValidationException.For("capacityMw", "must have at most 3 decimals.");
    }
}

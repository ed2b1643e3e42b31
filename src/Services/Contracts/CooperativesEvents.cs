using MassTransit;

namespace LabourWelfare.Contracts;

/// <summary>A cooperative was registered. Inspections registers its workplace.</summary>
[EntityName(EventNames.Prefix + "cooperative-registered.v1")]
public sealed record CooperativeRegistered(
    Guid CooperativeId, string RegistrationNumber, string Name, string Sector, string? County,
    int MemberCount, DateOnly RegisteredOn) : IntegrationEvent;

/// <summary>A cooperative was suspended (e.g. six months below the regional minimum of members).</summary>
[EntityName(EventNames.Prefix + "cooperative-suspended.v1")]
public sealed record CooperativeSuspended(
    Guid CooperativeId, string RegistrationNumber, string Reason) : IntegrationEvent;

/// <summary>A cooperative was dissolved. Inspections retires its workplace.</summary>
[EntityName(EventNames.Prefix + "cooperative-dissolved.v1")]
public sealed record CooperativeDissolved(
    Guid CooperativeId, string RegistrationNumber, DateOnly DissolvedOn) : IntegrationEvent;

/// <summary>An annual return (jobs provided, revenue) was filed or corrected.</summary>
[EntityName(EventNames.Prefix + "annual-return-filed.v1")]
public sealed record AnnualReturnFiled(
    Guid CooperativeId, int Year, int JobsProvided, decimal RevenueAmount, string RevenueCurrency) : IntegrationEvent;

/// <summary>A renewable energy project became operational.</summary>
[EntityName(EventNames.Prefix + "energy-project-commissioned.v1")]
public sealed record EnergyProjectCommissioned(
    Guid CooperativeId, Guid ProjectId, string Technology, decimal CapacityMw) : IntegrationEvent;

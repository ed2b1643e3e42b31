using MassTransit;

namespace LabourWelfare.Contracts;

/// <summary>A cooperative was registered. Inspections registers its workplace.</summary>
[EntityName("labourwelfare.cooperative-registered.v1")]
public sealed record CooperativeRegistered(
    Guid EventId, DateTimeOffset OccurredAt, string Region, string? CorrelationId,
    Guid CooperativeId, string RegistrationNumber, string Name, string Sector, string? County,
    int MemberCount, DateOnly RegisteredOn) : IIntegrationEvent;

/// <summary>A cooperative was suspended (e.g. six months below the regional minimum of members).</summary>
[EntityName("labourwelfare.cooperative-suspended.v1")]
public sealed record CooperativeSuspended(
    Guid EventId, DateTimeOffset OccurredAt, string Region, string? CorrelationId,
    Guid CooperativeId, string RegistrationNumber, string Reason) : IIntegrationEvent;

/// <summary>A cooperative was dissolved. Inspections retires its workplace.</summary>
[EntityName("labourwelfare.cooperative-dissolved.v1")]
public sealed record CooperativeDissolved(
    Guid EventId, DateTimeOffset OccurredAt, string Region, string? CorrelationId,
    Guid CooperativeId, string RegistrationNumber, DateOnly DissolvedOn) : IIntegrationEvent;

/// <summary>An annual return (jobs provided, revenue) was filed or corrected.</summary>
[EntityName("labourwelfare.annual-return-filed.v1")]
public sealed record AnnualReturnFiled(
    Guid EventId, DateTimeOffset OccurredAt, string Region, string? CorrelationId,
    Guid CooperativeId, int Year, int JobsProvided, decimal RevenueAmount, string RevenueCurrency) : IIntegrationEvent;

/// <summary>A renewable energy project became operational.</summary>
[EntityName("labourwelfare.energy-project-commissioned.v1")]
public sealed record EnergyProjectCommissioned(
    Guid EventId, DateTimeOffset OccurredAt, string Region, string? CorrelationId,
    Guid CooperativeId, Guid ProjectId, string Technology, decimal CapacityMw) : IIntegrationEvent;

using MassTransit;

namespace LabourWelfare.Contracts;

/// <summary>An aid application was approved and its benefit reserved from the programme's budget.</summary>
[EntityName("labourwelfare.aid-application-approved.v1")]
public sealed record AidApplicationApproved(
    Guid EventId, DateTimeOffset OccurredAt, string Region, string? CorrelationId,
    Guid ApplicationId, Guid ProgrammeId, string ProgrammeKind, decimal BenefitAmount, string Currency) : IIntegrationEvent;

/// <summary>Aid was disbursed (cash transfer, coupon credit or in-kind delivery).</summary>
[EntityName("labourwelfare.aid-disbursed.v1")]
public sealed record AidDisbursed(
    Guid EventId, DateTimeOffset OccurredAt, string Region, string? CorrelationId,
    Guid DisbursementId, Guid ApplicationId, Guid ProgrammeId, decimal Amount, string Currency,
    string Channel, string Reference, DateOnly DisbursedOn) : IIntegrationEvent;

/// <summary>A programme's budget can no longer cover one more benefit (published once per programme).</summary>
[EntityName("labourwelfare.programme-budget-exhausted.v1")]
public sealed record ProgrammeBudgetExhausted(
    Guid EventId, DateTimeOffset OccurredAt, string Region, string? CorrelationId,
    Guid ProgrammeId, decimal BudgetAmount, decimal ReservedAmount, string Currency) : IIntegrationEvent;

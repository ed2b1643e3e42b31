using MassTransit;

namespace LabourWelfare.Contracts;

/// <summary>An aid application was approved and its benefit reserved from the programme's budget.</summary>
[EntityName(EventNames.Prefix + "aid-application-approved.v1")]
public sealed record AidApplicationApproved(
    Guid ApplicationId, Guid ProgrammeId, string ProgrammeKind, decimal BenefitAmount, string Currency) : IntegrationEvent;

/// <summary>Aid was disbursed (cash transfer, coupon credit or in-kind delivery).</summary>
[EntityName(EventNames.Prefix + "aid-disbursed.v1")]
public sealed record AidDisbursed(
    Guid DisbursementId, Guid ApplicationId, Guid ProgrammeId, decimal Amount, string Currency,
    string Channel, string Reference, DateOnly DisbursedOn) : IntegrationEvent;

/// <summary>A programme's budget can no longer cover one more benefit (published once per programme).</summary>
[EntityName(EventNames.Prefix + "programme-budget-exhausted.v1")]
public sealed record ProgrammeBudgetExhausted(
    Guid ProgrammeId, decimal BudgetAmount, decimal ReservedAmount, string Currency) : IntegrationEvent;

using MassTransit;

namespace LabourWelfare.Contracts;

/// <summary>An inspection was completed, with its compliance score and finding counts.</summary>
[EntityName("labourwelfare.inspection-completed.v1")]
public sealed record InspectionCompleted(
    Guid EventId, DateTimeOffset OccurredAt, string Region, string? CorrelationId,
    Guid InspectionId, Guid WorkplaceId, string Sector, decimal ComplianceScore,
    int ViolationCount, int CriticalViolationCount, bool FollowUpRequired) : IIntegrationEvent;

/// <summary>
/// A violation was recorded. Categories illegal-dismissal and unpaid-wages make Mediation open a case against the
/// employer. Carries the employer (an organisation), never the workers' identities.
/// </summary>
[EntityName("labourwelfare.violation-recorded.v1")]
public sealed record ViolationRecorded(
    Guid EventId, DateTimeOffset OccurredAt, string Region, string? CorrelationId,
    Guid InspectionId, Guid ViolationId, Guid WorkplaceId, string WorkplaceName, string EmployerName,
    string Category, string Severity, DateOnly? CorrectiveDeadline) : IIntegrationEvent
{
    public const string IllegalDismissal = "illegal-dismissal";
    public const string UnpaidWages = "unpaid-wages";
}

/// <summary>A follow-up inspection required by a critical violation is past its due date (raised once).</summary>
[EntityName("labourwelfare.follow-up-overdue.v1")]
public sealed record FollowUpOverdue(
    Guid EventId, DateTimeOffset OccurredAt, string Region, string? CorrelationId,
    Guid FollowUpInspectionId, Guid OriginalInspectionId, Guid WorkplaceId, DateOnly DueDate) : IIntegrationEvent;

/// <summary>
/// An occupational accident was reported. Carries what aid officers need to open accident-support applications
/// for the injured (national id, name, injury severity) and no more: no medical details, no addresses.
/// </summary>
[EntityName("labourwelfare.accident-reported.v1")]
public sealed record AccidentReported(
    Guid EventId, DateTimeOffset OccurredAt, string Region, string? CorrelationId,
    Guid AccidentCaseId, Guid WorkplaceId, string Sector, DateTimeOffset AccidentTime, string Severity,
    IReadOnlyList<InjuredPerson> Injured) : IIntegrationEvent;

/// <param name="NationalId">Validated national code (IR) or IIN (KZ); personal data.</param>
public sealed record InjuredPerson(string NationalId, string FullName, string InjurySeverity);

/// <summary>An accident case file was closed with its root cause.</summary>
[EntityName("labourwelfare.accident-case-closed.v1")]
public sealed record AccidentCaseClosed(
    Guid EventId, DateTimeOffset OccurredAt, string Region, string? CorrelationId,
    Guid AccidentCaseId, Guid WorkplaceId, string Sector, string Severity, string RootCauseCategory) : IIntegrationEvent;

/// <summary>A health campaign with partner agencies (blood donation, self-care days) was announced.</summary>
[EntityName("labourwelfare.health-campaign-announced.v1")]
public sealed record HealthCampaignAnnounced(
    Guid EventId, DateTimeOffset OccurredAt, string Region, string? CorrelationId,
    Guid CampaignId, string Name, string Kind, string? PartnerAgency, DateOnly StartsOn, DateOnly EndsOn,
    int ParticipatingWorkplaces) : IIntegrationEvent;

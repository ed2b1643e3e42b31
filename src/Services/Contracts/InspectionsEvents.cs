using MassTransit;

namespace LabourWelfare.Contracts;

/// <summary>An inspection was completed, with its compliance score and finding counts.</summary>
[EntityName(EventNames.Prefix + "inspection-completed.v1")]
public sealed record InspectionCompleted(
    Guid InspectionId, Guid WorkplaceId, string Sector, decimal ComplianceScore,
    int ViolationCount, int CriticalViolationCount, bool FollowUpRequired) : IntegrationEvent;

/// <summary>
/// A violation was recorded. Categories illegal-dismissal and unpaid-wages make Mediation open a case against the
/// employer. Carries the employer (an organisation), never the workers' identities.
/// </summary>
[EntityName(EventNames.Prefix + "violation-recorded.v1")]
public sealed record ViolationRecorded(
    Guid InspectionId, Guid ViolationId, Guid WorkplaceId, string WorkplaceName, string EmployerName,
    string Category, string Severity, DateOnly? CorrectiveDeadline) : IntegrationEvent
{
    public const string IllegalDismissal = "illegal-dismissal";
    public const string UnpaidWages = "unpaid-wages";
}

/// <summary>A follow-up inspection required by a critical violation is past its due date (raised once).</summary>
[EntityName(EventNames.Prefix + "follow-up-overdue.v1")]
public sealed record FollowUpOverdue(
    Guid FollowUpInspectionId, Guid OriginalInspectionId, Guid WorkplaceId, DateOnly DueDate) : IntegrationEvent;

/// <summary>
/// An occupational accident was reported. Carries what aid officers need to open accident-support applications
/// for the injured (national id, name, injury severity) and no more: no medical details, no addresses.
/// </summary>
[EntityName(EventNames.Prefix + "accident-reported.v1")]
public sealed record AccidentReported(
    Guid AccidentCaseId, Guid WorkplaceId, string Sector, DateTimeOffset AccidentTime, string Severity,
    IReadOnlyList<InjuredPerson> Injured) : IntegrationEvent;

/// <param name="NationalId">Validated national code (IR) or IIN (KZ); personal data.</param>
public sealed record InjuredPerson(string NationalId, string FullName, string InjurySeverity);

/// <summary>An accident case file was closed with its root cause.</summary>
[EntityName(EventNames.Prefix + "accident-case-closed.v1")]
public sealed record AccidentCaseClosed(
    Guid AccidentCaseId, Guid WorkplaceId, string Sector, string Severity, string RootCauseCategory) : IntegrationEvent;

/// <summary>A health campaign with partner agencies (blood donation, self-care days) was announced.</summary>
[EntityName(EventNames.Prefix + "health-campaign-announced.v1")]
public sealed record HealthCampaignAnnounced(
    Guid CampaignId, string Name, string Kind, string? PartnerAgency, DateOnly StartsOn, DateOnly EndsOn,
    int ParticipatingWorkplaces) : IntegrationEvent;

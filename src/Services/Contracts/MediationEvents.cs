using MassTransit;

namespace LabourWelfare.Contracts;

/// <summary>
/// A mediation case was closed. Carries outcome and category, never the case's confidential details (statements,
/// settlement terms). <see cref="DismissedWorker"/> is filled only for a dismissal that ended without settlement,
/// because Welfare aid must open a dismissed-worker application for that person; it is null otherwise.
/// <see cref="WorkplaceId"/> is set when the case was referred from an inspection, so Inspections can flag it.
/// </summary>
[EntityName(EventNames.Prefix + "mediation-case-closed.v1")]
public sealed record MediationCaseClosed(
    Guid CaseId, string CaseNumber, string Category, string Outcome, Guid? WorkplaceId, string? EmployerName,
    DismissedWorker? DismissedWorker) : IntegrationEvent
{
    public const string Settled = "settled";
    public const string NotSettled = "not-settled";
    public const string Withdrawn = "withdrawn";
    public const string LabourDismissal = "labour-dismissal";
}

/// <param name="NationalId">Validated national code (IR) or IIN (KZ); personal data.</param>
public sealed record DismissedWorker(string NationalId, string FullName);

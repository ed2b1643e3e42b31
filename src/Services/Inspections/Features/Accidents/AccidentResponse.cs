using LabourWelfare.Inspections.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Features.Accidents;

/// <param name="FullName">Null for a citizen reading a file about someone else injured alongside them.</param>
public sealed record InjuredResponse(string NationalId, string? FullName, AccidentSeverity InjurySeverity);

public sealed record AccidentResponse(
    Guid Id, string Region, Guid WorkplaceId, Sector Sector, AccidentKind Kind, DateTimeOffset OccurredAt,
    AccidentSeverity Severity, string Description, IReadOnlyList<InjuredResponse> Injured, AccidentStatus Status,
    string? Investigator, DateTimeOffset? InvestigationStartedAt, RootCauseCategory? RootCauseCategory, string? RootCause,
    IReadOnlyList<string> CorrectiveActions, DateTimeOffset? ClosedAt, DateTimeOffset ReportedAt)
{
    /// <summary>
    /// Officers of the region see the injured in full; a citizen sees their own entry in full and the others masked
    /// and unnamed (they share the file, not each other's identities).
    /// </summary>
    public static AccidentResponse From(AccidentCase a, CallerContext caller)
    {
        var officer = caller.IsOfficerOf(a.Region, Roles.Inspector, Roles.Supervisor);
        var injured = a.Injured.Select(i => officer || caller.Owns(i.NationalId)
            ? new InjuredResponse(i.NationalId, i.FullName, i.InjurySeverity)
            : new InjuredResponse(NationalId.Mask(i.NationalId), null, i.InjurySeverity)).ToList();
        return new(a.Id, a.Region, a.WorkplaceId, a.Sector, a.Kind, a.OccurredAt, a.Severity, a.Description, injured, a.Status,
            officer ? a.Investigator : null, a.InvestigationStartedAt, a.RootCauseCategory, a.RootCause, a.CorrectiveActions,
            a.ClosedAt, a.ReportedAt);
    }
}

/// <summary>A row of the accident list: no personal data.</summary>
public sealed record AccidentSummary(
    Guid Id, Guid WorkplaceId, Sector Sector, AccidentKind Kind, DateTimeOffset OccurredAt, AccidentSeverity Severity,
    int InjuredCount, AccidentStatus Status);

using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Domain;

namespace LabourWelfare.WelfareAid.Features.Applications;

/// <param name="FiledBy">Who filed it; shown to officers of the region only.</param>
/// <param name="DecidedBy">The officer who decided; shown to officers of the region only.</param>
public sealed record AppealResponse(
    DateTimeOffset FiledAt, string? FiledBy, string Grounds, bool? Allowed, string? DecidedBy, DateTimeOffset? DecidedAt, string? Note);

/// <summary>
/// An application as the caller may see it (national id masked unless owner or officer of the region). Who inside the
/// office recorded or decided it (<see cref="RecordedBy"/>, <see cref="DecidedBy"/>, the appeal's officers) is the
/// office's internal business: a citizen sees the office (<see cref="Region"/>) and the decision, and those fields null.
/// </summary>
public sealed record ApplicationResponse(
    Guid Id, string Region, Guid ProgrammeId, string ProgrammeName, ProgrammeKind ProgrammeKind,
    Guid BeneficiaryId, string BeneficiaryName, string NationalId, TargetGroup? TargetGroup,
    ApplicationStatus Status, ApplicationOrigin Origin, Provenance? OpenedBy, Guid? ReferralId,
    string? RecordedBy, DateTimeOffset SubmittedAt, IReadOnlyList<EligibilityReason> EligibilityAtSubmission,
    string? DecidedBy, DateTimeOffset? DecidedAt, IReadOnlyList<EligibilityReason> RejectionReasons, string? DecisionNote,
    Money Reserved, Money Disbursed, AppealResponse? Appeal, DateTimeOffset? CancelledAt, string? CancellationReason)
{
    public static ApplicationResponse From(ApplicationRow row, CallerContext caller)
    {
        var a = row.Application;
        var officer = caller.SeesRegion(a.Region);
        string? Officer(string? subject) => officer ? subject : null;
        return new(a.Id, a.Region, a.ProgrammeId, row.ProgrammeName, row.ProgrammeKind, a.BeneficiaryId, row.BeneficiaryName,
            officer || caller.Owns(row.NationalId) ? row.NationalId : SharedKernel.NationalId.Mask(row.NationalId),
            a.TargetGroup, a.Status, a.Origin, a.OpenedBy, a.ReferralId, Officer(a.RecordedBy), a.SubmittedAt,
            a.EligibilityAtSubmission.Select(Eligibility.Reason).ToList(), Officer(a.DecidedBy), a.DecidedAt,
            a.RejectionReasons.Select(Eligibility.Reason).ToList(), a.DecisionNote, a.Reserved, a.DisbursedTotal,
            a.AppealedAt is { } filed
                ? new AppealResponse(filed, Officer(a.AppealedBy), a.AppealGrounds!, a.AppealAllowed, Officer(a.AppealDecidedBy), a.AppealDecidedAt, a.AppealNote)
                : null,
            a.CancelledAt, a.CancellationReason);
    }
}

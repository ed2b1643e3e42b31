using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.EntityFrameworkCore;

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

/// <summary>An application with what a reader needs of its beneficiary and programme.</summary>
public sealed class ApplicationRow
{
    public required AidApplication Application { get; init; }
    public required string NationalId { get; init; }
    public required string BeneficiaryName { get; init; }
    public required string ProgrammeName { get; init; }
    public required ProgrammeKind ProgrammeKind { get; init; }
}

internal static class ApplicationQueries
{
    public static IQueryable<ApplicationRow> ApplicationRows(this WelfareAidDbContext db) =>
        from a in db.Applications.AsNoTracking()
        join b in db.Beneficiaries on a.BeneficiaryId equals b.Id
        join p in db.Programmes on a.ProgrammeId equals p.Id
        select new ApplicationRow
        {
            Application = a, NationalId = b.NationalId, BeneficiaryName = b.FullName, ProgrammeName = p.Name, ProgrammeKind = p.Kind,
        };

    /// <summary>Officers of the region see its applications; a citizen sees their own; everything else is "not found".</summary>
    public static bool CanSee(this CallerContext caller, ApplicationRow row) =>
        caller.SeesRegion(row.Application.Region) || caller.Owns(row.NationalId);

    public static async Task<ApplicationRow> RowAsync(this WelfareAidDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.ApplicationRows().FirstAsync(r => r.Application.Id == id, cancellationToken);

    /// <summary>
    /// Loads the application for a change by an aid officer of its region, after locking its programme (so budget moves
    /// queue), and checks If-Match. Other regions' applications answer 404.
    /// </summary>
    public static async Task<(AidApplication Application, Programme Programme)> LockForOfficerAsync(
        this WelfareAidDbContext db, Guid id, CallerContext caller, HttpContext http, CancellationToken cancellationToken)
    {
        var found = await db.Applications.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Region, a.ProgrammeId }).FirstOrDefaultAsync(cancellationToken);
        if (found is null || !caller.ActsIn(found.Region)) throw new NotFoundException("The application");
        var programme = await db.LockProgrammeAsync(found.ProgrammeId, cancellationToken);
        var application = await db.Applications.SingleAsync(a => a.Id == id, cancellationToken); // read after the lock: fresh
        ETags.RequireMatch(http, application.Version);
        return (application, programme);
    }
}

/// <summary>Read audit of applications shown: the application and the beneficiary whose name and national id it shows.</summary>
internal static class ApplicationReadAudit
{
    public static async Task AuditApplicationReadsAsync(this Data.WelfareAidDbContext db, IReadOnlyCollection<ApplicationRow> rows, CancellationToken cancellationToken)
    {
        await LabourWelfare.Persistence.Auditing.PersonalDataReads.AuditReadAsync<Domain.AidApplication>(db, rows.Select(r => r.Application.Id), cancellationToken);
        await LabourWelfare.Persistence.Auditing.PersonalDataReads.AuditReadAsync<Domain.Beneficiary>(db, rows.Select(r => r.Application.BeneficiaryId), cancellationToken);
    }
}
